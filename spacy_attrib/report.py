"""A corpus report from `extract` output: who is quoted how often, by source and affiliation,
direct vs indirect, as one standalone HTML page (tables + inline SVG bar charts) with links to
each article's view in a page written by `spacy-attrib render` (`<articles>#doc-<id>`, see
`spacy_attrib.render.doc_anchor`)."""

from __future__ import annotations

import html
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterable, Iterator, List, Optional, Tuple

from .normalize import normalize
from .render import COLORS, KIND_LABELS, attribution_anchor, doc_anchor, page_html

KINDS = ("direct", "indirect", "mixed")
UNATTRIBUTED = "(no source)"
NO_AFFILIATION = "(no affiliation)"


@dataclass
class Group:
    """Attributions that share a source (or an affiliation)."""

    key: str
    surfaces: Counter = field(default_factory=Counter)
    kinds: Counter = field(default_factory=Counter)
    roles: Counter = field(default_factory=Counter)
    affiliations: Counter = field(default_factory=Counter)
    docs: Dict[str, int] = field(default_factory=dict)  # doc id -> first attribution number

    @property
    def label(self) -> str:
        return self.surfaces.most_common(1)[0][0] if self.surfaces else self.key

    @property
    def count(self) -> int:
        return sum(self.kinds.values())

    def add(self, surface: str, kind: str, doc_id: str, number: int, role: Optional[str],
            affiliation: Optional[str]) -> None:
        self.surfaces[surface] += 1
        self.kinds[kind] += 1
        if role:
            self.roles[role] += 1
        if affiliation:
            self.affiliations[affiliation] += 1
        self.docs.setdefault(doc_id, number)


@dataclass
class Stats:
    documents: int = 0
    skipped: List[str] = field(default_factory=list)
    kinds: Counter = field(default_factory=Counter)
    sources: Dict[str, Group] = field(default_factory=dict)
    affiliations: Dict[str, Group] = field(default_factory=dict)
    per_doc: List[Tuple[str, Counter]] = field(default_factory=list)

    @property
    def attributions(self) -> int:
        return sum(self.kinds.values())

    def ranked(self, groups: Dict[str, Group]) -> List[Group]:
        return sorted(groups.values(), key=lambda g: (-g.count, g.label))


def _clean(value: Any) -> Optional[str]:
    return (" ".join(value.split()) or None) if isinstance(value, str) else None


def _group_key(surface: str) -> str:
    # spelling variants (hamza, ى/ي, ة/ه, diacritics) of one name count together
    return normalize(surface)


def collect(rows: Iterable[Tuple[str, Any]]) -> Stats:
    """Count attributions of `(where, row)` pairs; a row is an `extract` output record or an
    error (a string), which is listed as skipped."""
    stats = Stats()
    for where, row in rows:
        if isinstance(row, str):
            stats.skipped.append(row)
            continue
        if not isinstance(row, dict) or not isinstance(row.get("attributions"), list):
            stats.skipped.append(f"{where}: not an extract record (no 'attributions' list)")
            continue
        doc_id = str(row.get("id", where))
        stats.documents += 1
        doc_kinds: Counter = Counter()
        for number, att in enumerate(row["attributions"], 1):
            if not isinstance(att, dict):
                continue
            kind = att.get("kind") if att.get("kind") in KINDS else "direct"
            doc_kinds[kind] += 1
            stats.kinds[kind] += 1
            source = att.get("source") if isinstance(att.get("source"), dict) else {}
            surface = _clean(source.get("name")) or _clean(source.get("text")) or UNATTRIBUTED
            role, affiliation = _clean(source.get("role")), _clean(source.get("affiliation"))
            key = _group_key(surface)
            stats.sources.setdefault(key, Group(key)).add(surface, kind, doc_id, number, role,
                                                         affiliation)
            aff = affiliation or NO_AFFILIATION
            stats.affiliations.setdefault(_group_key(aff), Group(_group_key(aff))).add(
                aff, kind, doc_id, number, role, affiliation)
        stats.per_doc.append((doc_id, doc_kinds))
    return stats


def read_results(path: Path) -> Iterator[Tuple[str, Any]]:
    """(where, record) for every line of an `extract` JSONL file; (where, message) for a bad one."""
    with Path(path).open(encoding="utf-8-sig", errors="replace") as handle:
        for lineno, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{Path(path).name}:{lineno}"
            try:
                yield where, json.loads(line)
            except json.JSONDecodeError as err:
                yield where, f"{where}: not JSON ({err.msg})"


# --- HTML ------------------------------------------------------------------------------------

CSS = """
.report h1 { font-size: 26px; margin: 0 0 .3em; }
.report h2 { font-size: 20px; margin: 1.6em 0 .5em; }
.report .summary { color: #444; }
.report table { border-collapse: collapse; margin: .5em 0 1em; font-size: 15px; }
.report th, .report td { border-bottom: 1px solid #e3e3e3; padding: 4px 10px; text-align: start;
  vertical-align: top; }
.report th { background: #f6f7f9; }
.report td.num { text-align: end; font-variant-numeric: tabular-nums; direction: ltr;
  unicode-bidi: isolate; }
.report .docs a { margin-inline-end: 6px; }
.report .chart { display: block; max-width: 100%; height: auto; margin: .5em 0; }
.report .skipped { color: #a33; }
"""


def _esc(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "–"


def bar_chart(rows: List[Tuple[str, int]], title: str, color: str = "#4c78a8",
              width: int = 760) -> str:
    """A horizontal bar chart as inline SVG, bars growing from the right (RTL page)."""
    if not rows:
        return ""
    bar_h, gap, label_w, top = 22, 6, 260, 28
    plot_w = width - label_w - 60
    height = top + len(rows) * (bar_h + gap) + 6
    most = max(count for _, count in rows) or 1
    out = [f'<svg class="chart" role="img" aria-label="{_esc(title)}" xmlns="http://www.w3.org/2000/svg" '
           f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
           f'font-family="Noto Naskh Arabic, Amiri, Arial, DejaVu Sans, sans-serif">',
           f"<title>{_esc(title)}</title>",
           # SVG text inherits the page's RTL direction: set it on every text, so that "end" of
           # the (English) title and "start" of the (Arabic) labels are both the right edge
           f'<text x="{width - 4}" y="18" direction="ltr" text-anchor="end" font-size="15" '
           f'font-weight="bold">{_esc(title)}</text>']
    right = width - label_w
    for i, (label, count) in enumerate(rows):
        y = top + i * (bar_h + gap)
        w = max(1.0, plot_w * count / most)
        short = label if len(label) <= 34 else label[:33] + "…"
        out.append(f'<g class="bar-row"><text x="{width - 4}" y="{y + bar_h - 6}" text-anchor="start" '
                   f'font-size="14" direction="rtl">{_esc(short)}</text>'
                   f'<rect class="bar" x="{right - w:.1f}" y="{y}" width="{w:.1f}" height="{bar_h}" '
                   f'rx="3" fill="{color}"><title>{_esc(label)}: {count}</title></rect>'
                   f'<text x="{right - w - 6:.1f}" y="{y + bar_h - 6}" text-anchor="end" font-size="13" '
                   f'direction="ltr" fill="#333">{count}</text></g>')
    out.append("</svg>")
    return "".join(out)


def kind_chart(kinds: Counter, width: int = 760) -> str:
    """Direct / indirect / mixed shares as one stacked bar (inline SVG)."""
    total = sum(kinds.values())
    if not total:
        return ""
    out = [f'<svg class="chart" role="img" aria-label="direct vs indirect" '
           f'xmlns="http://www.w3.org/2000/svg" width="{width}" height="64" viewBox="0 0 {width} 64" '
           'font-family="Arial, DejaVu Sans, sans-serif"><title>direct vs indirect</title>']
    x = float(width)
    for kind in KINDS:
        n = kinds.get(kind, 0)
        if not n:
            continue
        w = width * n / total
        x -= w
        label = KIND_LABELS[kind]
        out.append(f'<rect class="bar" x="{x:.1f}" y="4" width="{w:.1f}" height="30" '
                   f'fill="{COLORS[label]}"><title>{kind}: {n}</title></rect>')
        if w > 70:
            out.append(f'<text x="{x + w / 2:.1f}" y="24" text-anchor="middle" font-size="13">'
                       f"{label} {_pct(n, total)}</text>")
    out.append("</svg>")
    return "".join(out)


def _doc_links(group: Group, articles: str, limit: int = 12) -> str:
    links = [f'<a href="{_esc(articles)}#{_esc(attribution_anchor(doc_id, number))}">{_esc(doc_id)}</a>'
             for doc_id, number in list(group.docs.items())[:limit]]
    more = len(group.docs) - limit
    return " ".join(links) + (f" … (+{more})" if more > 0 else "")


def _kind_cells(kinds: Counter) -> str:
    total = sum(kinds.values())
    return "".join(f'<td class="num">{kinds.get(k, 0)}</td>' for k in KINDS) + \
        f'<td class="num">{_pct(kinds.get("direct", 0), total)}</td>'


def group_table(groups: List[Group], articles: str, what: str, extra: bool) -> str:
    head = (f"<tr><th>#</th><th>{what}</th>" + ("<th>role</th><th>affiliation</th>" if extra else "")
            + "<th>total</th><th>direct</th><th>indirect</th><th>mixed</th><th>direct share</th>"
            "<th>articles</th></tr>")
    rows = []
    for rank, g in enumerate(groups, 1):
        meta = ""
        if extra:
            role = g.roles.most_common(1)[0][0] if g.roles else ""
            aff = g.affiliations.most_common(1)[0][0] if g.affiliations else ""
            meta = f"<td>{_esc(role)}</td><td>{_esc(aff)}</td>"
        rows.append(f'<tr><td class="num">{rank}</td><td>{_esc(g.label)}</td>{meta}'
                    f'<td class="num">{g.count}</td>{_kind_cells(g.kinds)}'
                    f'<td class="docs">{_doc_links(g, articles)}</td></tr>')
    return f'<table class="{what}-table">{head}{"".join(rows)}</table>'


def report_html(stats: Stats, articles: str = "articles.html", top: int = 20,
                title: str = "Who is quoted: attribution report") -> str:
    """The report page (standalone: inline CSS and SVG, no network resources)."""
    total = stats.attributions
    sources = stats.ranked(stats.sources)
    affiliations = stats.ranked(stats.affiliations)
    named = [g for g in sources if g.label != UNATTRIBUTED]
    parts = [f'<div class="report"><h1>{_esc(title)}</h1>',
             f'<p class="summary"><bdi>{stats.documents} articles</bdi> · <bdi>{total} attributions'
             f"</bdi> · <bdi>{len(named)} sources</bdi> · <bdi>"
             f"{len(affiliations) - (NO_AFFILIATION in stats.affiliations)} affiliations</bdi></p>"]
    if stats.skipped:
        items = "".join(f"<li>{_esc(s)}</li>" for s in stats.skipped[:50])
        parts.append(f'<details class="skipped"><summary>{len(stats.skipped)} lines skipped'
                     f"</summary><ul>{items}</ul></details>")
    parts.append("<h2>Direct vs indirect</h2>")
    parts.append(kind_chart(stats.kinds))
    kind_rows = "".join(f'<tr><td>{k}</td><td class="num">{stats.kinds.get(k, 0)}</td>'
                        f'<td class="num">{_pct(stats.kinds.get(k, 0), total)}</td></tr>' for k in KINDS)
    parts.append(f'<table class="kinds-table"><tr><th>kind</th><th>attributions</th><th>share</th>'
                 f"</tr>{kind_rows}</table>")
    parts.append("<h2>Sources</h2>")
    parts.append(bar_chart([(g.label, g.count) for g in named[:top]],
                           f"Most quoted sources (top {min(top, len(named))})", "#4c78a8"))
    parts.append(group_table(sources, articles, "source", extra=True))
    parts.append("<h2>Affiliations</h2>")
    known = [g for g in affiliations if g.label != NO_AFFILIATION]
    parts.append(bar_chart([(g.label, g.count) for g in known[:top]],
                           f"Most quoted affiliations (top {min(top, len(known))})", "#f58518"))
    parts.append(group_table(affiliations, articles, "affiliation", extra=False))
    parts.append("<h2>Articles</h2>")
    doc_rows = "".join(
        f'<tr><td><a href="{_esc(articles)}#{_esc(doc_anchor(doc_id))}">{_esc(doc_id)}</a></td>'
        f'<td class="num">{sum(kinds.values())}</td>{_kind_cells(kinds)}</tr>'
        for doc_id, kinds in stats.per_doc)
    parts.append(f'<table class="articles-table"><tr><th>article</th><th>total</th><th>direct</th>'
                 f"<th>indirect</th><th>mixed</th><th>direct share</th></tr>{doc_rows}</table>")
    parts.append("</div>")
    page = page_html("\n".join(parts), title)
    return page.replace("</style>", CSS + "</style>", 1)
