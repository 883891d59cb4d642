"""Train a UDPipe 1 model from a UD treebank (CoNLL-U) with ufal.udpipe.

    python -m spacy_attrib.train_udpipe TRAIN.conllu OUT.udpipe [--heldout DEV.conllu]
        [--tokenizer OPTS] [--tagger OPTS] [--parser OPTS] [--limit N] [--arabic-commas]

OPTS are UDPipe option strings (`epochs=100;...`; "none" skips a stage; see
https://ufal.mff.cuni.cz/udpipe/1/docs/udpipe#model_training). `--limit N` trains
on the first N sentences and holds out the rest (when no --heldout is given).
`--arabic-commas` turns "," into "،" in every second training sentence, for
treebanks that have no Arabic comma (UD Arabic-PUD): otherwise the tokenizer
learns to end a sentence at every "،" (see ../shared/models/README.md).
Used by `spacy project run train-udpipe`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import List, Optional


def read_conllu(path: Path) -> List[str]:
    """The sentences of a CoNLL-U file, each as its block of lines."""
    blocks = path.read_text(encoding="utf8").replace("\r\n", "\n").split("\n\n")
    return [b.strip("\n") + "\n" for b in blocks if b.strip()]


def arabic_commas(block: str) -> str:
    """A sentence block with "," as "،" in the word, multi-word and text lines."""
    out = []
    for line in block.split("\n"):
        if line.startswith("# text ="):
            line = line.replace(",", "،")
        elif line and not line.startswith("#"):
            cols = line.split("\t")
            if len(cols) == 10 and cols[1] == ",":
                cols[1] = "،"
                cols[2] = "،" if cols[2] == "," else cols[2]
            line = "\t".join(cols)
        out.append(line)
    return "\n".join(out)


def to_sentences(blocks: List[str]):
    from ufal.udpipe import InputFormat, ProcessingError, Sentence, Sentences

    reader = InputFormat.newInputFormat("conllu")
    reader.setText("\n".join(blocks) + "\n")
    error = ProcessingError()
    sentences = Sentences()
    sentence = Sentence()
    while reader.nextSentence(sentence, error):
        sentences.push_back(sentence)
        sentence = Sentence()
    if error.occurred():
        raise ValueError(f"cannot read the treebank: {error.message}")
    return sentences


def train(train_path: Path, out: Path, heldout_path: Optional[Path] = None, *, tokenizer: str = "",
          tagger: str = "", parser: str = "", limit: Optional[int] = None,
          comma: bool = False) -> str:
    """Train and write the model; returns a one-line summary."""
    from ufal.udpipe import ProcessingError, Trainer

    if not train_path.is_file():
        raise ValueError(f"treebank {train_path} not found")
    blocks = read_conllu(train_path)
    heldout = read_conllu(heldout_path) if heldout_path else []
    if limit and limit < len(blocks):
        blocks, rest = blocks[:limit], blocks[limit:]
        heldout = heldout or rest
    if comma:
        blocks = [arabic_commas(b) if i % 2 else b for i, b in enumerate(blocks)]
    error = ProcessingError()
    model = Trainer.train("morphodita_parsito", to_sentences(blocks), to_sentences(heldout),
                          tokenizer or Trainer.DEFAULT, tagger or Trainer.DEFAULT,
                          parser or Trainer.DEFAULT, error)
    if error.occurred():
        raise ValueError(f"UDPipe training failed: {error.message}")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(model if isinstance(model, bytes) else model.encode("latin-1"))
    return f"{out}: trained on {len(blocks)} sentences ({len(heldout)} held out), {out.stat().st_size} bytes"


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m spacy_attrib.train_udpipe", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("train", type=Path, help="UD treebank (CoNLL-U)")
    parser.add_argument("output", type=Path, help="model file to write (.udpipe)")
    parser.add_argument("--heldout", default="", help="held-out CoNLL-U (optional; '' for none)")
    parser.add_argument("--tokenizer", default="", help="tokenizer options, e.g. 'epochs=100'")
    parser.add_argument("--tagger", default="", help="tagger options, e.g. 'models=2;iterations=20'")
    parser.add_argument("--parser", default="", help="parser options, e.g. 'iterations=20'")
    parser.add_argument("--limit", type=int, default=0, help="train on the first N sentences (0: all)")
    parser.add_argument("--arabic-commas", action="store_true",
                        help="',' -> '،' in every second training sentence")
    args = parser.parse_args(argv)
    try:
        heldout = Path(args.heldout) if args.heldout else None
        print(train(args.train, args.output, heldout, tokenizer=args.tokenizer, tagger=args.tagger,
                    parser=args.parser, limit=args.limit, comma=args.arabic_commas))
    except (OSError, ValueError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
