"""Gold corpus as spaCy training data: standoff annotations + raw texts -> DocBin files.

Each reference `Doc` carries its gold attributions in `doc._.attrib_gold` (the standoff
dicts) and in span groups (`attrib_cues`, `attrib_contents`, `attrib_speakers`), so that
`spacy evaluate` with the attribution scorer, displaCy and custom scripts can all read it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Dict, List, Optional

from spacy.language import Language
from spacy.tokens import Doc, DocBin

from .extensions import CONTENTS_KEY, CUES_KEY, SPEAKERS_KEY, register_extensions
from .gold import read_jsonl, read_texts, text_sha1

DOC_ID_KEY = "spacy_attrib_id"


def reference_doc(nlp: Language, text: str, record: dict) -> Doc:
    """A `Doc` of `text` holding the gold attributions of one standoff record."""
    register_extensions()
    doc = nlp.make_doc(text)
    doc._.attrib_gold = record["attributions"]
    doc.user_data[DOC_ID_KEY] = record["id"]
    groups: Dict[str, list] = {CUES_KEY: [], CONTENTS_KEY: [], SPEAKERS_KEY: []}
    for a in record["attributions"]:
        for key, part, label in ((CUES_KEY, a.get("cue"), "CUE"),
                                 (CONTENTS_KEY, a["content"], a["kind"]),
                                 (SPEAKERS_KEY, a.get("speaker"), "SPEAKER")):
            if part:
                span = doc.char_span(part[0], part[1], label=label, alignment_mode="expand")
                if span is not None:
                    groups[key].append(span)
    for key, spans in groups.items():
        doc.spans[key] = spans
    return doc


def make_docbins(nlp: Language, gold_path: Path, corpus_dir: Path, out_dir: Path,
                 splits: Optional[List[str]] = None) -> Dict[str, int]:
    """Write `<out_dir>/<split>.spacy` for every split in the standoff file; return counts."""
    by_split: Dict[str, DocBin] = defaultdict(lambda: DocBin(store_user_data=True))
    counts: Dict[str, int] = defaultdict(int)
    for record in read_jsonl(gold_path):
        split = record.get("split", "dev")
        if splits and split not in splits:
            continue
        text = read_texts(corpus_dir, record["file"])[record["id"]]
        if text_sha1(text) != record["text_sha1"]:
            raise ValueError(f"text of {record['id']} differs from the annotated version")
        by_split[split].add(reference_doc(nlp, text, record))
        counts[split] += 1
    out_dir.mkdir(parents=True, exist_ok=True)
    for split, docbin in by_split.items():
        docbin.to_disk(out_dir / f"{split}.spacy")
    return dict(counts)


def summary(counts: Dict[str, int], gold_path: Path) -> str:
    n_att = defaultdict(int)
    for record in read_jsonl(gold_path):
        n_att[record.get("split", "dev")] += len(record["attributions"])
    return json.dumps({s: {"articles": n, "attributions": n_att[s]} for s, n in counts.items()})
