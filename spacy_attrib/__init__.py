"""spacy-attrib: who said what in Arabic news, as spaCy components.

    import spacy_attrib
    nlp = spacy_attrib.load()            # spacy.blank("ar") + the "attribution" pipe
    doc = nlp(text)
    for att in doc._.attributions:
        print(att.to_dict())

or add the pipe to any Arabic pipeline: ``nlp.add_pipe("attribution")``.
``spacy_attrib.render(doc, page=True)`` draws the attributions (RTL displaCy view + links).
"""

from .about import __version__
from .contents import ContentFinder, make_content_finder
from .cues import CueFinder, make_cue_finder
from .extensions import Attribution, Source, register_extensions
from .lexicon import Lexicon, create_lexicon
from .pipeline import Attributor, load, make_attributor
from .render import render
from .sources import SourceLinker, make_source_linker

register_extensions()

__all__ = [
    "__version__", "load", "render", "Attribution", "Source", "Lexicon", "Attributor", "CueFinder",
    "ContentFinder", "SourceLinker", "create_lexicon", "make_attributor", "make_cue_finder",
    "make_content_finder", "make_source_linker",
]
