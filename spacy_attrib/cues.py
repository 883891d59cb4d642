"""Cue detection: reporting verbs, adverbial participles, verbal nouns, according-to phrases."""

from __future__ import annotations

from typing import Any, Dict, List, Optional

from spacy.language import Language
from spacy.tokens import Doc

from .base import LexiconPipe
from .extensions import set_cues
from .lexicon import Lexicon
from .text import TextView, view_of

# "فحسب" is "only", never "according to"; stripping its ف would make it a cue.
_NOT_ACCORDING = {"فحسب"}


def _according_match(view: TextView, lexicon: Lexicon, i: int) -> Optional[Dict[str, Any]]:
    word = view.words[i]
    if word.norm in _NOT_ACCORDING:
        return None
    if word.norm not in lexicon.according and word.norm[1:] not in lexicon.according:
        return None  # the common case, decided before any loop
    for key, clitic in ((word.norm, 0), (word.norm[1:], 1)):
        if clitic and (len(word.norm) < 3 or word.norm[0] not in "وف"):
            continue
        for rest, prefix, lemma in lexicon.according.get(key, ()):
            j, ok = i, True
            for tok in rest:
                nxt = view.next_word(j)
                if nxt is None or nxt.norm != tok:
                    ok = False
                    break
                j = nxt.i
            if not ok:
                continue
            if prefix:
                nxt = view.next_word(j)
                if nxt is None or not nxt.norm.startswith(prefix):
                    continue
            return {"w0": i, "w1": j, "lemma": lemma, "type": "according_to", "feats": "",
                    "core": True, "clitic": clitic, "prefix": prefix or ""}
    return None


def find_cues(view: TextView, lexicon: Lexicon) -> List[Dict[str, Any]]:
    """All cue candidates of a text, in order, as plain dicts (word and char offsets)."""
    cues: List[Dict[str, Any]] = []
    words = view.words
    i = 0
    while i < len(words):
        word = words[i]
        if word.kind != "w":
            i += 1
            continue
        found = _according_match(view, lexicon, i)
        if found is None:
            hit = lexicon.cue(word.norm)
            if hit is not None:
                entry, clitic = hit
                found = {"w0": i, "w1": i, "lemma": entry.lemma, "type": entry.type,
                         "feats": entry.feats, "core": entry.core, "clitic": clitic,
                         "prefix": "", "weak": lexicon.is_weak(word.norm, entry)}
        if found is None:
            i += 1
            continue
        found["start"] = words[found["w0"]].start
        found["end"] = words[found["w1"]].end
        cues.append(found)
        i = found["w1"] + 1
    return cues


class CueFinder(LexiconPipe):
    """Finds reporting cues: `doc._.attrib_cue_data` and the `attrib_cues` span group."""

    def process(self, doc: Doc) -> None:
        set_cues(doc, find_cues(view_of(doc.text), self.lexicon))


@Language.factory(
    "attribution_cues",
    default_config={"lexicon": {"@misc": "spacy_attrib.lexicon.v1", "lang": "ar", "extra": {}}},
    assigns=["doc._.attrib_cue_data", "doc.spans"],
)
def make_cue_finder(nlp: Language, name: str, lexicon: Lexicon) -> CueFinder:
    """Reporting verbs, participles, verbal nouns and according-to phrases."""
    return CueFinder(nlp, name, lexicon)
