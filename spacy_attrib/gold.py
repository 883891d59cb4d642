"""Gold attribution data: standoff records joined with the raw article texts.

The repository never stores article text. A gold record names the article
(`file` + `id`), a SHA-1 of its text (so a changed source is caught), and
character offsets of every annotated part. This module

* anchors hand-written drafts (quoted strings) to offsets (`anchor`),
* loads standoff files back into `GoldDoc` objects joined with their texts.

It depends on the standard library only, so annotators can run it as a script:
``python spacy_attrib/gold.py anchor DRAFT.jsonl --corpus ../shared/corpus -o corpus/x.jsonl``
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Tuple

KINDS = ("direct", "indirect", "mixed")
GENDERS = ("male", "female", None)
Offsets = Tuple[int, int]


@dataclass
class GoldSource:
    span: Optional[Offsets]
    name: Optional[str] = None
    role: Optional[str] = None
    affiliation: List[str] = field(default_factory=list)
    gender: Optional[str] = None


@dataclass
class GoldAttribution:
    kind: str
    core: bool
    content: Offsets
    cue: Optional[Offsets]
    speaker: Optional[Offsets]
    source: Optional[GoldSource]
    via: Optional[Offsets] = None


@dataclass
class GoldDoc:
    id: str
    file: str
    text: str
    split: str
    attributions: List[GoldAttribution]


def text_sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf8")).hexdigest()


def read_jsonl(path: Path) -> Iterable[dict]:
    with Path(path).open(encoding="utf8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


_TEXT_CACHE: Dict[Path, Dict[str, str]] = {}


def read_texts(corpus_dir: Path, file: str) -> Dict[str, str]:
    """Map article id -> text for one JSONL file of the raw corpus (cached)."""
    path = Path(corpus_dir) / file
    if path not in _TEXT_CACHE:
        _TEXT_CACHE[path] = {row["id"]: row["text"] for row in read_jsonl(path)}
    return _TEXT_CACHE[path]


# --- anchoring drafts -------------------------------------------------------


def _pattern(snippet: str) -> re.Pattern[str]:
    """A regex for `snippet` in which any whitespace run matches any other."""
    parts = [re.escape(p) for p in re.split(r"\s+", snippet.strip())]
    return re.compile(r"\s+".join(parts))


def _occurrences(text: str, snippet: str) -> List[Offsets]:
    return [(m.start(), m.end()) for m in _pattern(snippet).finditer(text)]


def _nearest(cands: List[Offsets], anchor: int, prefer_before: bool) -> Offsets:
    def cost(c: Offsets) -> Tuple[int, int]:
        before = c[1] <= anchor
        dist = anchor - c[1] if before else c[0] - anchor
        return (0 if before == prefer_before else 1, abs(dist))

    return min(cands, key=cost)


class AnchorError(ValueError):
    pass


def _find(text: str, snippet: str, what: str, occurrence: Optional[int],
          near: Optional[int], prefer_before: bool = True) -> Offsets:
    cands = _occurrences(text, snippet)
    if not cands:
        raise AnchorError(f"{what} not found: {snippet!r}")
    if occurrence is not None:
        if occurrence >= len(cands):
            raise AnchorError(f"{what} occurrence {occurrence} > {len(cands) - 1}: {snippet!r}")
        return cands[occurrence]
    if near is None:
        if len(cands) > 1:
            raise AnchorError(
                f"{what} occurs {len(cands)} times, add '{what}_occurrence': {snippet!r}"
            )
        return cands[0]
    return _nearest(cands, near, prefer_before)


def anchor_attribution(text: str, a: dict) -> dict:
    """Turn one draft attribution (strings) into standoff (offsets)."""
    if a.get("kind") not in KINDS:
        raise AnchorError(f"kind must be one of {KINDS}: {a.get('kind')!r}")
    if a.get("gender") not in GENDERS:
        raise AnchorError(f"gender must be male/female/null: {a.get('gender')!r}")
    content = _find(text, a["content"], "content", a.get("content_occurrence"), None)
    cue = None
    if a.get("cue"):
        cue = _find(text, a["cue"], "cue", a.get("cue_occurrence"), content[0])
    pivot = cue[0] if cue else content[0]
    speaker = None
    if a.get("speaker"):
        speaker = _find(text, a["speaker"], "speaker", a.get("speaker_occurrence"),
                        cue[1] if cue else content[0], prefer_before=False)
        if cue and speaker[0] < cue[0]:
            speaker = _find(text, a["speaker"], "speaker", a.get("speaker_occurrence"),
                            cue[0], prefer_before=True)
    source = None
    if a.get("source"):
        source = _find(text, a["source"], "source", a.get("source_occurrence"),
                       pivot + 1, prefer_before=True)
    via = None
    if a.get("via"):
        via = _find(text, a["via"], "via", a.get("via_occurrence"), pivot, prefer_before=False)
    affiliation = a.get("affiliation") or []
    if isinstance(affiliation, str):
        affiliation = [affiliation]
    return {
        "kind": a["kind"],
        "core": bool(a.get("core", True)),
        "cue": list(cue) if cue else None,
        "content": list(content),
        "speaker": list(speaker) if speaker else None,
        "source": {
            "span": list(source) if source else None,
            "name": a.get("name"),
            "role": a.get("role"),
            "affiliation": affiliation,
            "gender": a.get("gender"),
        } if (source or a.get("name")) else None,
        "via": list(via) if via else None,
    }


def anchor_doc(draft: dict, corpus_dir: Path, split: str) -> Tuple[dict, List[str]]:
    text = read_texts(corpus_dir, draft["file"])[draft["id"]]
    out, errors = [], []
    for i, a in enumerate(draft.get("attributions", [])):
        try:
            out.append(anchor_attribution(text, a))
        except (AnchorError, KeyError) as err:
            errors.append(f"{draft['id']} #{i}: {err}")
    record = {
        "id": draft["id"],
        "file": draft["file"],
        "text_sha1": text_sha1(text),
        "split": draft.get("split", split),
        "annotator": draft.get("annotator"),
        "attributions": out,
    }
    return record, errors


# --- loading standoff -------------------------------------------------------


def _offsets(value) -> Optional[Offsets]:
    return (int(value[0]), int(value[1])) if value else None


def load_gold(path: Path, corpus_dir: Path, split: Optional[str] = None) -> List[GoldDoc]:
    """Join a standoff file with the raw texts. Raises if a text has changed."""
    docs = []
    for rec in read_jsonl(path):
        if split and rec.get("split") != split:
            continue
        text = read_texts(corpus_dir, rec["file"])[rec["id"]]
        if text_sha1(text) != rec["text_sha1"]:
            raise ValueError(f"text of {rec['id']} differs from the annotated version")
        atts = []
        for a in rec["attributions"]:
            src = a.get("source")
            atts.append(GoldAttribution(
                kind=a["kind"], core=a["core"], content=_offsets(a["content"]),
                cue=_offsets(a["cue"]), speaker=_offsets(a["speaker"]),
                source=GoldSource(_offsets(src["span"]), src.get("name"), src.get("role"),
                                  list(src.get("affiliation") or []), src.get("gender"))
                if src else None,
                via=_offsets(a.get("via")),
            ))
        docs.append(GoldDoc(rec["id"], rec["file"], text, rec.get("split", "dev"), atts))
    return docs


def _show(path: Path, corpus_dir: Path) -> None:
    for doc in load_gold(path, corpus_dir):
        print(f"## {doc.id} ({len(doc.attributions)} attributions)")
        for a in doc.attributions:
            def t(o, text=doc.text):
                return text[o[0]:o[1]].replace("\n", " ") if o else "-"
            src = a.source
            print(f"- [{a.kind}{'' if a.core else ', non-core'}] cue={t(a.cue)} | "
                  f"speaker={t(a.speaker)} | source={t(src.span) if src else '-'} "
                  f"(name={src.name if src else None}, role={src.role if src else None}, "
                  f"aff={src.affiliation if src else None}, g={src.gender if src else None})")
            print(f"    content: {t(a.content)[:200]}")


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="gold", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("anchor", help="draft JSONL (strings) -> standoff JSONL (offsets)")
    p.add_argument("drafts", nargs="+", type=Path)
    p.add_argument("--corpus", type=Path, required=True)
    p.add_argument("--split", default="dev")
    p.add_argument("-o", "--output", type=Path, required=True)
    s = sub.add_parser("show", help="print a standoff file joined with its texts")
    s.add_argument("standoff", type=Path)
    s.add_argument("--corpus", type=Path, required=True)
    args = parser.parse_args(argv)
    if args.cmd == "show":
        _show(args.standoff, args.corpus)
        return 0
    records, errors = [], []
    for draft_path in args.drafts:
        for draft in read_jsonl(draft_path):
            rec, errs = anchor_doc(draft, args.corpus, args.split)
            records.append(rec)
            errors.extend(errs)
    for err in errors:
        print(err, file=sys.stderr)
    with args.output.open("w", encoding="utf8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n = sum(len(r["attributions"]) for r in records)
    print(f"{len(records)} docs, {n} attributions, {len(errors)} errors -> {args.output}",
          file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
