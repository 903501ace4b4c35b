"""SIGKILL the app while it uploads, submits, polls and downloads; start it again.

The app runs in a child process (``tests.recovery.driver``: ``build_context`` and the jobs
service, as the program builds them); the sandbox runs here, so the test sees what reached
the server, holds requests at chosen points with faults, and kills the child at the moment
the sandbox's counters and the app's own history file (read only) say it is in the middle
of the step under test. No sleeps: every wait is for an observable fact.

After a restart on the same data folder every job must end in an honest state, no video may
be duplicated or half-written, and the sandbox must have counted one submit per task.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from poyo_desktop.sandbox import Fault, Sandbox
from tests.conftest import TEST_KEY
from tests.recovery.checks import assert_one_good_video_each, saved_jobs
from tests.recovery.driver import download_dir

ROOT = Path(__file__).resolve().parents[2]
HELD = 600.0  # seconds a held request waits: far longer than any test


class App:
    """One run of the driver process on a data folder, driven like a person would."""

    def __init__(
        self,
        sandbox: Sandbox,
        data: Path,
        *,
        generate: int = 0,
        image: Path | None = None,
        max_concurrent: int = 3,
        plan: str = "",
    ) -> None:
        self.data = data
        args = [
            sys.executable,
            "-m",
            "tests.recovery.driver",
            "--data-dir",
            str(data),
            "--server",
            sandbox.base_url,
            "--key",
            TEST_KEY,
            "--generate",
            str(generate),
            "--max-concurrent",
            str(max_concurrent),
        ]
        if image is not None:
            args += ["--image", str(image)]
        if plan:
            args += ["--plan", plan]
        data.mkdir(parents=True, exist_ok=True)
        self.errors = (data.parent / f"{data.name}-stderr.txt").open("a+")
        self.process = subprocess.Popen(
            args,
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.errors,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.ignored: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def saved(self) -> list[dict]:
        return saved_jobs(self.data / "data" / "history.sqlite3")

    def _stderr(self) -> str:
        self.errors.seek(0)
        return self.errors.read()[-3000:]

    def kill_when(
        self, condition: Callable[[], bool], what: str, timeout: float = 30.0, *, kill: bool = True
    ) -> None:
        """SIGKILL the app as soon as ``condition`` holds (with ``kill=False``: only wait)."""
        deadline = time.monotonic() + timeout
        while not condition():
            if self.process.poll() is not None:
                raise AssertionError(f"the app ended before {what}: {self._stderr()}")
            if time.monotonic() > deadline:
                self.process.kill()
                self.process.wait(10)
                raise AssertionError(f"timed out waiting for {what}")
            time.sleep(0.005)
        if not kill:
            return
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)
        assert self.process.returncode == -signal.SIGKILL
        self.errors.close()

    def settled(self, timeout: float = 30.0) -> list[dict]:
        """The history once nothing moves on its own any more (one dict per job)."""
        jobs: list[dict] = []
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                self.process.kill()
                raise AssertionError(f"the app never settled: {self._stderr()}") from None
            if line is None:
                raise AssertionError(f"the app ended unexpectedly: {self._stderr()}")
            if line == "SETTLED":
                return jobs
            if line.startswith("IGNORED "):
                self.ignored.append(line.removeprefix("IGNORED "))
            elif line.startswith("{"):
                jobs.append(json.loads(line))

    def do(self, command: str) -> list[dict]:
        """A person's click in the task menu (``retry <id>``, ``submit-again <id>``...)."""
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self.settled()

    def quit(self) -> None:
        self.process.stdin.write("quit\n")
        self.process.stdin.close()
        assert self.process.wait(30) == 0, self._stderr()
        self.errors.close()

    def run_to_the_end(self) -> list[dict]:
        jobs = self.settled()
        self.quit()
        return jobs


def only(rows: list[dict]) -> dict:
    assert len(rows) == 1, rows
    return rows[0]


def assert_finished_once(sandbox: Sandbox, data: Path, jobs: list[dict]) -> None:
    """Every job finished, one good video each, one task per job, each submitted once."""
    assert [job["state"] for job in jobs] == ["finished"] * len(jobs), jobs
    assert_one_good_video_each(download_dir(data), jobs)
    assert sandbox.tasks_created == len(jobs)
    assert sandbox.requests["submit"] == len(jobs)
    for job in jobs:
        assert sandbox.task(job["remote_id"]).submit_requests == 1


def test_killed_while_uploading(sandbox, tmp_path, image):
    data = tmp_path / "app"
    held = sandbox.inject(Fault.slow(HELD, route="upload"))
    app = App(sandbox, data, generate=1, image=image)
    app.kill_when(lambda: held.hits == 1, "the upload to reach the server")
    assert only(app.saved())["state"] == "uploading"
    assert sandbox.requests["submit"] == 0

    jobs = App(sandbox, data).run_to_the_end()
    assert_finished_once(sandbox, data, jobs)
    assert sandbox.requests["upload"] == 2  # the cut-off upload was simply done again


def test_killed_while_the_submit_was_on_its_way(sandbox, tmp_path, image):
    """The request left; the server had not acted on it yet, so no task exists."""
    data = tmp_path / "app"
    held = sandbox.inject(Fault.slow(HELD, route="submit"))  # held before the handler
    app = App(sandbox, data, generate=1, image=image)
    app.kill_when(lambda: held.hits == 1, "the submit to reach the server")
    # The record of the attempt was written before the request left the machine.
    row = only(app.saved())
    assert (row["state"], row["submit_attempts"], row["remote_id"]) == ("submitting", 1, None)
    assert sandbox.tasks_created == 0

    again = App(sandbox, data)
    unknown = only(again.settled())
    # The app cannot know whether it was made: it says so and sends nothing by itself.
    assert unknown["state"] == "unknown" and "may or may not" in unknown["error"]
    assert sandbox.requests["submit"] == 1 and sandbox.tasks_created == 0
    assert_one_good_video_each(download_dir(data), [unknown])

    # The person chooses "Submit again" (the window warns it may be charged twice).
    job = only(again.do(f"submit-again {unknown['id']}"))
    again.quit()
    assert_finished_after_resend(sandbox, data, job, unknown)
    assert sandbox.task(job["remote_id"]).submit_requests == 1


def assert_finished_after_resend(sandbox, data, job, unknown) -> None:
    assert job["state"] == "finished" and job["id"] == unknown["id"]
    assert job["idempotency_key"] == unknown["idempotency_key"]  # kept across the crash
    assert sandbox.task(job["remote_id"]).idempotency_key == unknown["idempotency_key"]
    assert sandbox.tasks_created == 1
    assert_one_good_video_each(download_dir(data), [job])


def test_killed_after_the_submit_created_the_task(sandbox, tmp_path, image):
    """The server made (and will charge) the task; its answer never reached the app."""
    data = tmp_path / "app"
    sandbox.inject(Fault.slow(HELD, route="submit", after_commit=True))
    app = App(sandbox, data, generate=1, image=image)
    app.kill_when(lambda: sandbox.tasks_created == 1, "the task to be created")
    row = only(app.saved())
    assert (row["state"], row["submit_attempts"], row["remote_id"]) == ("submitting", 1, None)

    again = App(sandbox, data)
    unknown = only(again.settled())
    # The task exists and may be charged: the app must not send it again on its own.
    assert unknown["state"] == "unknown" and "may or may not" in unknown["error"]
    assert sandbox.requests["submit"] == 1 and sandbox.tasks_created == 1
    (task,) = sandbox.tasks()
    assert task.submit_requests == 1
    assert_one_good_video_each(download_dir(data), [unknown])

    # "Submit again" re-sends the job's own Idempotency-Key, so a server that honours it
    # (the sandbox does) hands back the task it already made instead of a second one.
    job = only(again.do(f"submit-again {unknown['id']}"))
    again.quit()
    assert_finished_after_resend(sandbox, data, job, unknown)
    assert job["remote_id"] == task.task_id
    assert sandbox.task(task.task_id).submit_requests == 2  # the person's explicit resend


def test_killed_while_polling(sandbox, tmp_path, image):
    data = tmp_path / "app"
    held = sandbox.inject(Fault.slow(HELD, route="status"))
    app = App(sandbox, data, generate=1, image=image)
    app.kill_when(lambda: held.hits == 1, "the first status check")
    row = only(app.saved())
    assert row["state"] in ("queued", "running") and row["remote_id"]

    jobs = App(sandbox, data).run_to_the_end()
    assert_finished_once(sandbox, data, jobs)
    assert jobs[0]["remote_id"] == row["remote_id"]


def parts(data: Path) -> list[Path]:
    folder = download_dir(data)
    return [p for p in folder.iterdir() if p.name.endswith(".part")] if folder.exists() else []


def test_killed_mid_download(sandbox, tmp_path, image):
    data = tmp_path / "app"
    sandbox.inject(Fault.throttle(20_000, route="download"))  # about 4 s for the video
    app = App(sandbox, data, generate=1, image=image)
    # The temporary file is opened once the answer's headers arrived: the body is trickling.
    app.kill_when(
        lambda: sandbox.requests["download"] == 1 and bool(parts(data)), "the download to start"
    )
    assert only(app.saved())["state"] == "downloading"
    (part,) = parts(data)
    assert [p.name for p in download_dir(data).iterdir()] == [part.name]  # no .mp4 shown
    # Big videos are written in batches as they arrive: a kill can leave some of them.
    with part.open("ab") as handle:
        handle.write(b"\0" * 50_000)

    jobs = App(sandbox, data).run_to_the_end()
    assert_finished_once(sandbox, data, jobs)
    assert sandbox.requests["download"] == 2


def test_killed_with_tasks_at_every_step_at_once(sandbox, tmp_path, image):
    """Five tasks, four slots: one waiting its turn, one uploading, one sending, one being
    followed, one downloading, when the app is killed."""
    data = tmp_path / "app"
    held = [
        sandbox.inject(Fault.slow(HELD, route="upload")),
        sandbox.inject(Fault.slow(HELD, route="submit", after_commit=True)),
        sandbox.inject(Fault.slow(HELD, route="status")),
    ]
    sandbox.inject(Fault.throttle(20_000, route="download"))
    app = App(sandbox, data, generate=5, image=image, max_concurrent=4)
    app.kill_when(
        lambda: (
            all(fault.hits == 1 for fault in held) and bool(parts(data)) and len(app.saved()) == 5
        ),
        "a task at every step",
    )
    states = sorted(row["state"] for row in app.saved())
    assert states in (
        ["downloading", "draft", "queued", "submitting", "uploading"],
        ["downloading", "draft", "running", "submitting", "uploading"],
    ), states
    assert sandbox.tasks_created == 3  # sending, followed, downloading

    again = App(sandbox, data, max_concurrent=4)
    jobs = again.settled()
    assert sorted(job["state"] for job in jobs) == ["finished"] * 4 + ["unknown"]
    assert sandbox.tasks_created == 5 and sandbox.requests["submit"] == 5
    assert all(task.submit_requests == 1 for task in sandbox.tasks())
    assert_one_good_video_each(download_dir(data), jobs)

    (unknown,) = [job for job in jobs if job["state"] == "unknown"]
    jobs = again.do(f"submit-again {unknown['id']}")
    again.quit()
    assert [job["state"] for job in jobs] == ["finished"] * 5
    assert sandbox.tasks_created == 5  # the resend got the task already made
    assert_one_good_video_each(download_dir(data), jobs)


def videos(data: Path) -> list[Path]:
    """The finished-looking files in the download folder (none before it exists)."""
    folder = download_dir(data)
    return [p for p in folder.iterdir() if p.suffix == ".mp4"] if folder.exists() else []


def test_killed_after_the_video_was_saved_but_before_the_history_said_so(sandbox, tmp_path, image):
    data = tmp_path / "app"
    database = data / "data" / "history.sqlite3"
    sandbox.inject(Fault.throttle(100_000, route="download"))  # about 1 s: time to lock
    app = App(sandbox, data, generate=1, image=image)
    # The video's name is saved before its bytes come; nothing is on disk under it yet.
    app.kill_when(
        lambda: (
            [(row["state"], bool(row["output_path"])) for row in app.saved()]
            == [("downloading", True)]
        ),
        "the download to begin",
        kill=False,
    )
    # From here the app's next write is "finished". Hold the history's write lock, as a
    # slow disk's fsync would, so the kill lands between the rename and that write.
    lock = sqlite3.connect(database, timeout=5, isolation_level=None)
    try:
        lock.execute("BEGIN IMMEDIATE")
        app.kill_when(lambda: bool(videos(data)), "the video to be renamed into place")
        row = only(app.saved())
        assert row["state"] == "downloading"
        assert [p.name for p in download_dir(data).iterdir()] == [Path(row["output_path"]).name]
    finally:
        lock.rollback()
        lock.close()

    jobs = App(sandbox, data).run_to_the_end()
    assert_finished_once(sandbox, data, jobs)
    assert jobs[0]["output"] == row["output_path"]  # the video it had, taken as it is
    assert sandbox.requests["download"] == 1


def test_tasks_from_an_earlier_session_can_be_retried_and_submitted_again(sandbox, tmp_path, image):
    data = tmp_path / "app"
    sandbox.inject(Fault.lost_answer())  # one task is made, its answer lost on the way
    sandbox.inject(Fault.truncate())  # the other's video arrives cut short
    first = App(sandbox, data, generate=2, image=image).run_to_the_end()
    assert sorted(job["state"] for job in first) == ["failed", "unknown"]
    (unknown,) = [job for job in first if job["state"] == "unknown"]
    (failed,) = [job for job in first if job["state"] == "failed"]
    assert failed["error_kind"].startswith("download") and failed["result_url"]
    assert sandbox.tasks_created == 2

    later = App(sandbox, data)  # another day: the person starts the app, clicks each task
    assert sorted(job["state"] for job in later.settled()) == ["failed", "unknown"]
    later.do(f"retry {failed['id']}")
    jobs = later.do(f"submit-again {unknown['id']}")
    later.quit()
    assert later.ignored == []
    assert [job["state"] for job in jobs] == ["finished"] * 2
    assert sandbox.tasks_created == 2  # re-downloaded, and the resend got its own task back
    assert_one_good_video_each(download_dir(data), jobs)
    (resent,) = [job for job in jobs if job["id"] == unknown["id"]]
    assert resent["idempotency_key"] == unknown["idempotency_key"]
    (fetched,) = [job for job in jobs if job["id"] == failed["id"]]
    assert fetched["remote_id"] == failed["remote_id"]  # fetched again, not bought again
