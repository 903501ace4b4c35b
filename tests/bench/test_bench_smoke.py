"""Every benchmark still runs (tiny sizes): ``python -m bench --quick``. Figures are not
judged here; benchmarks are not timed tests (see docs/benchmarks.md for the real run)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bench.runner import BENCHMARKS

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def test_every_benchmark_runs_and_reports(tmp_path):
    doc = tmp_path / "benchmarks.md"
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--output", str(doc)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    table = [line for line in done.stdout.splitlines() if line.startswith("| ")][2:]
    names = {
        "machine": "Machine noise",
        "cold_start": "Cold start",
        "memory": "Memory",
        "responsiveness": "Event-loop responsiveness",
        "throughput": "Download throughput",
        "upload": "Upload throughput",
        "history": "History at scale",
        "polling": "Polling cost",
        "first_video": "First video",
        "generations": "Generations in a row",
        "batch_drop": "Batch drop",
        "picture_drops": "Picture drops",
        "interactions": "Interactions",
    }
    assert set(names) == set(BENCHMARKS)
    for name in BENCHMARKS:
        rows = [line for line in table if line.startswith(f"| {names[name]} |")]
        assert rows, f"{name} reported nothing:\n{done.stdout}"
        assert not any("did not run" in line or "| n/a |" in line for line in rows), rows
    assert not doc.exists()  # a quick run never overwrites the published figures
