"""``python -m bench``: run every benchmark, each in a fresh process, and report.

python -m bench                 # all, full size; prints the table, writes docs/benchmarks.md
python -m bench --quick         # tiny sizes (smoke), writes nothing
python -m bench --only history  # one or more by name
"""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from bench.env import PYTHON, REPO, isolated_env
from bench.results import Row, failed_row
from bench.scale import SCALES
from bench.table import render_block, render_table, write_doc

BENCHMARKS = (
    "machine",
    "cold_start",
    "memory",
    "responsiveness",
    "throughput",
    "upload",
    "history",
    "polling",
    "first_video",
    "generations",
    "batch_drop",
    "picture_drops",
    "interactions",
)
DOC = REPO / "docs" / "benchmarks.md"
_RESULT = "RESULT "


def run_child(name: str, scale: str, timeout: float = 900.0) -> list[Row]:
    """Run benchmark ``name`` in a new process with an isolated home; its rows."""
    with tempfile.TemporaryDirectory(prefix=f"poyo-bench-{name}-") as home:
        try:
            done = subprocess.run(
                [PYTHON, "-m", "bench.runner", "--child", name, "--scale", scale],
                cwd=REPO,
                env=isolated_env(Path(home)),
                capture_output=True,
                text=True,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return [failed_row(name, f"timed out after {timeout:.0f} s")]
    for line in reversed(done.stdout.splitlines()):
        if line.startswith(_RESULT):
            return [Row.from_json(item) for item in json.loads(line[len(_RESULT) :])]
    tail = " | ".join(done.stderr.strip().splitlines()[-6:])
    return [failed_row(name, f"exit code {done.returncode}: {tail}")]


def run_all(
    names: Sequence[str], scale: str, echo: Callable[[str], None] | None = None
) -> list[Row]:
    rows: list[Row] = []
    for name in names:
        started = time.monotonic()
        found = run_child(name, scale)
        if echo is not None:
            echo(f"{name}: {time.monotonic() - started:.0f} s")
        rows.extend(found)
    return rows


def _child(name: str, scale: str) -> int:
    module = importlib.import_module(f"bench.{name}")
    rows: list[Row] = module.run(SCALES[scale])
    print(_RESULT + json.dumps([row.to_json() for row in rows]), flush=True)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="smoke sizes; write nothing")
    parser.add_argument("--only", nargs="+", choices=BENCHMARKS, default=None)
    parser.add_argument("--no-write", action="store_true", help="do not update the doc")
    parser.add_argument("--output", type=Path, default=DOC, help="page to write the table to")
    parser.add_argument("--child", choices=BENCHMARKS, help=argparse.SUPPRESS)
    parser.add_argument("--scale", choices=sorted(SCALES), default="full", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return _child(args.child, args.scale)
    scale = "smoke" if args.quick else args.scale
    started = time.monotonic()
    rows = run_all(
        args.only or BENCHMARKS, scale, echo=lambda text: print(text, file=sys.stderr, flush=True)
    )
    seconds = time.monotonic() - started
    print(render_table(rows))
    print(f"\n{sum(r.ok is False for r in rows)} budget(s) missed; {seconds:.0f} s in all.")
    if not (args.quick or args.no_write):
        write_doc(args.output, render_block(rows, seconds=seconds, scale=scale))
        print(f"written to {args.output}")
    return 2 if any(row.measure == "did not run" for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
