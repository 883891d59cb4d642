"""Odd input never crashes and never yields a malformed result: empty and whitespace
text, Latin text, HTML debris, bare quote marks, control characters, long documents,
and real news from the development corpus."""

from __future__ import annotations

import itertools
import json

import pytest
from helpers import check_doc

import spacy_attrib
import spacy_attrib.pipeline

PARAGRAPH = ("وقال الوزير إن الحكومة ستخفض الضرائب، مشيرا إلى أن العجز سيتراجع. وأضاف: «نحن ملتزمون "
             "بالإصلاح». وبحسب وزارة المالية، فإن النمو بلغ 3 بالمائة.\n")

ODD_TEXTS = [
    pytest.param("", id="empty"),
    pytest.param("   \n\t \u00a0\n", id="whitespace"),
    pytest.param("The minister said that taxes will fall, according to the ministry.", id="latin"),
    pytest.param("<p>وقال الوزير&nbsp;إن الحكومة ستخفض الضرائب.</p><br/>&quot;نعم&quot;",
                 id="html-debris"),
    pytest.param("\"\"«»“”'''\"″„", id="only-quote-marks"),
    pytest.param("«««« »»»» \"\"\" ″″", id="quote-mark-runs"),
    pytest.param("\x00\x01وقال\x07 الوزير إن\x1b الحكومة\x0c ستخفض.\x7f", id="control-chars"),
    pytest.param("\u200fوقال الوزير إن الحكومة ستخفض الضرائب.\u200f\u200e", id="bidi-marks"),
    pytest.param("وقال الوزير: ", id="colon-at-end"),
    pytest.param("بحسب", id="lone-according-to"),
    pytest.param("وقال الوزير إن.", id="complementizer-then-full-stop"),
    pytest.param("وقال الوزير إن\n\nالحكومة", id="complementizer-then-paragraph"),
    pytest.param("وقال الوزير إن", id="ends-with-inna"),
    pytest.param("قال الوزير أن", id="ends-with-anna"),
    pytest.param("مشيرا إلى أن", id="ends-with-participle-anna"),
    pytest.param("وقال المدرب ـ إن الفريق جاهز.", id="tatweel-as-dash"),
    pytest.param("\u064e", id="lone-diacritic"),
    pytest.param("وقال الوزير إن الحكومة ستخفض الضرائب" + "." * 500, id="dot-run"),
    pytest.param("«" + "قال " * 300, id="unclosed-long-quote"),
]


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_odd_input(nlp, text):
    doc = nlp(text)
    records = check_doc(doc, text)
    for rec in records:
        assert any(ch.isalnum() for ch in rec["content"]["text"]), rec
    json.dumps(records, ensure_ascii=False)


def test_html_debris_is_not_in_the_content(nlp):
    text = "<p>وقال الوزير&nbsp;إن الحكومة ستخفض الضرائب.</p>"
    (rec,) = check_doc(nlp(text), text)
    assert rec["content"]["text"] == "الحكومة ستخفض الضرائب"
    assert rec["speaker"]["text"] == "الوزير"


FILLER = ("وشهدت العاصمة اليوم حركة مرورية كثيفة بسبب الأشغال الجارية في الطريق الرئيسية، وتواصلت "
          "الأمطار طيلة الصباح في أغلب مناطق الشمال والوسط.\n")


def test_200_kb_document(nlp):
    """Reports every twentieth paragraph: the full `doc._.attributions` check."""
    block = PARAGRAPH + FILLER * 19
    text = block * (200_000 // len(block.encode("utf8")) + 1)
    assert len(text.encode("utf8")) >= 200_000
    records = check_doc(nlp(text), text)
    assert len(records) == 4 * text.count(PARAGRAPH)
    assert {r["kind"] for r in records} == {"indirect", "direct"}
    assert {r["cue"]["text"] for r in records} == {"وقال", "مشيرا", "وأضاف", "وبحسب"}


def test_200_kb_dense_document(nlp):
    """Four reports per line over 200 KB, checked on the plain durable record."""
    text = PARAGRAPH * (200_000 // len(PARAGRAPH.encode("utf8")) + 1)
    doc = nlp(text)
    assert doc.text == text
    records = doc._.attrib_records
    assert len(records) == 4 * text.count("\n")
    for rec in records:
        for name in ("content", "cue", "speaker"):
            if rec[name] is not None:
                start, end = rec[name]
                assert 0 <= start < end <= len(text) and text[start:end].strip(), rec
        (c0, c1), (q0, q1) = rec["content"], rec["cue"]
        assert c1 <= q0 or q1 <= c0, rec
        if rec["source"] is not None:
            assert 0 <= rec["source"]["start"] < rec["source"]["end"] <= len(text)
    json.dumps(records, ensure_ascii=False)
    # every paragraph gives the same contents as the first one, shifted by its offset
    first = [(r["kind"], text[r["content"][0]:r["content"][1]]) for r in records[:4]]
    assert [(r["kind"], text[r["content"][0]:r["content"][1]]) for r in records] == \
           first * text.count("\n")
    for key in ("attrib_cues", "attrib_contents"):
        assert len(doc.spans[key]) == len(records)


POISON = "وقال الخبير إن هذه الوثيقة تفشل."


def _lenient(proc_name, proc, docs, err):
    for doc in docs:
        doc.user_data["failed"] = f"{proc_name}: {err}"


def test_a_failing_document_does_not_stop_the_batch(monkeypatch):
    real = spacy_attrib.pipeline.find_contents

    def find_contents(view, lexicon, cues):
        if view.text == POISON:
            raise RuntimeError("boom")
        return real(view, lexicon, cues)

    monkeypatch.setattr(spacy_attrib.pipeline, "find_contents", find_contents)
    nlp = spacy_attrib.load()
    texts = ["وقال الوزير إن الحكومة ستخفض الضرائب.", POISON, "ارتفع عدد الإصابات، بحسب وزارة الصحة."]
    with pytest.raises(RuntimeError, match="boom"):  # spaCy's default handler raises
        list(nlp.pipe(texts))
    nlp.set_error_handler(_lenient)
    docs = list(nlp.pipe(texts))
    assert [d.text for d in docs] == texts
    assert [d.user_data.get("failed") for d in docs] == [None, "attribution: boom", None]
    assert [len(d._.attributions) for d in docs] == [1, 0, 1]
    for doc, text in zip(docs, texts):
        check_doc(doc, text)


def _corpus_texts(corpus_dir):
    with open(corpus_dir / "ant_jawharafm.jsonl", encoding="utf8") as f:
        for line in itertools.islice(f, 500):
            row = json.loads(line)
            yield row["id"], row["text"]
    with open(corpus_dir / "wikinews_farasa.jsonl", encoding="utf8") as f:
        for line in f:
            row = json.loads(line)
            yield row["id"], row["text"]


@pytest.mark.corpus
def test_real_news_never_breaks_the_invariants(nlp, corpus_dir):
    failures, n_docs, n_attributions = [], 0, 0
    for doc_id, text in _corpus_texts(corpus_dir):
        n_docs += 1
        try:
            doc = nlp(text)
        except Exception as err:  # collect, so one report lists every failing article
            failures.append(f"{doc_id}: {type(err).__name__}: {err}")
            continue
        records = check_doc(doc, text)
        for rec in records:
            assert any(ch.isalnum() for ch in rec["content"]["text"]), (doc_id, rec)
        n_attributions += len(records)
    assert n_docs == 575
    assert n_attributions > 500  # the corpus is news: reported speech is everywhere
    assert failures == []


class _FailsOnPoison:
    """A tokenizer that raises on one text, as a broken backend might."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text):
        if text == POISON:
            raise RuntimeError("tokenizer boom")
        return self.tokenizer(text)


@pytest.mark.parametrize("n_process", ["1", "2"])
def test_a_tokenizer_error_does_not_stop_extract(monkeypatch, tmp_path, capsys, n_process):
    from spacy_attrib import cli

    real_load = spacy_attrib.load

    def load(*args, **kwargs):
        nlp = real_load(*args, **kwargs)
        nlp.tokenizer = _FailsOnPoison(nlp.tokenizer)
        return nlp

    monkeypatch.setattr(spacy_attrib, "load", load)
    texts = {"a": "وقال الوزير إن الحكومة ستخفض الضرائب.", "poison": POISON,
             "c": "ارتفع عدد الإصابات، بحسب وزارة الصحة."}
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": k, "text": v}, ensure_ascii=False) + "\n"
                           for k, v in texts.items()), encoding="utf8")
    out = tmp_path / "out.jsonl"
    code = cli.main(["extract", str(src), "-o", str(out), "--n-process", n_process, "--batch-size", "1"])
    assert code == cli.EXIT_PARTIAL
    rows = [json.loads(line) for line in out.read_text(encoding="utf8").splitlines()]
    assert [r["id"] for r in rows] == ["a", "c"]
    assert all(r["attributions"] for r in rows)
    err = capsys.readouterr().err
    assert "poison: tokenizer: RuntimeError: tokenizer boom" in err
    assert "2 documents written, 1 failed" in err
