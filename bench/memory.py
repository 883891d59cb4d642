"""Peak memory of `spacy-attrib extract` (or `render`) over the first N articles and over all of them.

    python bench/memory.py [--corpus ../shared/corpus] [--small 1000] [--n-process 1]
                           [--command extract|render]

Each run is a fresh `python -m spacy_attrib COMMAND FILE -o OUT` in a subprocess, started from a
small wrapper process that reports `resource.getrusage(RUSAGE_CHILDREN).ru_maxrss` (so every
run is measured on its own). Streaming means the peak stays flat: the 10k run may not need
markedly more than the 1k run. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import itertools
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

WRAPPER = """
import resource, subprocess, sys, time
t = time.perf_counter()
proc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
wall = time.perf_counter() - t
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(proc.returncode, usage.ru_maxrss, wall, usage.ru_utime + usage.ru_stime)
sys.stderr.write(proc.stderr.decode("utf8", "replace")[-2000:])
"""


def corpus_lines(corpus: Path):
    for name in ("ant_jawharafm.jsonl", "wikinews_farasa.jsonl"):
        path = corpus / name
        if path.is_file():
            with path.open(encoding="utf8") as f:
                yield from (line for line in f if line.strip())


def measure(input_path: Path, out_dir: Path, n_process: int, command: str = "extract") -> dict:
    cmd = [sys.executable, "-m", "spacy_attrib", command, str(input_path), "-o", str(out_dir / "out")]
    if command == "extract":
        cmd += ["--n-process", str(n_process)]
    proc = subprocess.run([sys.executable, "-c", WRAPPER, *cmd], capture_output=True, text=True, cwd=REPO)
    if proc.returncode != 0 or not proc.stdout.strip():
        raise SystemExit(f"measurement failed: {proc.stderr}")
    code, maxrss_kb, wall, cpu = proc.stdout.split()
    if code != "0":
        raise SystemExit(f"{command} exited with {code}: {proc.stderr}")
    return {"peak_mb": int(maxrss_kb) / 1024, "wall": float(wall), "cpu": float(cpu)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    parser.add_argument("--small", type=int, default=1000, help="articles in the small run")
    parser.add_argument("--n-process", type=int, default=1, help="extract only")
    parser.add_argument("--command", choices=("extract", "render"), default="extract")
    args = parser.parse_args()
    lines = list(corpus_lines(args.corpus))
    if not lines:
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        for n in (args.small, len(lines)):
            path = tmp_path / f"first{n}.jsonl"
            path.write_text("".join(itertools.islice(lines, n)), encoding="utf8")
            words = sum(len(json.loads(line)["text"].split()) for line in itertools.islice(lines, n))
            t = time.perf_counter()
            result = measure(path, tmp_path, args.n_process, args.command)
            rows.append((n, words, path.stat().st_size / 2**20, result, time.perf_counter() - t))
    print(f"| articles | words | input MB | peak RSS MB | wall s | CPU s |  "
          f"({args.command}, n_process={args.n_process})")
    print("|---:|---:|---:|---:|---:|---:|")
    for n, words, size, r, _ in rows:
        print(f"| {n:,} | {words:,} | {size:.1f} | {r['peak_mb']:.0f} | {r['wall']:.1f} | {r['cpu']:.1f} |")
    (n0, _, _, r0, _), (n1, _, _, r1, _) = rows
    print(f"\npeak RSS {n1:,} vs {n0:,} articles: {r1['peak_mb'] / r0['peak_mb']:.2f}x "
          f"(+{r1['peak_mb'] - r0['peak_mb']:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
