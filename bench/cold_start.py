"""Cold start and idle memory: PoYo Desktop vs a bare PySide6 window, started the same way."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from bench.common import ROOT, Row, child_env, python, run


def _start(kind: str, idle: float) -> tuple[float, int]:
    home = Path(tempfile.mkdtemp(prefix=f"bench-{kind}-"))
    started = time.time()
    result = run([python(), "-m", "bench.first_paint", kind, str(home / "poyo"), str(idle)],
                 cwd=ROOT, env=child_env(home), timeout=120)
    values = dict(line.split(maxsplit=1) for line in result.stdout.splitlines()
                  if line.startswith(("PAINT ", "RSS ")))
    if "PAINT" not in values or "RSS" not in values:
        raise RuntimeError(f"{kind} did not report: {result.stderr[-2000:]}")
    return float(values["PAINT"]) - started, int(values["RSS"])


def measure(runs: int = 7, idle: float = 2.0) -> list[Row]:
    _start("bare", 0.1)  # warm the disk cache for both, equally
    _start("app", 0.1)
    bare_t, app_t, bare_m, app_m = [], [], [], []
    for _ in range(runs):  # alternate, so drift hits both
        t, m = _start("bare", idle)
        bare_t.append(t)
        bare_m.append(m)
        t, m = _start("app", idle)
        app_t.append(t)
        app_m.append(m)
    bt, at = statistics.median(bare_t), statistics.median(app_t)
    bm, am = statistics.median(bare_m), statistics.median(app_m)
    return [
        Row("Cold start", f"process start → first paint, median of {runs}",
            f"{at * 1000:.0f} ms", f"{bt * 1000:.0f} ms", f"{at / bt:.2f}×", "≤ 1.5×",
            at / bt <= 1.5),
        Row("Idle memory", f"RSS {idle:.0f} s after first paint", f"{am / 1024:.0f} MB",
            f"{bm / 1024:.0f} MB", f"{am / bm:.2f}×", "≤ 1.5×", am / bm <= 1.5),
    ]
