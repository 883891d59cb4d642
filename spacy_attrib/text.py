"""A tokenizer-independent view of a text: words, sentence ids and quote marks.

The attribution rules run on this view, not on `Doc` tokens, for two reasons:
spaCy's Arabic tokenizer leaves punctuation glued to words (`وقال:"الحرب`), and
other backends (UDPipe) tokenize differently. Every `Word` carries exact
character offsets into the original string, so results are backend-independent
and always index `doc.text`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Iterable, List, NamedTuple, Optional, Tuple

from .normalize import normalize

QUOTE_CHARS = '"“”«»„‟″‶〃\'‘’‚‹›'
APOSTROPHES = "'‘’"
OPENERS = "«„‹‚"  # marks whose glyph says "opening" in logical order
CLOSERS = "»›"
SENT_END = ".!?؟…"
COMMAS = "،,؛;"
# relative pronouns, normalised: a clause about the NP before them
RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين", "اللواتي", "اللاتي"})

_MARKS = r"\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640"
_BREAK = r"\n[ \t\xa0\r\u200f\u200e]*\n"  # a paragraph break: an empty line
# One match per word or punctuation mark, with the whitespace before it (paragraph breaks
# included) in the first group: `findall` then gives plain tuples and the offsets follow
# from the lengths, far cheaper per word than a match object's group(), span(), lastgroup.
# The word is optional so that whitespace at the end of the text is matched too.
_TOKEN = re.compile(rf"((?:{_BREAK}|\s)*)(?:((?:[^\W_]|[{_MARKS}])+)|([^\s]))?")
_BREAKS = re.compile(_BREAK)


class Word(NamedTuple):
    """A word with its offsets (a named tuple: built once per word, so it must be cheap)."""

    i: int
    start: int
    end: int
    text: str
    norm: str
    kind: str  # "w" word, "p" punctuation, "q" quote mark, "br" paragraph break
    sent: int


class TextView:
    """Words of a text with offsets, sentence ids and helpers used by the rules."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.words: List[Word] = []
        words, append, make = self.words, self.words.append, tuple.__new__  # hot loop: locals
        sent = 0
        prev_end_sentence = False
        pos = 0
        for space, word, mark in _TOKEN.findall(text):
            if "\n" in space:
                for m in _BREAKS.finditer(space):
                    if prev_end_sentence:
                        sent += 1
                    append(make(Word, (len(words), pos + m.start(), pos + m.end(), m.group(), m.group(),
                                       "br", sent)))
                    prev_end_sentence = True
            pos += len(space)
            tok = word or mark
            if not tok:
                continue  # whitespace at the end of the text
            start = pos
            pos += len(tok)
            if prev_end_sentence:
                sent += 1
                prev_end_sentence = False
            if word:
                kind, norm = "w", normalize(tok)
                if not norm:  # a lone tatweel or diacritic: no letters to match
                    kind, norm = "p", tok
            else:
                kind, norm = "p", tok
                if tok in QUOTE_CHARS and self._is_quote_mark(text, start):
                    kind = "q"
            append(make(Word, (len(words), start, pos, tok, norm, kind, sent)))
            if kind == "p" and tok in SENT_END and self._ends_sentence(text, start):
                prev_end_sentence = True
        self.n_sents = sent + 1
        self._starts = [w.start for w in words]
        self._sent_bounds: Optional[List[Tuple[int, int]]] = None

    @staticmethod
    def _is_quote_mark(text: str, idx: int) -> bool:
        """Apostrophes inside a word (l'Aube, don't) are letters, not quote marks."""
        if text[idx] not in APOSTROPHES:
            return True
        before = text[idx - 1] if idx > 0 else " "
        after = text[idx + 1] if idx + 1 < len(text) else " "
        return not (before.isalpha() and after.isalpha())

    @staticmethod
    def _ends_sentence(text: str, idx: int) -> bool:
        ch = text[idx]
        before = text[idx - 1] if idx > 0 else " "
        after = text[idx + 1] if idx + 1 < len(text) else " "
        if ch == "." and before.isdigit() and after.isdigit():
            return False  # decimal point
        if after in SENT_END:
            return False  # "..", "?!": the last mark ends the sentence
        if ch == "." and idx >= 2 and text[idx - 2].isspace() and before.isalpha():
            return False  # one-letter abbreviation: د. محمد
        return True

    # --- navigation -----------------------------------------------------------

    def word_at(self, char: int) -> Optional[int]:
        """Index of the first word starting at or after `char`."""
        i = bisect_left(self._starts, char)
        return i if i < len(self.words) else None

    def prev_word(self, i: int, skip_punct: bool = False) -> Optional[Word]:
        j = i - 1
        while j >= 0:
            w = self.words[j]
            if w.kind == "w" or not skip_punct:
                return w
            if w.kind == "br":
                return None
            j -= 1
        return None

    def next_word(self, i: int, skip_punct: bool = False) -> Optional[Word]:
        j = i + 1
        while j < len(self.words):
            w = self.words[j]
            if w.kind == "w" or not skip_punct:
                return w
            if w.kind == "br":
                return None
            j += 1
        return None

    def sentence_bounds(self, i: int) -> Tuple[int, int]:
        """Word index range [first, last] of the sentence holding word i."""
        if self._sent_bounds is None:  # once per text, not a scan per call
            first: List[int] = []
            last: List[int] = []
            for w in self.words:  # sentence ids never decrease along the words
                if w.sent == len(first):
                    first.append(w.i)
                    last.append(w.i)
                else:
                    last[w.sent] = w.i
            self._sent_bounds = list(zip(first, last))
        return self._sent_bounds[self.words[i].sent]


class Intervals:
    """Character intervals sorted by start. `covers` looks back a few intervals only:
    contents and quotations rarely nest more than twice, and scanning them all would
    make long documents quadratic."""

    LOOKBACK = 8

    def __init__(self, spans: Iterable[Tuple[int, int]] = ()) -> None:
        self.starts: List[int] = []
        self.spans: List[Tuple[int, int]] = []
        for start, end in spans:
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        i = bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.spans.insert(i, (start, end))

    def covers(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos)
        return any(s <= pos < e for s, e in self.spans[max(0, i - self.LOOKBACK):i])


@lru_cache(maxsize=8)
def view_of(text: str) -> TextView:
    """The (cached) view of a text: the three components share one analysis."""
    return TextView(text)
