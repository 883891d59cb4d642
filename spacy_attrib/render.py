"""See the attributions: a right-to-left displaCy span view plus a view of the links.

    import spacy_attrib
    html = spacy_attrib.render(doc, page=True)        # standalone page, no network resources
    spacy_attrib.render(doc, jupyter=True)            # inline in a notebook

The span view is drawn by displaCy's own span renderer (`style="span"`, manual data) with
right-to-left templates: displaCy picks its templates before it knows the direction, so the
RTL ones are passed explicitly (`span_options()`), and every label sits in the text flow
(a badge before the first word of its span) so that no two labels can overlap. Under it, one
card per attribution shows the links: content ← cue ← source (name, role, affiliation).

Anchors (used by `spacy-attrib report` to link into a page written by `spacy-attrib render`):
a document is `#doc-<id>` (`doc_anchor`), its n-th attribution (1-based, in the order of
`doc._.attributions` and of `extract` output) `#doc-<id>-a<n>`. Ids made of letters, digits,
`_ . -` are used as they are; any other id is slugged and gets a short hash for uniqueness.
"""

from __future__ import annotations

import hashlib
import html
import re
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

# Labels of the span view (displaCy looks colours up by upper-cased label).
CUE, SPEAKER, SOURCE = "CUE", "SPEAKER", "SOURCE"
KIND_LABELS = {"direct": "DIRECT", "indirect": "INDIRECT", "mixed": "MIXED"}
COLORS = {
    "CUE": "#f4a261",
    "SPEAKER": "#7fc8f8",
    "SOURCE": "#c3b1e1",
    "DIRECT": "#9bdb8c",
    "INDIRECT": "#ffe066",
    "MIXED": "#f7a8c8",
}
LEGEND = (
    ("DIRECT", "direct quotation", "اقتباس مباشر"),
    ("INDIRECT", "indirect (reported) speech", "كلام منقول"),
    ("MIXED", "mixed: reported with a quoted part", "مختلط"),
    ("CUE", "reporting cue", "فعل القول"),
    ("SPEAKER", "speaker mentioned at the cue", "المتكلم"),
    ("SOURCE", "source mention elsewhere (dropped or back-referred speaker)", "المصدر"),
)
COMBINED_KEY = "attrib_all"
FONT_STACK = ('"Noto Naskh Arabic", "Amiri", "Noto Sans Arabic", "Arial", "DejaVu Sans", '
              "Tahoma, sans-serif")
FONT_SIZE = 18
MAX_CHARS = 300_000  # longer texts: the span view is cut (the links view stays complete)
EXCERPT = 180


def displacy_colors() -> Dict[str, str]:
    """Label colours for displaCy, registered as `spacy_attrib.displacy_colors.v1` through the
    `spacy_displacy_colors` entry point (spaCy merges them into every renderer's colours)."""
    return dict(COLORS)


# --- displaCy templates (right to left, labels in the flow) --------------------------------

# One word (or glued piece) that is part of at least one span. Labels of spans starting here
# come first (at the right, where an RTL span starts), the bars are absolutely placed under it.
TPL_TOKEN = ('<span class="attrib-tok" style="display: inline-block; position: relative; '
             'white-space: nowrap; height: {total_height}px">{span_starts}{text}{span_slices}</span> ')
# A bar under the word, stretched a little to the left (towards the next word) so that the bars
# of one span join across the spaces between words.
TPL_SLICE = ('<span class="attrib-bar" style="background: {bg}; top: {top_offset}px; height: 4px; '
             'right: 0; width: calc(100% + 0.35em); position: absolute"></span>')
TPL_START = ('<span class="attrib-label" style="background: {bg}; color: #000; font-family: '
             'Arial, sans-serif; font-size: 0.55em; font-weight: bold; line-height: 1; '
             'padding: 3px 4px; margin: 0 2px 0 5px; border-radius: 3px; display: inline-block; '
             'vertical-align: 0.3em; direction: ltr; unicode-bidi: isolate">{label}{kb_link}</span>')
TOP_OFFSET = int(FONT_SIZE * 2.5) - 4  # the .spans div has line-height 2.5
OFFSET_STEP = 6


def span_options() -> Dict[str, Any]:
    """displaCy `options` for the RTL span view: templates, colours and bar geometry.

    Use with `displacy_data(doc)` (manual data) or with `doc.spans[COMBINED_KEY]` set by
    `add_display_spans(doc)`: `displacy.render(doc, style="span", options=span_options())`.
    """
    return {
        "spans_key": COMBINED_KEY,
        "template": {"span": TPL_TOKEN, "slice": TPL_SLICE, "start": TPL_START},
        "colors": dict(COLORS),
        "top_offset": TOP_OFFSET,
        "span_label_offset": 8,
        "top_offset_step": OFFSET_STEP,
    }


# --- anchors -------------------------------------------------------------------------------

_PLAIN_ID = re.compile(r"^[\w.-]+$")


def doc_anchor(doc_id: Any) -> str:
    """The HTML id of a document's section: `doc-<id>` (see the module docstring)."""
    text = str(doc_id)
    if text and _PLAIN_ID.match(text):
        return f"doc-{text}"
    slug = re.sub(r"[^\w.-]+", "-", text).strip("-")[:60]
    digest = hashlib.sha1(text.encode("utf8", "surrogatepass")).hexdigest()[:8]
    return f"doc-{slug}-{digest}" if slug else f"doc-{digest}"


def attribution_anchor(doc_id: Any, number: int) -> str:
    """The HTML id of the n-th (1-based) attribution card of a document."""
    return f"{doc_anchor(doc_id)}-a{number}"


# --- from attributions to display spans ----------------------------------------------------


def _offsets(part: Any, size: int) -> Optional[Tuple[int, int]]:
    if not isinstance(part, dict):
        return None
    start, end = part.get("start"), part.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        return None
    start, end = max(0, start), min(size, end)
    return (start, end) if start < end else None


def display_spans(text: str, attributions: Sequence[Dict[str, Any]]) -> List[Dict]:
    """Character spans to draw for a list of `Attribution.to_dict()` records.

    Returns dicts with `start`, `end` (character offsets), `label` and `numbers` (the 1-based
    attributions the span belongs to; a cue or source shared by several is drawn once).
    Parts with missing or out-of-range offsets are left out.
    """
    merged: Dict[Tuple[int, int, str], List[int]] = {}
    size = len(text)
    for number, att in enumerate(attributions, 1):
        if not isinstance(att, dict):
            continue
        parts = [(att.get("content"), KIND_LABELS.get(att.get("kind"), "DIRECT")),
                 (att.get("cue"), CUE), (att.get("speaker"), SPEAKER)]
        speaker = _offsets(att.get("speaker"), size)
        source = _offsets(att.get("source"), size)
        if source and source != speaker:
            parts.append((att.get("source"), SOURCE))
        for part, label in parts:
            where = _offsets(part, size)
            if where:
                merged.setdefault((where[0], where[1], label), []).append(number)
    spans = [{"start": s, "end": e, "label": label, "numbers": nums}
             for (s, e, label), nums in merged.items()]
    spans.sort(key=lambda sp: (sp["start"], -sp["end"], sp["label"]))
    return spans


_PARAGRAPH_BREAK = re.compile(r"[^\S\n]*\n\s*")
_WORD = re.compile(r"\S+")


def _paragraphs(text: str) -> List[Tuple[int, int]]:
    out, pos = [], 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if text[pos:match.start()].strip():
            out.append((pos, match.start()))
        pos = match.end()
    if text[pos:].strip():
        out.append((pos, len(text)))
    return out


def _pieces(text: str, start: int, end: int, spans: List[Dict]) -> List[Tuple[int, int]]:
    """Display tokens of text[start:end]: words, split where a span begins or ends inside one.
    A piece outside every span (punctuation, a clitic) is glued to its neighbour in the word,
    so that «quote» or قال: read as written."""
    cuts = sorted({b for sp in spans for b in (sp["start"], sp["end"]) if start < b < end})
    pieces: List[Tuple[int, int]] = []
    for word in _WORD.finditer(text, start, end):
        ws, we = word.start(), word.end()
        bounds = [ws] + [c for c in cuts if ws < c < we] + [we]
        parts = list(zip(bounds, bounds[1:]))
        if len(parts) > 1:
            parts = _glue(parts, spans)
        pieces.extend(parts)
    return pieces


def _glue(parts: List[Tuple[int, int]], spans: List[Dict]) -> List[Tuple[int, int]]:
    def covered(part: Tuple[int, int]) -> bool:
        return any(sp["start"] < part[1] and part[0] < sp["end"] for sp in spans)

    out: List[Tuple[int, int]] = []
    pending: Optional[int] = None  # start of uncovered pieces waiting for a covered one
    for part in parts:
        if not covered(part):
            if out:
                out[-1] = (out[-1][0], part[1])
            elif pending is None:
                pending = part[0]
            continue
        if pending is not None:
            part, pending = (pending, part[1]), None
        out.append(part)
    if pending is not None:
        out.append((pending, parts[-1][1]))
    return out


def _kb(numbers: List[int], anchor: str) -> Tuple[str, str]:
    label = ",".join(str(n) for n in numbers)
    url = f"#{anchor}-a{numbers[0]}" if anchor else "#"
    return html.escape(label), html.escape(url, quote=True)


def displacy_data(text: str, attributions: Sequence[Dict[str, Any]], anchor: str = "",
                  max_chars: int = MAX_CHARS) -> List[Dict[str, Any]]:
    """Manual displaCy data (`style="span"`, `manual=True`): one entry per paragraph, so that
    paragraph breaks survive; a span over several paragraphs is drawn in each, labelled in
    each. Every label carries the numbers of its attributions, linking to their cards."""
    text = text or ""
    spans = display_spans(text[:max_chars], attributions)
    data = []
    settings = {"lang": "ar", "direction": "rtl"}
    for pstart, pend in _paragraphs(text[:max_chars]):
        inside = [sp for sp in spans if sp["start"] < pend and pstart < sp["end"]]
        pieces = _pieces(text, pstart, pend, inside)
        tokens = [text[s:e] for s, e in pieces]
        shown = []
        for sp in inside:
            idx = [i for i, (s, e) in enumerate(pieces) if s < sp["end"] and sp["start"] < e]
            if not idx:
                continue
            kb_id, kb_url = _kb(sp["numbers"], anchor)
            shown.append({"start": pieces[idx[0]][0], "end": pieces[idx[-1]][1],
                          "start_token": idx[0], "end_token": idx[-1] + 1, "label": sp["label"],
                          "kb_id": kb_id, "kb_url": kb_url})
        data.append({"text": text[pstart:pend], "tokens": tokens, "spans": shown,
                     "settings": settings, "title": None})
    return data


def add_display_spans(doc) -> None:
    """Put every cue, content, speaker and source span of `doc` in one group,
    `doc.spans["attrib_all"]`, labelled as in the legend, for `displacy.render(doc,
    style="span", options=span_options())`."""
    records = [a.to_dict() for a in doc._.attributions]
    group = []
    for sp in display_spans(doc.text, records):
        span = doc.char_span(sp["start"], sp["end"], label=sp["label"], alignment_mode="expand")
        if span is not None:
            group.append(span)
    doc.spans[COMBINED_KEY] = group


# --- HTML ------------------------------------------------------------------------------------

CSS = f"""
.attrib-root {{ direction: rtl; font-family: {FONT_STACK}; color: #1d1d1f; line-height: 1.6; }}
.attrib-root a {{ color: #0b57d0; }}
.attrib-legend {{ display: flex; flex-wrap: wrap; gap: 6px 14px; margin: 0 0 1.2em; padding: 8px 12px;
  background: #f6f7f9; border-radius: 6px; font-size: 14px; }}
.attrib-legend-item {{ display: inline-flex; align-items: center; gap: 6px; }}
.attrib-legend-swatch {{ font: bold 11px Arial, sans-serif; padding: 3px 5px; border-radius: 3px;
  direction: ltr; unicode-bidi: isolate; color: #000; }}
.attrib-doc {{ margin: 0 0 3em; padding-bottom: 1.5em; border-bottom: 1px solid #ddd; }}
.attrib-doc h2 {{ font-size: 22px; margin: 0 0 .4em; }}
.attrib-doc h2 small {{ font-size: 14px; color: #666; font-weight: normal; }}
.attrib-text {{ font-size: {FONT_SIZE}px; }}
.attrib-text .spans {{ margin: 0 0 .6em; }}
.attrib-label a {{ color: inherit; text-decoration: none; margin-inline-start: 3px; }}
.attrib-links {{ list-style: none; margin: 1em 0 0; padding: 0; font-size: 15px; }}
.attrib-links h3 {{ font-size: 16px; margin: 0 0 .5em; }}
.attrib-card {{ display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin: 0 0 8px;
  padding: 8px 10px; border: 1px solid #e1e3e8; border-radius: 8px; background: #fff; }}
.attrib-card:target {{ outline: 3px solid #0b57d0; background: #eef4ff; }}
.attrib-num {{ font: bold 12px Arial, sans-serif; color: #fff; background: #555; border-radius: 10px;
  padding: 2px 7px; direction: ltr; unicode-bidi: isolate; }}
.attrib-node {{ border-radius: 6px; padding: 3px 8px; border: 2px solid; background: #fff; }}
.attrib-node small {{ color: #555; }}
.attrib-node-content {{ flex: 1 1 320px; }}
.attrib-step {{ display: inline-flex; align-items: center; gap: 6px; }}
.attrib-arrow {{ color: #777; font-size: 18px; }}
.attrib-meta {{ font: 11px Arial, sans-serif; color: #666; direction: ltr; unicode-bidi: isolate; }}
.attrib-empty {{ color: #777; font-style: italic; }}
"""


def _esc(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def legend_html() -> str:
    items = "".join(
        f'<span class="attrib-legend-item"><span class="attrib-legend-swatch" '
        f'style="background: {COLORS[label]}">{label}</span>{_esc(arabic)} '
        f'<span class="attrib-meta">{_esc(english)}</span></span>'
        for label, english, arabic in LEGEND
    )
    return f'<div class="attrib-legend" role="note">{items}</div>'


def _excerpt(text: str, limit: int = EXCERPT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _part_text(part: Any) -> str:
    return part.get("text") or "" if isinstance(part, dict) else ""


def card_html(att: Dict[str, Any], number: int, anchor: str) -> str:
    """One attribution as linked nodes: content ← cue ← source (role · affiliation)."""
    kind = att.get("kind") if att.get("kind") in KIND_LABELS else "direct"
    label = KIND_LABELS[kind]
    content = _excerpt(_part_text(att.get("content")))
    quoted = f"«{_esc(content)}»" if kind == "direct" else _esc(content)
    nodes = [f'<span class="attrib-node attrib-node-content" style="border-color: {COLORS[label]}">'
             f'{quoted} <small>{label}</small></span>']
    cue = _part_text(att.get("cue"))
    nodes.append(f'<span class="attrib-node attrib-node-cue" style="border-color: {COLORS[CUE]}">'
                 + (_esc(cue) if cue else '<span class="attrib-empty">—</span>') + "</span>")
    nodes.append(_source_node(att.get("source"), _part_text(att.get("speaker"))))
    confidence = att.get("confidence")
    meta = f"{kind} · {confidence:.2f}" if isinstance(confidence, (int, float)) else kind
    # an arrow stays with the node it points to when the card wraps
    steps = nodes[:1] + [f'<span class="attrib-step"><span class="attrib-arrow" aria-hidden="true">←'
                         f"</span>{node}</span>" for node in nodes[1:]]
    return (f'<li class="attrib-card" id="{_esc(anchor)}-a{number}">'
            f'<span class="attrib-num">{number}</span>{"".join(steps)}'
            f'<span class="attrib-meta">{_esc(meta)}</span></li>')


def _source_node(source: Any, speaker: str) -> str:
    style = f'style="border-color: {COLORS[SOURCE]}"'
    if not isinstance(source, dict) or not (source.get("text") or source.get("name")):
        text = _esc(speaker) if speaker else "?"
        return (f'<span class="attrib-node attrib-node-source" {style}>'
                f'<span class="attrib-empty">{text}</span></span>')
    name = source.get("name") or source.get("text")
    bits = [f"<b>{_esc(name)}</b>"]
    details = [("الصفة", source.get("role")), ("الجهة", source.get("affiliation"))]
    bits += [f"<small>{_esc(key)}: {_esc(value)}</small>" for key, value in details
             if value and value != name]
    if source.get("text") and source.get("text") != name:
        bits.append(f"<small>({_esc(_excerpt(source['text'], 80))})</small>")
    if speaker and speaker != source.get("text"):
        bits.append(f"<small>عبر «{_esc(speaker)}»</small>")
    return f'<span class="attrib-node attrib-node-source" {style}>{" ".join(bits)}</span>'


def document_html(text: str, attributions: Sequence[Dict[str, Any]], doc_id: Any = None,
                  title: Optional[str] = None, anchor: Optional[str] = None,
                  max_chars: int = MAX_CHARS) -> str:
    """One document as a `<section>`: heading, RTL span view, links view."""
    from spacy import displacy

    text = text if isinstance(text, str) else ""
    attributions = [a for a in (attributions or []) if isinstance(a, dict)]
    anchor = anchor or doc_anchor(doc_id if doc_id is not None else "")
    heading = title if title is not None else (str(doc_id) if doc_id is not None else "")
    count = len(attributions)
    parts = [f'<section class="attrib-doc" id="{_esc(anchor)}" lang="ar" dir="rtl">',
             f'<h2><a href="#{_esc(anchor)}">{_esc(heading)}</a> '
             f'<small>{count} attribution{"" if count == 1 else "s"}</small></h2>']
    data = displacy_data(text, attributions, anchor, max_chars=max_chars)
    if data:
        markup = displacy.render(data, style="span", manual=True, options=span_options(),
                                 jupyter=False)
        parts.append(f'<div class="attrib-text">{markup}</div>')
    else:
        parts.append('<p class="attrib-empty"><bdi>(empty document)</bdi></p>')
    if len(text) > max_chars:
        parts.append(f'<p class="attrib-empty"><bdi>(text cut at {max_chars:,} of {len(text):,} '
                     "characters; all attributions are listed below)</bdi></p>")
    if attributions:
        cards = "".join(card_html(a, i, anchor) for i, a in enumerate(attributions, 1))
        parts.append(f'<ol class="attrib-links" aria-label="attributions">{cards}</ol>')
    else:
        parts.append('<p class="attrib-empty"><bdi>No attributions found.</bdi></p>')
    parts.append("</section>")
    return "\n".join(parts)


def page_head(title: str = "spacy-attrib") -> str:
    """The start of a standalone page (inline CSS, system fonts, no network resources),
    up to the opening of the main element; `page_foot()` closes it."""
    return (f'<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{_esc(title)}</title>\n<style>{CSS}\nbody {{ margin: 0; padding: 2rem; "
            f"background: #fff; }}\n</style>\n</head>\n<body>\n"
            f'<main class="attrib-root">\n')


def page_foot() -> str:
    return "\n</main>\n</body>\n</html>\n"


def page_html(body: str, title: str = "spacy-attrib") -> str:
    """A standalone page: inline CSS, system fonts, no network resources."""
    return page_head(title) + body + page_foot()


class _Item:
    __slots__ = ("text", "attributions", "doc_id", "title")

    def __init__(self, text: str, attributions: List[Dict], doc_id: Any, title: Optional[str]):
        self.text, self.attributions, self.doc_id, self.title = text, attributions, doc_id, title


def _items(docs: Any, ids: Optional[Sequence[Any]]) -> List[_Item]:
    from spacy.tokens import Doc, Span

    if isinstance(docs, (Doc, Span)):
        docs = [docs]
    items = []
    for i, doc in enumerate(docs):
        if isinstance(doc, Span):
            doc = doc.as_doc()
        doc_id = ids[i] if ids is not None and i < len(ids) else (
            doc.user_data.get("id") if isinstance(doc.user_data.get("id"), (str, int)) else i + 1)
        title = doc.user_data.get("title")
        items.append(_Item(doc.text, [a.to_dict() for a in doc._.attributions], doc_id,
                           title if isinstance(title, str) else None))
    return items


def render(docs: Any, *, page: bool = False, jupyter: Optional[bool] = None,
           ids: Optional[Sequence[Any]] = None, title: str = "spacy-attrib",
           legend: bool = True, max_chars: int = MAX_CHARS) -> Optional[str]:
    """Render the attributions of one or more processed docs as HTML.

    docs (Doc | Span | Iterable[Doc]): docs processed by the `attribution` pipe.
    page (bool): a full standalone page (inline CSS, no network resources) instead of a fragment.
    jupyter (bool | None): display in a notebook (None: auto-detect, like displaCy).
    ids (Sequence | None): document ids for the anchors (default: `doc.user_data["id"]`, else 1, 2…).
    title (str): the page title (with `page=True`).
    legend (bool): show the colour legend above the documents.
    max_chars (int): longest text drawn in the span view; the links view is always complete.
    RETURNS (str | None): the HTML, or None when it was displayed in a notebook.
    """
    from spacy.util import is_in_jupyter

    items = _items(docs, ids)
    body = render_items(items, legend=legend, max_chars=max_chars)
    if page:
        return page_html(body, title)
    fragment = f'<div class="attrib-root" lang="ar" dir="rtl"><style>{CSS}</style>{body}</div>'
    if jupyter or (jupyter is None and is_in_jupyter()):
        from IPython.display import HTML, display

        # like displaCy: the wrapper keeps MathJax away from the text
        display(HTML(f'<span class="tex2jax_ignore">{fragment}</span>'))
        return None
    return fragment


def iter_sections(items: Iterable[Any], legend: bool = True,
                  max_chars: int = MAX_CHARS) -> Iterator[str]:
    """The body of a page, piece by piece: legend, then one section per item (`text`,
    `attributions`, `doc_id`, `title`); a repeated id gets a suffix so that every anchor
    stays unique. Lazy, so a page of any length can be written as the documents come."""
    seen: Dict[str, int] = {}
    if legend:
        yield legend_html()
    for item in items:
        anchor = doc_anchor(item.doc_id)
        seen[anchor] = seen.get(anchor, 0) + 1
        if seen[anchor] > 1:
            anchor = f"{anchor}~{seen[anchor]}"
        yield document_html(item.text, item.attributions, item.doc_id, item.title, anchor,
                            max_chars=max_chars)


def render_items(items: Iterable[Any], legend: bool = True, max_chars: int = MAX_CHARS) -> str:
    """The body of a page (see `iter_sections`) as one string."""
    return "\n".join(iter_sections(items, legend=legend, max_chars=max_chars))


def item(text: str, attributions: List[Dict[str, Any]], doc_id: Any,
         title: Optional[str] = None) -> _Item:
    """A document to render from plain data (`text` + `Attribution.to_dict()` records)."""
    return _Item(text, attributions, doc_id, title)


__all__ = ["render", "render_items", "iter_sections", "item", "span_options", "displacy_data",
           "display_spans", "add_display_spans", "displacy_colors", "doc_anchor",
           "attribution_anchor", "legend_html", "page_html", "page_head", "page_foot", "COLORS",
           "COMBINED_KEY"]
