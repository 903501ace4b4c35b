"""Cold start and idle memory: PoYo Desktop against a bare PySide6 window started the same way.

Each start is a new process (``bench.first_paint``) with an isolated home and no key, so the
app opens in demo mode as it does for a person on first launch. Bare and app starts
alternate, after one discarded warm-up of each (the disk cache then favours neither).
"""

from __future__ import annotations

import compileall
import subprocess
import tempfile
import time
from pathlib import Path

from bench.env import PYTHON, REPO, isolated_env
from bench.results import Row
from bench.scale import Scale
from bench.stats import median


def start_once(kind: str, idle_s: float) -> tuple[float, float, float]:
    """(seconds from process start to the first paint, RSS in MB ``idle_s`` later, and the
    anonymous part of that RSS in MB)."""
    with tempfile.TemporaryDirectory(prefix=f"poyo-bench-{kind}-") as tmp:
        home = Path(tmp)
        started = time.time()
        done = subprocess.run(
            [PYTHON, "-m", "bench.first_paint", kind, str(home / "poyo"), str(idle_s)],
            cwd=REPO,
            env=isolated_env(home),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    values = dict(
        line.split(maxsplit=1)
        for line in done.stdout.splitlines()
        if line.startswith(("PAINT ", "RSS ", "ANON "))
    )
    if "PAINT" not in values or "RSS" not in values:
        raise RuntimeError(f"the {kind} window did not report: {done.stderr[-1500:]}")
    return (
        float(values["PAINT"]) - started,
        int(values["RSS"]) / 1024,
        int(values.get("ANON", 0)) / 1024,
    )


def run(scale: Scale) -> list[Row]:
    # An installed app starts from bytecode; a checkout may have none (PYTHONDONTWRITEBYTECODE
    # is common in containers), and compiling on every start would cost the app ~20 ms.
    for package in ("poyo_desktop", "bench"):
        compileall.compile_dir(REPO / package, quiet=1)
    start_once("bare", 0.1)
    start_once("app", 0.1)
    times: dict[str, list[float]] = {"bare": [], "app": []}
    memory: dict[str, list[float]] = {"bare": [], "app": []}
    anonymous: dict[str, list[float]] = {"bare": [], "app": []}
    # Start-up is timed on more runs than memory is read on: on a shared VM the same start
    # takes 160-250 ms of CPU from one run to the next, and only a large sample settles
    # the median; memory barely varies but needs its idle seconds per run.
    for run in range(max(scale.cold_runs, scale.memory_runs)):
        for kind in ("bare", "app"):
            idle = scale.cold_idle_s if run < scale.memory_runs else 0.0
            seconds, rss, anon = start_once(kind, idle)
            if run < scale.cold_runs:
                times[kind].append(seconds * 1000)
            if run < scale.memory_runs:
                memory[kind].append(rss)
                anonymous[kind].append(anon)
    app_ms, bare_ms = median(times["app"]), median(times["bare"])
    app_mb, bare_mb = median(memory["app"]), median(memory["bare"])
    app_anon, bare_anon = median(anonymous["app"]), median(anonymous["bare"])
    listed = ", ".join(f"{t:.0f}" for t in times["app"])
    return [
        Row(
            "Cold start",
            f"process start → first paint of the main window (offscreen), "
            f"median of {scale.cold_runs}",
            app_ms,
            "ms",
            bare_ms,
            "bare QMainWindow + label",
            "≤ 1.5× bare",
            app_ms <= 1.5 * bare_ms,
            [
                f"app runs {listed} ms; bare runs {', '.join(f'{t:.0f}' for t in times['bare'])}"
                f" ms (fastest of each: {min(times['app']):.0f} vs {min(times['bare']):.0f} ms). "
                "The app starts as on a first launch: no key, so in demo mode."
            ],
        ),
        Row(
            "Idle memory",
            f"RSS {scale.cold_idle_s:g} s after the first paint, median of {scale.memory_runs}",
            app_mb,
            "MB",
            bare_mb,
            "bare QMainWindow + label",
            "≤ 1.5× bare",
            app_mb <= 1.5 * bare_mb,
            [
                f"app runs {', '.join(f'{m:.1f}' for m in memory['app'])} MB; bare runs "
                f"{', '.join(f'{m:.1f}' for m in memory['bare'])} MB. Of the medians, anonymous "
                f"memory (the process's own: heap, Python objects) is {app_anon:.1f} MB against "
                f"{bare_anon:.1f} MB; the rest is pages of libraries and fonts, whose count "
                "depends on what the kernel's page cache holds at the time (the bare window "
                "measured 56-67 MB on this VM within one day)."
            ],
        ),
    ]
