"""Command line: `spacy-attrib extract | show | evaluate` (also `python -m spacy_attrib`)."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Tuple

import srsly

ERROR_KEY = "spacy_attrib_error"
EXIT_OK, EXIT_PARTIAL, EXIT_USAGE = 0, 1, 2


def _record_error(proc_name, proc, docs, err) -> None:
    """spaCy error handler: mark the doc as failed instead of stopping the batch.
    Module-level so that it pickles for `n_process > 1`."""
    for doc in docs:
        doc.user_data[ERROR_KEY] = f"{proc_name}: {type(err).__name__}: {err}"


# --- input -------------------------------------------------------------------


class InputError(Exception):
    """A record that cannot be read; the run goes on with the others."""


def iter_inputs(paths: List[str], id_field: str, text_field: str) -> Iterator[Tuple[str, Any]]:
    """Yield (id, text) or (id, InputError) for every input record, in order."""
    for name in paths:
        if name == "-":
            data = sys.stdin.buffer.read()
            yield from _records_from_bytes("stdin", data, id_field, text_field, jsonl=None)
            continue
        path = Path(name)
        try:
            data = path.read_bytes()
        except OSError as err:
            yield name, InputError(f"cannot read {name}: {err.strerror or err}")
            continue
        jsonl = path.suffix.lower() in (".jsonl", ".ndjson")
        yield from _records_from_bytes(path.stem, data, id_field, text_field, jsonl=jsonl)


def _records_from_bytes(stem: str, data: bytes, id_field: str, text_field: str,
                        jsonl: Optional[bool]) -> Iterator[Tuple[str, Any]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        yield stem, InputError(f"{stem}: not valid UTF-8 (byte {err.start})")
        return
    if jsonl is None:  # stdin: JSONL if it starts like a JSON object, else one text
        jsonl = text.lstrip().startswith("{")
    if not jsonl:
        yield stem, text
        return
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{stem}:{lineno}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            yield where, InputError(f"{where}: not JSON ({err.msg})")
            continue
        if not isinstance(row, dict) or not isinstance(row.get(text_field), str):
            yield where, InputError(f"{where}: no string field {text_field!r}")
            continue
        yield str(row.get(id_field, where)), row[text_field]


# --- commands ----------------------------------------------------------------


def build_nlp(model: Optional[str]):
    import spacy_attrib

    nlp = spacy_attrib.load(model)
    nlp.set_error_handler(_record_error)
    return nlp


def extract(args: argparse.Namespace) -> int:
    nlp = build_nlp(args.model)
    failures = 0
    good: List[Tuple[str, str]] = []

    def texts() -> Iterator[Tuple[str, str]]:
        nonlocal failures
        for doc_id, text in iter_inputs(args.inputs, args.id_field, args.text_field):
            if isinstance(text, InputError):
                failures += 1
                print(f"error: {text}", file=sys.stderr)
                continue
            good.append((doc_id, text))
            yield text, doc_id

    out = _AtomicOutput(args.output)
    written = 0
    try:
        docs = nlp.pipe(texts(), as_tuples=True, n_process=args.n_process, batch_size=args.batch_size)
        for doc, doc_id in _progress(docs, multi=len(args.inputs) > 1 or _is_jsonl(args.inputs)):
            if ERROR_KEY in doc.user_data:
                failures += 1
                print(f"error: {doc_id}: {doc.user_data[ERROR_KEY]}", file=sys.stderr)
                continue
            record = {"id": doc_id, "attributions": [a.to_dict() for a in doc._.attributions]}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
        out.commit()
    except BaseException:
        out.abort()
        raise
    print(f"{written} documents written, {failures} failed", file=sys.stderr)
    return EXIT_PARTIAL if failures else EXIT_OK


def _is_jsonl(inputs: List[str]) -> bool:
    return any(i == "-" or i.lower().endswith((".jsonl", ".ndjson")) for i in inputs)


def _progress(iterable, multi: bool):
    if not multi or not sys.stderr.isatty():
        return iterable
    from tqdm import tqdm

    return tqdm(iterable, unit="doc", file=sys.stderr, leave=False)


class _AtomicOutput:
    """Write to a temporary file and rename it at the end: an interrupted run never
    leaves a truncated file that looks complete. No path means stdout."""

    def __init__(self, path: Optional[str]) -> None:
        self.path = Path(path) if path and path != "-" else None
        if self.path is None:
            self.handle = sys.stdout
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, self.tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=self.path.parent)
        self.handle = os.fdopen(fd, "w", encoding="utf8")

    def write(self, line: str) -> None:
        self.handle.write(line)

    def commit(self) -> None:
        self.handle.flush()
        if self.path is not None:
            self.handle.close()
            os.replace(self.tmp, self.path)

    def abort(self) -> None:
        if self.path is not None:
            self.handle.close()
            Path(self.tmp).unlink(missing_ok=True)


def show(args: argparse.Namespace) -> int:
    """Print attributions readably: source · role · affiliation → content."""
    path = Path(args.file)
    rows = list(srsly.read_jsonl(path)) if path.suffix == ".jsonl" else []
    if not rows or "attributions" not in rows[0]:
        nlp = build_nlp(args.model)
        pairs = [(i, t) for i, t in iter_inputs([args.file], args.id_field, args.text_field)
                 if not isinstance(t, InputError)]
        rows = [{"id": i, "attributions": [a.to_dict() for a in nlp(t)._.attributions]} for i, t in pairs]
    for row in rows:
        print(f"── {row['id']} ({len(row['attributions'])} attributions)")
        for a in row["attributions"]:
            src = a.get("source") or {}
            who = src.get("text") or "؟"
            meta = " · ".join(x for x in (src.get("role"), src.get("affiliation")) if x)
            cue = (a.get("cue") or {}).get("text") or "—"
            content = " ".join(a["content"]["text"].split())
            if len(content) > args.width:
                content = content[: args.width - 1] + "…"
            print(f"  {who}{' · ' + meta if meta else ''}  [{cue}, {a['kind']}]\n    → {content}")
    return EXIT_OK


def _corpus_dir_ok(corpus: str) -> bool:
    if Path(corpus).is_dir():
        return True
    print(f"error: corpus folder {corpus} not found: pass --corpus DIR with the raw article JSONL "
          "files (here ../shared/corpus; elsewhere `spacy project assets` + `convert-raw`)",
          file=sys.stderr)
    return False


def _score_gold(args: argparse.Namespace):
    from .evaluate import score
    from .gold import load_gold

    docs = load_gold(Path(args.gold), Path(args.corpus), split=args.split)
    nlp = build_nlp(args.model)
    preds: Dict[str, List[Dict[str, Any]]] = {}
    for doc, doc_id in nlp.pipe(((d.text, d.id) for d in docs), as_tuples=True):
        preds[doc_id] = [a.to_dict() for a in doc._.attributions]
    return nlp, docs, score(docs, preds)


def evaluate_cmd(args: argparse.Namespace) -> int:
    from .evaluate import error_lines, flat_metrics, markdown_table

    if not _corpus_dir_ok(args.corpus):
        return EXIT_USAGE
    _, docs, scores = _score_gold(args)
    metrics = scores.metrics()
    title = f"{Path(args.gold).name}" + (f" ({args.split})" if args.split else "")
    table = markdown_table(metrics, title)
    print(table)
    if args.output:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        srsly.write_json(args.output, {**metrics, **flat_metrics(metrics)})
    if args.markdown:
        Path(args.markdown).parent.mkdir(parents=True, exist_ok=True)
        Path(args.markdown).write_text(table, encoding="utf8")
    if args.errors:
        for line in error_lines(scores, {d.id: d for d in docs}, limit=args.errors):
            print(line)
    return EXIT_OK


def analyze_cmd(args: argparse.Namespace) -> int:
    """Errors by pattern (cue type, kind, dropped subject, antecedent distance, quote style)."""
    from .analysis import analyze
    from .evaluate import error_lines

    if not _corpus_dir_ok(args.corpus):
        return EXIT_USAGE
    nlp, docs, scores = _score_gold(args)
    lexicon = next(p for _, p in nlp.pipeline if hasattr(p, "lexicon")).lexicon
    by_id = {d.id: d for d in docs}
    report = f"# Error analysis: {Path(args.gold).name}" + (f" ({args.split})" if args.split else "")
    report += "\n\n" + analyze(scores, by_id, lexicon)
    if args.examples:
        report += "\n## Examples\n\n```\n" + "\n".join(
            error_lines(scores, by_id, limit=args.examples)) + "\n```\n"
    if args.output:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        Path(args.output).write_text(report, encoding="utf8")
    print(report)
    return EXIT_OK


def convert_raw_cmd(args: argparse.Namespace) -> int:
    """ANT checkout + Farasa WikiNewsTruth.txt -> article JSONL files."""
    from .rawcorpus import convert

    lines = convert(args.ant, args.farasa, Path(args.output))
    if not lines:
        print("error: nothing converted: pass --ant DIR (antcorpus.data checkout) and/or --farasa "
              "FILE (WikiNewsTruth.txt); `spacy project assets` downloads both", file=sys.stderr)
        return EXIT_USAGE
    print("\n".join(lines))
    return EXIT_OK


def corpus_cmd(args: argparse.Namespace) -> int:
    """Join the standoff gold with the texts into DocBin files (`<output>/<split>.spacy`)."""
    import spacy

    from .corpus import make_docbins, summary

    if not _corpus_dir_ok(args.corpus):
        return EXIT_USAGE
    nlp = spacy.blank(args.lang)
    counts = make_docbins(nlp, Path(args.gold), Path(args.corpus), Path(args.output))
    print(summary(counts, Path(args.gold)))
    return EXIT_OK


# --- entry point -------------------------------------------------------------


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="spacy-attrib", description="Who said what in Arabic news.")
    sub = parser.add_subparsers(dest="command", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--model", default=None,
                       help="base spaCy pipeline (name or path); default: spacy.blank('ar')")
        p.add_argument("--id-field", default="id", help="JSONL field with the document id")
        p.add_argument("--text-field", default="text", help="JSONL field with the text")

    ex = sub.add_parser("extract", help="extract attributions to JSONL")
    ex.add_argument("inputs", nargs="+", help=".txt files, .jsonl files, or - for stdin")
    ex.add_argument("-o", "--output", default=None, help="output JSONL (default: stdout)")
    ex.add_argument("--n-process", type=int, default=1)
    ex.add_argument("--batch-size", type=int, default=64)
    common(ex)
    ex.set_defaults(func=extract)

    sh = sub.add_parser("show", help="readable view of a text file or of extract output")
    sh.add_argument("file")
    sh.add_argument("--width", type=int, default=160)
    common(sh)
    sh.set_defaults(func=show)

    ev = sub.add_parser("evaluate", help="score against the gold standoff corpus")
    ev.add_argument("gold", help="standoff JSONL, e.g. corpus/gold.jsonl")
    ev.add_argument("--corpus", default="../shared/corpus", help="folder with the raw article JSONL")
    ev.add_argument("--split", default=None, help="only documents of this split (dev/test)")
    ev.add_argument("--output", default=None, help="write metrics JSON here")
    ev.add_argument("--markdown", default=None, help="write the metrics table (Markdown) here")
    ev.add_argument("--errors", type=int, default=0, help="print up to N misses/false alarms")
    ev.add_argument("--model", default=None)
    ev.set_defaults(func=evaluate_cmd)

    an = sub.add_parser("analyze", help="errors by pattern against the gold corpus")
    an.add_argument("gold")
    an.add_argument("--corpus", default="../shared/corpus")
    an.add_argument("--split", default=None)
    an.add_argument("--output", default=None, help="write the Markdown report here")
    an.add_argument("--examples", type=int, default=0, help="append up to N error examples")
    an.add_argument("--model", default=None)
    an.set_defaults(func=analyze_cmd)

    co = sub.add_parser("corpus", help="gold standoff + texts -> DocBin files per split")
    co.add_argument("gold")
    co.add_argument("--corpus", default="../shared/corpus")
    co.add_argument("--output", default="corpus", help="folder for <split>.spacy")
    co.add_argument("--lang", default="ar")
    co.set_defaults(func=corpus_cmd)

    cr = sub.add_parser("convert-raw", help="raw ANT / Farasa sources -> article JSONL")
    cr.add_argument("--ant", type=Path, default=None, help="folder of an antcorpus.data checkout")
    cr.add_argument("--farasa", type=Path, default=None, help="path of WikiNewsTruth.txt")
    cr.add_argument("-o", "--output", default="assets/corpus")
    cr.set_defaults(func=convert_raw_cmd)
    return parser


def main(argv: Optional[List[str]] = None) -> int:
    args = make_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except (OSError, ValueError) as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
