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
from .extensions import set_contents, set_cues, set_records
from .lexicon import Lexicon
from .scorer import make_attribution_scorer  # noqa: F401 - registers the scorer
from .sources import link_sources
from .text import view_of

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
        cues = find_cues(view, self.lexicon)
        set_cues(doc, cues)
        contents = find_contents(view, self.lexicon, cues)
        set_contents(doc, contents)
        set_records(doc, link_sources(view, self.lexicon, cues, contents))


@Language.factory(
    "attribution",
    default_config={
        "lexicon": {"@misc": "spacy_attrib.lexicon.v1", "lang": "ar", "extra": {}},
        "scorer": {"@scorers": "spacy_attrib.attribution_scorer.v1"},
    },
    assigns=["doc._.attrib_records", "doc.spans"],
    default_score_weights=SCORE_WEIGHTS,
)
def make_attributor(nlp: Language, name: str, lexicon: Lexicon,
                    scorer: Optional[Callable]) -> Attributor:
    """Who said what: reporting cues, contents, speakers and sources for Arabic news."""
    return Attributor(nlp, name, lexicon, scorer)


def load(
    base: Union[str, Path, Language, None] = None,
    *,
    lexicon_extra: Optional[Dict[str, Any]] = None,
    disable: Iterable[str] = (),
) -> Language:
    """A ready pipeline: `base` (a `Language`, a package name or path, or None for
    `spacy.blank("ar")`) with the `attribution` component added at the end."""
    if base is None:
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
