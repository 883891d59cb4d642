"""The console script, run as a user would: `python -m spacy_attrib ...` in a subprocess."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import List

import pytest
from helpers import REPO_ROOT, check_record

ECONOMY = ("وقال وزير المالية إن العجز تراجع هذا العام، مشيرا إلى أن الدين العام ما زال مرتفعا.\n"
           "وأضاف: «سنواصل الإصلاحات مهما كانت الصعوبات».\n")
SPORT = 'قال المدرب: "لقد لعبنا مباراة كبيرة أمام منافس قوي".'
HEALTH = "ارتفع عدد الإصابات إلى ألف حالة، بحسب وزارة الصحة."


def run_cli(args: List[str], cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "spacy_attrib", *args], cwd=cwd, input=stdin,
                          capture_output=True, timeout=180)


def output_lines(proc: subprocess.CompletedProcess) -> List[dict]:
    lines = proc.stdout.decode("utf8").splitlines()
    return [json.loads(line) for line in lines]


def check_output(rows: List[dict], texts: dict) -> None:
    """One line per document: {"id", "attributions"}, every offset indexing its input."""
    assert [r["id"] for r in rows] == list(texts)
    for row in rows:
        assert set(row) == {"id", "attributions"}
        for rec in row["attributions"]:
            check_record(texts[row["id"]], rec)


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    (tmp_path / "economy.txt").write_text(ECONOMY, encoding="utf8")
    (tmp_path / "sport.txt").write_text(SPORT, encoding="utf8")
    return tmp_path


def test_extract_txt_files_to_stdout(inputs):
    proc = run_cli(["extract", "economy.txt", "sport.txt"], inputs)
    assert proc.returncode == 0, proc.stderr
    rows = output_lines(proc)
    check_output(rows, {"economy": ECONOMY, "sport": SPORT})
    economy = rows[0]["attributions"]
    assert [(a["kind"], a["cue"]["text"], a["content"]["text"]) for a in economy] == [
        ("indirect", "وقال", "العجز تراجع هذا العام"),
        ("indirect", "مشيرا", "الدين العام ما زال مرتفعا"),
        ("direct", "وأضاف", "سنواصل الإصلاحات مهما كانت الصعوبات"),
    ]
    assert {a["source"]["text"] for a in economy} == {"وزير المالية"}
    (sport,) = rows[1]["attributions"]
    assert sport["speaker"]["text"] == "المدرب"
    assert sport["content"]["text"] == "لقد لعبنا مباراة كبيرة أمام منافس قوي"


def test_extract_to_output_file(inputs):
    proc = run_cli(["extract", "economy.txt", "-o", "out/result.jsonl"], inputs)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == b""
    lines = (inputs / "out" / "result.jsonl").read_text(encoding="utf8").splitlines()
    check_output([json.loads(line) for line in lines], {"economy": ECONOMY})
    assert [p.name for p in (inputs / "out").iterdir()] == ["result.jsonl"]  # no temp file left


def test_extract_jsonl_with_custom_fields(tmp_path):
    records = [{"doc": "a1", "body": ECONOMY, "lang": "ar"}, {"doc": "a2", "body": HEALTH}]
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf8")
    proc = run_cli(["extract", "news.jsonl", "--id-field", "doc", "--text-field", "body",
                    "--batch-size", "1"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    rows = output_lines(proc)
    check_output(rows, {"a1": ECONOMY, "a2": HEALTH})
    (health,) = rows[1]["attributions"]
    assert health["cue"]["text"] == "بحسب"
    assert health["source"]["text"] == "وزارة الصحة"


def test_extract_stdin_text(tmp_path):
    proc = run_cli(["extract", "-"], tmp_path, stdin=ECONOMY.encode("utf8"))
    assert proc.returncode == 0, proc.stderr
    rows = output_lines(proc)
    check_output(rows, {"stdin": ECONOMY})
    assert len(rows[0]["attributions"]) == 3


def test_extract_stdin_jsonl(tmp_path):
    data = json.dumps({"id": "s1", "text": SPORT}, ensure_ascii=False) + "\n"
    proc = run_cli(["extract", "-"], tmp_path, stdin=data.encode("utf8"))
    assert proc.returncode == 0, proc.stderr
    check_output(output_lines(proc), {"s1": SPORT})


def test_extract_with_two_processes(inputs):
    one = run_cli(["extract", "economy.txt", "sport.txt"], inputs)
    two = run_cli(["extract", "economy.txt", "sport.txt", "--n-process", "2"], inputs)
    assert one.returncode == two.returncode == 0, two.stderr
    assert output_lines(two) == output_lines(one)


@pytest.fixture
def bad_inputs(tmp_path: Path) -> Path:
    lines = [json.dumps({"id": "good1", "text": HEALTH}, ensure_ascii=False),
             "{not json",
             json.dumps({"id": "notext", "body": HEALTH}, ensure_ascii=False),
             json.dumps({"id": "good2", "text": SPORT}, ensure_ascii=False)]
    (tmp_path / "mixed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf8")
    (tmp_path / "latin1.txt").write_bytes("قال".encode() + b"\xff\xfe\xfa")
    (tmp_path / "economy.txt").write_text(ECONOMY, encoding="utf8")
    return tmp_path


def test_bad_records_are_reported_and_the_rest_is_written(bad_inputs):
    proc = run_cli(["extract", "mixed.jsonl", "latin1.txt", "missing.txt", "economy.txt"],
                   bad_inputs)
    assert proc.returncode == 1
    check_output(output_lines(proc), {"good1": HEALTH, "good2": SPORT, "economy": ECONOMY})
    err = proc.stderr.decode("utf8")
    assert "mixed:2" in err and "not JSON" in err
    assert "mixed:3" in err and "'text'" in err
    assert "latin1" in err and "UTF-8" in err
    assert "missing.txt" in err
    assert "Traceback" not in err


def test_bad_records_with_output_file(bad_inputs):
    proc = run_cli(["extract", "mixed.jsonl", "-o", "out.jsonl"], bad_inputs)
    assert proc.returncode == 1
    lines = (bad_inputs / "out.jsonl").read_text(encoding="utf8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["good1", "good2"]


def test_summary_counts_written_documents(bad_inputs):
    proc = run_cli(["extract", "mixed.jsonl", "latin1.txt", "missing.txt", "economy.txt"],
                   bad_inputs)
    assert "3 documents written, 4 failed" in proc.stderr.decode("utf8")


def test_only_bad_input_is_partial_failure(bad_inputs):
    proc = run_cli(["extract", "missing.txt"], bad_inputs)
    assert proc.returncode == 1
    assert proc.stdout == b""
    assert "missing.txt" in proc.stderr.decode("utf8")


def test_show_text_file(inputs):
    proc = run_cli(["show", "economy.txt"], inputs)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode("utf8")
    assert "economy (3 attributions)" in out
    assert "وزير المالية" in out
    for content in ("العجز تراجع هذا العام", "الدين العام ما زال مرتفعا",
                    "سنواصل الإصلاحات مهما كانت الصعوبات"):
        assert content in out


def test_show_extract_output(inputs):
    extract = run_cli(["extract", "sport.txt", "-o", "sport.out.jsonl"], inputs)
    assert extract.returncode == 0, extract.stderr
    proc = run_cli(["show", "sport.out.jsonl"], inputs)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode("utf8")
    assert "sport (1 attributions)" in out
    assert "المدرب" in out and "لقد لعبنا مباراة كبيرة أمام منافس قوي" in out


def test_show_extract_output_with_bad_lines(inputs):
    """`show` streams extract output: a bad line is reported, the others shown, exit 1."""
    extract = run_cli(["extract", "economy.txt", "sport.txt", "-o", "both.jsonl"], inputs)
    assert extract.returncode == 0, extract.stderr
    lines = (inputs / "both.jsonl").read_text(encoding="utf8").splitlines()
    (inputs / "both.jsonl").write_text("\n".join([lines[0], "{cut", '{"id": "x"}', lines[1]]) + "\n",
                                       encoding="utf8")
    proc = run_cli(["show", "both.jsonl"], inputs)
    assert proc.returncode == 1
    out, err = proc.stdout.decode("utf8"), proc.stderr.decode("utf8")
    assert "economy (3 attributions)" in out and "sport (1 attributions)" in out
    assert "both.jsonl:2: not JSON" in err and "both.jsonl:3: no attributions list" in err


@pytest.mark.parametrize("command", ["show", "extract"])
def test_reader_closing_the_pipe_is_a_quiet_stop(inputs, command):
    """`spacy-attrib show FILE | head`: once the reader has gone, the run stops without a
    message and with the exit status of a process killed by SIGPIPE, as `cat` would."""
    lines = [json.dumps({"id": f"doc{i}", "text": ECONOMY}, ensure_ascii=False) for i in range(400)]
    (inputs / "many.jsonl").write_text("\n".join(lines) + "\n", encoding="utf8")
    proc = subprocess.Popen([sys.executable, "-m", "spacy_attrib", command, "many.jsonl"],
                            cwd=inputs, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()  # more output than a pipe holds follows this line
    proc.stdout.close()
    err = proc.stderr.read().decode("utf8")
    assert proc.wait(timeout=180) == 128 + signal.SIGPIPE, err
    assert first.strip()
    assert err == ""


def test_unknown_command_is_a_usage_error(tmp_path):
    proc = run_cli(["frobnicate"], tmp_path)
    assert proc.returncode == 2


@pytest.mark.corpus
def test_evaluate_gold_corpus(corpus_dir):
    proc = run_cli(["evaluate", "corpus/gold.jsonl", "--corpus", str(corpus_dir)], REPO_ROOT)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode("utf8")
    assert "gold.jsonl" in out
    for metric in ("content P / R / F1", "speaker accuracy", "kind accuracy", "end-to-end"):
        assert metric in out
    assert "| metric | value |" in out


@pytest.mark.corpus
def test_evaluate_one_annotation_round(corpus_dir):
    proc = run_cli(["evaluate", "corpus/gold.jsonl", "--corpus", str(corpus_dir), "--split", "dev",
                    "--annotators", "R,S,T,U"], REPO_ROOT)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode("utf8")
    assert "(dev), annotators R,S,T,U** — 40 articles, 148 core" in out


def test_evaluate_without_corpus_is_a_usage_error(tmp_path):
    proc = run_cli(["evaluate", str(REPO_ROOT / "corpus" / "gold.jsonl"), "--corpus",
                    str(tmp_path / "absent")], tmp_path)
    assert proc.returncode == 2
    assert "corpus" in proc.stderr.decode("utf8")


# --- bad input, large input, interrupted runs ----------------------------------------


def test_empty_inputs_are_not_failures(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "empty.jsonl").write_bytes(b"")
    (tmp_path / "blank.jsonl").write_bytes(b"\n  \n\n")
    proc = run_cli(["extract", "empty.txt", "empty.jsonl", "blank.jsonl"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert output_lines(proc) == [{"id": "empty", "attributions": []}]
    assert "1 documents written, 0 failed" in proc.stderr.decode("utf8")


def test_bad_jsonl_lines_each_get_a_message(tmp_path):
    good = json.dumps({"id": "g", "text": HEALTH}, ensure_ascii=False).encode("utf8")
    lines = [
        b"\xef\xbb\xbf" + good,                                   # 1 BOM on the first line: fine
        b'{"id": "bad-utf8", "text": "\xff\xfe"}',               # 2 invalid UTF-8 in one line only
        b'{"id": "surrogate", "text": "\\ud800 \xd9\x82\xd8\xa7\xd9\x84"}',  # 3 lone surrogate
        b"[" * 100_000 + b"]" * 100_000,                          # 4 JSON nested too deeply
        b'["a list", "not an object"]',                          # 5 not an object
        b'{"id": "num", "text": 42}',                            # 6 text is not a string
        json.dumps({"id": "sep", "text": "قال الوزير\u2028إن الحكومة مستعدة."},
                   ensure_ascii=False).encode("utf8"),           # 7 raw U+2028 inside a string
        json.dumps({"id": "\ud800x", "text": SPORT}).encode("utf8"),  # 8 lone surrogate in the id
        b"\r",                                                   # 9 blank (CRLF debris)
        good.replace(b'"g"', b'"last"') + b"\r",                 # 10 CRLF line ending
    ]
    (tmp_path / "bad.jsonl").write_bytes(b"\n".join(lines))
    proc = run_cli(["extract", "bad.jsonl", "-o", "out.jsonl"], tmp_path)
    assert proc.returncode == 1
    err = proc.stderr.decode("utf8")
    assert "Traceback" not in err
    for where, what in (("bad:2", "UTF-8"), ("surrogate", "lone surrogate"), ("bad:4", "not JSON"),
                        ("bad:5", "'text'"), ("bad:6", "'text'")):
        assert any(where in line and what in line for line in err.splitlines()), (where, err)
    assert "4 documents written, 5 failed" in err
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text("utf8").splitlines()]
    assert [r["id"] for r in rows] == ["g", "sep", "\ud800x", "last"]
    assert rows[1]["attributions"][0]["content"]["text"] == "الحكومة مستعدة"


def test_unreadable_path_is_reported(tmp_path, inputs):
    (inputs / "folder.txt").mkdir()
    (inputs / "folder.jsonl").mkdir()
    proc = run_cli(["extract", "folder.txt", "economy.txt", "folder.jsonl", "sport.txt"], inputs)
    assert proc.returncode == 1
    check_output(output_lines(proc), {"economy": ECONOMY, "sport": SPORT})
    err = proc.stderr.decode("utf8")
    assert "cannot read folder.txt" in err and "cannot read folder.jsonl" in err
    assert "Traceback" not in err


def test_five_megabyte_document(tmp_path):
    text = (ECONOMY + FILLER * 5) * (5_000_000 // len((ECONOMY + FILLER * 5).encode("utf8")) + 1)
    assert len(text.encode("utf8")) >= 5_000_000
    (tmp_path / "big.txt").write_text(text, encoding="utf8")
    proc = run_cli(["extract", "big.txt", "-o", "big.jsonl"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    (row,) = [json.loads(line) for line in (tmp_path / "big.jsonl").read_text("utf8").splitlines()]
    assert len(row["attributions"]) == 3 * text.count(ECONOMY)
    for rec in row["attributions"][:50] + row["attributions"][-50:]:
        check_record(text, rec)


FILLER = ("وشهدت العاصمة اليوم حركة مرورية كثيفة بسبب الأشغال الجارية في الطريق الرئيسية، وتواصلت "
          "الأمطار طيلة الصباح في أغلب مناطق الشمال والوسط.\n")


def _interrupted_run(tmp_path: Path, sig: int) -> subprocess.Popen:
    """`extract - -o out.jsonl` reading JSONL from a pipe that stays open, stopped by `sig`
    once it has started writing."""
    (tmp_path / "out.jsonl").write_text("previous complete result\n", encoding="utf8")
    # a shell without job control starts background jobs with SIGINT ignored, and a child
    # inherits that: give the run Ctrl-C's default action, as an interactive shell would
    proc = subprocess.Popen([sys.executable, "-m", "spacy_attrib", "extract", "-", "-o", "out.jsonl",
                             "--batch-size", "1"], cwd=tmp_path, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    line = json.dumps({"id": "a", "text": ECONOMY}, ensure_ascii=False) + "\n"
    proc.stdin.write(line.encode("utf8") * 50)  # more than a write buffer of output
    proc.stdin.flush()
    deadline = time.monotonic() + 120
    while not any(p.name.startswith(".out.jsonl.") and p.stat().st_size for p in tmp_path.iterdir()):
        if time.monotonic() > deadline or proc.poll() is not None:
            proc.kill()
            pytest.fail(f"extract never started writing: {proc.communicate()[1][-2000:]!r}")
        time.sleep(0.1)
    proc.send_signal(sig)
    proc.wait(timeout=60)
    proc.stdin.close()
    return proc


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL],
                         ids=["SIGINT", "SIGTERM", "SIGKILL"])
def test_interrupted_run_never_leaves_a_truncated_output(tmp_path, sig):
    proc = _interrupted_run(tmp_path, sig)
    assert proc.returncode != 0
    # the earlier result is untouched: no half-written file under the output name
    assert (tmp_path / "out.jsonl").read_text(encoding="utf8") == "previous complete result\n"
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "out.jsonl"]
    if sig == signal.SIGKILL:  # no chance to clean up: only a hidden temporary file remains
        assert all(name.startswith(".out.jsonl.") for name in leftovers)
    else:
        assert leftovers == []
        assert proc.returncode == (130 if sig == signal.SIGINT else 128 + signal.SIGTERM)


def test_output_file_has_ordinary_permissions(inputs):
    proc = run_cli(["extract", "economy.txt", "-o", "out.jsonl"], inputs)
    assert proc.returncode == 0, proc.stderr
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE((inputs / "out.jsonl").stat().st_mode) == 0o666 & ~umask
