"""Cue detection: reporting verbs, adverbial participles, verbal nouns, according-to phrases."""

from __future__ import annotations

from typing import Any, Dict, List, Optional

from spacy.language import Language
from spacy.tokens import Doc

from .base import LexiconPipe
from .extensions import set_cues
from .lexicon import Lexicon
from .normalize import PRONOUN_SUFFIXES, strip_article
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
            j, ok, suffixed = i, True, False
            for n, tok in enumerate(rest, 1):
                nxt = view.next_word(j)
                if nxt is None:
                    ok = False
                    break
                if nxt.norm != tok:
                    # على حد تعبيرها، على حد قوله: the last noun with the speaker's pronoun
                    suffixed = n == len(rest) > 1 and nxt.norm[len(tok):] in PRONOUN_SUFFIXES \
                        and nxt.norm.startswith(tok)
                    if not suffixed:
                        ok = False
                        break
                j = nxt.i
            if not ok:
                continue
            if prefix:
                nxt = view.next_word(j)
                if nxt is None or not nxt.norm.startswith(prefix):
                    continue
            found = {"w0": i, "w1": j, "lemma": lemma, "type": "according_to", "feats": "",
                     "core": True, "clitic": clitic, "prefix": prefix or ""}
            if suffixed:
                found["suffixed"] = True
            return found
    return None


def _came_in_match(view: TextView, lexicon: Lexicon, i: int) -> Optional[Dict[str, Any]]:
    """وجاء في بلاغ لوزارة الداخلية أن…: a document's words, reported through "it came in".
    The cue takes في with it, so the document is the NP after the cue; like other ambiguous
    verbs (وجاء الرد سريعا) it reports only before a complementizer or a colon."""
    n = view.words[i].norm
    verbs = lexicon.extra_set("came_in_verbs")
    clitic = int(len(n) > 3 and n[0] in "وف" and n[1:] in verbs)
    if not clitic and n not in verbs:
        return None
    nxt = view.next_word(i)
    if nxt is None or nxt.norm != "في":
        return None
    doc = view.next_word(nxt.i)
    while doc is not None and doc.norm in ("هذا", "هذه", "ذات", "نفس"):
        doc = view.next_word(doc.i)  # وجاء في ذات البلاغ
    if doc is None or strip_article(doc.norm) not in lexicon.extra_set("came_in_documents"):
        return None  # جاء في المرتبة الأولى، وجاءت في 688 صفحة: not a text that speaks
    # no gender: the verb agrees with the document, not with whoever issued it
    return {"w0": i, "w1": nxt.i, "lemma": "جاء", "type": "verb", "feats": "", "core": True,
            "clitic": clitic, "prefix": "", "weak": True}


_NOUN_GOVERNORS = {"في", "من", "مع", "عن", "علي", "الي"}


def _governs_noun(prev) -> bool:
    """Is `prev` (right before, no punctuation between) a preposition, after which a feminine
    participle form is a noun (في مذكرة قدمها)? Not a number: 2017 مشيرة إلى أن reports."""
    return prev is not None and prev.kind == "w" and prev.norm in _NOUN_GOVERNORS


def _reports_on(view: TextView, lexicon: Lexicon, i: int) -> bool:
    """Is a cue form that is also a given name (نجيب، مفيدة) followed by what a report goes on
    with: a complementizer, a preposition or punctuation, not a surname?"""
    if i + 1 >= len(view.words):
        return True
    nxt = view.words[i + 1]
    return nxt.kind != "w" or nxt.norm in lexicon.complementizers or nxt.norm in lexicon.prepositions


def find_cues(view: TextView, lexicon: Lexicon) -> List[Dict[str, Any]]:
    """All cue candidates of a text, in order, as plain dicts (word and char offsets)."""
    cues: List[Dict[str, Any]] = []
    words = view.words
    came_in = lexicon.extra_set("came_in_verbs")  # a cheap test before the full match
    i = 0
    while i < len(words):
        word = words[i]
        if word.kind != "w":
            i += 1
            continue
        found = _according_match(view, lexicon, i)
        if found is None:
            hit = lexicon.cue(word.norm)
            prev = view.prev_word(i) if hit is not None else None
            if hit is not None and hit[0].type == "noun" and prev is not None \
                    and prev.norm in lexicon.extra_set("journalist_frames"):
                hit = None  # وتجدر الإشارة إلى أن: the journalist's own voice, nobody's report
            elif hit is not None and hit[0].type == "verb" and prev is not None \
                    and prev.norm in lexicon.extra_set("verbal_noun_governors"):
                hit = None  # طلب عدم كشف هويته: a verbal noun, not a verb that reports
            elif hit is not None and word.norm in lexicon.given_names and not _reports_on(view, lexicon, i):
                hit = None  # نجيب مرابط، مفيدة التلاتلي: a given name, not "we answer", "stating"
            elif hit is not None and hit[0].feats.startswith("1"):
                hit = None  # نعتبر، لاحظنا، قلت: the speaker's (or journalist's) own words, no report
            elif hit is not None and hit[0].type == "participle" and hit[0].feats == "FS" \
                    and _governs_noun(view.prev_word(i, skip_punct=False)):
                hit = None  # في مذكرة قدمها: the noun "memo", not "reminding"
            if hit is not None:
                entry, clitic = hit
                found = {"w0": i, "w1": i, "lemma": entry.lemma, "type": entry.type,
                         "feats": entry.feats, "core": entry.core, "clitic": clitic,
                         "prefix": "", "weak": lexicon.is_weak(word.norm, entry)}
            elif word.norm in came_in or word.norm[1:] in came_in:
                found = _came_in_match(view, lexicon, i)
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
