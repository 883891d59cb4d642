"""The dependency parse as a fallback for speakers the rules cannot find."""

import pytest
from spacy.tokens import Doc

import spacy_attrib
from spacy_attrib.syntax import subjects

# after an indefinite noun the rules read وزير as its genitive (في ندوة وزير الخارجية), not as
# the subject: only a parse can tell
WORDS = ["وأكد", "في", "ندوة", "وزير", "الخارجية", "أن", "الوضع", "مستقر", "."]
SPACES = [True] * 8 + [False]
HEADS = [0, 0, 1, 0, 3, 7, 7, 0, 0]


def parsed(nlp, deps):
    return Doc(nlp.vocab, words=WORDS, spaces=SPACES, heads=HEADS, deps=deps)


@pytest.fixture(scope="module")
def syntax_nlp():
    return spacy_attrib.load()


def test_subjects_maps_verbs_to_their_subject(syntax_nlp):
    doc = parsed(syntax_nlp, ["ROOT", "obl", "obj", "nsubj", "nmod", "mark", "nsubj", "ccomp", "punct"])
    subj = subjects(doc)
    assert doc.text[slice(*subj[(0, 4)])] == "وزير الخارجية"
    assert subjects(syntax_nlp.make_doc(doc.text)) == {}  # no parse, no subjects


def test_parse_supplies_a_speaker_the_rules_miss(syntax_nlp):
    text = "وأكد في ندوة وزير الخارجية أن الوضع مستقر."
    (rules_only,) = syntax_nlp(text)._.attributions
    assert rules_only.speaker is None
    doc = syntax_nlp.get_pipe("attribution")(
        parsed(syntax_nlp, ["ROOT", "obl", "obj", "nsubj", "nmod", "mark", "nsubj", "ccomp", "punct"]))
    (with_parse,) = doc._.attributions
    assert with_parse.to_dict()["speaker"]["text"] == "وزير الخارجية"
    assert with_parse.to_dict()["content"]["text"] == "الوضع مستقر"


def test_implausible_subject_is_ignored(syntax_nlp):
    # a parse that makes the temporal PP the subject: not a source mention, rules win
    doc = syntax_nlp.get_pipe("attribution")(
        parsed(syntax_nlp, ["ROOT", "nsubj", "obj", "obj", "nmod", "mark", "nsubj", "ccomp", "punct"]))
    (att,) = doc._.attributions
    assert att.speaker is None


def test_use_syntax_false_ignores_the_parse():
    nlp = spacy_attrib.load()
    nlp.get_pipe("attribution").use_syntax = False
    doc = nlp.get_pipe("attribution")(
        parsed(nlp, ["ROOT", "obl", "obj", "nsubj", "nmod", "mark", "nsubj", "ccomp", "punct"]))
    (att,) = doc._.attributions
    assert att.speaker is None
