"""Assertion helpers shared by the test modules (imported as `helpers`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict, List, Tuple

from spacy.language import Language
from spacy.tokens import Doc

REPO_ROOT = Path(__file__).resolve().parent.parent
PARTS = ("content", "cue", "speaker")
TOP_KEYS = {"kind", "content", "cue", "speaker", "source", "confidence"}
PART_KEYS = {"start", "end", "text"}
SOURCE_KEYS = {"text", "start", "end", "name", "role", "affiliation", "gender"}
KINDS = {"direct", "indirect", "mixed"}


def check_record(text: str, rec: Dict[str, Any]) -> None:
    """One `Attribution.to_dict()`: exact schema, and every offset indexes `text`."""
    assert set(rec) == TOP_KEYS, rec
    assert rec["kind"] in KINDS
    assert isinstance(rec["confidence"], float) and 0.0 < rec["confidence"] <= 1.0
    assert rec["content"] is not None
    for name in PARTS:
        part = rec[name]
        if part is None:
            continue
        assert set(part) == PART_KEYS, part
        assert 0 <= part["start"] < part["end"] <= len(text), (name, part)
        assert text[part["start"]:part["end"]] == part["text"], (name, part)
        assert part["text"].strip(), (name, part)
    src = rec["source"]
    if src is not None:
        assert set(src) == SOURCE_KEYS, src
        assert 0 <= src["start"] < src["end"] <= len(text), src
        assert text[src["start"]:src["end"]] == src["text"], src
        assert src["gender"] in (None, "male", "female"), src
    json.dumps(rec, ensure_ascii=False)


def check_doc(doc: Doc, text: str) -> List[Dict[str, Any]]:
    """Invariants of any processed document; returns the `to_dict` records."""
    assert doc.text == text
    records = []
    for att in doc._.attributions:
        rec = att.to_dict()
        check_record(text, rec)
        if rec["cue"] is not None:  # content never overlaps its own cue
            c, q = rec["content"], rec["cue"]
            assert c["end"] <= q["start"] or q["end"] <= c["start"], rec
        for name in PARTS:  # token spans cover the character offsets
            span = getattr(att, name)
            if rec[name] is None:
                assert span is None
            else:
                assert span is not None and span.doc is doc
                assert span.start_char <= rec[name]["start"] and rec[name]["end"] <= span.end_char
        records.append(rec)
    for key in ("attrib_cues", "attrib_contents", "attrib_speakers"):
        for span in doc.spans.get(key, []):
            assert 0 <= span.start_char < span.end_char <= len(text)
    return records


def flat(rec: Dict[str, Any], att: Any = None) -> Dict[str, str | None]:
    """A record as one flat dict of texts, easy to compare with an expectation."""
    src = rec["source"] or {}
    row = {
        "kind": rec["kind"],
        "content": rec["content"]["text"],
        "cue": (rec["cue"] or {}).get("text"),
        "speaker": (rec["speaker"] or {}).get("text"),
        "source": src.get("text"),
        "name": src.get("name"),
        "role": src.get("role"),
        "affiliation": src.get("affiliation"),
        "gender": src.get("gender"),
    }
    if att is not None:
        row["cue_type"] = att.cue_type
        row["core"] = att.core
    return row


def extract(nlp: Language, text: str) -> Tuple[Doc, List[Dict[str, Any]]]:
    """Run `nlp`, check every invariant, return the doc and the flat rows."""
    doc = nlp(text)
    records = check_doc(doc, text)
    return doc, [flat(r, a) for r, a in zip(records, doc._.attributions)]


def assert_attributions(rows: List[Dict[str, Any]], expected: List[Dict[str, Any]]) -> None:
    """Same number of attributions, in order; each matches the keys its expectation names."""
    assert len(rows) == len(expected), rows
    for row, exp in zip(rows, expected):
        assert {k: row[k] for k in exp} == exp, row
