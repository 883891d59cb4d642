"""Command line: `spacy-attrib extract | show | evaluate | render | report`; also `python -m spacy_attrib`."""

from __future__ import annotations

import argparse
import collections
import itertools
import json
import multiprocessing
import os
import signal
import sys
import tempfile
from pathlib import Path
from typing import IO, Any, Deque, Dict, Iterable, Iterator, List, Optional, Tuple

import srsly

from .report import read_results

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
    """Yield (id, text) or (id, InputError) for every input record, in order.

    JSONL is streamed line by line (memory stays flat over any number of records); a
    `.txt` file is one document and read whole."""
    for name in paths:
        if name == "-":
            yield from _records_from_stream("stdin", sys.stdin.buffer, id_field, text_field)
            continue
        path = Path(name)
        jsonl = path.suffix.lower() in (".jsonl", ".ndjson")
        try:
            if jsonl:
                with path.open("rb") as handle:
                    yield from _jsonl_records(path.stem, handle, id_field, text_field)
                continue
            data = path.read_bytes()
        except OSError as err:
            yield name, InputError(f"cannot read {name}: {err.strerror or err}")
            continue
        yield from _records_from_bytes(path.stem, data, id_field, text_field, jsonl=False)


def _records_from_stream(stem: str, stream: IO[bytes], id_field: str,
                         text_field: str) -> Iterator[Tuple[str, Any]]:
    """stdin: JSONL (streamed) if the first non-blank line starts with `{`, else one text."""
    head: List[bytes] = []
    for line in stream:
        head.append(line)
        if line.strip():
            break
    if b"".join(head).removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"{"):
        yield from _jsonl_records(stem, itertools.chain(head, stream), id_field, text_field)
    else:
        yield from _records_from_bytes(stem, b"".join(head) + stream.read(), id_field, text_field,
                                       jsonl=False)


def _jsonl_records(stem: str, lines: Iterable[bytes], id_field: str,
                   text_field: str) -> Iterator[Tuple[str, Any]]:
    """One record per `\\n`-separated line; a bad line is an InputError, the others go on."""
    for lineno, raw in enumerate(lines, 1):
        where = f"{stem}:{lineno}"
        try:
            line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
        except UnicodeDecodeError as err:
            yield where, InputError(f"{where}: not valid UTF-8 (byte {err.start})")
            continue
        if not line.strip():
            continue
        yield from _record_from_line(where, line, id_field, text_field)


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
    for lineno, line in enumerate(text.split("\n"), 1):
        if line.strip():
            yield from _record_from_line(f"{stem}:{lineno}", line, id_field, text_field)


def _record_from_line(where: str, line: str, id_field: str, text_field: str) -> Iterator[Tuple[str, Any]]:
    try:
        row = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as err:
        yield where, InputError(f"{where}: not JSON ({getattr(err, 'msg', 'nested too deeply')})")
        return
    if not isinstance(row, dict) or not isinstance(row.get(text_field), str):
        yield where, InputError(f"{where}: no string field {text_field!r}")
        return
    yield str(row.get(id_field, where)), row[text_field]


# --- commands ----------------------------------------------------------------


class GuardedTokenizer:
    """The pipeline's tokenizer, but an exception raised on one text (spaCy's error
    handler only covers components) becomes an empty doc marked as failed, so the rest
    of the batch goes on. Everything else is the wrapped tokenizer's."""

    def __init__(self, tokenizer, vocab) -> None:
        self.tokenizer = tokenizer
        self.vocab = vocab

    def __call__(self, text: str):
        try:
            return self.tokenizer(text)
        except Exception as err:  # noqa: BLE001 - reported per document, never swallowed
            from spacy.tokens import Doc

            doc = Doc(self.vocab, words=[])
            doc.user_data[ERROR_KEY] = f"tokenizer: {type(err).__name__}: {err}"
            return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Any]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:
        if name == "tokenizer":  # not set yet (unpickling)
            raise AttributeError(name)
        return getattr(self.tokenizer, name)


def build_nlp(model: Optional[str], udpipe_model: Optional[str] = None):
    import spacy_attrib

    nlp = spacy_attrib.load(model, udpipe_model=udpipe_model)
    nlp.set_error_handler(_record_error)
    nlp.tokenizer = GuardedTokenizer(nlp.tokenizer, nlp.vocab)
    return nlp


class _Texts:
    """(text, id) for every readable input record, streamed: nothing is kept per document.
    A record that cannot be read is reported on stderr and counted in `failures`."""

    def __init__(self, args: argparse.Namespace, paths: Optional[List[str]] = None) -> None:
        self.paths = paths if paths is not None else args.inputs
        self.id_field, self.text_field = args.id_field, args.text_field
        self.failures = 0

    def __iter__(self) -> Iterator[Tuple[str, str]]:
        for doc_id, text in iter_inputs(self.paths, self.id_field, self.text_field):
            if not isinstance(text, InputError):
                text = _check_text(doc_id, text)
            if isinstance(text, InputError):
                self.failures += 1
                print(f"error: {text}", file=sys.stderr)
                continue
            yield text, doc_id

    def docs(self, nlp, batch_size: int) -> Iterator[Tuple[Any, str]]:
        """(doc, id) for every readable record, processed in this process with flat memory;
        a document the pipeline failed on is reported and counted in `failures` too."""
        for doc, doc_id in _pipe(nlp, iter(self), n_process=1, batch_size=batch_size):
            if ERROR_KEY in doc.user_data:
                self.failures += 1
                print(f"error: {doc_id}: {doc.user_data[ERROR_KEY]}", file=sys.stderr)
                continue
            yield doc, doc_id


def extract(args: argparse.Namespace) -> int:
    nlp = build_nlp(args.model, args.udpipe_model)
    texts, failures, written = _Texts(args), 0, 0
    with _AtomicOutput(args.output) as out:
        results = _results(nlp, iter(texts), n_process=args.n_process, batch_size=args.batch_size)
        for doc_id, line, error in _progress(results, multi=len(args.inputs) > 1 or _is_jsonl(args.inputs)):
            if error is not None:
                failures += 1
                print(f"error: {doc_id}: {error}", file=sys.stderr)
                continue
            out.write(line)
            written += 1
    failures += texts.failures
    print(f"{written} documents written, {failures} failed", file=sys.stderr)
    return EXIT_PARTIAL if failures else EXIT_OK


ZONE_DOCS = 1000  # documents per spaCy memory zone
WORKER_DOCS = 5000  # documents a worker process handles before a fresh one takes over
_WORKER_NLP = None  # the pipeline, inherited by forked worker processes


def _result(doc, doc_id: str) -> Tuple[str, Optional[str], Optional[str]]:
    """(id, JSON line, None) or (id, None, error message) for a processed doc."""
    if ERROR_KEY in doc.user_data:
        return doc_id, None, doc.user_data[ERROR_KEY]
    return doc_id, _json_line({"id": doc_id, "attributions": [a.to_dict() for a in doc._.attributions]}), None


def _work(batch: List[Tuple[str, str]]) -> List[Tuple[str, Optional[str], Optional[str]]]:
    return [_result(doc, doc_id) for doc, doc_id in _WORKER_NLP.pipe(batch, as_tuples=True)]


def _results(nlp, items: Iterator[Tuple[str, str]], n_process: int, batch_size: int):
    """Results in input order. With n_process > 1 (where processes fork), worker processes
    return finished JSON lines, not Docs: serialising every Doc back to the parent, as
    `nlp.pipe(n_process=...)` does, costs more than this pipeline itself. At most
    2 x n_process batches are in flight (the input is streamed), and a worker is replaced
    after WORKER_DOCS documents, so no process's vocabulary grows without bound."""
    if n_process == 1 or "fork" not in multiprocessing.get_all_start_methods():
        for doc, doc_id in _pipe(nlp, items, n_process=n_process, batch_size=batch_size):
            yield _result(doc, doc_id)
        return
    global _WORKER_NLP
    _WORKER_NLP = nlp
    batches = iter(lambda: list(itertools.islice(items, batch_size)), [])
    pool = multiprocessing.get_context("fork").Pool(
        n_process, initializer=_init_worker, maxtasksperchild=max(1, WORKER_DOCS // batch_size))
    try:
        pending: Deque[Any] = collections.deque()
        for batch in batches:
            pending.append(pool.apply_async(_work, (batch,)))
            if len(pending) >= 2 * n_process:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
        pool.close()
        pool.join()
    except BaseException:
        pool.terminate()
        pool.join()
        raise
    finally:
        _WORKER_NLP = None


def _init_worker() -> None:
    # Pool.terminate() stops workers with SIGTERM: the parent's handler (raise SystemExit)
    # would unwind a worker while it holds a queue lock and hang the parent's join()
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _pipe(nlp, items: Iterator[Tuple[str, str]], n_process: int, batch_size: int):
    """`nlp.pipe(as_tuples=True)` with flat memory. The vocabulary grows with every new word,
    so in one process every ZONE_DOCS documents after the first ZONE_DOCS run in a spaCy
    `memory_zone` (spaCy >= 3.8), which frees the words they added. The first documents
    run outside one: their (common) words stay, since the tokenizer does not cache the
    words of a zone and re-analysing common words in every zone is slow. A doc must be used
    up before the next one is taken."""
    if n_process != 1 or not hasattr(nlp, "memory_zone"):
        yield from nlp.pipe(items, as_tuples=True, n_process=n_process, batch_size=batch_size)
        return
    items = iter(items)
    yield from nlp.pipe(itertools.islice(items, ZONE_DOCS), as_tuples=True, batch_size=batch_size)
    for head in items:  # lazy chunks: a slow input (a pipe) is processed as it comes
        chunk = itertools.chain([head], itertools.islice(items, ZONE_DOCS - 1))
        with nlp.memory_zone():
            yield from nlp.pipe(chunk, as_tuples=True, batch_size=batch_size)


def _check_text(doc_id: str, text: str) -> Any:
    """The text, or an InputError for a text spaCy cannot take: a lone surrogate (a JSON
    `"\\ud800"` escape) is no Unicode character, and the tokenizer raises on it."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as err:
        return InputError(f"{doc_id}: text is not valid Unicode (lone surrogate at character {err.start})")
    return text


def _json_line(record: Dict[str, Any]) -> str:
    line = json.dumps(record, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate in an id: escaped JSON is still exact
        line = json.dumps(record)
    return line + "\n"


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
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(self.tmp, 0o666 & ~umask)  # mkstemp makes it 0600; the result is an ordinary file
        self.handle = os.fdopen(fd, "w", encoding="utf8")

    def write(self, line: str) -> None:
        self.handle.write(line)

    def commit(self) -> None:
        self.handle.flush()
        if self.path is not None:
            os.fsync(self.handle.fileno())  # on disk before the rename makes it visible
            self.handle.close()
            os.replace(self.tmp, self.path)

    def abort(self) -> None:
        if self.path is not None:
            self.handle.close()
            Path(self.tmp).unlink(missing_ok=True)

    def __enter__(self) -> _AtomicOutput:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        """Commit on success; on any exit by exception (KeyboardInterrupt, SIGTERM's
        SystemExit included) remove the temporary file."""
        if exc_type is None:
            self.commit()
        else:
            self.abort()


def _extract_output(path: Path) -> bool:
    """Is this file `extract` output (its first JSON record has `attributions`)?"""
    if path.suffix.lower() not in (".jsonl", ".ndjson"):
        return False
    try:
        for _, record in read_results(path):
            return isinstance(record, dict) and "attributions" in record
    except OSError:
        pass  # reported when the file is read as input
    return False


def _print_row(doc_id: Any, attributions: List[Dict[str, Any]], width: int) -> None:
    print(f"── {doc_id} ({len(attributions)} attributions)")
    for a in attributions:
        src = a.get("source") or {}
        who = src.get("text") or "؟"
        meta = " · ".join(x for x in (src.get("role"), src.get("affiliation")) if x and x != who)
        cue = (a.get("cue") or {}).get("text") or "—"
        content = " ".join(((a.get("content") or {}).get("text") or "").split())
        if len(content) > width:
            content = content[: width - 1] + "…"
        print(f"  {who}{' · ' + meta if meta else ''}  [{cue}, {a.get('kind', '?')}]\n    → {content}")


def show(args: argparse.Namespace) -> int:
    """Print attributions readably: source · role · affiliation → content. Streams its input:
    `extract` output is shown record by record, texts are processed as they are read."""
    path, failures = Path(args.file), 0
    if _extract_output(path):
        for where, record in read_results(path):
            if not isinstance(record, dict) or not isinstance(record.get("attributions"), list):
                failures += 1
                message = record if isinstance(record, str) else f"{where}: no attributions list"
                print(f"error: {message}", file=sys.stderr)
                continue
            _print_row(record.get("id", where), record["attributions"], args.width)
        return EXIT_PARTIAL if failures else EXIT_OK
    nlp = build_nlp(args.model, args.udpipe_model)
    texts = _Texts(args, [args.file])
    for doc, doc_id in texts.docs(nlp, batch_size=16):
        _print_row(doc_id, [a.to_dict() for a in doc._.attributions], args.width)
    return EXIT_PARTIAL if texts.failures else EXIT_OK


def render_cmd(args: argparse.Namespace) -> int:
    """One HTML page: a section per document (`#doc-<id>`), RTL span view + links view.
    Written as the documents are processed: memory does not grow with the number of inputs."""
    from .render import item, iter_sections, page_foot, page_head

    nlp = build_nlp(args.model, getattr(args, "udpipe_model", None))
    texts, rendered = _Texts(args), 0

    def items() -> Iterator[Any]:
        nonlocal rendered
        for doc, doc_id in texts.docs(nlp, batch_size=args.batch_size):
            rendered += 1
            yield item(doc.text, [a.to_dict() for a in doc._.attributions], doc_id)

    with _AtomicOutput(args.output) as out:
        out.write(page_head(args.title))
        for n, section in enumerate(iter_sections(items(), max_chars=args.max_chars)):
            out.write(("\n" if n else "") + section)
        out.write(page_foot())
    print(f"{rendered} documents rendered, {texts.failures} failed", file=sys.stderr)
    return EXIT_PARTIAL if texts.failures else EXIT_OK


def report_cmd(args: argparse.Namespace) -> int:
    """Corpus report of `extract` output: sources, affiliations, direct vs indirect."""
    from .report import collect, report_html

    rows = []
    for name in args.results:
        try:
            rows.extend(read_results(Path(name)))
        except OSError as err:
            print(f"error: cannot read {name}: {err.strerror or err}", file=sys.stderr)
            return EXIT_USAGE
    stats = collect(rows)
    for message in stats.skipped:
        print(f"warning: skipped {message}", file=sys.stderr)
    with _AtomicOutput(args.output) as out:
        out.write(report_html(stats, articles=args.articles, top=args.top, title=args.title))
    print(f"{stats.documents} documents, {stats.attributions} attributions reported", file=sys.stderr)
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
    from .gold import load_gold, read_jsonl

    docs = load_gold(Path(args.gold), Path(args.corpus), split=args.split)
    if getattr(args, "annotators", None):
        wanted = {a.strip() for a in args.annotators.split(",") if a.strip()}
        by = {r.get("id"): r.get("annotator") for r in read_jsonl(Path(args.gold))}
        docs = [d for d in docs if by.get(d.id) in wanted]
    nlp = build_nlp(args.model, args.udpipe_model)
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
    title = f"{Path(args.gold).name}" + (f" ({args.split})" if args.split else "") \
        + (f", annotators {args.annotators}" if args.annotators else "")
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

    def udpipe_arg(p: argparse.ArgumentParser) -> None:
        p.add_argument("--udpipe-model", default=None, metavar="PATH",
                       help="UDPipe backend: spacy.blank('ar') with this UDPipe model as tokenizer/tagger/"
                            "parser ('auto': $SPACY_ATTRIB_UDPIPE_MODEL or a spacy_udpipe download)")

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--model", default=None,
                       help="base spaCy pipeline (name or path); default: spacy.blank('ar')")
        udpipe_arg(p)
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

    def gold_args(p: argparse.ArgumentParser, output_help: str) -> None:
        p.add_argument("gold", help="standoff JSONL, e.g. corpus/gold.jsonl")
        p.add_argument("--corpus", default="../shared/corpus", help="folder with the raw article JSONL")
        p.add_argument("--split", default=None, help="only documents of this split (dev/test)")
        p.add_argument("--annotators", default=None,
                       help="only documents these annotators wrote, comma-separated (e.g. R,S,T,U: "
                            "one annotation round)")
        p.add_argument("--output", default=None, help=output_help)
        p.add_argument("--model", default=None)
        udpipe_arg(p)

    ev = sub.add_parser("evaluate", help="score against the gold standoff corpus")
    gold_args(ev, "write metrics JSON here")
    ev.add_argument("--markdown", default=None, help="write the metrics table (Markdown) here")
    ev.add_argument("--errors", type=int, default=0, help="print up to N misses/false alarms")
    ev.set_defaults(func=evaluate_cmd)

    an = sub.add_parser("analyze", help="errors by pattern against the gold corpus")
    gold_args(an, "write the Markdown report here")
    an.add_argument("--examples", type=int, default=0, help="append up to N error examples")
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

    rd = sub.add_parser("render", help="HTML view of the attributions (RTL displaCy + links)")
    rd.add_argument("inputs", nargs="+", help=".txt files, .jsonl files, or - for stdin")
    rd.add_argument("-o", "--output", default=None, help="output HTML page (default: stdout)")
    rd.add_argument("--title", default="spacy-attrib: attributions", help="page title")
    rd.add_argument("--max-chars", type=int, default=300_000,
                    help="longest text drawn in the span view (the links view is always complete)")
    rd.add_argument("--batch-size", type=int, default=64)
    common(rd)
    rd.set_defaults(func=render_cmd)

    rp = sub.add_parser("report", help="HTML corpus report of extract output")
    rp.add_argument("results", nargs="+", help="extract output (JSONL)")
    rp.add_argument("-o", "--output", default=None, help="output HTML page (default: stdout)")
    rp.add_argument("--articles", default="articles.html",
                    help="href of the page written by `render` (links go to <articles>#doc-<id>)")
    rp.add_argument("--top", type=int, default=20, help="bars in each chart")
    rp.add_argument("--title", default="Who is quoted: attribution report", help="page title")
    rp.set_defaults(func=report_cmd)
    return parser


def _terminated(signum, frame) -> None:
    raise SystemExit(128 + signum)  # unwinds like Ctrl-C: the temporary output is removed


def main(argv: Optional[List[str]] = None) -> int:
    args = make_parser().parse_args(argv)
    try:
        previous = signal.signal(signal.SIGTERM, _terminated)
    except ValueError:  # not the main thread
        previous = None
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader went away (`spacy-attrib show FILE | head`): stop quietly, as `cat` does,
        # and keep the interpreter's last flush of stdout from failing again at exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 128 + getattr(signal, "SIGPIPE", 13)
    except (OSError, ValueError) as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


if __name__ == "__main__":
    sys.exit(main())
