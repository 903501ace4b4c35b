"""A person at a terminal or a file manager: starts ``poyo-desktop`` as a process (a second
start, "Open with PoYo Desktop" on a picture), and the desktop session stops it (logout,
``kill``, Ctrl+C).

The process runs this checkout's app (``python -m poyo_desktop``) offscreen, with the
test's isolated home (its environment is inherited). What is checked is what a person
could: the exit code, how long it took, and the log the app keeps in its data folder.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import poyo_desktop

CHECKOUT = Path(poyo_desktop.__file__).resolve().parents[1]


class AppProcess:
    """``poyo-desktop`` started as a command."""

    def __init__(self, data_dir: Path, *args: str | Path) -> None:
        self.data_dir = data_dir
        self.started = time.monotonic()
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "poyo_desktop", "--data-dir", str(data_dir), *map(str, args)],
            cwd=CHECKOUT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.finished: float | None = None

    @property
    def log_file(self) -> Path:
        return self.data_dir / "logs" / "poyo-desktop.log"

    def log(self) -> str:
        try:
            return self.log_file.read_text(encoding="utf-8")
        except OSError:
            return ""

    def running(self) -> bool:
        return self.process.poll() is None

    async def exits(self, within: float) -> int:
        """Wait (letting the test's app run) until the process ends; its exit code."""
        deadline = time.monotonic() + within
        while self.process.poll() is None:
            if time.monotonic() > deadline:
                self.process.kill()
                out, err = self.process.communicate()
                raise AssertionError(f"still running after {within:.0f} s:\n{out}\n{err}")
            await asyncio.sleep(0.02)
        self.finished = time.monotonic()
        return self.process.returncode

    @property
    def took(self) -> float:
        return (self.finished or time.monotonic()) - self.started

    def output(self) -> str:
        out, err = self.process.communicate(timeout=5)
        return out + err

    async def says(self, text: str, within: float = 30.0) -> None:
        """Wait until the app's log holds ``text`` (it is still running meanwhile)."""
        deadline = time.monotonic() + within
        while text not in self.log():
            if not self.running():
                raise AssertionError(
                    f"the app ended ({self.process.returncode}) before "
                    f"saying {text!r}:\n{self.log()}\n{self.output()}"
                )
            if time.monotonic() > deadline:
                raise AssertionError(f"waited {within:.0f} s for {text!r}:\n{self.log()}")
            await asyncio.sleep(0.05)

    def is_sent(self, name: str) -> None:
        """The desktop session sends a signal: "SIGTERM" (logout, kill), "SIGINT" (Ctrl+C)."""
        self.process.send_signal(getattr(signal, name))

    def stop(self) -> None:
        if self.running():
            self.process.kill()
        self.process.communicate(timeout=10)
