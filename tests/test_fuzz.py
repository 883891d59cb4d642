"""Property-based fuzzing of the whole pipeline (hypothesis), and every article of the raw corpus.

Random Unicode mixing Arabic, Latin, digits, every quote mark, all kinds of whitespace, control
characters, reporting verbs and complementizers, very long tokens and very long sentences.
Properties: no exception, `doc.text == input`, every span inside the text and non-empty, a
content never overlaps its own cue, `to_dict()` JSON-serialisable (`helpers.check_doc`).

More examples: SPACY_ATTRIB_FUZZ_EXAMPLES=2000 python -m pytest tests/test_fuzz.py
"""

from __future__ import annotations

import inspect
import json
import os

import pytest
from helpers import check_doc
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import spacy_attrib
from spacy_attrib.text import QUOTE_CHARS

EXAMPLES = int(os.environ.get("SPACY_ATTRIB_FUZZ_EXAMPLES", "150"))

ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئىة"
MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640"  # diacritics, tatweel
LATIN = "abcXYZéß"
DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩"
PUNCT = ".،,؛;:!?؟…-—–()[]<>/&%*_"
WHITESPACE = " \t\n\r\x0b\x0c\xa0\u2028\u2029\u200b\u200c\u200d\u200e\u200f\u202b\u3000\ufeff"
CONTROL = "".join(map(chr, range(0x00, 0x09))) + "\x0e\x1b\x1f\x7f\x85"
QUOTES = QUOTE_CHARS + "〝〞＂"
# emoji, replacement char, noncharacters. No lone surrogates (\ud800): they are not Unicode text
# and spaCy's tokenizer raises UnicodeEncodeError on them before any component runs; the CLI
# reports such a record (a JSON "\\ud800" escape) as bad input (tests/test_cli.py).
OTHER = "\U0001f600\ud7ff\ue000\ufffd\uffff\U0010ffff"
ALPHABET = ARABIC + MARKS + LATIN + DIGITS + PUNCT + WHITESPACE + CONTROL + QUOTES + OTHER

# words that trigger the rules: cues in all their shapes, complementizers, sources, openers
FRAGMENTS = [
    "قال", "وقال", "وأضاف", "وأضافت", "فيما أكد", "سيقول", "مشيرا", "مضيفة إلى أن", "قائلا",
    "إعلانه أن", "بحسب", "وفقا لـ", "وفقا ل", "نقلا عن", "على لسان", "حسبما أفاد", "وفق البيان",
    "إن", "أن", "بأن", "أنه", "فإن", ":", "الوزير", "الوزارة نفسها", "ذات المصدر", "المتحدث باسم",
    "الكرملين", "دميتري بيسكوف", "الروسي", "وزارة الصحة", "صحيفة \"لوموند\"", "المتحدثة", "وقالت",
    "هو", "هي", "الذي", "من جهته", "أما", "فقد", "بين", "علي", "للسلطات", "\n\n", "، ", ". ",
]


def long_token(draw) -> str:
    return draw(st.sampled_from(ARABIC + "aـ\u064e\"«")) * draw(st.integers(200, 3000))


@st.composite
def pieces(draw) -> str:
    kind = draw(st.integers(0, 9))
    if kind <= 3:
        return draw(st.sampled_from(FRAGMENTS)) + draw(st.sampled_from([" ", "", "\n", "\xa0"]))
    if kind <= 7:
        return draw(st.text(alphabet=ALPHABET, max_size=12))
    if kind == 8:
        return long_token(draw)
    # a very long sentence: many words, no full stop, quote marks sprinkled in
    words = draw(st.lists(st.sampled_from(FRAGMENTS[:30] + ["كلمة", "«", "»", "\""]), min_size=50,
                          max_size=400))
    return " ".join(words)


texts = st.lists(pieces(), max_size=25).map("".join)


def check(nlp, text: str) -> None:
    doc = nlp(text)
    records = check_doc(doc, text)  # doc.text, offsets, non-empty spans, no content/cue overlap
    json.dumps(records, ensure_ascii=False)
    json.dumps(doc._.attrib_records, ensure_ascii=False)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts)
@example(text="")
@example(text="وقال الوزير إن «" + "ـ" * 5000 + "» بحسب")
@example(text="«" * 3000 + "قال" + "»" * 3000)
@example(text=" ".join(["وقال الوزير إن الحكومة"] * 800))  # one sentence of 3,200 words
@example(text="\u200f\u202b«\u0640\u064e»\x00\r\n\u2028قال:\ufeff")
@example(text="«الوضع تحت السيطرة» قال")  # found by the fuzzer: IndexError in np_after
@example(text='صحيفة "لوموند" قال ')
def test_fuzz_default_pipeline(nlp, text):
    check(nlp, text)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(alphabet=ALPHABET, max_size=300))
def test_fuzz_any_character(nlp, text):
    """Plain random text over the whole alphabet, without the rule-triggering words."""
    check(nlp, text)


def _udpipe_api() -> bool:
    return "udpipe_model" in inspect.signature(spacy_attrib.load).parameters


@pytest.fixture(scope="module")
def udpipe_nlp(request):
    if not _udpipe_api():
        pytest.skip("spacy_attrib.load(udpipe_model=...) is not available")
    model = request.getfixturevalue("udpipe_model")  # skips when ../shared/models has no model
    return spacy_attrib.load(udpipe_model=str(model))


# UDPipe runs at a few thousand words/s: fewer and shorter examples, no 3,000-word sentences
udpipe_texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS).map(lambda f: f + " "),
                                  st.text(alphabet=ALPHABET, max_size=12)), max_size=25).map("".join)


@pytest.mark.udpipe
@settings(max_examples=max(10, EXAMPLES // 3), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=udpipe_texts)
@example(text="")
@example(text="  وقال الوزير:\t«نعم»\n\n\xa0بحسب المصدر  ")
@example(text="وقال الوزير إن " + "ب" * 2000)
def test_fuzz_udpipe_pipeline(udpipe_nlp, text):
    check(udpipe_nlp, text)


# --- every article of the raw corpus -------------------------------------------------


def _record_error(proc_name, proc, docs, err):
    for doc in docs:
        doc.user_data["failed"] = f"{proc_name}: {type(err).__name__}: {err}"


def _articles(corpus_dir):
    for path in sorted(corpus_dir.glob("*.jsonl")):
        with path.open(encoding="utf8") as f:
            for line in f:
                if line.strip():
                    row = json.loads(line)
                    yield row["id"], row["text"]


@pytest.mark.corpus
@pytest.mark.slow
def test_every_corpus_article(corpus_dir):
    """All ~10k articles through `nlp.pipe`, each checked; failures are collected and listed."""
    lenient = spacy_attrib.load()
    lenient.set_error_handler(_record_error)
    failures, n_docs, n_attributions = [], 0, 0
    articles = list(_articles(corpus_dir))
    docs = lenient.pipe(((text, (doc_id, text)) for doc_id, text in articles), as_tuples=True,
                        batch_size=256)
    for doc, (doc_id, text) in docs:  # collect, so one report lists every failing article
        n_docs += 1
        if "failed" in doc.user_data:
            failures.append(f"{doc_id}: {doc.user_data['failed']}")
            continue
        try:
            n_attributions += len(check_doc(doc, text))
        except AssertionError as err:
            failures.append(f"{doc_id}: {err}"[:500])
    assert failures == []
    assert n_docs == len(articles)
    assert n_attributions > n_docs  # news: reported speech is everywhere
