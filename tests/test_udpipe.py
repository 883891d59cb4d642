"""The UDPipe backend (spacy_attrib.udpipe): exact offsets, multi-word tokens, model
lookup, serialisation, multiprocessing. Needs ../shared/models/ar_pud.udpipe (or
$SPACY_ATTRIB_UDPIPE_MODEL) except for the faked PADT cases; skipped when absent."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from contextlib import contextmanager
from typing import Any, Dict, Iterator, List

import pytest
import spacy
from helpers import REPO_ROOT, check_doc
from spacy.tokens import Doc, DocBin
from test_robustness import ODD_TEXTS

import spacy_attrib
from spacy_attrib import udpipe
from spacy_attrib.cli import main as cli_main
from spacy_attrib.udpipe import ENV_VAR, UDPipeModelNotFound, UDPipeTokenizer, UDWord

pytestmark = pytest.mark.udpipe

NBSP = "\u00a0"
TORTURE = {
    "plain": "وقال ماكرون إن السلطة ستتغير.",
    "double-space": "وقال  ماكرون  إن السلطة ستتغير.",
    "nbsp": f"وقال{NBSP}ماكرون إن{NBSP}{NBSP}السلطة ستتغير.",
    "tabs": "وقال\tماكرون\t\tإن السلطة ستتغير.",
    "newlines": "وقال ماكرون\nإن السلطة\r\nستتغير.",
    "paragraphs": "قال الوزير إن الحرب انتهت.\n\n\nوأضاف: \"لن نتراجع\".\n \n«نحن هنا» بحسب البيان.",
    "leading-trailing": "  \n\tوقال ماكرون إن السلطة ستتغير. \n ",
    "only-space": " \n\t ",
    "empty": "",
    "one-char": "و",
    "clitics": "وقال فقال وبحسب للسلطة بالسلطة كالسلطة بلاده وأضافت لكنه فإن وبأن ولن سيقول",
    "clitic-kinds": "وقال المتحدث بحسب بيان إن للسلطة دورا في بلاده وفي عاصمتها.",
    "latin": "وقال Emmanuel Macron في تصريح لـ Le Monde إن «الوضع صعب» (AFP).",
    "digits": "وقال إن 3,5% من الـ 1200 شخص و٢٠٢٤ عاما و12:30 في 2024/01/05.",
    "emoji": "قال المدرب 😀 إن الفريق 🇹🇳 فاز 👍🏽 بجدارة!",
    "zero-width": "وقال\u200f ماكرون\u200b إن\u200d السلطة ستتغير\ufeff.",
    "marks": "قالَ الوزيرُ إنّ الحربَ انتهتْ… وأكد: «لا» ـــ نعم؟! ",
    "quotes": "وقال: \"الحرب انتهت\"، وأضاف «لن» „نتراجع“ و'ربما'.",
    "long-gap": "قال" + " " * 7 + "الوزير" + "\n" * 5 + "إن الحرب انتهت.",
}


@pytest.fixture(scope="module")
def unlp(udpipe_model) -> spacy.Language:
    return spacy_attrib.load(udpipe_model=str(udpipe_model))


def dicts(docs) -> List[List[Dict[str, Any]]]:
    return [[a.to_dict() for a in doc._.attributions] for doc in docs]


@contextmanager
def rules_only(*pipelines: spacy.Language) -> Iterator[None]:
    """Switch off the parse-based speaker fallback (`use_syntax`), the one part of the
    attribution that may differ by design between a parsed and an unparsed pipeline."""
    pipes = [p for nlp in pipelines for _, p in nlp.pipeline if hasattr(p, "use_syntax")]
    before = [p.use_syntax for p in pipes]
    for pipe in pipes:
        pipe.use_syntax = False
    try:
        yield
    finally:
        for pipe, value in zip(pipes, before):
            pipe.use_syntax = value


def same_rules_result(a: spacy.Language, b: spacy.Language, texts: List[str]) -> None:
    with rules_only(a, b):
        assert dicts(a.pipe(texts)) == dicts(b.pipe(texts))


def assert_exact(doc: Doc, text: str) -> None:
    """doc.text is the input; every token, sentence and span indexes it."""
    assert doc.text == text
    assert "".join(t.text_with_ws for t in doc) == text
    for token in doc:
        assert token.text, token.i
        assert text[token.idx:token.idx + len(token.text)] == token.text
        assert not token.whitespace_ or text[token.idx + len(token.text)] == " "
    sents = list(doc.sents)
    if len(doc):
        assert sents[0].start_char == 0 and sents[-1].end_char + len(doc[-1].whitespace_) == len(text)
    for sent in sents:
        assert text[sent.start_char:sent.end_char] == sent.text
    for key in doc.spans:
        for span in doc.spans[key]:
            assert text[span.start_char:span.end_char] == span.text


@pytest.mark.parametrize("text", TORTURE.values(), ids=TORTURE.keys())
def test_offsets_are_exact(unlp, text):
    doc = unlp(text)
    assert_exact(doc, text)
    check_doc(doc, text)


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_odd_input_offsets_are_exact(unlp, text):
    doc = unlp(text)
    assert_exact(doc, text)
    check_doc(doc, text)


@pytest.mark.parametrize("text", TORTURE.values(), ids=TORTURE.keys())
def test_same_attributions_as_the_blank_pipeline(unlp, nlp, text):
    same_rules_result(unlp, nlp, [text])


def test_whitespace_tokens_and_spaces(unlp):
    doc = unlp("  وقال\t\tماكرون إن  السلطة ستتغير.\n\n")
    texts = [t.text for t in doc]
    assert texts[0] == "  " and doc[0].pos_ == "SPACE"
    assert "\t\t" in texts and texts[-1] == "\n\n"
    # one plain space is a trailing space; a double space leaves a one-space token
    assert " " in texts
    spaces = [t for t in doc if t.is_space]
    assert all(t.pos_ == "SPACE" for t in spaces)


def test_sentences_come_from_udpipe(unlp):
    text = "قال الوزير إن الحرب انتهت. وأضاف أن السلام قريب.\n\nوأكد الرئيس ذلك."
    doc = unlp(text)
    sents = [s.text.strip() for s in doc.sents]
    assert sents == ["قال الوزير إن الحرب انتهت.", "وأضاف أن السلام قريب.", "وأكد الرئيس ذلك."]
    for sent in doc.sents:  # one tree per sentence
        assert sum(1 for t in sent if t.head.i == t.i) == 1
        assert all(sent.start <= t.head.i < sent.end for t in sent)


def test_syntax_is_on_the_tokens(unlp):
    doc = unlp("وقال ماكرون إن السلطة ستتغير.")
    assert doc.has_annotation("POS") and doc.has_annotation("DEP") and doc.has_annotation("LEMMA")
    qal = next(t for t in doc if t.text == "قال")
    assert qal.pos_ == "VERB" and qal.morph.get("Tense") == ["Past"]
    assert [w.form for w in qal._.udpipe_words] == ["قال"]
    assert next(t for t in doc if t.text == "ماكرون").head.i == qal.i


# --- multi-word tokens: a faked PADT-style model -----------------------------------

PADT_TEXT = "وقال ماكرون بحسب البيان إن للسلطة دورا في بلاده."
# CoNLL-U as the PADT model writes it: multi-word token lines carry the ranges, and
# للسلطة's words (ل + السلطة) do not concatenate to the surface.
PADT_CONLLU = """\
1-2\tوقال\t_\t_\t_\t_\t_\t_\t_\tTokenRange=0:4
1\tو\tوَ\tCCONJ\tC---------\t_\t0\troot\t_\t_
2\tقال\tقَال\tVERB\tVP-A-3MS--\tAspect=Perf|Gender=Masc|Number=Sing|Person=3|Voice=Act\t1\tparataxis\t_\t_
3\tماكرون\tماكرون\tX\tU---------\t_\t2\tnsubj\t_\tTokenRange=5:11
4-5\tبحسب\t_\t_\t_\t_\t_\t_\t_\tTokenRange=12:16
4\tب\tبِ\tADP\tP---------\tAdpType=Prep\t6\tcase\t_\t_
5\tحسب\tحَسَب\tNOUN\tN------S2R\tCase=Gen\t4\tfixed\t_\t_
6\tالبيان\tبَيَان\tNOUN\tN------S2D\tCase=Gen|Definite=Def\t2\tobl\t_\tTokenRange=17:23
7\tإن\tأَنَّ\tSCONJ\tC---------\t_\t12\tmark\t_\tTokenRange=24:26
8-9\tللسلطة\t_\t_\t_\t_\t_\t_\t_\tTokenRange=27:33
8\tل\tلِ\tADP\tP---------\tAdpType=Prep\t9\tcase\t_\t_
9\tالسلطة\tسُلطَة\tNOUN\tN------S2D\tCase=Gen|Definite=Def|Gender=Fem\t12\tobl\t_\t_
10\tدورا\tدَور\tNOUN\tN------S4I\tCase=Acc\t12\tnsubj\t_\tTokenRange=34:38
11\tفي\tفِي\tADP\tP---------\tAdpType=Prep\t13\tcase\t_\tTokenRange=39:41
12-13\tبلاده\t_\t_\t_\t_\t_\t_\t_\tTokenRange=42:47
12\tبلاد\tبِلَاد\tNOUN\tN------S2R\tCase=Gen\t2\tccomp\t_\t_
13\tه\tهُوَ\tPRON\tSP---3MS2-\tCase=Gen|Person=3\t12\tnmod\t_\tSpaceAfter=No
14\t.\t.\tPUNCT\tG---------\t_\t2\tpunct\t_\tTokenRange=47:48

"""


class FakePADTModel:
    """Stands in for a ufal `Model` that emits multi-word tokens: its tokenizer reads
    prepared CoNLL-U (with TokenRange) instead of tokenizing; tag and parse are no-ops."""

    DEFAULT = ""

    def __init__(self, conllu: str) -> None:
        self.conllu = conllu

    def newTokenizer(self, options: str):
        from ufal.udpipe import InputFormat

        assert options == "ranges"
        model = self

        class Reader:
            def setText(self, text: str) -> None:
                self.fmt = InputFormat.newInputFormat("conllu")
                self.fmt.setText(model.conllu)

            def nextSentence(self, sentence, error) -> bool:
                return self.fmt.nextSentence(sentence, error)

        return Reader()

    def tag(self, sentence, options) -> None:
        pass

    def parse(self, sentence, options) -> None:
        pass


@pytest.fixture
def padt(tmp_path, monkeypatch):
    def make(conllu: str = PADT_CONLLU) -> spacy.Language:
        path = tmp_path / f"padt{len(udpipe._MODELS)}.udpipe"
        path.write_bytes(b"fake")
        monkeypatch.setitem(udpipe._MODELS, str(path.resolve()), FakePADTModel(conllu))
        return spacy_attrib.load(udpipe_model=str(path))

    return make


def by_text(doc: Doc) -> Dict[str, Any]:
    return {t.text: t for t in doc}


def test_multiword_tokens_stay_surface_tokens(padt):
    doc = padt()(PADT_TEXT)
    assert_exact(doc, PADT_TEXT)
    assert [t.text for t in doc if not t.is_space] == [
        "وقال", "ماكرون", "بحسب", "البيان", "إن", "للسلطة", "دورا", "في", "بلاده", "."]
    tok = by_text(doc)
    # و + قال: PADT makes the initial و the root; the token is the verb and the root
    assert tok["وقال"].pos_ == "VERB" and tok["وقال"].lemma_ == "قَال" and tok["وقال"].dep_ == "ROOT"
    assert tok["وقال"].morph.get("Person") == ["3"]
    assert [(w.form, w.upos, w.deprel) for w in tok["وقال"]._.udpipe_words] == [
        ("و", "CCONJ", "ROOT"), ("قال", "VERB", "parataxis")]
    assert tok["وقال"]._.udpipe_words[1].head == tok["وقال"].i
    # ل + السلطة: words that do not concatenate to the surface
    assert [w.form for w in tok["للسلطة"]._.udpipe_words] == ["ل", "السلطة"]
    assert tok["للسلطة"].pos_ == "NOUN" and tok["للسلطة"].lemma_ == "سُلطَة"
    assert tok["للسلطة"].head == tok["بلاده"] and tok["للسلطة"].dep_ == "obl"
    # ب + حسب: a function word first, the noun is the main word; attaches through ب
    assert tok["بحسب"].pos_ == "NOUN" and tok["بحسب"].head == tok["البيان"]
    assert tok["بحسب"].dep_ == "case"
    # بلاد + ه: the pronoun hangs on the noun inside the token
    words = tok["بلاده"]._.udpipe_words
    assert [(w.form, w.upos) for w in words] == [("بلاد", "NOUN"), ("ه", "PRON")]
    assert (words[1].head, words[1].head_word) == (tok["بلاده"].i, 0)
    assert tok["بلاده"].head == tok["وقال"] and tok["بلاده"].dep_ == "ccomp"
    # single-word tokens: attributes and a one-word list; heads into a multi-word token keep the word
    assert tok["ماكرون"].head == tok["وقال"]
    assert tok["ماكرون"]._.udpipe_words == [
        UDWord("ماكرون", "ماكرون", "X", "U---------", "", tok["وقال"].i, 1, "nsubj")]
    assert isinstance(tok["دورا"]._.udpipe_words[0], UDWord)
    assert len(list(doc.sents)) == 1


def test_padt_attributions_match_the_blank_pipeline(padt, nlp):
    same_rules_result(padt(), nlp, [PADT_TEXT])
    assert dicts([nlp(PADT_TEXT)])[0][0]["cue"]["text"] == "وقال"


def test_multiword_words_survive_docbin(padt):
    doc = padt()(PADT_TEXT)
    before = [t._.udpipe_words for t in doc]
    db = DocBin(store_user_data=True)
    db.add(doc)
    (back,) = DocBin().from_bytes(db.to_bytes()).get_docs(doc.vocab)
    assert [t._.udpipe_words for t in back] == before
    assert [t.head.i for t in back] == [t.head.i for t in doc]


def test_crossing_multiword_token_makes_no_cycle(padt):
    # token A = words 1-2, B = 3, C = 4: 1 -> 3 (B), 3 -> 2 (A): A and B would point at each other
    conllu = (
        "1-2\tوقال\t_\t_\t_\t_\t_\t_\t_\tTokenRange=0:4\n"
        "1\tو\tو\tCCONJ\t_\t_\t3\tcc\t_\t_\n"
        "2\tقال\tقال\tVERB\t_\t_\t4\tccomp\t_\t_\n"
        "3\tهو\tهو\tPRON\t_\t_\t2\tnsubj\t_\tTokenRange=5:7\n"
        "4\tذلك\tذلك\tPRON\t_\t_\t0\troot\t_\tTokenRange=8:11\n\n"
    )
    text = "وقال هو ذلك"
    doc = padt(conllu)(text)
    assert_exact(doc, text)
    roots = [t for t in doc if t.head.i == t.i]
    assert [t.text for t in roots] == ["ذلك"]
    for token in doc:  # every token reaches the root
        seen = set()
        while token.head.i != token.i:
            assert token.i not in seen
            seen.add(token.i)
            token = token.head


def test_surface_split_model_has_no_multiword_rows(unlp):
    doc = unlp("وقال ماكرون للسلطة.")
    assert doc._.udpipe_mwt is None
    assert [t.text for t in doc][:2] == ["و", "قال"]  # PUD splits clitics on the surface
    assert doc.text == "وقال ماكرون للسلطة."


# --- model lookup and errors ------------------------------------------------------------


@pytest.fixture
def no_models(monkeypatch, tmp_path):
    """No env var, and an empty spacy_udpipe models folder."""
    import spacy_udpipe.utils

    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.setattr(spacy_udpipe.utils, "MODELS_DIR", str(tmp_path / "none"))


@pytest.mark.parametrize("model", ["/no/such/model.udpipe", True, "auto"])
def test_missing_model_is_one_clear_error(no_models, model):
    with pytest.raises(UDPipeModelNotFound) as err:
        spacy_attrib.load(udpipe_model=model)
    message = str(err.value)
    assert isinstance(err.value, ValueError)
    assert "spacy_udpipe.download('ar')" in message and "train-udpipe" in message
    assert "\n" not in message


def test_not_a_model_file(tmp_path):
    bad = tmp_path / "bad.udpipe"
    bad.write_bytes(b"not a model")
    with pytest.raises(UDPipeModelNotFound, match="not a UDPipe 1 model"):
        spacy_attrib.load(udpipe_model=str(bad))


def test_cli_missing_model_prints_one_line(no_models, tmp_path, capsys):
    src = tmp_path / "a.txt"
    src.write_text("قال الوزير إن الحرب انتهت.", encoding="utf8")
    assert cli_main(["extract", str(src), "--udpipe-model", str(tmp_path / "nope.udpipe")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: UDPipe model") and err.count("\n") == 1 and "Traceback" not in err


def test_env_var_and_downloaded_model(udpipe_model, monkeypatch, tmp_path):
    import spacy_udpipe.utils

    monkeypatch.setenv(ENV_VAR, str(udpipe_model))
    assert spacy_attrib.load(udpipe_model=True).tokenizer.model_path == udpipe_model
    monkeypatch.delenv(ENV_VAR)
    folder = tmp_path / "models"
    folder.mkdir()
    (folder / spacy_udpipe.utils.LANGUAGES["ar"]).symlink_to(udpipe_model)
    monkeypatch.setattr(spacy_udpipe.utils, "MODELS_DIR", str(folder))
    nlp = spacy_attrib.load(udpipe_model="auto")
    assert nlp.tokenizer.model_path.parent == folder
    assert nlp("قال الوزير إن الحرب انتهت.")._.attributions


def test_udpipe_and_base_together_is_an_error(udpipe_model):
    with pytest.raises(ValueError, match="either"):
        spacy_attrib.load(spacy.blank("ar"), udpipe_model=str(udpipe_model))


def test_default_pipeline_is_unchanged(udpipe_model, monkeypatch):
    monkeypatch.setenv(ENV_VAR, str(udpipe_model))
    assert type(spacy_attrib.load().tokenizer).__name__ == "Tokenizer"


# --- config, serialisation, multiprocessing ----------------------------------------------

EXAMPLES = [p.read_text(encoding="utf8") for p in sorted((REPO_ROOT / "corpus" / "examples").glob("*.txt"))]
TEXTS = EXAMPLES + [TORTURE["paragraphs"], TORTURE["leading-trailing"], TORTURE["emoji"]]


@pytest.fixture(scope="module")
def expected(unlp, nlp):
    same_rules_result(unlp, nlp, TEXTS)
    out = dicts(unlp.pipe(TEXTS))
    assert any(out)
    return out


def test_config_assembles(udpipe_model, expected, tmp_path):
    config = spacy.util.load_config(REPO_ROOT / "configs" / "udpipe.cfg", interpolate=False,
                                    overrides={"paths.udpipe_model": str(udpipe_model)})
    nlp = spacy.util.load_model_from_config(config, auto_fill=True)
    nlp.initialize()
    assert isinstance(nlp.tokenizer, UDPipeTokenizer)
    assert dicts(nlp.pipe(TEXTS)) == expected
    cfg = str(REPO_ROOT / "configs" / "udpipe.cfg")
    out = subprocess.run([sys.executable, "-m", "spacy", "assemble", cfg,
                          str(tmp_path / "assembled"), "--paths.udpipe_model", str(udpipe_model)],
                         capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "assembled" / "tokenizer" / "model.udpipe").is_file()


FRESH = """
import json, sys
import spacy
nlp = spacy.load(sys.argv[1])
texts = json.loads(sys.stdin.read())
print(json.dumps([[a.to_dict() for a in nlp(t)._.attributions] for t in texts], ensure_ascii=False))
"""


def test_to_disk_stores_the_model(unlp, udpipe_model, expected, tmp_path):
    unlp.to_disk(tmp_path / "p")
    stored = tmp_path / "p" / "tokenizer" / "model.udpipe"
    assert stored.read_bytes() == udpipe_model.read_bytes()
    moved = tmp_path / "moved"
    (tmp_path / "p").rename(moved)  # works without the original model path too
    out = subprocess.run([sys.executable, "-c", FRESH, str(moved)], input=json.dumps(TEXTS),
                         capture_output=True, text=True, cwd=tmp_path, env={"PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == expected
    loaded = spacy.load(moved)
    assert loaded.tokenizer.model_path == (moved / "tokenizer" / "model.udpipe").resolve()


def test_to_disk_can_reference_the_model_only(udpipe_model, expected, tmp_path):
    nlp = spacy.blank("ar", config={"nlp": {"tokenizer": {
        "@tokenizers": "spacy_attrib.UDPipeTokenizer.v1", "model": str(udpipe_model), "store_model": False}}})
    nlp.add_pipe("attribution")
    nlp.to_disk(tmp_path / "p")
    assert not (tmp_path / "p" / "tokenizer" / "model.udpipe").exists()
    cfg = json.loads((tmp_path / "p" / "tokenizer" / "cfg.json").read_text())
    assert cfg["model"] == str(udpipe_model.resolve()) and cfg["store_model"] is False
    assert dicts(spacy.load(tmp_path / "p").pipe(TEXTS)) == expected


def test_to_bytes_from_bytes(unlp, udpipe_model, expected):
    data = unlp.to_bytes()
    assert len(data) > udpipe_model.stat().st_size
    tokenizer = {"@tokenizers": "spacy_attrib.UDPipeTokenizer.v1"}
    fresh = spacy.blank("ar", config={"nlp": {"tokenizer": tokenizer}})
    fresh.add_pipe("attribution")
    fresh.from_bytes(data)
    assert dicts(fresh.pipe(TEXTS)) == expected


def test_tokenizer_pickles_as_a_path(unlp):
    data = pickle.dumps(unlp.tokenizer)
    assert len(data) < 100_000  # the vocab and the path, never the ufal model
    again = pickle.loads(data)
    text = TORTURE["paragraphs"]
    assert [t.text for t in again(text)] == [t.text for t in unlp(text)]


MP = """
import json, multiprocessing, sys
import spacy_attrib
if __name__ == "__main__":
    multiprocessing.set_start_method(sys.argv[2])
    nlp = spacy_attrib.load(udpipe_model=sys.argv[1])
    texts = json.loads(sys.stdin.read())
    docs = list(nlp.pipe(texts * 3, n_process=2, batch_size=2))
    assert all(d.text == t for d, t in zip(docs, texts * 3))
    print(json.dumps([[a.to_dict() for a in d._.attributions] for d in docs[:len(texts)]],
                     ensure_ascii=False))
"""


@pytest.mark.parametrize("method", ["fork", "spawn", "forkserver"])
def test_n_process_2_under_every_start_method(udpipe_model, expected, method, tmp_path):
    script = tmp_path / "mp.py"
    script.write_text(MP, encoding="utf8")
    out = subprocess.run([sys.executable, str(script), str(udpipe_model), method], input=json.dumps(TEXTS),
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert json.loads(out.stdout) == expected


def test_cli_extract_with_udpipe(udpipe_model, tmp_path, capsys):
    src = REPO_ROOT / "corpus" / "examples"
    files = [str(p) for p in sorted(src.glob("*.txt"))]
    assert cli_main(["extract", *files, "-o", str(tmp_path / "b.jsonl")]) == 0
    udpipe_args = ["--udpipe-model", str(udpipe_model)]
    assert cli_main(["extract", *files, "-o", str(tmp_path / "u.jsonl"), *udpipe_args]) == 0

    def contents(name: str):
        rows = [json.loads(line) for line in (tmp_path / name).read_text().splitlines()]
        return [(r["id"], [(a["content"], a["cue"]) for a in r["attributions"]]) for r in rows]

    assert contents("u.jsonl") == contents("b.jsonl")


# --- project.yml ---------------------------------------------------------------------------


def test_train_udpipe_command_is_outside_the_workflow():
    import srsly

    project = srsly.read_yaml(REPO_ROOT / "project.yml")
    command = next(c for c in project["commands"] if c["name"] == "train-udpipe")
    assert "spacy_attrib.train_udpipe" in command["script"][0] and command["outputs"]
    assert "train-udpipe" not in project["workflows"]["all"]
    assert "ud_train" in project["vars"]


@pytest.mark.slow
def test_train_a_tiny_model(tmp_path):
    from spacy_attrib.train_udpipe import read_conllu, train

    treebank = REPO_ROOT.parent / "shared" / "ud" / "ar_pud-ud-test.conllu"
    if not treebank.is_file():
        pytest.skip("no UD treebank at ../shared/ud")
    small = tmp_path / "small.conllu"
    small.write_text("\n".join(read_conllu(treebank)[:40]), encoding="utf8")
    out = tmp_path / "tiny.udpipe"
    train(small, out, tokenizer="epochs=1", tagger="iterations=1", parser="iterations=1", limit=30,
          comma=True)
    nlp = spacy_attrib.load(udpipe_model=str(out))
    text = "  وقال الوزير، إن الحرب  انتهت.\n"
    assert nlp(text).text == text
