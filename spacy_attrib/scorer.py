"""The attribution scorer for spaCy's `nlp.evaluate` / `spacy evaluate` / `spacy train`.

Reference docs carry their gold attributions in `doc._.attrib_gold` (standoff dicts, as in
`corpus/gold.jsonl`; `spacy-attrib corpus` writes such DocBins). The scorer runs the project's
own evaluator (`spacy_attrib.evaluate`) on them, so `spacy evaluate` and `spacy-attrib evaluate`
report the same numbers.

`spacy evaluate` prints only metrics it knows; content P/R/F1 are also returned under the span
keys of the contents group, so ``spacy evaluate PIPELINE corpus/dev.spacy --spans-key
attrib_contents`` shows them as SPAN P/R/F with a per-kind table, and ``--per-component
--output metrics.json`` saves every `attrib_*` metric.
"""

from __future__ import annotations

from typing import Any, Dict, Iterable, List

from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import registry

from .evaluate import flat_metrics, score
from .extensions import CONTENTS_KEY
from .gold import GoldAttribution, GoldDoc, GoldSource


def _offsets(value):
    return (int(value[0]), int(value[1])) if value else None


def gold_attributions(records: Iterable[Dict[str, Any]]) -> List[GoldAttribution]:
    out = []
    for a in records:
        src = a.get("source")
        out.append(GoldAttribution(
            kind=a["kind"], core=bool(a.get("core", True)), content=_offsets(a["content"]),
            cue=_offsets(a.get("cue")), speaker=_offsets(a.get("speaker")),
            source=GoldSource(_offsets(src.get("span")), src.get("name"), src.get("role"),
                              list(src.get("affiliation") or []), src.get("gender")) if src else None,
            via=_offsets(a.get("via")),
        ))
    return out


def gold_doc(doc: Doc, doc_id: str) -> GoldDoc:
    return GoldDoc(doc_id, "", doc.text, "", gold_attributions(doc._.attrib_gold or []))


def score_attributions(examples: Iterable[Example], **kwargs) -> Dict[str, Any]:
    """Content P/R/F1, speaker, affiliation and end-to-end scores over `examples`."""
    golds, preds = [], {}
    for i, eg in enumerate(examples):
        doc_id = str(i)
        golds.append(gold_doc(eg.reference, doc_id))
        preds[doc_id] = [a.to_dict() for a in eg.predicted._.attributions]
    result = score(golds, preds)
    metrics = result.metrics()
    out: Dict[str, Any] = dict(flat_metrics(metrics))
    content = metrics["content"]
    key = f"spans_{CONTENTS_KEY}"
    out[f"{key}_p"], out[f"{key}_r"], out[f"{key}_f"] = content["p"], content["r"], content["f"]
    out[f"{key}_per_type"] = per_kind(result)
    return out


def per_kind(result) -> Dict[str, Dict[str, float]]:
    """Content P/R/F1 per kind (a prediction counts for the kind it predicts)."""
    table: Dict[str, Dict[str, float]] = {}
    for kind in ("direct", "indirect", "mixed"):
        preds = [m for m in result.matches if m.pred is not None and m.pred["kind"] == kind]
        golds = [m for m in result.matches if m.gold is not None and m.gold.core and m.gold.kind == kind]
        tp_p = sum(1 for m in preds if m.gold is not None)
        tp_g = sum(1 for m in golds if m.pred is not None)
        p = tp_p / len(preds) if preds else 0.0
        r = tp_g / len(golds) if golds else 0.0
        table[kind] = {"p": p, "r": r, "f": 2 * p * r / (p + r) if p + r else 0.0}
    return table


@registry.scorers("spacy_attrib.attribution_scorer.v1")
def make_attribution_scorer():
    return score_attributions
