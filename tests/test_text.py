"""The text view the rules run on: words, kinds, offsets and sentence ids."""

import pytest

from spacy_attrib.text import TextView


def tokens(text):
    return [(w.text, w.kind, w.sent) for w in TextView(text).words]


@pytest.mark.parametrize("text,expected", [
    ("", []),
    ("  \t\xa0", []),
    ("وقال: «نعم».", [("وقال", "w", 0), (":", "p", 0), ("«", "q", 0), ("نعم", "w", 0),
                      ("»", "q", 0), (".", "p", 0)]),
    # a paragraph break is a token and ends the sentence, at the end of the text too
    ("قال\n\nأكد", [("قال", "w", 0), ("\n\n", "br", 0), ("أكد", "w", 1)]),
    ("قال\n\n", [("قال", "w", 0), ("\n\n", "br", 0)]),
    ("\n\nقال", [("\n\n", "br", 0), ("قال", "w", 1)]),
    # marks between the two line ends (RLM, NBSP, CR) still make one break; four line ends two
    ("أ\n\u200f \xa0\r\nب", [("أ", "w", 0), ("\n\u200f \xa0\r\n", "br", 0), ("ب", "w", 1)]),
    ("أ\n\n\n\nب", [("أ", "w", 0), ("\n\n", "br", 0), ("\n\n", "br", 1), ("ب", "w", 2)]),
    # a lone line end is whitespace; a lone RLM between words is a mark
    ("أ\nب", [("أ", "w", 0), ("ب", "w", 0)]),
    ("أ\n\u200fب", [("أ", "w", 0), ("\u200f", "p", 0), ("ب", "w", 0)]),
    # the sentence ends at the last of several marks, not at a decimal point or an initial
    ("قال؟! ثم 3.5 د. محمد.", [("قال", "w", 0), ("؟", "p", 0), ("!", "p", 0), ("ثم", "w", 1),
                                 ("3", "w", 1), (".", "p", 1), ("5", "w", 1), ("د", "w", 1),
                                 (".", "p", 1), ("محمد", "w", 1), (".", "p", 1)]),
    # an apostrophe inside a Latin word is not a quote mark; a lone tatweel is not a word
    ("l'Aube 'x' ـ", [("l", "w", 0), ("'", "p", 0), ("Aube", "w", 0), ("'", "q", 0), ("x", "w", 0),
                      ("'", "q", 0), ("ـ", "p", 0)]),
])
def test_words_kinds_and_sentences(text, expected):
    assert tokens(text) == expected


@pytest.mark.parametrize("text", [
    "  وقال\tالوزير:\n\n\"الحرب انتهت\"\xa0\n \n\n", "\u200f\n\n\u200e", "a\r\n\r\nb", "ـــ",
])
def test_offsets_index_the_text(text):
    view = TextView(text)
    assert [w.i for w in view.words] == list(range(len(view.words)))
    for w in view.words:
        assert text[w.start:w.end] == w.text
    assert all(a.end <= b.start for a, b in zip(view.words, view.words[1:]))
    # nothing but whitespace is left between the words
    covered = set()
    for w in view.words:
        covered.update(range(w.start, w.end))
    assert all(text[k].isspace() for k in range(len(text)) if k not in covered)


def test_normalised_form_is_for_matching_only():
    view = TextView("أكّد الوزيـــر")
    assert [w.text for w in view.words] == ["أكّد", "الوزيـــر"]
    assert [w.norm for w in view.words] == ["اكد", "الوزير"]
