"""Error analysis: misses, false alarms and wrong speakers grouped by pattern.

Each gold core attribution and each prediction gets a few pattern labels — cue type, kind,
whether the subject is dropped, how far back its source was last named, quotation style —
and the report counts errors per label, so work goes where the errors are.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Dict, Iterable, List, Optional, Tuple

from .evaluate import Scores
from .gold import GoldAttribution, GoldDoc
from .lexicon import Lexicon
from .normalize import normalize
from .text import QUOTE_CHARS

STYLES = {"«": "« »", "»": "« »", "“": "“ ”", "”": "“ ”", '"': '" "', "″": "″", "„": "„",
          "'": "' '", "‘": "‘ ’", "’": "‘ ’"}


def cue_type(lexicon: Lexicon, cue_text: Optional[str]) -> str:
    if not cue_text:
        return "none"
    words = normalize(cue_text).split()
    if not words:
        return "none"
    first = words[0]
    for key in (first, first[1:] if first[:1] in "وف" else None):
        if key and key in lexicon.according:
            return "according_to"
    hit = lexicon.cue(first)
    return hit[0].type if hit else "other"


def quote_style(text: str, start: int, end: int) -> str:
    """The quotation marks at or inside a content span ("none" when there are none)."""
    around = text[max(0, start - 2):start] + text[start:end] + text[end:end + 2]
    for ch in around:
        if ch in QUOTE_CHARS:
            return STYLES.get(ch, ch)
    return "none"


def distance_bucket(gold: GoldAttribution) -> str:
    """How far before the cue the source was named (dropped subjects only)."""
    if gold.speaker is not None or gold.source is None or gold.source.span is None:
        return "explicit" if gold.speaker is not None else "n/a"
    anchor = gold.cue[0] if gold.cue else gold.content[0]
    gap = anchor - gold.source.span[1]
    if gap < 0:
        return "source after cue"
    if gap < 150:
        return "< 150 chars"
    if gap < 600:
        return "150-600 chars"
    return "> 600 chars"


def gold_labels(lexicon: Lexicon, doc: GoldDoc, g: GoldAttribution) -> Dict[str, str]:
    cue_text = doc.text[g.cue[0]:g.cue[1]] if g.cue else None
    return {
        "cue type": cue_type(lexicon, cue_text),
        "kind": g.kind,
        "subject": "dropped" if g.speaker is None else "explicit",
        "antecedent distance": distance_bucket(g),
        "quote style": quote_style(doc.text, *g.content),
    }


def pred_labels(lexicon: Lexicon, doc: GoldDoc, p: dict) -> Dict[str, str]:
    return {
        "cue type": cue_type(lexicon, (p.get("cue") or {}).get("text")),
        "kind": p["kind"],
        "subject": "dropped" if p.get("speaker") is None else "explicit",
        "quote style": quote_style(doc.text, p["content"]["start"], p["content"]["end"]),
    }


def analyze(scores: Scores, docs: Dict[str, GoldDoc], lexicon: Lexicon) -> str:
    """A Markdown report: per pattern, gold count, misses, wrong speakers, false alarms."""
    gold_rows: Dict[Tuple[str, str], Counter] = defaultdict(Counter)
    false_rows: Dict[Tuple[str, str], Counter] = defaultdict(Counter)
    for m in scores.matches:
        doc = docs[m.doc_id]
        if m.gold is not None and m.gold.core:
            for facet, value in gold_labels(lexicon, doc, m.gold).items():
                row = gold_rows[(facet, value)]
                row["gold"] += 1
                row["missed"] += m.pred is None
                row["wrong speaker"] += m.pred is not None and not m.speaker_ok
        if m.pred is not None:
            for facet, value in pred_labels(lexicon, doc, m.pred).items():
                row = false_rows[(facet, value)]
                row["predicted"] += 1
                row["false alarm"] += m.gold is None
    lines = ["## Recall side: gold core attributions", "",
             "| pattern | value | gold | missed | wrong speaker | error rate |", "|---|---|---|---|---|---|"]
    lines += _rows(gold_rows, ("gold", "missed", "wrong speaker"), "gold")
    lines += ["", "## Precision side: predictions", "",
              "| pattern | value | predicted | false alarm | rate |", "|---|---|---|---|---|"]
    lines += _rows(false_rows, ("predicted", "false alarm"), "predicted")
    return "\n".join(lines) + "\n"


def _rows(rows: Dict[Tuple[str, str], Counter], cols: Iterable[str], total: str) -> List[str]:
    cols = list(cols)
    out = []
    for (facet, value), c in sorted(rows.items(), key=lambda kv: (kv[0][0], -kv[1][total])):
        errors = sum(c[k] for k in cols[1:])
        rate = errors / c[total] if c[total] else 0.0
        out.append(f"| {facet} | {value} | " + " | ".join(str(c[k]) for k in cols) + f" | {rate:.2f} |")
    return out
