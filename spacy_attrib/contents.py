"""Content detection: quotations, indirect clauses, colon speech, according-to clauses.

Input: the cue candidates of `attribution_cues`. Output: one content per
reporting event, linked to its cue (or to none, for floating quotations), with
the word range where the sources component should look for the speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Set, Tuple

from spacy.language import Language
from spacy.tokens import Doc

from .base import LexiconPipe
from .extensions import set_contents
from .lexicon import Lexicon
from .normalize import PRONOUN_SUFFIXES, normalize, strip_article
from .text import CLOSERS, COMMAS, OPENERS, QUOTE_CHARS, RELATIVES, SENT_END, Intervals, TextView, view_of

# Words before أن that make it a temporal/final conjunction, not a complementizer.
_NOT_COMP_BEFORE = {"بعد", "قبل", "منذ", "دون", "حتي", "عوض", "بدل", "بدلا", "لاجل", "كي", "بمجرد",
                    # connectives: كما أن "also", رغم أن "although", غير أن / إلا أن "but"
                    "كما", "وكما", "رغم", "ورغم", "برغم", "بالرغم", "غير", "الا"}
# Connectors that make a following cue the start of a new report.
_CONNECTORS = {"كما", "فيما", "بينما", "حين", "و", "ف", "وكما", "وفيما", "ثم", "حيث", "اذ",
               # لكنها أشارت: "but" and a new report of the same speaker
               "لكن", "ولكن", "لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "ولكنهم"}
_FA_OPENERS = {"ف", "فقد"}  # وحسب المصدر فقد حدد…: ف opens the main clause after a fronted phrase
_OPENER_PUNCT = "(:،,؛;-—–[{"
_CLOSER_PUNCT = ".,،؛;:!?؟)]}-—–…"
_HAS_WORD = re.compile(r"[^\W_]")
MAX_GAP = {"verb": 30, "noun": 8, "participle": 4}
FLOATING_MIN_WORDS = 4
SPEECH_MIN_WORDS = 4
PLUPERFECT_SPAN = 20  # words from a sentence-initial كان to its reporting verb


@dataclass
class Quote:
    open_w: int  # word index of the opening mark
    close_w: Optional[int]  # word index of the closing mark; None if unbalanced
    start: int  # content offsets, marks excluded, whitespace trimmed
    end: int
    n_words: int
    used: bool = False


# --- quotation marks --------------------------------------------------------


def _orientation(text: str, idx: int) -> str:
    """'open', 'close' or 'either' for a quote mark, as a reader would see it."""
    ch = text[idx]
    prev = text[idx - 1] if idx > 0 else " "
    nxt = text[idx + 1] if idx + 1 < len(text) else " "
    # a lone و / ف glued before the mark is a conjunction, not the end of a word (و"التجهيزات")
    conj = prev in "وف" and (idx < 2 or text[idx - 2].isspace() or text[idx - 2] in _OPENER_PUNCT)
    left_free = prev.isspace() or prev in _OPENER_PUNCT or prev in QUOTE_CHARS or conj
    right_free = nxt.isspace() or nxt in _CLOSER_PUNCT or nxt in QUOTE_CHARS
    if left_free and not right_free:
        return "open"
    if right_free and not left_free:
        return "close"
    if ch in OPENERS:
        return "open"
    if ch in CLOSERS:
        return "close"
    return "either"


def _family(ch: str) -> str:
    return {"«": "g", "»": "g", "‹": "g", "›": "g", "'": "s", "‘": "s", "’": "s", "‚": "s"}.get(ch, "d")


def _unbalanced_end(view: TextView, open_w: int, limit_w: int, report_starts: Set[int],
                    participle_reports: Optional[Set[int]] = None) -> int:
    """Word index where an unclosed quotation ends: at a line break after a sentence end,
    before a sentence that opens a new report (وأضاف…), before an adverbial participle that
    reports again (…والمهنيين مشيرة إلى: the journalist speaks), at a paragraph break, or
    before `limit_w`."""
    words, text = view.words, view.text
    participle_reports = participle_reports or set()
    last = open_w
    for j in range(open_w + 1, limit_w):
        w = words[j]
        if w.kind == "br" or (j in participle_reports and j > open_w + 3):
            break
        last = j
        if w.kind == "p" and w.text in SENT_END and (
                "\n" in text[w.end:w.end + 3] or j + 1 in report_starts):
            break
    return last


def pair_quotes(view: TextView, name_heads: Optional[Set[str]] = None,
                report_starts: Optional[Set[int]] = None,
                participles: Optional[Set[int]] = None,
                reporting_participles: Optional[Set[int]] = None) -> List[Quote]:
    """Pair quote marks as a reader would: by position (a mark before a word opens, after
    one closes), tolerating mixed glyphs (“…″, "…”) and unbalanced marks.

    An opening mark inside an open quotation of the same style normally means the first
    one was never closed, unless it follows a naming word (شعار "…", صحيفة "…"): then
    it is a name quoted inside the quotation. A mark right after an adverbial participle
    (word indices in `participles`) inside an open quotation opens the participle's own
    quotation: the first one was never closed (قائلة "لا نقبل الإهانة مضيفة "تدعون…").
    An unclosed quotation also ends before a participle that reports again (word indices in
    `reporting_participles`: …والمهنيين مشيرة إلى)."""
    name_heads = name_heads or set()
    report_starts = report_starts or set()
    participles = participles or set()
    words, text = view.words, view.text
    stops = reporting_participles or set()
    pairs: List[Tuple[int, Optional[int], int]] = []  # (open_w, close_w, end_w)
    stack: List[int] = []
    for w in words:
        if w.kind == "br":
            while stack:
                o = stack.pop()
                pairs.append((o, None, _unbalanced_end(view, o, w.i, report_starts, stops)))
            continue
        if w.kind != "q":
            continue
        role = _orientation(text, w.start)
        if stack and role != "close" and w.i - 1 in participles and w.i - 2 > stack[-1] \
                and len(stack) == 1:
            top = words[stack.pop()]  # …مضيفة "تدعون: the participle speaks again
            pairs.append((top.i, None, _unbalanced_end(view, top.i, w.i - 1, report_starts, stops)))
            stack.append(w.i)
            continue
        if stack:
            top = words[stack[-1]]
            if role == "close" or (role == "either"):
                stack.pop()
                pairs.append((top.i, w.i, w.i - 1))
                continue
            prev = view.prev_word(w.i)
            named = prev is not None and prev.kind == "w" and strip_article(prev.norm) in name_heads
            if (_family(w.text) != _family(top.text) or named) and len(stack) < 2:
                stack.append(w.i)  # nested quotation
                continue
            stack.pop()  # a new opener of the same style: the previous one never closed
            pairs.append((top.i, None, _unbalanced_end(view, top.i, w.i, report_starts, stops)))
            stack.append(w.i)
        elif role != "close":
            stack.append(w.i)
    while stack:
        o = stack.pop()
        pairs.append((o, None, _unbalanced_end(view, o, len(words), report_starts, stops)))
    quotes = []
    for open_w, close_w, end_w in sorted(pairs):
        inner = [x for x in words[open_w + 1:end_w + 1] if x.kind == "w"]
        if not inner:
            continue
        start, end = inner[0].start, words[end_w].end
        if close_w is None:
            end = _trim_end(view, open_w + 1, end_w)
        quotes.append(Quote(open_w, close_w, start, end, len(inner)))
    return quotes


def _trim_end(view: TextView, first: int, last: int) -> int:
    """End offset of words[first..last] without trailing punctuation (sentence marks kept
    only when they close a word run inside the span)."""
    j = last
    while j > first and view.words[j].kind in ("p", "br"):
        j -= 1
    return view.words[j].end


# --- the rules ----------------------------------------------------------------


class ContentRules:
    """Finds the content of every cue in one text."""

    def __init__(self, view: TextView, lexicon: Lexicon, cues: List[Dict[str, Any]]) -> None:
        self.view = view
        self.words = view.words
        self.lex = lexicon
        self.cues = cues
        self.cue_at: Dict[int, int] = {}
        for k, c in enumerate(cues):
            for j in range(c["w0"], c["w1"] + 1):
                self.cue_at[j] = k
        report_starts = {c["w0"] for c in cues if c["clitic"] and c["type"] == "verb"}
        report_starts |= self._pluperfect_reports()
        participles = {c["w1"] for c in cues if c["type"] == "participle"}
        self.quotes = pair_quotes(view, lexicon.scare_heads, report_starts, participles,
                                  self._reporting_participles(participles))
        self.quote_at: Dict[int, Quote] = {q.open_w: q for q in self.quotes}
        self._quote_starts = [q.start for q in self.quotes]
        self._speech_quotes = Intervals((q.start, q.end) for q in self.quotes
                                        if q.n_words >= SPEECH_MIN_WORDS and q.end - q.start < 1500)
        self._content_spans = Intervals()
        self._cues_with_content: Set[int] = set()
        self.claimed_comp: Set[int] = set()
        self.consumed_cues: Set[int] = set()
        self.contents: List[Dict[str, Any]] = []
        saying = lexicon.extra_set("saying_nouns_suffixed")
        self.backref_words = saying

    # helpers ----------------------------------------------------------------

    def _pluperfect_reports(self) -> Set[int]:
        """First words of sentences that open with كان and report with a verb a few words
        later (وكان الوزير قد أعلن أن…، وكانت الوزارة أكدت…): a background report that starts
        a sentence as وأضاف does, so an unclosed quotation before it ends there."""
        auxiliaries = self.lex.extra_set("auxiliaries")
        starts: Set[int] = set()
        for c in self.cues:
            if c["type"] != "verb" or c["clitic"]:
                continue
            first, _ = self.view.sentence_bounds(c["w0"])
            if c["w0"] - first <= PLUPERFECT_SPAN and self.words[first].norm in auxiliaries:
                starts.add(first)
        return starts

    def is_comp(self, j: int) -> bool:
        w = self.words[j]
        if w.kind != "w" or w.norm not in self.lex.complementizers:
            return False
        prev = self.view.prev_word(j, skip_punct=False)
        return not (prev is not None and prev.kind == "w" and prev.norm in _NOT_COMP_BEFORE)

    def sentence_end(self, j: int) -> bool:
        """Does word j end its sentence (punctuation followed by a new sentence)?"""
        w = self.words[j]
        return w.kind == "br" or (j + 1 < len(self.words) and self.words[j + 1].sent != w.sent)

    def starts_report(self, j: int) -> bool:
        """Does a new reporting event start at word j (which holds a cue)?"""
        k = self.cue_at.get(j)
        if k is None or self.cues[k]["w0"] != j:
            return False
        cue = self.cues[k]
        if cue["type"] == "noun" or (cue.get("weak") and not self.comp_follows(k)):
            return False
        if cue["type"] == "participle":
            # مفيدا reports; مفيدة، مؤكدين may be adjectives (القهوة مفيدة للصحة، أنباء مؤكدة)
            # and report only with their clause or quotation close behind
            if cue.get("feats") == "MS" or self.comp_follows(k, window=4):
                return True
            prev = self.view.prev_word(j, skip_punct=False)
            return prev is None or prev.kind != "w"  # ، مشددة على…: after a comma it reports
        if cue["clitic"]:
            # وتستنكر بشدة هذا الفعل، وتؤكد مساندتها: a present-tense verb with its object goes
            # on with the reported clause; ويضيف المتحدث أن reports anew
            return not (self._imperfect(cue) and not self.comp_follows(k, window=6))
        prev = self.view.prev_word(j)
        if prev is not None and prev.norm == "حيث":  # حيث يرى أن: a report; حيث يعتبر التشخيص
            return self.comp_follows(k, window=4)  # … انتهاكا: "is considered", no report
        if prev is not None and prev.norm == "اذ":  # إذ وجد العلماء أن: a report; إذ يتوقع
            nxt = self.view.next_word(j)  # ألا تتجاوز: "as it is expected", nobody speaks
            return nxt is not None and not (self.is_comp(nxt.i) or nxt.norm == "الا")
        return prev is None or prev.sent != self.words[j].sent or prev.text in COMMAS \
            or prev.norm in _CONNECTORS

    def _imperfect(self, cue: Dict[str, Any]) -> bool:
        """Is a verb cue in the present tense (يقول، وتؤكد; not تابع, أكد)?"""
        if cue["type"] != "verb":
            return False
        n = self.words[cue["w0"]].norm
        n = n[1:] if cue["clitic"] else n
        lemma = normalize(cue["lemma"])
        return n[:1] == "ي" or (n[:1] == "ت" and (lemma[:1] != "ت" or n[:2] == "تت"))

    def comp_follows(self, k: int, window: int = 12) -> bool:
        """Is there a complementizer or colon soon after cue k, in its sentence? A bare
        ambiguous form (بين "between") must be followed at once; وبين or جاء في may have a
        subject first."""
        cue = self.cues[k]
        if cue.get("weak") and not cue["clitic"] and cue["w1"] == cue["w0"] \
                and not self._opens_sentence_as_verb(cue):
            window = min(window, 3)
        for j in range(cue["w1"] + 1, min(len(self.words), cue["w1"] + 1 + window)):
            w = self.words[j]
            if w.sent != self.words[cue["w1"]].sent:
                return False
            if (w.kind == "p" and w.text == ":") or self.is_comp(j):
                if not (cue.get("weak") and self._governed_comp(j)):
                    return True
            if w.kind == "q" and j in self.quote_at and self.speech_quote(self.quote_at[j]):
                return True
        return False

    def _opens_sentence_as_verb(self, cue: Dict[str, Any]) -> bool:
        """ذكر، بيّن، نقلت opening a sentence or a clause after a comma are verbs with their
        subject after them (ذكر الجامعي والباحث فلان أن…); not يدعى "is called" nor
        تابع / تواصل "goes on"."""
        lemma = normalize(cue["lemma"])
        if lemma not in self.lex.extra_set("weak_verbs_opening"):
            return False
        prev = self.view.prev_word(cue["w0"], skip_punct=False)
        if prev is None or prev.sent != self.words[cue["w0"]].sent:
            return True
        if prev.text not in COMMAS:
            return False
        # وبشأن حياد الأنترنات، ذكر فلان أن: a clause opens after the comma too, but
        # "، بين تونس والبنك،" is "between": بين with a conjoined pair is no verb
        return lemma != "بين" or not self._conjoined_pair(cue["w0"])

    def _conjoined_pair(self, j: int) -> bool:
        """Is there a و-word before the next punctuation after word j (بين X وY)?"""
        for w in self.words[j + 1:j + 12]:
            if w.kind != "w":
                return False
            if w.norm[:1] == "و" and len(w.norm) > 2:
                return True
        return False

    def _governed_comp(self, j: int) -> bool:
        """أن after إلى / على that a noun governs, not an ambiguous verb before it (بين
        الجنسين إلى أن، وتقدر القيمة … على أن); a verbal noun of saying counts as the verb's
        own (وختم بالتأكيد على أن)."""
        prev = self.view.prev_word(j)
        if prev is None or prev.norm not in ("الي", "علي"):
            return False
        before = self.view.prev_word(prev.i)
        return not (before is not None and before.norm.startswith("بال")
                    and self.lex.cue(before.norm[1:]) is not None)

    def is_backref(self, j: int) -> bool:
        """حسب قوله / على حد تعبيره: a back-reference to the current speaker."""
        nxt = self.view.next_word(j)
        k = self.cue_at.get(j)
        return (k is not None and self.cues[k]["type"] == "according_to"
                and nxt is not None and nxt.norm in self.backref_words)

    def _after_colon(self, q: Quote) -> bool:
        prev = self.view.prev_word(q.open_w)
        return prev is not None and prev.text == ":"

    def speech_quote(self, q: Quote) -> bool:
        """A quotation that reads as speech rather than a quoted name or term."""
        prev = self.view.prev_word(q.open_w)
        if prev is not None and prev.text in ":":
            return True
        if prev is not None and prev.kind == "w" and strip_article(prev.norm) in self.lex.scare_heads \
                and not (prev.norm.startswith("ال") and q.n_words >= 4):
            return False  # حزب "النهضة"; but أنصار الحزب "النظام الديمقراطي ليس الحل" is speech
        return q.n_words >= SPEECH_MIN_WORDS

    def clause_end(self, first: int, stop_at_cues: bool = True) -> int:
        """Last word index of the reported clause that starts at word `first`."""
        words, last, j = self.words, first, first
        while j < len(words):
            w = words[j]
            if w.kind == "br":
                break
            if w.kind == "q" and j in self.quote_at and j >= first:
                q = self.quote_at[j]
                if q.close_w is not None and q.close_w > j:
                    last = j = q.close_w
                    if self.sentence_end(j) or (words[j - 1].kind == "p" and words[j - 1].text in ".!?؟"):
                        break  # «…كشيء." ونظم…: the quotation closed its sentence
                    j += 1
                    continue
            if w.kind == "p" and w.text in COMMAS and stop_at_cues:
                nxt = self.view.next_word(j)
                if nxt is not None and (self.starts_report(nxt.i) or self.is_backref(nxt.i)
                                        or self._adverb_then_report(nxt) or self._gloss(nxt)):
                    break
            if w.kind == "w" and w.norm == "اما" and j > first and stop_at_cues and self._topic_report(j):
                break  # …المعلومة أما رئيس اللجنة … فقد أبرز أن: a new topic and its report
            if w.kind == "w" and j > first and stop_at_cues:
                if self.is_backref(j) or self.starts_report(j):
                    break
                if w.norm in _CONNECTORS:
                    nxt = self.view.next_word(j)
                    if nxt is not None and self.starts_report(nxt.i):
                        break
            last = j
            if self.sentence_end(j):
                break
            j += 1
        return last

    def _gloss(self, w) -> bool:
        """`، في إشارة إلى …`: after a comma, the journalist's gloss on what was said."""
        if w.kind != "w" or w.norm != "في":
            return False
        nxt = self.view.next_word(w.i)
        return nxt is not None and nxt.norm in self.lex.extra_set("gloss_nouns")

    def _adverb_then_report(self, w) -> bool:
        """`، ومؤخرا أعلنت منظمة الصحة العالمية أن`: after a comma, و with an adverb and then a
        reporting verb with its clause is a new report, not more of the reported clause."""
        if w.kind != "w" or w.norm[:1] != "و" or len(w.norm) < 4 or w.i in self.cue_at \
                or w.norm[1:] in RELATIVES:  # (، والتي تبرر: a relative clause goes on)
            return False
        nxt = self.view.next_word(w.i)
        k = self.cue_at.get(nxt.i) if nxt is not None else None
        return k is not None and self.cues[k]["w0"] == nxt.i and self.cues[k]["type"] == "verb" \
            and not self.cues[k]["clitic"] and self.comp_follows(k, window=8)

    def _topic_report(self, j: int) -> bool:
        """`أما X فقد أبرز أن`: أما opens a topic whose report follows in the sentence."""
        words = self.words
        for k in range(j + 1, min(len(words), j + 16)):
            w = words[k]
            if w.kind == "br" or self.sentence_end(k):
                return False
            if w.kind == "w" and w.norm[:1] == "ف" and (k in self.cue_at or (
                    w.norm in ("فقد", "ف") and k + 1 in self.cue_at)):
                return True
        return False

    def span_of(self, first: int, last: int) -> Tuple[int, int]:
        """Character offsets of words[first..last], trailing punctuation trimmed; a closing
        quote mark is kept only if its opening mark is inside the span."""
        words = self.words
        while first < last and words[first].kind in ("p", "br"):
            first += 1
        while last > first:
            w = words[last]
            if w.kind == "q":
                opened = any(x.kind == "q" for x in words[first:last])
                if opened:
                    break
            elif w.kind not in ("p", "br"):
                break
            last -= 1
        return words[first].start, words[last].end

    def inside_content(self, j: int) -> bool:
        return self._content_spans.covers(self.words[j].start)

    def inside_speech_quote(self, j: int) -> bool:
        return self._speech_quotes.covers(self.words[j].start)

    def add(self, start: int, end: int, kind: str, cue: Optional[int], gap: Optional[List[int]],
            core: bool = True, cue_after: bool = False, gap_side: str = "after") -> None:
        if end <= start or not _HAS_WORD.search(self.view.text, start, end):
            return  # only marks or punctuation: nothing was said
        if cue is not None:
            c = self.cues[cue]
            if start < c["end"] and c["start"] < end:
                return  # never let a content overlap its own cue
        kind = self.refine_kind(start, end, kind)
        self.contents.append({"start": start, "end": end, "kind": kind, "cue": cue, "core": core,
                              "gap": gap, "cue_after": cue_after, "gap_side": gap_side})
        self._content_spans.add(start, end)
        if cue is not None:
            self._cues_with_content.add(cue)

    def refine_kind(self, start: int, end: int, kind: str) -> str:
        if kind != "indirect":
            return kind
        first = bisect_left(self._quote_starts, start)
        last = bisect_right(self._quote_starts, end)
        for q in self.quotes[first:last]:
            if q.end <= end and q.n_words >= 2:
                prev = self.view.prev_word(q.open_w)
                if prev is None or strip_article(prev.norm) not in self.lex.scare_heads:
                    q.used = True
                    return "mixed"
        return kind

    # rules -------------------------------------------------------------------

    def run(self) -> List[Dict[str, Any]]:
        for k, cue in enumerate(self.cues):
            if k in self.consumed_cues:
                continue
            if self.inside_content(cue["w0"]) or self.inside_speech_quote(cue["w0"]):
                continue
            if cue["type"] == "according_to":
                self.according_to(k, cue)
            else:
                self.forward(k, cue)
        self.nested_reports()
        self.quote_first_and_floating()
        self.contents.sort(key=lambda c: c["start"])
        return self.contents

    def nested_reports(self) -> None:
        """A report inside a reported clause (قال محللون إن داعش أعلن أن تشودري هو القائد):
        a reporting verb in an indirect content, with its own subject and complementizer
        close behind, is an attribution of its own, whose content lies inside the first."""
        outer = Intervals((c["start"], c["end"]) for c in self.contents if c["kind"] != "direct")
        for k, cue in enumerate(self.cues):
            if k in self.consumed_cues or k in self._cues_with_content or cue["type"] != "verb" \
                    or not cue["core"] or not outer.covers(cue["start"]) \
                    or self.inside_speech_quote(cue["w0"]) or not self.comp_follows(k, window=6) \
                    or cue.get("weak") or not self._named_subject(cue):
                continue
            known = len(self.contents)
            self.forward(k, cue)
            for c in self.contents[known:]:
                c["nested"] = True  # (its subject comes first: إن أوكامبو أبلغ الأمم المتحدة أن)

    def _named_subject(self, cue: Dict[str, Any]) -> bool:
        """Does a title, a body or a name stand right after the verb or right before it (إن
        داعش أعلن، أن الأطباء أكدوا، أوضح رئيس الحكومة)? Not a pronoun, a document or an
        event (التحقيقات ترجح، استشهاده يؤكد): those report nothing of their own here."""
        return any(w is not None and w.kind == "w" and self._source_head(w, documents=False)
                   for w in (self.view.next_word(cue["w1"]), self.view.prev_word(cue["w0"])))

    def forward(self, k: int, cue: Dict[str, Any]) -> None:
        """Cue before its content: verb/noun/participle + إن/أن, colon or quotation."""
        words, kind = self.words, cue["type"]
        if cue.get("weak") and not self.comp_follows(k):
            return
        limit = MAX_GAP.get(kind, 8)
        gap_first, n_gap = cue["w1"] + 1, 0
        gap_nouns: List[int] = []  # وأضاف في تصريح: «…»: the noun (or نقلا عن) is part of the verb's report
        j = gap_first
        while j < len(words) and n_gap <= limit:
            w = words[j]
            if w.kind == "br":
                return
            if w.kind == "q" and j in self.quote_at:
                q = self.quote_at[j]
                # directives (دعا "الجميع" إلى…) take quotations only after a colon
                if self.speech_quote(q) and (cue["core"] or self._after_colon(q)):
                    q.used = True
                    self.add(q.start, q.end, "direct", k, [gap_first, j - 1])
                    self.consumed_cues.update(gap_nouns)
                    return
                j = (q.close_w if q.close_w is not None else j) + 1
                n_gap += q.n_words
                continue
            if w.kind == "p" and w.text == ":":
                self.colon(k, cue, gap_first, j)
                self.consumed_cues.update(gap_nouns)
                return
            if w.kind == "p" and self.sentence_end(j):
                return
            if w.kind == "w":
                if self.is_comp(j) and j not in self.claimed_comp:
                    if kind == "participle" and n_gap > 2 \
                            and not (n_gap <= 6 and self._setting_pp(gap_first)):
                        return
                    if n_gap == 0 and self.words[cue["w0"]].norm in self.lex.extra_set("impersonal"):
                        return  # ويلاحظ أن / يرجح أن: no speaker, not an attribution
                    self.claimed_comp.add(j)
                    self.consumed_cues.update(gap_nouns)
                    first = j + 1
                    if first >= len(words):
                        return  # the text ends on the complementizer
                    last = self.clause_end(first)
                    if last >= first:
                        s, e = self.span_of(first, last)
                        self.add(s, e, "indirect", k, [gap_first, j - 1])
                    return
                other = self.cue_at.get(j)
                if other is not None and other != k:
                    oc = self.cues[other]
                    if oc["type"] == "participle" and oc["lemma"] == "قال":
                        self.consumed_cues.add(other)  # أضاف قائلا: one event
                    elif oc.get("weak") and not self.comp_follows(other):
                        pass  # بين "between", not بيّن "explained"
                    elif oc["type"] == "noun":
                        gap_nouns.append(other)
                    elif oc["type"] == "according_to":
                        # قالت الصحيفة نقلا عن مسؤول إن: via, once the verb has its clause (not
                        # وقد وصفت حالتهم بالمستقرة، حسب مصدر أمني: the phrase reports all that)
                        gap_nouns.append(other)
                    elif oc["type"] in ("verb", "participle") and oc["core"]:
                        return
                if w.norm not in self.lex.temporal:
                    n_gap += 1
            j += 1

    def _setting_pp(self, j: int) -> bool:
        """Does a PP of where or to whom it was said open at word j (مضيفا، عبر مدونة الشركة،
        أن؛ مشيرا في تصريح لوكالة الأنباء أن), not the participle's own object (مشيرا إلى)?"""
        w = self.words[j] if j < len(self.words) else None
        if w is not None and w.kind == "p" and w.text in COMMAS:
            w = self.view.next_word(j)
        if w is None or w.kind != "w":
            return False
        return w.norm in self.lex.extra_set("participle_pp_openers") \
            or (w.norm[:1] == "ل" and len(w.norm) > 3 and w.norm[:2] != "لا")

    def colon(self, k: int, cue: Dict[str, Any], gap_first: int, colon_w: int) -> None:
        nxt = self.view.next_word(colon_w)
        if nxt is None:
            return
        if nxt.kind == "q" and nxt.i in self.quote_at:
            q = self.quote_at[nxt.i]
            if q.used:
                return
            q.used = True
            self.add(q.start, q.end, "direct", k, [gap_first, colon_w - 1])
            return
        first, kind = nxt.i, "direct"
        if self.is_comp(first):  # وقال: إن ابنه كان… is reported, not first-person speech
            first, kind = first + 1, "indirect"
            if first >= len(self.words):
                return
        last = self.clause_end(first, stop_at_cues=kind != "direct")
        s, e = self.span_of(first, last)
        self.add(s, e, kind, k, [gap_first, colon_w - 1])

    def according_to(self, k: int, cue: Dict[str, Any]) -> None:
        """بحسب / وفقا لـ / نقلا عن + source: the content is the rest of the clause."""
        words, view = self.words, self.view
        if cue.get("suffixed"):  # على حد تعبيرها: her words, the clause before
            self.backref_according(k, cue, words[cue["w1"]])
            return
        nxt = view.next_word(cue["w1"])
        if nxt is None or nxt.kind != "w":
            return
        construct = self._saying_construct(cue, nxt)
        if nxt.norm in self.backref_words and not construct and not self._verb_with_subject(cue, nxt):
            self.backref_according(k, cue, nxt)
            return
        np_first = nxt.i + 1 if construct else nxt.i  # حسب قول الناشط X: X said it
        glued = self._glued_ma_verb(nxt)
        if nxt.norm in ("ما", "لما") or (nxt.norm.startswith("لما") and len(nxt.norm) == 3):
            np_first = nxt.i + 1  # وفقا لما ذكرته الوزارة: skip "ما" and the verb
        after = view.next_word(np_first - 1) if np_first != nxt.i else nxt
        relative = np_first != nxt.i or cue["lemma"].endswith("ما")
        if construct:
            after, relative = None, False
        if glued:  # حسب ماذكره نفس المصدر، حسب ماأفاد به: ما and the verb in one token
            np_first, relative, after = nxt.i + 1, True, None
            if np_first < len(words) and (words[np_first].norm in ("به", "بها") or (
                    words[np_first].norm in ("في", "ب") and nxt.norm[2:] in self.lex.extra_set("came_in"))):
                np_first += 1  # حسب ماأفاد به X، وفق ماورد في X
        if after is not None and after.norm in ("تم", "جري", "وقع") and relative:
            k2 = after.i + 2  # بحسب ما تم نقله عن X: skip the passive and its preposition
            if k2 < len(words) and words[k2].norm in ("عن", "من", "في", "ب"):
                k2 += 1
            np_first, after = k2, None
        if after is not None and after.norm in self.lex.extra_set("came_in"):
            if after.i in self.cue_at:  # جاء في is a cue of its own, here part of this one
                self.consumed_cues.add(self.cue_at[after.i])
            nxt_prep = view.next_word(after.i)  # حسب ما جاء في البيان: the source follows في
            np_first = after.i + (2 if nxt_prep is not None and nxt_prep.norm in ("في", "ب") else 1)
            after = None
        if after is not None and after.i in self.cue_at and self.cues[self.cue_at[after.i]]["type"] == "verb":
            self.consumed_cues.add(self.cue_at[after.i])
            np_first = after.i + 1
        elif after is not None and relative and self.lex.object_suffixed_verb(after.norm):
            np_first = after.i + 1  # بحسب ما أكده مصدر: the verb carries the object pronoun
        elif after is not None and relative:
            return  # بحسب ما يوفره الباعثون: "as much as", no reporting verb
        if after is not None and np_first == after.i + 1 and view.next_word(after.i) is not None \
                and view.next_word(after.i).norm in ("به", "بها"):
            np_first += 1
        if relative and np_first < len(words):
            np_first = self._past_addressee(np_first)
        if np_first >= len(words) or words[np_first].kind != "w":
            return
        head = words[np_first].norm
        if np_first == nxt.i and cue.get("prefix") and head.startswith(cue["prefix"]):
            # وفقا للإطار / لمقتضيات: the governed noun without its لـ
            head = "ا" + head[1:] if head.startswith("لل") else head[len(cue["prefix"]):]
        if strip_article(head) in self.lex.extra_set("not_sources"):
            return
        suffixed = self._suffixed_noun(words[np_first]) if np_first == nxt.i else None
        if suffixed == "saying":
            self.backref_according(k, cue, nxt)  # بحسب تلميحاتها: a verbal noun of hers
            return
        if suffixed == "other":
            return  # حسب شهائدهم العلمية، وفق حاجياتهم: "according to their diplomas", no source
        np_last = np_first
        j = np_first + 1
        quoted = False
        while j < len(words) and j - np_first < 10:
            w = words[j]
            q = self.quote_at.get(j) if w.kind == "q" else None
            if q is not None and q.close_w is not None and q.n_words <= 4 and not self.speech_quote(q):
                np_last = q.close_w  # لصحيفة "ديلي ميل" البريطانية: a quoted name
                j, quoted = np_last + 1, True
                continue
            if quoted and not (w.kind == "w" and self._adjective_like(w)):
                break  # after the name only its adjectives (البريطانية، الأمريكي), not a clause
            if w.kind != "w" or self.is_comp(j) or j in self.cue_at or w.norm in self.lex.prepositions \
                    or w.norm in _FA_OPENERS:
                break
            np_last = j
            j += 1
        np_last = self._source_before_clause(np_first, j, np_last)
        lo, _ = view.sentence_bounds(cue["w0"])
        credit = self.outlet_credit(cue, np_first, np_last)
        if not credit and self.reporting_cue_between(lo, cue["w0"]) and (
                self.reporting_cue_between(lo, cue["w0"], with_clause=True)
                or not self._source_head(words[np_first])):
            # قال إن X استنادا إلى Y: the phrase belongs to the reported clause; after a verb
            # with no clause of its own (أعلنت الشرطة اعتقال X، وفق ما أورده موقع Y) only a
            # source reports the sentence, not a standard (وأكد حقه في الاعتراض وفق المرجعيات)
            return
        before = [w for w in words[lo:cue["w0"]] if w.kind == "w" and w.norm not in _CONNECTORS]
        # وبحسب / ووفقا with a conjunction opens a clause of its own (often after a run-in
        # subheading: "الذهب عبر التاريخ وبحسب تقرير…"): its content follows it
        opens_clause = cue["clitic"] and words[cue["w0"]].norm.startswith("و")
        if credit and self._credit_reported(k, lo, cue, [np_first, np_last]):
            return
        # وتهدف هذه المفاوضات، وفق ما أكده X لـ"وات"، إلى الصلح بين…: after a short fragment of
        # the clause, a phrase closed by a comma splits it, and what it reports is the longer rest
        comma = self._closing_comma(np_last) if 3 <= len(before) <= 5 and not opens_clause else None
        if comma is not None and self._clause_after(comma):
            np_last = comma - 1
        elif len(before) >= 3 and not opens_clause and (credit or not self.inside_content(lo)):
            first = lo
            while words[first].kind == "p" or (words[first].kind == "w" and words[first].norm in _CONNECTORS):
                first += 1
            self.add_before_cue(k, first, cue["w0"] - 1, [np_first, self._pp_to_boundary(np_last)])
            return
        j = np_last + 1
        while j < len(words) and (words[j].kind == "p" and words[j].text in COMMAS):
            j += 1
        if j < len(words) and words[j].kind == "w" and (self.is_comp(j) or words[j].norm in _FA_OPENERS):
            self.claimed_comp.add(j)
            j += 1
        if j >= len(words) or self.sentence_end(j - 1) or words[j].kind in ("br",):
            return
        last = self.clause_end(j)
        if last >= j:
            s, e = self.span_of(j, last)
            self.add(s, e, "indirect", k, [np_first, np_last])

    def _closing_comma(self, np_last: int) -> Optional[int]:
        """The comma that closes an according-to phrase within four words of its source NP
        (، وفق ما أكده الجربوعي لـ"وات" الاثنين، إلى), if any."""
        words, n = self.words, 0
        for j in range(np_last + 1, min(len(words), np_last + 12)):
            w = words[j]
            if w.kind == "p" and w.text in COMMAS:
                nxt = self.view.next_word(j)  # (not before a relative clause on the source:
                # وفق مشروع الميزانية، الذي حصلت الوكالة على نسخة منه)
                return None if nxt is None or nxt.norm in RELATIVES else j
            n += w.kind == "w"
            if n > 4:
                return None
            if w.kind in ("br",) or (w.kind == "p" and w.text not in "()") or j in self.cue_at \
                    or self.is_comp(j) or self.sentence_end(j):
                return None
        return None

    def _clause_after(self, np_last: int) -> bool:
        """Do at least five words of the same sentence follow the source NP?"""
        words, n, j = self.words, 0, np_last + 1
        while j < len(words) and n < 5 and words[j].kind != "br" and not self.sentence_end(j - 1):
            n += words[j].kind == "w"
            j += 1
        return n >= 5

    def _source_head(self, w, documents: bool = True) -> bool:
        """Can this word head a source: a title, a body or outlet, a document, a name?"""
        n = w.norm
        bare = n[1:] if n[:1] in "لب" and not n.startswith("ال") else n
        bare = "ا" + bare[1:] if bare.startswith("لل") else bare
        keys = {n, bare, strip_article(n), strip_article(bare)}
        lex = self.lex
        return any(x in lex.roles or x in lex.orgs or x in lex.given_names
                   or (documents and x in lex.extra_set("documents")) for x in keys)

    def _past_addressee(self, j: int) -> int:
        """`وفق ما صرح به لوكالة تونس إفريقيا للأنباء وزير الشؤون الاجتماعية`، `بحسب ما أفاد
        به للجوهرة أف أم، الناطق الرسمي`: the outlet told comes first; the source is the
        title (or the NP after the comma) that follows it."""
        words = self.words
        n = words[j].norm if words[j].kind == "w" else ""
        if not (n[:1] == "ل" and not n.startswith("ال") and len(n) > 3):
            return j
        for k in range(j + 1, min(len(words), j + 9)):
            w = words[k]
            if w.kind == "p" and w.text in COMMAS:
                nxt = self.view.next_word(k)
                return nxt.i if nxt is not None and nxt.kind == "w" else j
            if w.kind in ("br",) or (w.kind == "p" and w.text not in "()") or self.is_comp(k):
                return j
            if w.kind == "w" and strip_article(w.norm) in self.lex.roles:
                return k
        return j

    def _suffixed_noun(self, w) -> Optional[str]:
        """An according-to noun with a pronoun suffix (the listed saying nouns, حسب قوله, are
        handled before): a title or body is a source (حسب ممثلها، وفق منظميها); a verbal noun
        in ت is her words (بحسب تلميحاتها: "saying"); anything else is no source at all
        (حسب شهائدهم العلمية: "other"). None without a suffix."""
        t = w.text
        suffix = next((x for x in PRONOUN_SUFFIXES if t.endswith(x)), None)
        if w.kind != "w" or suffix is None or len(t) - len(suffix) < 3 or w.norm.startswith("ال"):
            return None
        stem = normalize(t[: -len(suffix)])
        stems = {stem, stem[:-1] if stem.endswith(("ي", "و")) else stem}
        if stems & (self.lex.roles | self.lex.orgs):
            return None
        return "saying" if stem.startswith("ت") and len(stem) >= 4 else "other"

    def _glued_ma_verb(self, w) -> bool:
        """ماذكره، ماأفاد: ما written together with the reporting verb after it."""
        n = w.norm
        if w.kind != "w" or not n.startswith("ما") or len(n) < 5:
            return False
        rest = n[2:]
        hit = self.lex.cue(rest)
        return (hit is not None and hit[0].type == "verb") or self.lex.object_suffixed_verb(rest) \
            or rest in self.lex.extra_set("came_in")

    def _listed_name(self, q: Quote) -> bool:
        """`معرض "السوق الدولية للسياحة" و"التجهيزات وخدمات النزل"`: a quotation joined by و
        to the quotation just before it is the next name of a list, not floating speech."""
        text, mark = self.view.text, self.words[q.open_w]
        before = text[max(0, mark.start - 3):mark.start].rstrip()
        if not before.endswith("و") or q.open_w < 2:
            return False
        k = q.open_w - 1
        while k >= 0 and self.words[k].kind != "q" and q.open_w - k <= 2:
            k -= 1
        return k >= 0 and self.words[k].kind == "q" and any(p.close_w == k for p in self.quotes)

    def _reporting_participles(self, participles: Set[int]) -> Set[int]:
        """Adverbial participles of saying (the cue finder's, whether they report or not)
        right before إلى / على / أن (مشيرة إلى، مؤكدا أن): inside an unclosed quotation they
        are the journalist's voice again."""
        words = self.words
        return {j for j in participles if j + 1 < len(words) and words[j + 1].kind == "w"
                and words[j + 1].norm in ("الي", "علي", "ان", "بان")}

    def _saying_construct(self, cue: Dict[str, Any], nxt) -> bool:
        """`حسب قول الناشط X`: the bare noun قول / تعبير in construct with the source NP."""
        return nxt.norm in ("قول", "تعبير") and self._verb_with_subject(cue, nxt, construct=True)

    def _verb_with_subject(self, cue: Dict[str, Any], nxt, construct: bool = False) -> bool:
        """`وفق ما ذكره رئيس الغرفة`: after ما, ذكره is a verb with its object pronoun and the
        NP after it is the source; `حسب ذكره` alone is "as he said", a back-reference.
        `construct`: the bare noun قول / تعبير before its NP (حسب قول الناشط)."""
        if not construct and not cue["lemma"].endswith("ما"):
            return False
        after = self.view.next_word(nxt.i)
        return after is not None and after.i == nxt.i + 1 and after.kind == "w" \
            and after.norm not in self.lex.prepositions and not self.is_comp(after.i)

    def _credit_reported(self, k: int, lo: int, cue: Dict[str, Any], gap: List[int]) -> bool:
        """`وقال X إن Y، حسب موقع Z.`: the outlet reports what X said, Y — the content
        already found for the sentence's reporting verb, not the whole sentence."""
        if not self.reporting_cue_between(lo, cue["w0"]):
            return False
        lo_c, cue_c = self.words[lo].start, cue["start"]
        for c in reversed(self.contents):
            if c["end"] <= lo_c:
                break
            if c["cue"] is not None and c["cue"] != k and lo_c <= c["start"] and c["end"] <= cue_c:
                self.add(c["start"], c["end"], c["kind"], k, gap, cue_after=True)
                return True
        return False

    def _adjective_like(self, w) -> bool:
        """A nisba or a definite word shaped like one (البريطانية، الخبري، الأمريكي)."""
        n = w.norm
        return n in self.lex.nisba or (n.startswith(("ال", "لل")) and n.endswith(("ي", "يه")))

    def _source_before_clause(self, np_first: int, stop: int, np_last: int) -> int:
        """`ووفقا لقناة "دبليو دى ار" (WDR) الألمانية، فإن…` / `وبحسب تقرير نشر في مجلة "X"،
        فإن…`: when the source NP stopped at a quotation, a bracket or a preposition and a
        فإن (or فقد) follows in the same sentence, everything up to it is the source phrase
        (the speaker rules then find the NP in it); so is a word or two before a plain أن
        (نقلا عن وكالة "بلومبيرغ" للأخبار أن). The word index of the phrase's last token."""
        words = self.words
        if stop >= len(words) or self.is_comp(stop) or stop in self.cue_at or words[stop].norm in _FA_OPENERS:
            return np_last
        for j in range(stop, min(len(words), np_first + 16)):
            w = words[j]
            if w.kind == "br" or (w.kind == "p" and w.text in ".!?؟:") \
                    or w.sent != words[np_first].sent or j in self.cue_at:
                return np_last
            if self.is_comp(j) or w.norm in _FA_OPENERS:
                if not w.norm.startswith("ف") and j - stop > 2:
                    return np_last  # نقلا عن وكالة "بلومبيرغ" للأخبار أن: أن only close by
                last = j - 1
                while last > np_last and words[last].kind == "p" and words[last].text in COMMAS:
                    last -= 1
                return last
        return np_last

    def reporting_cue_between(self, first: int, last: int, nouns: bool = False,
                              with_clause: bool = False) -> bool:
        """Is there a reporting verb or participle in words[first:last], outside quotations
        (a verb inside a quotation is the quoted speaker's, not the journalist's)?
        `with_clause`: only one that introduces a clause (وصفت حالتهم بالمستقرة، معلومات تفيد
        بحيازتهم report nothing the according-to phrase could belong to)."""
        for k in {self.cue_at[j] for j in range(first, last) if j in self.cue_at}:
            c = self.cues[k]
            if c["type"] == "according_to" or (c["type"] == "noun" and not nouns):
                continue
            if ((c.get("weak") or with_clause) and not self.comp_follows(k)) \
                    or self.inside_speech_quote(c["w0"]):
                continue
            return True
        return False

    def outlet_credit(self, cue: Dict[str, Any], np_first: int, np_last: int) -> bool:
        """`كشف X إن Y، حسب موقع Z.`: an outlet or document credited at the end of the
        sentence reports the whole sentence, reporting verb included."""
        words = self.words
        j = np_last + 1
        while j < len(words) and words[j].kind in ("p", "q") and not self.sentence_end(j):
            j += 1
        at_end = j >= len(words) or self.sentence_end(j) or words[j].kind == "br"
        head = strip_article(words[np_first].norm)
        bare = head[1:] if head[:1] in "لب" else head
        outlet = bare in self.lex.orgs or bare in self.lex.extra_set("documents") or \
            head in self.lex.orgs or head in self.lex.extra_set("documents")
        return at_end and outlet and words[np_first].norm not in self.backref_words

    def backref_according(self, k: int, cue: Dict[str, Any], noun) -> None:
        """`…بأسلوب خاص حسب قوله`: when no other cue reports the clause, the phrase itself
        attributes it to the current speaker (gender from the pronoun suffix)."""
        words, view = self.words, self.view
        lo, _ = view.sentence_bounds(cue["w0"])
        if self.reporting_cue_between(lo, cue["w0"], nouns=False) or self.inside_content(cue["w0"]):
            return
        first = lo
        while first < cue["w0"] and (words[first].kind == "p" or (
                words[first].kind == "w" and words[first].norm in _CONNECTORS)):
            first += 1
        if sum(1 for w in words[first:cue["w0"]] if w.kind == "w") < 3:
            return
        n = noun.norm
        feats = "3FS" if n.endswith("ها") else "3MP" if n.endswith(("هم", "هما")) else "3MS"
        self.add_before_cue(k, first, cue["w0"] - 1, None)
        if self.contents and self.contents[-1]["cue"] == k:
            self.contents[-1]["feats"] = feats

    def whole_quote(self, first: int, last: int) -> Optional[Quote]:
        """The quotation that makes up words[first..last] (punctuation around it allowed)."""
        words = self.words
        while first < last and words[first].kind == "p":
            first += 1
        q = self.quote_at.get(first)
        if q is None or q.close_w is None or q.close_w > last:
            return None
        if any(w.kind != "p" for w in words[q.close_w + 1:last + 1]):
            return None
        return q

    def _pp_to_boundary(self, np_last: int) -> int:
        """`X، حسب ما ذكره مصدر في وزارة الداخلية.` / `… مصدر في وزارة الداخلية قال إنه`: a PP
        after the source that runs to the end of the clause or to the next report may be the
        source's own; the gap takes it in and the linker decides (np_last if there is none)."""
        words = self.words
        j = np_last + 1
        if j >= len(words) or words[j].kind != "w" or j in self.cue_at or not (
                words[j].norm in ("في", "من") or (words[j].norm[:1] == "ب" and len(words[j].norm) > 3)):
            return np_last  # (نقلت الوكالة عن الوزير: عن names whom it quotes)
        for k in range(j + 1, min(len(words), j + 8)):
            w = words[k]
            if w.kind != "w" or k in self.cue_at or self._addressee_word(k):
                # (… من الحماية المدنية | لـ"الجوهرة أف أم": whom it told ends it too)
                return k - 1 if k > j + 1 and w.kind != "q" else np_last
            if self.is_comp(k) or w.norm in self.lex.prepositions or RELATIVES & {w.norm, w.norm[1:]} \
                    or (k > j + 1 and w.norm[:1] == "و" and not w.norm.startswith("وال")):
                return np_last  # (أحد الحاضرين في الاحتجاجات | والذي، بالجهة | وبدأت: a clause)
        return np_last

    def _addressee_word(self, k: int) -> bool:
        """`لـ"الجوهرة"`، `للجوهرة`، `لوكالة تونس إفريقيا للأنباء`: the outlet a source told."""
        n = self.words[k].norm
        if n[:1] != "ل" or n.startswith("ال"):
            return False
        rest = strip_article(n[2:]) if n.startswith("لل") else strip_article(n[1:])
        return n == "ل" or rest in self.lex.extra_set("event_nouns")

    def add_before_cue(self, k: int, first: int, last: int, gap: Optional[List[int]]) -> None:
        """Content that precedes its cue (X، حسب المصدر / «X»، وفق البيان)."""
        q = self.whole_quote(first, last)
        if q is not None:
            q.used = True
            self.add(q.start, q.end, "direct", k, gap, cue_after=True)
            return
        s, e = self.span_of(first, last)
        self.add(s, e, "indirect", k, gap, cue_after=True)

    def quote_first_and_floating(self) -> None:
        """Quotations not linked yet: “…”، وفق البيان (cue after), headline “Source: …”,
        and floating quotations that continue the previous speaker."""
        view, words = self.view, self.words
        for q in self.quotes:
            if q.used or self.inside_content(q.open_w):
                continue
            if q.close_w is not None:
                j, skipped = q.close_w + 1, 0
                while j < len(words) and skipped < 2 and words[j].kind == "p" \
                        and words[j].text in COMMAS + "-—–":
                    j += 1
                    skipped += 1
                if j < len(words) and words[j].kind == "w":
                    k = self.cue_at.get(j)
                    if k is None and words[j].norm in _CONNECTORS:
                        k = self.cue_at.get(j + 1)
                    if k is not None and not self.has_content(k) \
                            and self.cues[k]["type"] in ("verb", "according_to") \
                            and not self._names_a_source(q):
                        cue = self.cues[k]
                        gap_first = cue["w1"] + 1
                        nxt = view.next_word(cue["w1"])
                        if cue["type"] == "according_to" and nxt is not None \
                                and self._saying_construct(cue, nxt):
                            gap_first = nxt.i + 1  # "…" حسب قول الناشط X
                        gap_last = self.clause_end(cue["w1"] + 1)
                        self.add(q.start, q.end, "direct", k, [gap_first, gap_last], cue_after=True)
                        q.used = True
                        continue
            if not self.speech_quote(q) or q.n_words < FLOATING_MIN_WORDS or self._listed_name(q):
                continue
            prev = view.prev_word(q.open_w)
            if prev is not None and prev.text == ":":
                lo, _ = view.sentence_bounds(q.open_w)
                if prev.i - 1 >= lo and not any(j in self.cue_at for j in range(lo, prev.i)):
                    self.add(q.start, q.end, "direct", None, [lo, prev.i - 1], core=False,
                             gap_side="before")
                    q.used = True
                    continue
            self.add(q.start, q.end, "direct", None, None, core=False)
            q.used = True

    def _names_a_source(self, q: Quote) -> bool:
        """A short quotation right after a reporting verb or a naming word is the speaker's
        name (وتقول "بي بي سي" نقلا عن…، وقالت صحيفة 'X' نقلا عن…), not speech."""
        prev = self.view.prev_word(q.open_w)
        if prev is None or prev.kind != "w" or q.n_words >= SPEECH_MIN_WORDS:
            return False
        return prev.i in self.cue_at or strip_article(prev.norm) in self.lex.scare_heads

    def has_content(self, k: int) -> bool:
        return k in self._cues_with_content


def find_contents(view: TextView, lexicon: Lexicon, cues: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    return ContentRules(view, lexicon, cues).run()


class ContentFinder(LexiconPipe):
    """Finds contents for the cues of `attribution_cues`: `doc._.attrib_content_data`."""

    def process(self, doc: Doc) -> None:
        cues = doc._.attrib_cue_data
        if cues is None:
            raise ValueError(
                f"'{self.name}' needs the cues of 'attribution_cues': add that component first "
                "(or use nlp.add_pipe('attribution'), which adds all stages)"
            )
        set_contents(doc, find_contents(view_of(doc.text), self.lexicon, cues))


@Language.factory(
    "attribution_contents",
    default_config={"lexicon": {"@misc": "spacy_attrib.lexicon.v1", "lang": "ar", "extra": {}}},
    requires=["doc._.attrib_cue_data"],
    assigns=["doc._.attrib_content_data", "doc.spans"],
)
def make_content_finder(nlp: Language, name: str, lexicon: Lexicon) -> ContentFinder:
    """Quotations, indirect clauses, colon speech and according-to clauses."""
    return ContentFinder(nlp, name, lexicon)
