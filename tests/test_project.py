"""Gold corpus tooling: DocBins, the spaCy scorer, error analysis, raw-source converters."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin
from spacy.training import Example

from spacy_attrib.corpus import DOC_ID_KEY, make_docbins
from spacy_attrib.rawcorpus import convert_ant, convert_farasa_wikinews

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "corpus" / "gold.jsonl"


@pytest.fixture(scope="module")
def docbins(tmp_path_factory, corpus_dir):
    out = tmp_path_factory.mktemp("docbins")
    counts = make_docbins(spacy.blank("ar"), GOLD, corpus_dir, out)
    return out, counts


@pytest.mark.corpus
def test_docbins_hold_gold_attributions(docbins, nlp):
    out, counts = docbins
    assert counts["dev"] >= 80 and counts["test"] >= 40
    docs = list(DocBin().from_disk(out / "test.spacy").get_docs(nlp.vocab))
    assert len(docs) == counts["test"]
    doc = next(d for d in docs if d._.attrib_gold)
    gold = doc._.attrib_gold[0]
    start, end = gold["content"]
    assert doc.text[start:end].strip()
    assert doc.user_data[DOC_ID_KEY].startswith(("JA-", "wikinews-"))
    assert len(doc.spans["attrib_contents"]) == len(doc._.attrib_gold)


@pytest.mark.corpus
def test_nlp_evaluate_reports_attribution_metrics(docbins, nlp):
    out, _ = docbins
    refs = list(DocBin().from_disk(out / "dev.spacy").get_docs(nlp.vocab))[:15]
    scores = nlp.evaluate([Example(nlp.make_doc(d.text), d) for d in refs])
    for key in ("spans_attrib_contents_f", "attrib_speaker_acc", "attrib_e2e_f"):
        assert 0.5 < scores[key] <= 1.0, (key, scores[key])
    assert set(scores["spans_attrib_contents_per_type"]) == {"direct", "indirect", "mixed"}


def test_scorer_on_handmade_gold(nlp):
    text = "وقال الوزير إن الوضع مستقر. وأضاف أن الحكومة مستعدة."
    ref = nlp.make_doc(text)
    ref._.attrib_gold = [
        {"kind": "indirect", "core": True, "cue": [0, 4], "content": [15, 26], "speaker": [5, 11],
         "source": {"span": [5, 11], "name": None, "role": "الوزير", "affiliation": [], "gender": "male"}},
        {"kind": "indirect", "core": True, "cue": [28, 33], "content": [37, 51], "speaker": None,
         "source": {"span": [5, 11], "name": None, "role": "الوزير", "affiliation": [], "gender": "male"}},
    ]
    scores = nlp.get_pipe("attribution").score([Example(nlp(text), ref)])
    assert scores["attrib_content_f"] == 1.0 and scores["attrib_speaker_acc"] == 1.0
    ref._.attrib_gold[1]["source"]["span"] = [37, 44]  # a wrong gold source: speaker accuracy drops
    scores = nlp.get_pipe("attribution").score([Example(nlp(text), ref)])
    assert scores["attrib_speaker_acc"] == 0.5


@pytest.mark.corpus
def test_analyze_cli_groups_errors_by_pattern(tmp_path, corpus_dir):
    out = tmp_path / "errors.md"
    proc = subprocess.run([sys.executable, "-m", "spacy_attrib", "analyze", str(GOLD), "--corpus",
                           str(corpus_dir), "--split", "dev", "--output", str(out)],
                          capture_output=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    report = out.read_text(encoding="utf8")
    for facet in ("cue type", "subject", "antecedent distance", "quote style", "kind"):
        assert f"| {facet} |" in report


def test_convert_ant_keeps_text_exactly(tmp_path):
    text = "وقال الوزير إن الحكومة\nستخفض الضرائب.\u00a0\u00a0\n و أضاف أن العجز سيتراجع."
    raw = (f"<DOC>\n<DOCNO>JA-economy-9-20170101</DOCNO>\n<URL>http://example.org/a</URL> \n"
           f"<SRC>Jawhara FM</SRC>\n<CAT>economy</CAT>\n<TITLE>عنوان</TITLE>\n"
           f"<TIME>2017-01-01T10:00:00+01:00</TIME>\n<ABSTRACT>\n\n</ABSTRACT>\n<TEXT>\n{text}\n</TEXT>\n</DOC>")
    (tmp_path / "economy").mkdir()
    (tmp_path / "economy" / "JA-economy-9-20170101.txt").write_text(raw, encoding="utf8")
    (row,) = list(convert_ant(tmp_path))
    assert row["id"] == "JA-economy-9-20170101" and row["category"] == "economy"
    assert row["text"] == text and row["title"] == "عنوان"


def test_convert_farasa_splits_articles_and_removes_diacritics(tmp_path):
    raw = ("# ثَقَافَةٌ\nعُنْوَانُ الْخَبَرِ\nقَالَ الْوَزِيرُ إِنَّ الْوَضْعَ مُسْتَقِرٌّ.\n"
           "وَأَضَافَ أَنَّ الْحُكُومَةَ مُسْتَعِدَّةٌ.\nعُنْوَانٌ ثَانٍ\nنَصٌّ ثَانٍ.\n# صِحَّةٌ\nخَبَرٌ\nنَصٌّ.\n")
    path = tmp_path / "WikiNewsTruth.txt"
    path.write_text(raw, encoding="utf8")
    rows = list(convert_farasa_wikinews(path))
    assert [r["id"] for r in rows] == ["wikinews-001", "wikinews-002", "wikinews-003"]
    assert rows[0]["text"] == "قال الوزير إن الوضع مستقر.\nوأضاف أن الحكومة مستعدة."
    assert rows[0]["title"] == "عنوان الخبر" and rows[2]["category"] == "Arabic Wikinews (صحة)"


def test_project_file_names_every_command_of_the_workflow():
    import srsly

    project = srsly.read_yaml(ROOT / "project.yml")
    names = {c["name"] for c in project["commands"]}
    assert set(project["workflows"]["all"]) <= names
    assert all(c.get("deps") or c["name"] == "corpus" for c in project["commands"])
    assert project["vars"]["lang"] == "ar" and "${vars.lang}" in json.dumps(project["commands"])


def test_document_count_includes_documents_without_attributions():
    from spacy_attrib.evaluate import score
    from spacy_attrib.gold import GoldDoc

    docs = [GoldDoc("quiet", "f.jsonl", "ارتفعت الأسعار هذا الشهر.", "test", []),
            GoldDoc("empty", "f.jsonl", "", "test", [])]
    metrics = score(docs, {"quiet": [], "empty": []}).metrics()
    assert metrics["docs"] == 2


def test_two_reports_of_one_content_are_matched_by_their_cues():
    from spacy_attrib.evaluate import score
    from spacy_attrib.gold import GoldAttribution, GoldDoc, GoldSource

    text = "وقال خفر السواحل إن العمال انتشلوا المهاجرين، وفق ما أوردته وكالة رويترز."

    def span(s):
        i = text.index(s)
        return (i, i + len(s))

    content = span("العمال انتشلوا المهاجرين")
    gold = [GoldAttribution("indirect", True, content, span("وقال"), span("خفر السواحل"),
                            GoldSource(span("خفر السواحل"))),
            GoldAttribution("indirect", True, content, span("وفق"), span("وكالة رويترز"),
                            GoldSource(span("وكالة رويترز")))]

    def pred(cue, source):
        c, s = span(cue), span(source)
        return {"kind": "indirect", "content": {"start": content[0], "end": content[1]},
                "cue": {"start": c[0], "end": c[1], "text": cue},
                "source": {"start": s[0], "end": s[1], "text": source, "affiliation": None}}

    # the predictions come in the other order: each must still meet the gold report of its cue
    preds = [pred("وفق", "وكالة رويترز"), pred("وقال", "خفر السواحل")]
    metrics = score([GoldDoc("d", "f.jsonl", text, "dev", gold)], {"d": preds}).metrics()
    assert metrics["speaker_acc"] == 1.0


def test_a_conjunction_typed_apart_compares_as_its_clitic():
    from spacy_attrib.evaluate import words_of

    # an affiliation label written والمجتمع matches the text's "و المجتمع", in any whitespace
    assert words_of("وزارة العلاقة مع الهيئات الدستورية و المجتمع\xa0 \xa0المدني") \
        == words_of("وزارة العلاقة مع الهيئات الدستورية والمجتمع المدني")
    assert words_of("قال و") != words_of("قال")  # a trailing و is kept, not lost
