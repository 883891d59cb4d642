"""Shared behaviour of the attribution components: error routing and lexicon I/O."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Dict, Iterable, Iterator, Optional, Union

from spacy import util
from spacy.pipeline import Pipe
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import SimpleFrozenList, ensure_path

from .extensions import register_extensions
from .lexicon import Lexicon


class LexiconPipe(Pipe):
    """A rule component that owns a `Lexicon`, saved with the pipeline.

    Subclasses implement `process(doc)`. Failures go through spaCy's error
    handler (`nlp.set_error_handler`), as in `SpanRuler`, so a caller decides
    whether one bad document stops a batch.
    """

    def __init__(self, nlp, name: str, lexicon: Lexicon,
                 scorer: Optional[Callable] = None, use_syntax: bool = True) -> None:
        self.name = name
        self.lexicon = lexicon
        self.scorer = scorer
        self.use_syntax = use_syntax
        register_extensions()

    def score(self, examples: Iterable[Example], **kwargs) -> Dict[str, Any]:
        """Attribution metrics against `doc._.attrib_gold` of the reference docs."""
        return self.scorer(examples, **kwargs) if self.scorer is not None else {}

    def process(self, doc: Doc) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def __call__(self, doc: Doc) -> Doc:
        try:
            self.process(doc)
        except Exception as err:
            # The default handler raises; a lenient one (nlp.set_error_handler) lets the
            # document through unannotated, so a batch never loses its other documents.
            self.get_error_handler()(self.name, self, [doc], err)
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        for doc in stream:
            yield self(doc)

    def to_bytes(self, *, exclude: Iterable[str] = SimpleFrozenList()) -> bytes:
        return self.lexicon.to_bytes()

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = SimpleFrozenList()):
        self.lexicon = Lexicon.from_bytes(bytes_data)
        return self

    def to_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = SimpleFrozenList()) -> None:
        path = ensure_path(path)
        util.to_disk(path, {"lexicon.msgpack": lambda p: p.write_bytes(self.lexicon.to_bytes())}, {})

    def from_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = SimpleFrozenList()):
        path = ensure_path(path)
        util.from_disk(
            path,
            {"lexicon.msgpack": lambda p: setattr(self, "lexicon", Lexicon.from_bytes(p.read_bytes()))},
            {},
        )
        return self
