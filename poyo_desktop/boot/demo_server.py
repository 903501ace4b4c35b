"""The demo server in a process of its own, spoken to over loopback like PoYo.

In a thread of the app, the server's Python (HTTP parsing, uploads, status answers, its
start-up imports) took the interpreter lock from the GUI thread: the first demo generation
stalled the window 12-41 ms (bench/first_video.py). As a child process it shares nothing
with the app but the loopback socket.

The app starts it with ``python -m poyo_desktop.boot.demo_server '<json>'`` (a frozen app:
``poyo-desktop --serve-demo '<json>'``), reads its address from the first line it prints,
and holds a pipe to its stdin. The server ends when that pipe closes: when the app stops it,
quits, or dies (even by SIGKILL, the kernel closes the pipe), so it never outlives the app.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from poyo_desktop.runtime.thread_priority import CHILD_CREATION_FLAGS, child_gives_way

if TYPE_CHECKING:
    from collections.abc import Callable

SERVE_FLAG = "--serve-demo"
START_TIMEOUT_S = 60.0


class DemoServerProcess:
    """A running demo server child; :meth:`stop` ends it (closing its stdin)."""

    def __init__(self, proc: subprocess.Popen[bytes], base_url: str) -> None:
        self._proc = proc
        self.base_url = base_url

    @property
    def pid(self) -> int:
        return self._proc.pid

    @property
    def running(self) -> bool:
        return self._proc.poll() is None

    @classmethod
    def start(
        cls,
        *,
        data_dir: Path,
        api_key: str,
        task_seconds: float,
        video_long_side: int,
        log_file: Path | None = None,
        meanwhile: Callable[[], object] | None = None,
    ) -> DemoServerProcess:
        """Start the server and wait (this thread) until it listens; raises if it cannot.
        ``meanwhile`` runs while the child starts (it takes ~200 ms to listen)."""
        options = {
            "data_dir": str(data_dir),
            "api_key": api_key,
            "task_seconds": task_seconds,
            "video_long_side": video_long_side,
        }
        log: IO[bytes] | int = subprocess.DEVNULL
        if log_file is not None:
            log_file.parent.mkdir(parents=True, exist_ok=True)
            log = log_file.open("ab")
        try:
            proc = subprocess.Popen(
                [*_command(), json.dumps(options)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=log,
                env=_child_env(),
                creationflags=CHILD_CREATION_FLAGS,
            )
            child_gives_way(proc.pid)
        finally:
            if not isinstance(log, int):
                log.close()
        if meanwhile is not None:
            try:
                meanwhile()
            except BaseException:
                cls(proc, "").stop()
                raise
        watchdog = threading.Timer(START_TIMEOUT_S, proc.kill)
        watchdog.start()
        try:
            assert proc.stdout is not None
            line = proc.stdout.readline()
        finally:
            watchdog.cancel()
        try:
            url = str(json.loads(line)["base_url"])
        except (ValueError, KeyError, TypeError):
            cls(proc, "").stop()
            from poyo_desktop.core.wording import translate

            raise RuntimeError(
                translate(
                    "DemoServer", "the demo server did not start (exit code {code}; see {log})"
                ).format(code=proc.poll(), log=log_file)
            ) from None
        return cls(proc, url)

    def stop(self, timeout: float = 10.0) -> None:
        """Close the server's stdin (it stops itself), and kill it if it does not end."""
        proc = self._proc
        with contextlib.suppress(OSError):
            if proc.stdin is not None:
                proc.stdin.close()
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()


def _command() -> list[str]:
    if getattr(sys, "frozen", False):  # PyInstaller: no -m; main() dispatches the flag
        return [sys.executable, SERVE_FLAG]
    return [sys.executable, "-m", "poyo_desktop.boot.demo_server"]


def _child_env() -> dict[str, str]:
    """This environment, with this copy of the package first on the child's path."""
    env = dict(os.environ)
    if not getattr(sys, "frozen", False):
        here = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [here, env.get("PYTHONPATH")]))
    return env


def serve(argv: list[str]) -> int:
    """The child: run the server, print its address, and stop when stdin closes."""
    import logging
    import signal

    from poyo_desktop.sandbox import Sandbox

    with contextlib.suppress(ValueError, AttributeError):
        # A terminal's Ctrl+C reaches the whole process group: the app ends us by our pipe.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    options: dict[str, Any] = json.loads(argv[0])
    sandbox = Sandbox(
        task_seconds=float(options["task_seconds"]),
        api_key=options["api_key"],
        data_dir=options["data_dir"],
        video_long_side=int(options["video_long_side"]),
    )
    url = sandbox.start()
    try:
        sys.stdout.write(json.dumps({"base_url": url}) + "\n")
        sys.stdout.flush()
        sys.stdin.buffer.read()  # until the app closes the pipe: it stopped us, quit or died
    finally:
        sandbox.stop()
    return 0


if __name__ == "__main__":
    sys.exit(serve(sys.argv[1:]))
