"""Turn the public raw sources into the article JSONL files the gold corpus refers to.

* ANT Corpus (antcorpus/antcorpus.data): one TREC-style XML file per article
  (`<DOCNO>`, `<URL>`, `<CAT>`, `<TITLE>`, `<TIME>`, `<TEXT>`); the text is what stands
  between `<TEXT>\\n` and `\\n</TEXT>`, kept byte for byte (hard line wraps, NBSP).
* Arabic Wikinews as distributed with Farasa (kdarwish/Farasa, `WikiNewsTruth.txt`): fully
  diacritized; `# category` lines, then per article a title line (no final punctuation)
  followed by its paragraphs. Diacritics are removed, as in `../shared/corpus`.

The gold records carry a SHA-1 of each text, so any difference from the annotated version
is reported by `spacy-attrib corpus` instead of silently shifting offsets.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Dict, Iterator, List

_FIELDS = {"id": "DOCNO", "url": "URL", "category": "CAT", "title": "TITLE", "date": "TIME"}
_HARAKAT = re.compile("[\u064b-\u0652]")
_PARAGRAPH_END = tuple(".!?؟…:»\u201d")


def _tag(raw: str, name: str) -> str:
    m = re.search(rf"<{name}>(.*?)</{name}>", raw, re.S)
    return m.group(1).strip() if m else ""


def ant_article(raw: str) -> Dict[str, str]:
    m = re.search(r"<TEXT>\n(.*?)\n</TEXT>", raw, re.S)
    row = {key: _tag(raw, tag) for key, tag in _FIELDS.items()}
    row["text"] = m.group(1) if m else _tag(raw, "TEXT")
    return row


def convert_ant(folder: Path) -> Iterator[Dict[str, str]]:
    """Articles of an ANT checkout (`<category>/<DOCNO>.txt`), sorted by file name."""
    for path in sorted(Path(folder).rglob("*.txt")):
        raw = path.read_text(encoding="utf8")
        if "<DOCNO>" in raw:
            yield ant_article(raw)


def convert_farasa_wikinews(path: Path) -> Iterator[Dict[str, str]]:
    """Articles of `WikiNewsTruth.txt`, numbered wikinews-001… in file order."""
    category, title, paragraphs, n = "", None, [], 0

    def flush():
        nonlocal n
        n += 1
        return {"id": f"wikinews-{n:03d}", "category": f"Arabic Wikinews ({category})",
                "title": title, "text": "\n".join(paragraphs)}

    for line in Path(path).read_text(encoding="utf8").splitlines():
        line = _HARAKAT.sub("", line).rstrip()
        if not line.strip():
            continue
        if line.startswith("#"):
            if title is not None and paragraphs:
                yield flush()
            category, title, paragraphs = line.lstrip("# ").strip(), None, []
        elif title is None or (paragraphs and not line.endswith(_PARAGRAPH_END)):
            if title is not None and paragraphs:
                yield flush()
            title, paragraphs = line.strip(), []
        else:
            paragraphs.append(line)
    if title is not None and paragraphs:
        yield flush()


def write_jsonl(rows: Iterator[Dict[str, str]], path: Path) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with path.open("w", encoding="utf8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    return n


def convert(ant_dir: Path, farasa_file: Path, out_dir: Path) -> List[str]:
    out = []
    if ant_dir and Path(ant_dir).is_dir():
        n = write_jsonl(convert_ant(ant_dir), Path(out_dir) / "ant_jawharafm.jsonl")
        out.append(f"ant_jawharafm.jsonl: {n} articles")
    if farasa_file and Path(farasa_file).is_file():
        n = write_jsonl(convert_farasa_wikinews(farasa_file), Path(out_dir) / "wikinews_farasa.jsonl")
        out.append(f"wikinews_farasa.jsonl: {n} articles")
    return out
