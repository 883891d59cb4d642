"""Doc extensions and the result data classes.

The durable record is plain data: `doc._.attrib_records` holds one dict of
ints/strings per attribution, and `doc.spans` holds cue/content/speaker spans.
Both survive `DocBin` (with `store_user_data=True`) and `nlp.pipe(n_process=2)`.
`doc._.attributions` is a getter that rebuilds `Attribution` objects (with
`Span`s) from the record on every access; no Span is ever stored.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple

from spacy.tokens import Doc, Span, Token

CUES_KEY = "attrib_cues"
CONTENTS_KEY = "attrib_contents"
SPEAKERS_KEY = "attrib_speakers"
SPAN_KEYS = (CUES_KEY, CONTENTS_KEY, SPEAKERS_KEY)

# attrib_gold: gold attributions of a reference doc (standoff dicts), read by the scorer
# udpipe_mwt: syntactic words of multi-word tokens, {token index: [word rows]} (spacy_attrib.udpipe)
_PLAIN = ("attrib_cue_data", "attrib_content_data", "attrib_records", "attrib_gold", "udpipe_mwt")


@dataclass(frozen=True)
class Source:
    """Who said it: the fullest mention of the source and what the text says of it."""

    text: str
    start: int
    end: int
    name: Optional[str] = None
    role: Optional[str] = None
    affiliation: Optional[str] = None
    gender: Optional[str] = None

    def to_dict(self) -> Dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "name": self.name,
                "role": self.role, "affiliation": self.affiliation, "gender": self.gender}


@dataclass(frozen=True)
class Attribution:
    """One reporting event.

    `content`, `cue` and `speaker` are token spans (expanded to whole tokens);
    `offsets` keeps their exact character offsets, which `to_dict` reports.
    """

    kind: str
    content: Span
    cue: Optional[Span]
    speaker: Optional[Span]
    source: Optional[Source]
    confidence: float
    core: bool
    cue_type: Optional[str]
    offsets: Dict[str, Tuple[int, int]]
    # the document text, kept once: `Doc.text` rebuilds the string on every access
    text: str = field(default="", repr=False, compare=False)

    def to_dict(self) -> Dict[str, Any]:
        text = self.text or self.content.doc.text

        def part(name: str) -> Optional[Dict[str, Any]]:
            if name not in self.offsets:
                return None
            start, end = self.offsets[name]
            return {"start": start, "end": end, "text": text[start:end]}

        return {
            "kind": self.kind,
            "content": part("content"),
            "cue": part("cue"),
            "speaker": part("speaker"),
            "source": self.source.to_dict() if self.source else None,
            "confidence": round(self.confidence, 3),
        }


def _span(doc: Doc, offsets: Optional[List[int]], label: str = "") -> Optional[Span]:
    if not offsets:
        return None
    return doc.char_span(offsets[0], offsets[1], label=label, alignment_mode="expand")


def get_attributions(doc: Doc) -> List[Attribution]:
    """Getter of `doc._.attributions`: rebuilds results from `doc._.attrib_records`."""
    out = []
    records = doc._.attrib_records or []
    text = doc.text if records else ""
    for rec in records:
        content = _span(doc, rec["content"], rec["kind"])
        if content is None:
            continue
        offsets = {k: (rec[k][0], rec[k][1]) for k in ("content", "cue", "speaker") if rec.get(k)}
        src = rec.get("source")
        source = Source(text[src["start"]:src["end"]], src["start"], src["end"], src.get("name"),
                        src.get("role"), src.get("affiliation"), src.get("gender")) if src else None
        out.append(Attribution(
            kind=rec["kind"], content=content, cue=_span(doc, rec.get("cue"), "CUE"),
            speaker=_span(doc, rec.get("speaker"), "SPEAKER"), source=source,
            confidence=rec.get("confidence", 0.5), core=rec.get("core", True),
            cue_type=rec.get("cue_type"), offsets=offsets, text=text,
        ))
    return out


def register_extensions() -> None:
    """Register the `doc._.attrib_*` extensions once, leaving other packages' alone."""
    for name in _PLAIN:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if not Doc.has_extension("attributions"):
        Doc.set_extension("attributions", getter=get_attributions)
    if not Token.has_extension("udpipe_words"):
        Token.set_extension("udpipe_words", getter=get_udpipe_words)


def get_udpipe_words(token: Token) -> list:
    """Getter of `token._.udpipe_words`: the UDPipe syntactic words of the token as
    `UDWord`s (see `spacy_attrib.udpipe`); for a token stored as one word, built
    from the token's own attributes. Empty for whitespace tokens."""
    from .udpipe import UDWord

    rows = (token.doc._.udpipe_mwt or {}).get(token.i)
    if rows is None:
        # msgpack (DocBin, n_process > 1) may turn the int keys into strings
        rows = (token.doc._.udpipe_mwt or {}).get(str(token.i))
    if rows is not None:
        return [UDWord(*row) for row in rows]
    if token.is_space or not token.pos_:
        return []
    head = -1 if token.head.i == token.i else token.head.i
    return [UDWord(token.text, token.lemma_, token.pos_, token.tag_, str(token.morph), head, 0,
                   token.dep_)]


def set_cues(doc: Doc, cues: List[Dict[str, Any]]) -> None:
    doc._.attrib_cue_data = cues
    doc.spans[CUES_KEY] = [s for s in (_span(doc, [c["start"], c["end"]], c["type"]) for c in cues)
                           if s is not None]


def set_contents(doc: Doc, contents: List[Dict[str, Any]]) -> None:
    doc._.attrib_content_data = contents
    doc.spans[CONTENTS_KEY] = [
        s for s in (_span(doc, [c["start"], c["end"]], c["kind"]) for c in contents) if s is not None
    ]


def set_records(doc: Doc, records: List[Dict[str, Any]]) -> None:
    """Store the final attributions; the cue group keeps only cues that were linked."""
    doc._.attrib_records = records
    doc.spans[CUES_KEY] = [s for s in (_span(doc, r.get("cue"), r.get("cue_type") or "")
                                       for r in records) if s is not None]
    doc.spans[CONTENTS_KEY] = [s for s in (_span(doc, r["content"], r["kind"]) for r in records)
                               if s is not None]
    doc.spans[SPEAKERS_KEY] = [s for s in (_span(doc, r.get("speaker"), "SPEAKER") for r in records)
                               if s is not None]
