"""The demo server runs in a process of its own and never outlives the app."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from poyo_desktop.boot.demo_server import DemoServerProcess
from poyo_desktop.boot.first_backend import DEMO_KEY


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie waiting for its (dead) parent's reaper counts as gone.
    status = Path(f"/proc/{pid}/status")
    return not (status.exists() and "State:\tZ" in status.read_text())


def _wait_gone(pid: int, timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _alive(pid):
            return True
        time.sleep(0.05)
    return False


def test_the_demo_server_answers_from_its_own_process_and_stops(tmp_path: Path) -> None:
    server = DemoServerProcess.start(
        data_dir=tmp_path / "sandbox", api_key=DEMO_KEY, task_seconds=1.0, video_long_side=160
    )
    try:
        assert server.pid != os.getpid() and server.running
        request = urllib.request.Request(
            f"{server.base_url}/api/user/balance", headers={"Authorization": f"Bearer {DEMO_KEY}"}
        )
        with urllib.request.urlopen(request, timeout=10) as answer:
            assert answer.status == 200
            assert "data" in json.loads(answer.read())
    finally:
        server.stop()
    assert not server.running


APP = r"""
import sys
from pathlib import Path
from poyo_desktop.boot.demo_server import DemoServerProcess
server = DemoServerProcess.start(
    data_dir=Path(sys.argv[1]), api_key="demo-key", task_seconds=1.0, video_long_side=160
)
print(server.pid, flush=True)
sys.stdin.read()
"""


def test_the_demo_server_goes_away_when_the_app_is_killed(tmp_path: Path) -> None:
    if sys.platform == "win32":  # no SIGKILL; the closed pipe works the same there
        return
    app = subprocess.Popen(
        [sys.executable, "-c", APP, str(tmp_path / "sandbox")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert app.stdout is not None
    server_pid = int(app.stdout.readline())
    assert _alive(server_pid)
    app.send_signal(signal.SIGKILL)  # no clean-up of any kind in the app
    app.wait()
    assert _wait_gone(server_pid), "the demo server outlived the app"
