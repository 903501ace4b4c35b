"""SIGKILL the app while it uploads, submits, polls and downloads; start it again.

Every job must end in an honest state, no video may be duplicated or half-written, and
the sandbox must have counted exactly one submit per task.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from poyo_desktop.core.states import JobState
from poyo_desktop.sandbox import Fault, Sandbox
from poyo_desktop.services.mp4check import check_mp4
from tests.conftest import TEST_KEY
from tests.images import write_png

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def sandbox(render_cache):
    box = Sandbox(task_seconds=0.3, video_long_side=640, data_dir=render_cache,
                  api_key=TEST_KEY, credits=1000)
    box.start()
    yield box
    box.stop()


class App:
    """One run of the driver process on a data folder."""

    def __init__(self, sandbox: Sandbox, data: Path, *, generate: int = 0,
                 image: Path | None = None) -> None:
        args = [sys.executable, "-m", "tests.recovery.driver", "--data-dir", str(data),
                "--server", sandbox.base_url, "--key", TEST_KEY, "--generate", str(generate)]
        if image is not None:
            args += ["--image", str(image)]
        self.process = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True,
                                        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})

    def kill_when(self, condition: Callable[[], bool], timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if self.process.poll() is not None:
                raise AssertionError("the app ended before the moment to kill it: "
                                     + self.process.stdout.read()[-3000:]
                                     + self.process.stderr.read()[-3000:])
            if time.monotonic() > deadline:
                self.process.kill()
                raise AssertionError("the moment to kill the app never came")
            time.sleep(0.01)
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)
        assert self.process.returncode == -signal.SIGKILL

    def finish(self, timeout: float = 60.0) -> list[dict]:
        out, err = self.process.communicate(timeout=timeout)
        assert self.process.returncode == 0, err[-3000:]
        return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def videos(data: Path) -> list[Path]:
    folder = data / "Videos"
    return sorted(folder.iterdir()) if folder.exists() else []


def assert_clean_finish(sandbox: Sandbox, data: Path, jobs: list[dict]) -> None:
    assert [job["state"] for job in jobs] == [JobState.FINISHED.value], jobs
    files = videos(data)
    assert [f.name for f in files] == [Path(jobs[0]["output"]).name]  # one file, no .part
    check_mp4(files[0])
    assert sandbox.tasks_created == 1
    assert sandbox.task(jobs[0]["remote_id"]).submit_requests == 1


@pytest.fixture
def image(tmp_path) -> Path:
    return write_png(tmp_path / "photo.png", 640, 400)


def test_killed_while_uploading(sandbox, tmp_path, image):
    data = tmp_path / "app"
    sandbox.inject(Fault.slow(30, route="upload"))
    App(sandbox, data, generate=1, image=image).kill_when(
        lambda: sandbox.requests["upload"] >= 1)
    sandbox.clear_faults()
    jobs = App(sandbox, data).finish()
    assert_clean_finish(sandbox, data, jobs)


def test_killed_after_the_submit_reached_the_server(sandbox, tmp_path, image):
    data = tmp_path / "app"
    sandbox.inject(Fault.slow(30, route="submit", after_commit=True))
    App(sandbox, data, generate=1, image=image).kill_when(lambda: sandbox.tasks_created == 1)
    sandbox.clear_faults()
    jobs = App(sandbox, data).finish()
    # The task exists (and may be charged): the app must not send it again on its own.
    assert [job["state"] for job in jobs] == [JobState.UNKNOWN.value]
    assert "may or may not" in jobs[0]["error"]
    assert sandbox.requests["submit"] == 1 and sandbox.tasks_created == 1
    assert videos(data) == []


def test_killed_while_polling(sandbox, tmp_path, image):
    data = tmp_path / "app"
    sandbox.inject(Fault.slow(30, route="status"))
    App(sandbox, data, generate=1, image=image).kill_when(
        lambda: sandbox.requests["status"] >= 1)
    sandbox.clear_faults()
    jobs = App(sandbox, data).finish()
    assert_clean_finish(sandbox, data, jobs)


def test_killed_while_downloading(sandbox, tmp_path, image):
    data = tmp_path / "app"
    sandbox.inject(Fault.throttle(10_000, route="download", times=None))
    first = App(sandbox, data, generate=1, image=image)
    # The temp file exists from the first byte on (data reaches it in batches).
    first.kill_when(lambda: any(p.name.endswith(".part") for p in videos(data))
                    and sandbox.requests["download"] >= 1)
    assert not [p for p in videos(data) if p.suffix == ".mp4"]  # nothing shown as a video
    sandbox.clear_faults()
    jobs = App(sandbox, data).finish()
    assert_clean_finish(sandbox, data, jobs)
