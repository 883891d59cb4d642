"""The `attribution` component (all three stages in one pipe) and `load()`."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Dict, Iterable, Optional, Union

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .base import LexiconPipe
from .contents import find_contents
from .cues import find_cues
from .extensions import set_records
from .lexicon import Lexicon
from .scorer import make_attribution_scorer  # noqa: F401 - registers the scorer
from .sources import link_sources
from .syntax import subjects
from .text import view_of
from .udpipe import create_udpipe_tokenizer  # noqa: F401 - registers the tokenizer

MAX_LENGTH = 50_000_000
SCORE_WEIGHTS = {"spans_attrib_contents_f": 0.4, "attrib_speaker_acc": 0.3, "attrib_e2e_f": 0.3,
                 "spans_attrib_contents_p": 0.0, "spans_attrib_contents_r": 0.0,
                 "attrib_affiliation_acc": 0.0, "attrib_content_exact_f": 0.0}
STAGES = ("attribution_cues", "attribution_contents", "attribution_sources")


class Attributor(LexiconPipe):
    """Cues, contents and sources in one component sharing one lexicon.

    Same results as the three stage components in a row; one pipe to add, one
    lexicon to extend (`nlp.get_pipe("attribution").lexicon.add(...)`).
    """

    def process(self, doc: Doc) -> None:
        view = view_of(doc.text)
        # The stages' data only: set_records fills the span groups, so the stages' own
        # groups (every cue candidate, every content) would be built only to be replaced.
        doc._.attrib_cue_data = cues = find_cues(view, self.lexicon)
        doc._.attrib_content_data = contents = find_contents(view, self.lexicon, cues)
        set_records(doc, link_sources(view, self.lexicon, cues, contents,
                                      subjects(doc) if self.use_syntax else None))


@Language.factory(
    "attribution",
    default_config={
        "lexicon": {"@misc": "spacy_attrib.lexicon.v1", "lang": "ar", "extra": {}},
        "scorer": {"@scorers": "spacy_attrib.attribution_scorer.v1"},
        "use_syntax": True,
    },
    assigns=["doc._.attrib_records", "doc.spans"],
    default_score_weights=SCORE_WEIGHTS,
)
def make_attributor(nlp: Language, name: str, lexicon: Lexicon,
                    scorer: Optional[Callable], use_syntax: bool) -> Attributor:
    """Who said what: reporting cues, contents, speakers and sources for Arabic news.
    `use_syntax`: take the subject of a reporting verb from the dependency parse, when the
    pipeline has one, where the rules find no speaker."""
    return Attributor(nlp, name, lexicon, scorer, use_syntax)


def load(
    base: Union[str, Path, Language, None] = None,
    *,
    lexicon_extra: Optional[Dict[str, Any]] = None,
    disable: Iterable[str] = (),
    udpipe_model: Union[str, Path, bool, None] = None,
) -> Language:
    """A ready pipeline: `base` (a `Language`, a package name or path, or None for
    `spacy.blank("ar")`) with the `attribution` component added at the end.

    `udpipe_model` (with `base=None`): a UDPipe model path for `spacy.blank("ar")`
    with the UDPipe tokenizer (`spacy_attrib.udpipe`); True or "auto" for
    $SPACY_ATTRIB_UDPIPE_MODEL, then a model stored by `spacy_udpipe.download("ar")`.
    A missing model raises `UDPipeModelNotFound` (a ValueError) saying how to get one."""
    if udpipe_model is not None and udpipe_model is not False:
        if base is not None:
            raise ValueError("pass either a base pipeline or udpipe_model, not both")
        nlp = _udpipe_blank(None if udpipe_model is True else str(udpipe_model))
    elif base is None:
        nlp = spacy.blank("ar")
        # No parser or NER here: memory grows linearly, so long documents are fine.
        nlp.max_length = MAX_LENGTH
    elif isinstance(base, Language):
        nlp = base
    else:
        nlp = spacy.load(base, exclude=list(disable))
    if "attribution" not in nlp.pipe_names and not all(s in nlp.pipe_names for s in STAGES):
        config = {"lexicon": {"@misc": "spacy_attrib.lexicon.v1", "lang": nlp.lang,
                              "extra": lexicon_extra or {}}}
        nlp.add_pipe("attribution", config=config)
    return nlp


def _udpipe_blank(model: Optional[str]) -> Language:
    """`spacy.blank("ar")` with the UDPipe tokenizer; the model is looked up at once."""
    tokenizer = {"@tokenizers": "spacy_attrib.UDPipeTokenizer.v1", "model": model}
    nlp = spacy.blank("ar", config={"nlp": {"tokenizer": tokenizer}})
    nlp.tokenizer.check()
    nlp.max_length = MAX_LENGTH
    return nlp
