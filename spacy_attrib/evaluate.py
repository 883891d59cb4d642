"""Score predicted attributions against the gold standoff corpus.

Matching: gold and predicted contents are paired one-to-one, best overlap first,
where overlap = shared characters / length of the longer span (>= 0.5 to match); between
equal overlaps, a prediction whose cue overlaps the gold cue first (two reports of one
content: وقال X إن …، وفق ما أوردته وكالة Y).

* content P/R/F1 — at overlap >= 0.5, and exact (same offsets once edge whitespace,
  punctuation and quote marks are ignored). Recall counts only `core` gold
  attributions (ANNOTATION.md); a prediction matching a non-core one is not a false alarm.
* speaker accuracy — over matched core pairs: the predicted source is the gold source
  (the gold name's words all appear in it, or word F1 >= 0.5 with the gold source
  text; attached prepositions and the article are ignored).
* affiliation accuracy — over matched core pairs whose gold source has an affiliation:
  the predicted affiliation is one of the gold alternatives (normalised).
* end-to-end P/R/F1 — a content match whose speaker is also right.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

from .gold import GoldAttribution, GoldDoc
from .normalize import normalize, strip_article
from .text import QUOTE_CHARS

_EDGE = set(" \t\n\xa0.,،؛;:!?؟…-–—()[]" + QUOTE_CHARS)
_WORD = re.compile(r"\w+")
MIN_OVERLAP = 0.5


def _trim(text: str, start: int, end: int) -> Tuple[int, int]:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def overlap(a: Tuple[int, int], b: Tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    longest = max(a[1] - a[0], b[1] - b[0])
    return inter / longest if inter > 0 and longest > 0 else 0.0


def words_of(text: Optional[str]) -> List[str]:
    """Normalised words without clitic prepositions/article, for comparing mentions."""
    out: List[str] = []
    conj = ""
    for w in _WORD.findall(normalize(text or "")):
        if w == "و":  # a conjunction typed apart (و المجتمع) is the clitic of the next word
            conj += w
            continue
        w, conj = strip_article(conj + w), ""
        if len(w) > 3 and w[0] in "لب" and not w.startswith("ال"):
            w = w[1:]  # لوزارة -> وزارة
        out.append(w)
    return out + ([conj] if conj else [])


def _word_f1(a: Sequence[str], b: Sequence[str]) -> float:
    common = sum((Counter(a) & Counter(b)).values())
    if not common:
        return 0.0
    p, r = common / len(a), common / len(b)
    return 2 * p * r / (p + r)


def speaker_correct(pred_source: Optional[Dict[str, Any]], gold: GoldAttribution, text: str) -> bool:
    gsrc = gold.source
    if gsrc is None or (gsrc.span is None and not gsrc.name):
        return pred_source is None
    if pred_source is None:
        return False
    pred_words = words_of(pred_source.get("text"))
    if gsrc.name:
        name = words_of(gsrc.name)
        if name and set(name) <= set(pred_words):
            return True
    if gsrc.span is not None:
        return _word_f1(pred_words, words_of(text[gsrc.span[0]:gsrc.span[1]])) >= 0.5
    return False


def affiliation_correct(pred_source: Optional[Dict[str, Any]], gold: GoldAttribution) -> bool:
    pred = (pred_source or {}).get("affiliation")
    if not pred:
        return False
    key = " ".join(words_of(pred))
    return any(" ".join(words_of(alt)) == key for alt in gold.source.affiliation)


@dataclass
class Match:
    doc_id: str
    gold: Optional[GoldAttribution]
    pred: Optional[Dict[str, Any]]
    overlap: float = 0.0
    exact: bool = False
    speaker_ok: Optional[bool] = None
    affiliation_ok: Optional[bool] = None


def match_doc(doc: GoldDoc, preds: List[Dict[str, Any]]) -> List[Match]:
    """Pair gold and predicted attributions of one document (greedy, best overlap first)."""
    pairs = []
    for gi, g in enumerate(doc.attributions):
        for pi, p in enumerate(preds):
            ov = overlap(g.content, (p["content"]["start"], p["content"]["end"]))
            if ov >= MIN_OVERLAP:
                pcue = p.get("cue")
                same_cue = g.cue is not None and pcue is not None \
                    and g.cue[0] < pcue["end"] and pcue["start"] < g.cue[1]
                pairs.append((ov, same_cue, gi, pi))
    pairs.sort(reverse=True)
    used_g, used_p, matches = set(), set(), []
    for ov, _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        g, p = doc.attributions[gi], preds[pi]
        exact = _trim(doc.text, *g.content) == _trim(doc.text, p["content"]["start"], p["content"]["end"])
        m = Match(doc.id, g, p, ov, exact, speaker_correct(p.get("source"), g, doc.text))
        if g.source is not None and g.source.affiliation:
            m.affiliation_ok = affiliation_correct(p.get("source"), g)
        matches.append(m)
    matches += [Match(doc.id, g, None) for gi, g in enumerate(doc.attributions) if gi not in used_g]
    matches += [Match(doc.id, None, p) for pi, p in enumerate(preds) if pi not in used_p]
    return matches


def _prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> Dict[str, float]:
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4)}


@dataclass
class Scores:
    matches: List[Match] = field(default_factory=list)
    doc_ids: List[str] = field(default_factory=list)  # every scored document, even one with no match

    def metrics(self) -> Dict[str, Any]:
        ms = self.matches
        n_pred = sum(1 for m in ms if m.pred is not None)
        core = [m for m in ms if m.gold is not None and m.gold.core]
        matched = [m for m in ms if m.gold is not None and m.pred is not None]
        matched_core = [m for m in matched if m.gold.core]
        aff = [m for m in matched_core if m.affiliation_ok is not None]
        out = {
            "docs": len(set(self.doc_ids) | {m.doc_id for m in ms}),
            "gold_core": len(core),
            "gold_noncore": sum(1 for m in ms if m.gold is not None and not m.gold.core),
            "predicted": n_pred,
            "content": _prf(len(matched), n_pred, len(matched_core), len(core)),
            "content_exact": _prf(sum(m.exact for m in matched), n_pred,
                                  sum(m.exact for m in matched_core), len(core)),
            "speaker_acc": round(sum(m.speaker_ok for m in matched_core) / len(matched_core), 4)
            if matched_core else 0.0,
            "affiliation_acc": round(sum(m.affiliation_ok for m in aff) / len(aff), 4) if aff else 0.0,
            "affiliation_n": len(aff),
            "kind_acc": round(sum(m.gold.kind == m.pred["kind"] for m in matched_core)
                              / len(matched_core), 4) if matched_core else 0.0,
            "e2e": _prf(sum(bool(m.speaker_ok) for m in matched), n_pred,
                        sum(bool(m.speaker_ok) for m in matched_core), len(core)),
        }
        return out


def score(gold_docs: Iterable[GoldDoc], predictions: Dict[str, List[Dict[str, Any]]]) -> Scores:
    """`predictions`: doc id -> list of attribution dicts as written by `extract`."""
    scores = Scores()
    for doc in gold_docs:
        scores.doc_ids.append(doc.id)
        scores.matches.extend(match_doc(doc, predictions.get(doc.id, [])))
    return scores


def flat_metrics(metrics: Dict[str, Any]) -> Dict[str, float]:
    """`attrib_*` keys for spaCy's scorer and metrics files."""
    return {
        "attrib_content_p": metrics["content"]["p"], "attrib_content_r": metrics["content"]["r"],
        "attrib_content_f": metrics["content"]["f"], "attrib_content_exact_f": metrics["content_exact"]["f"],
        "attrib_speaker_acc": metrics["speaker_acc"], "attrib_affiliation_acc": metrics["affiliation_acc"],
        "attrib_e2e_p": metrics["e2e"]["p"], "attrib_e2e_r": metrics["e2e"]["r"],
        "attrib_e2e_f": metrics["e2e"]["f"],
    }


def markdown_table(metrics: Dict[str, Any], title: str = "") -> str:
    c, x, e = metrics["content"], metrics["content_exact"], metrics["e2e"]
    rows = [
        ("content P / R / F1 (overlap ≥ 0.5)", f"{c['p']:.3f} / {c['r']:.3f} / {c['f']:.3f}"),
        ("content P / R / F1 (exact)", f"{x['p']:.3f} / {x['r']:.3f} / {x['f']:.3f}"),
        ("speaker accuracy", f"{metrics['speaker_acc']:.3f}"),
        (f"affiliation accuracy (n={metrics['affiliation_n']})", f"{metrics['affiliation_acc']:.3f}"),
        ("kind accuracy", f"{metrics['kind_acc']:.3f}"),
        ("end-to-end P / R / F1", f"{e['p']:.3f} / {e['r']:.3f} / {e['f']:.3f}"),
    ]
    head = f"**{title}** — {metrics['docs']} articles, {metrics['gold_core']} core + " \
           f"{metrics['gold_noncore']} non-core gold, {metrics['predicted']} predicted\n\n"
    return head + "| metric | value |\n|---|---|\n" + "\n".join(f"| {a} | {b} |" for a, b in rows) + "\n"


def error_lines(scores: Scores, docs: Dict[str, GoldDoc], limit: int = 400) -> List[str]:
    """Human-readable misses, false alarms and wrong speakers."""
    out = []
    for m in scores.matches:
        text = docs[m.doc_id].text

        def t(o, text=text):
            return text[o[0]:o[1]].replace("\n", " ")[:120] if o else "-"

        if m.gold is not None and m.pred is None and m.gold.core:
            src = t(m.gold.source.span) if m.gold.source and m.gold.source.span else "-"
            out.append(f"MISS  {m.doc_id} [{m.gold.kind}] cue={t(m.gold.cue)} src={src} :: "
                       f"{t(m.gold.content)}")
        elif m.pred is not None and m.gold is None:
            p = m.pred
            out.append(f"FALSE {m.doc_id} [{p['kind']}] cue={(p['cue'] or {}).get('text')} "
                       f"src={(p['source'] or {}).get('text')} :: {p['content']['text'][:120]}")
        elif m.gold is not None and m.pred is not None and m.gold.core and not m.speaker_ok:
            src = t(m.gold.source.span) if m.gold.source and m.gold.source.span else "-"
            out.append(f"SPKR  {m.doc_id} gold={src} pred={(m.pred['source'] or {}).get('text')} "
                       f"cue={(m.pred['cue'] or {}).get('text')}")
        if m.gold is not None and m.pred is not None and m.gold.core and m.affiliation_ok is False:
            out.append(f"AFF   {m.doc_id} gold={m.gold.source.affiliation} "
                       f"pred={(m.pred['source'] or {}).get('affiliation')} "
                       f"src={(m.pred['source'] or {}).get('text')}")
    return out[:limit]
