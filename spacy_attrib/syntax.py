"""What a dependency parse adds to the rules: the subject of each reporting verb.

When the pipeline has a parser (the UDPipe backend, or any spaCy parser), `subjects(doc)`
maps the character range of every verb token to the character range of its nominal
subject (`nsubj`, `nsubj:pass`, with its subtree). The sources stage uses it only where the
rules find no speaker next to the verb and the parsed subject reads as a source mention,
so a weak parse cannot make the rule results worse.
"""

from __future__ import annotations

from typing import Dict, Tuple

from spacy.tokens import Doc

SUBJECT_DEPS = ("nsubj", "nsubj:pass", "nsubjpass", "csubj")


def subjects(doc: Doc) -> Dict[Tuple[int, int], Tuple[int, int]]:
    """verb (start, end) -> subject (start, end), character offsets into `doc.text`."""
    if not doc.has_annotation("DEP"):
        return {}
    out: Dict[Tuple[int, int], Tuple[int, int]] = {}
    for token in doc:
        if token.dep_ in SUBJECT_DEPS and token.head.i != token.i:
            sub = list(token.subtree)
            if any(t.i == token.head.i for t in sub):
                continue  # a malformed tree: the subject would contain its verb
            head = token.head
            out[(head.idx, head.idx + len(head.text))] = (sub[0].idx, sub[-1].idx + len(sub[-1].text))
    return out
