"""Round trips and construction: to_disk/from_disk (also in a fresh interpreter through the
entry points), to_bytes, DocBin, multiprocessing, config strings, the three-stage pipeline."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys

import pytest
import spacy
from helpers import REPO_ROOT, check_doc
from spacy.tokens import DocBin
from spacy.util import load_config, load_config_from_str, load_model_from_config

import spacy_attrib

TEXTS = [
    "وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة للحوار، مشيرا إلى أن العقوبات لن "
    "تغير موقفها.",
    'قالت المتحدثة باسم الوزارة سارة الهاشمي إن الحوار متواصل. وأضافت: "نحن لا نريد التصعيد في '
    'هذه المرحلة".',
    "ارتفع عدد الإصابات إلى ألف حالة، بحسب وزارة الصحة.",
    "«الوضع تحت السيطرة»، قال مدير الأمن الوطني.",
    "نشرت صحيفة \"لوموند\" الفرنسية تقريرا مطولا عن الانتخابات.",
    "",
]
WHISPER = "وهمست الممثلة إن الفيلم سيعرض في مهرجان قرطاج."
WHISPER_VERB = {"lemma": "همس", "core": True, "forms": {"همس": "3MS", "همست": "3FS"}}
STAGES = ["attribution_cues", "attribution_contents", "attribution_sources"]

USER_CONFIG = """
[nlp]
lang = "ar"
pipeline = ["attribution"]

[components]

[components.attribution]
factory = "attribution"

[components.attribution.lexicon]
@misc = "spacy_attrib.lexicon.v1"
lang = "ar"

[components.attribution.lexicon.extra]
reporting_verbs = [{"lemma": "همس", "core": true, "forms": {"همس": "3MS", "همست": "3FS"}}]
"""


def dicts(docs):
    return [[a.to_dict() for a in doc._.attributions] for doc in docs]


@pytest.fixture(scope="module")
def expected(nlp):
    docs = list(nlp.pipe(TEXTS))
    for doc, text in zip(docs, TEXTS):
        check_doc(doc, text)
    result = dicts(docs)
    assert [len(r) for r in result] == [2, 2, 1, 1, 0, 0]
    return result


def test_to_disk_from_disk(nlp, expected, tmp_path):
    nlp.to_disk(tmp_path / "model")
    assert (tmp_path / "model" / "attribution" / "lexicon.msgpack").is_file()
    loaded = spacy.blank("ar")
    loaded.add_pipe("attribution")
    loaded.from_disk(tmp_path / "model")
    assert dicts(loaded.pipe(TEXTS)) == expected
    assert dicts(spacy.load(tmp_path / "model").pipe(TEXTS)) == expected


FRESH_SCRIPT = """
import json, sys
import spacy
nlp = spacy.load(sys.argv[1])
texts = json.loads(sys.stdin.read())
out = [[a.to_dict() for a in nlp(t)._.attributions] for t in texts]
print(json.dumps({"pipes": nlp.pipe_names, "out": out}, ensure_ascii=False))
"""


def run_fresh(model_dir, texts):
    """spacy.load(dir) in a new interpreter that never imports spacy_attrib itself."""
    assert "spacy_attrib" not in FRESH_SCRIPT
    proc = subprocess.run([sys.executable, "-c", FRESH_SCRIPT, str(model_dir)],
                          input=json.dumps(texts), capture_output=True, text=True,
                          encoding="utf8", timeout=120, cwd=model_dir.parent)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_spacy_load_in_fresh_interpreter_uses_entry_points(nlp, expected, tmp_path):
    nlp.to_disk(tmp_path / "model")
    result = run_fresh(tmp_path / "model", TEXTS)
    assert result["pipes"] == ["attribution"]
    assert result["out"] == expected


def test_to_bytes_from_bytes(nlp, expected):
    data = nlp.to_bytes()
    loaded = spacy.blank("ar")
    loaded.add_pipe("attribution")
    loaded.from_bytes(data)
    assert dicts(loaded.pipe(TEXTS)) == expected
    pipe_bytes = nlp.get_pipe("attribution").to_bytes()
    assert loaded.get_pipe("attribution").to_bytes() == pipe_bytes


def test_extended_lexicon_survives_to_disk(tmp_path):
    nlp = spacy_attrib.load()
    assert dicts([nlp(WHISPER)]) == [[]]
    nlp.get_pipe("attribution").lexicon.add("reporting_verbs", [WHISPER_VERB])
    (before,) = dicts([nlp(WHISPER)])
    assert [a["cue"]["text"] for a in before] == ["وهمست"]
    nlp.to_disk(tmp_path / "model")

    reloaded = spacy.load(tmp_path / "model")
    assert dicts([reloaded(WHISPER)]) == [before]
    blank_then_disk = spacy.blank("ar")
    blank_then_disk.add_pipe("attribution")
    blank_then_disk.from_disk(tmp_path / "model")
    assert dicts([blank_then_disk(WHISPER)]) == [before]
    assert run_fresh(tmp_path / "model", [WHISPER])["out"] == [before]


def test_extended_lexicon_survives_to_bytes():
    nlp = spacy_attrib.load(lexicon_extra={"reporting_verbs": [WHISPER_VERB]})
    (before,) = dicts([nlp(WHISPER)])
    assert before and before[0]["speaker"]["text"] == "الممثلة"
    fresh = spacy.blank("ar")
    fresh.add_pipe("attribution")
    assert dicts([fresh(WHISPER)]) == [[]]
    fresh.from_bytes(nlp.to_bytes())
    assert dicts([fresh(WHISPER)]) == [before]


def test_docbin_keeps_every_attribution(nlp, expected):
    docs = list(nlp.pipe(TEXTS))
    data = DocBin(docs=docs, store_user_data=True).to_bytes()
    restored = list(DocBin().from_bytes(data).get_docs(spacy.blank("ar").vocab))
    assert dicts(restored) == expected
    for old, new in zip(docs, restored):
        for key in ("attrib_cues", "attrib_contents", "attrib_speakers"):
            assert [(s.start_char, s.end_char, s.label_) for s in new.spans[key]] == \
                   [(s.start_char, s.end_char, s.label_) for s in old.spans[key]]


def test_docbin_without_user_data_keeps_span_groups(nlp):
    doc = nlp(TEXTS[0])
    data = DocBin(docs=[doc], store_user_data=False).to_bytes()
    (restored,) = DocBin().from_bytes(data).get_docs(nlp.vocab)
    assert [s.text for s in restored.spans["attrib_contents"]] == \
           [s.text for s in doc.spans["attrib_contents"]]
    assert restored._.attributions == []


def test_multiprocessing_gives_the_same_result(nlp, expected):
    texts = TEXTS * 3
    assert dicts(nlp.pipe(texts, n_process=2, batch_size=2)) == expected * 3


def test_config_string_as_a_user_writes_it():
    config = load_config_from_str(USER_CONFIG)
    nlp = load_model_from_config(config, auto_fill=True, validate=True)
    assert nlp.pipe_names == ["attribution"]
    (rows,) = dicts([nlp(WHISPER)])
    assert [(r["cue"]["text"], r["speaker"]["text"], r["content"]["text"]) for r in rows] == \
           [("وهمست", "الممثلة", "الفيلم سيعرض في مهرجان قرطاج")]


def test_default_cfg_loads(expected):
    config = load_config(REPO_ROOT / "configs" / "default.cfg")
    nlp = load_model_from_config(config, auto_fill=True, validate=True)
    nlp.initialize()
    assert nlp.pipe_names == ["attribution"]
    assert dicts(nlp.pipe(TEXTS)) == expected


def test_default_cfg_spacy_assemble(expected, tmp_path):
    out = tmp_path / "assembled"
    proc = subprocess.run(
        [sys.executable, "-m", "spacy", "assemble", str(REPO_ROOT / "configs" / "default.cfg"),
         str(out)], capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr + proc.stdout
    assert (out / "attribution" / "lexicon.msgpack").is_file()
    assert run_fresh(out, TEXTS)["out"] == expected


def test_three_stages_equal_the_single_component(blank, expected):
    for name in STAGES:
        blank.add_pipe(name)
    assert dicts(blank.pipe(TEXTS)) == expected


def test_load_does_not_add_a_second_component_to_a_staged_pipeline(blank):
    for name in STAGES:
        blank.add_pipe(name)
    assert spacy_attrib.load(blank).pipe_names == STAGES


def test_add_pipe_on_any_arabic_pipeline(blank, expected):
    blank.add_pipe("sentencizer")
    blank.add_pipe("attribution")
    assert dicts(blank.pipe(TEXTS)) == expected


def test_contents_without_cues_is_a_clear_error(blank):
    blank.add_pipe("attribution_contents")
    with pytest.raises(ValueError, match="attribution_cues"):
        blank("وقال الوزير إن الحكومة ستخفض الضرائب.")


def test_sources_without_contents_is_a_clear_error(blank):
    blank.add_pipe("attribution_cues")
    blank.add_pipe("attribution_sources")
    with pytest.raises(ValueError, match="attribution_contents"):
        blank("وقال الوزير إن الحكومة ستخفض الضرائب.")


@pytest.fixture(scope="module")
def config_nlp():
    """Built from a config string with an extra lexicon entry, as a user writes it."""
    return load_model_from_config(load_config_from_str(USER_CONFIG), auto_fill=True, validate=True)


def test_configured_lexicon_survives_to_disk_and_to_bytes(config_nlp, tmp_path):
    (before,) = dicts([config_nlp(WHISPER)])
    assert [a["cue"]["text"] for a in before] == ["وهمست"]
    config_nlp.to_disk(tmp_path / "model")
    assert dicts([spacy.load(tmp_path / "model")(WHISPER)]) == [before]
    assert run_fresh(tmp_path / "model", [WHISPER])["out"] == [before]
    from_disk = spacy.blank("ar")
    from_disk.add_pipe("attribution")
    from_disk.from_disk(tmp_path / "model")
    assert dicts([from_disk(WHISPER)]) == [before]
    from_bytes = spacy.blank("ar")
    from_bytes.add_pipe("attribution")
    from_bytes.from_bytes(config_nlp.to_bytes())
    assert dicts([from_bytes(WHISPER)]) == [before]
    assert from_bytes.get_pipe("attribution").lexicon.tables == \
           config_nlp.get_pipe("attribution").lexicon.tables


@pytest.fixture(scope="module")
def articles(corpus_dir):
    """200 real articles (every 50th of the raw corpus): long texts, many attributions."""
    with open(corpus_dir / "ant_jawharafm.jsonl", encoding="utf8") as f:
        return [json.loads(line)["text"] for line in itertools.islice(f, 0, None, 50)]


@pytest.mark.corpus
def test_real_articles_survive_docbin(nlp, articles):
    docs = list(nlp.pipe(articles))
    expected = dicts(docs)
    assert sum(map(len, expected)) > len(articles)
    data = DocBin(docs=docs, store_user_data=True).to_bytes()
    restored = list(DocBin().from_bytes(data).get_docs(spacy.blank("ar").vocab))
    assert [d.text for d in restored] == articles
    assert dicts(restored) == expected
    # the plain record too (msgpack gives tuples for lists: compare as JSON)
    assert json.dumps([d._.attrib_records for d in restored], ensure_ascii=False) == \
           json.dumps([d._.attrib_records for d in docs], ensure_ascii=False)


@pytest.mark.corpus
def test_real_articles_two_processes_equal_one(nlp, articles):
    one = dicts(nlp.pipe(articles, n_process=1))
    two = dicts(nlp.pipe(articles, n_process=2, batch_size=16))
    assert two == one
