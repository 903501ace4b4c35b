"""The command line as a person runs it: ``python -m poyo_desktop COMMAND …`` in a real
process, on this checkout, with the test's isolated home (no key unless a test sets one),
real SQLite and the real demo server (quick videos)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import poyo_desktop
from tests.acceptance.conftest import desktop, person, play  # noqa: F401  (the app, in-process)
from tests.conftest import TEST_KEY

CHECKOUT = Path(poyo_desktop.__file__).resolve().parents[1]
#: Quick demo videos.
QUICK = ("--task-seconds", "1", "--poll-interval", "0.1", "--video-size", "320")


def command(data_dir: Path, *args: str | Path) -> list[str]:
    return [sys.executable, "-m", "poyo_desktop", *map(str, args), "--data-dir", str(data_dir)]


def environment() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(CHECKOUT)}


def run(
    data_dir: Path, *args: str | Path, timeout: float = 120, answer: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run a command to its end (stdout a pipe: the plain, non-TTY output); ``answer`` is
    what the person types at its question (none: stdin is empty)."""
    return subprocess.run(
        command(data_dir, *args),
        cwd=CHECKOUT,
        env=environment(),
        capture_output=True,
        text=True,
        timeout=timeout,
        input=answer,
        stdin=subprocess.DEVNULL if answer is None else None,
    )


def start(data_dir: Path, *args: str | Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        command(data_dir, *args),
        cwd=CHECKOUT,
        env=environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
    )


def listed(data_dir: Path) -> list[dict[str, Any]]:
    done = run(data_dir, "list", "--json")
    assert done.returncode == 0, done.stdout + done.stderr
    return [json.loads(row) for row in done.stdout.splitlines()]


def history_rows(data_dir: Path) -> list[sqlite3.Row]:
    """The history's own rows (what was sent, how often), read straight from SQLite."""
    with sqlite3.connect(data_dir / "data" / "history.sqlite3") as db:
        db.row_factory = sqlite3.Row
        return list(db.execute("SELECT * FROM jobs"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "poyo-data"


@pytest.fixture
def slow_poyo(render_cache: Path):
    """A PoYo stand-in (accepting TEST_KEY) whose videos take 2 s: a batch of ten is still
    under way when it is killed. It outlives the command line, as PoYo does."""
    from poyo_desktop.sandbox import Sandbox

    box = Sandbox(
        task_seconds=2, video_long_side=320, data_dir=render_cache, api_key=TEST_KEY, credits=10_000
    )
    box.start()
    try:
        yield box
    finally:
        box.stop()
