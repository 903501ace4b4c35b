"""A full disk, a read-only or vanished download folder, and a damaged history file.

The app is built as the program builds it (``build_context``, the download folder chosen in
Settings) and run in this process under qasync, against a sandbox whose counters prove that
nothing was bought twice. The damaged-history tests open the real window offscreen.
(A truncated download is covered in tests/services/test_pipeline.py.)
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from poyo_desktop.boot.compose import AppContext, build_context
from poyo_desktop.boot.options import Options
from poyo_desktop.core.draft import JobDraft
from poyo_desktop.core.job import Job
from poyo_desktop.core.query import JobQuery
from poyo_desktop.core.states import JobState
from poyo_desktop.sandbox import Fault, Sandbox
from poyo_desktop.store import JobStore
from poyo_desktop.ui.window.main_window import MainWindow
from tests.conftest import TEST_KEY
from tests.recovery.checks import assert_one_good_video_each
from tests.ui.test_main_window import job_rows, wait_until

# -- a small disk ----------------------------------------------------------------------------


@pytest.fixture
def mounts():
    """Mount tmpfs file systems for one test (root only); all unmounted afterwards."""
    mounted: list[Path] = []

    def mount(target: Path, options: str) -> Path:
        target.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            pytest.skip(
                f"cannot mount a small tmpfs here (needs root or CAP_SYS_ADMIN): "
                f"{done.stderr.strip() or done.returncode}"
            )
        mounted.append(target)
        return target

    yield mount
    for target in reversed(mounted):
        subprocess.run(["umount", "-l", str(target)], capture_output=True)


def remount(target: Path, options: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{options}", str(target)], check=True)


# -- the app in this process -----------------------------------------------------------------


async def open_app(sandbox: Sandbox, home: Path, downloads: Path) -> AppContext:
    ctx = await build_context(
        Options(
            data_dir=home,
            force_demo=True,
            base_url=sandbox.base_url,
            api_key=TEST_KEY,
            poll_interval=0.05,
        )
    )
    ctx.settings.update(download_dir=str(downloads))
    await ctx.jobs.resume()
    return ctx


def run_app(
    qloop,
    sandbox: Sandbox,
    tmp_path: Path,
    downloads: Path,
    scenario: Callable[[AppContext], Awaitable[object]],
) -> object:
    async def main():
        ctx = await open_app(sandbox, tmp_path / "home", downloads)
        try:
            return await scenario(ctx)
        finally:
            await ctx.close()

    return qloop.run_until_complete(main())


def generate(ctx: AppContext, image: Path, prompt: str = "A boat at sunset") -> None:
    ctx.jobs.generate(JobDraft(model="kling-2.1/standard", prompt=prompt, start_image=image))


async def settled(ctx: AppContext, count: int = 1) -> list[Job]:
    """Once ``count`` jobs exist and all wait for a person."""
    jobs = ctx.jobs
    await wait_until(
        lambda: (
            len(jobs.jobs()) >= count
            and not jobs.busy_count()
            and all(job.state.is_terminal for job in jobs.jobs())
        ),
        what="the tasks to settle",
    )
    return jobs.jobs()


async def retried(ctx: AppContext, job: Job) -> Job:
    ctx.jobs.retry(job.id)
    await wait_until(
        lambda: ctx.jobs.get(job.id).state is not JobState.FAILED, what="the retry to start"
    )
    (done,) = await settled(ctx)
    return done


def as_rows(jobs: list[Job]) -> list[dict]:
    return [{"state": job.state.value, "output": job.output_path} for job in jobs]


def assert_bought_once(sandbox: Sandbox) -> None:
    assert sandbox.requests["submit"] == 1 and sandbox.tasks_created == 1


# -- disk trouble ----------------------------------------------------------------------------


@pytest.mark.parametrize("room", ["disk made bigger", "another folder chosen"])
def test_full_disk_is_said_plainly_and_the_video_fetched_again(
    sandbox, tmp_path, image, qloop, mounts, room
):
    disk = mounts(tmp_path / "small-disk", "size=64k")
    elsewhere = tmp_path / "big-disk" / "Videos"

    async def scenario(ctx):
        generate(ctx, image)
        (failed,) = await settled(ctx)
        leftovers = sorted(p.name for p in disk.iterdir())
        if room == "disk made bigger":
            remount(disk, "size=8m")
        else:
            ctx.settings.update(download_dir=str(elsewhere))
        return failed, leftovers, await retried(ctx, failed)

    failed, leftovers, done = run_app(qloop, sandbox, tmp_path, disk, scenario)
    assert failed.result_size is None or failed.result_size > 64 * 1024  # it cannot fit
    assert failed.state is JobState.FAILED and failed.error_kind == "download_disk_full"
    assert failed.error_message == (
        f"The disk is full: there is no room to save the video in {disk}."
    )
    assert failed.output_path is None and failed.result_url
    assert leftovers == []  # no half-written file, hidden or not
    assert done.state is JobState.FINISHED
    assert_one_good_video_each(disk if room == "disk made bigger" else elsewhere, as_rows([done]))
    assert_bought_once(sandbox)
    assert sandbox.requests["download"] == 2


def test_read_only_folder_is_said_plainly_and_fetched_again_once_writable(
    sandbox, tmp_path, image, qloop, mounts
):
    folder = mounts(tmp_path / "read-only", "size=1m,ro")

    async def scenario(ctx):
        generate(ctx, image)
        (failed,) = await settled(ctx)
        remount(folder, "rw")
        return failed, await retried(ctx, failed)

    failed, done = run_app(qloop, sandbox, tmp_path, folder, scenario)
    assert failed.state is JobState.FAILED and failed.error_kind == "download_permission"
    assert failed.error_message == f"The app is not allowed to save files in {folder}."
    assert done.state is JobState.FINISHED
    assert_one_good_video_each(folder, as_rows([done]))
    assert_bought_once(sandbox)


def test_download_folder_deleted_between_tasks_is_made_again(sandbox, tmp_path, image, qloop):
    folder = tmp_path / "usb" / "Videos"

    async def scenario(ctx):
        generate(ctx, image, "first")
        (first,) = await settled(ctx)
        assert Path(first.output_path).parent == folder
        shutil.rmtree(folder.parent)  # the person deleted it (or unplugged it) meanwhile
        generate(ctx, image, "second")
        return await settled(ctx, 2)

    jobs = run_app(qloop, sandbox, tmp_path, folder, scenario)
    assert [job.state for job in jobs] == [JobState.FINISHED] * 2
    second = next(job for job in jobs if job.prompt == "second")
    assert_one_good_video_each(folder, as_rows([second]))
    assert sandbox.tasks_created == 2 and sandbox.requests["submit"] == 2


def test_download_folder_deleted_mid_download_is_said_plainly_and_fetched_again(
    sandbox, tmp_path, image, qloop
):
    folder = tmp_path / "usb" / "Videos"
    sandbox.inject(Fault.throttle(40_000, route="download"))  # about 2 s for the video

    async def scenario(ctx):
        generate(ctx, image)
        await wait_until(
            lambda: folder.exists() and any(folder.iterdir()), what="the download to start"
        )
        shutil.rmtree(folder.parent)
        (failed,) = await settled(ctx)
        return failed, await retried(ctx, failed)

    failed, done = run_app(qloop, sandbox, tmp_path, folder, scenario)
    assert failed.state is JobState.FAILED and failed.error_kind == "download_folder_missing"
    assert failed.error_message == (
        f"The download folder {folder} no longer exists or cannot be created."
    )
    assert done.state is JobState.FINISHED
    assert_one_good_video_each(folder, as_rows([done]))
    assert_bought_once(sandbox)


# -- a damaged history file ------------------------------------------------------------------


def write_history(database: Path, count: int) -> list[Job]:
    """A real history file, written by the app's store, with ``count`` finished tasks."""
    jobs = [
        Job(
            model="kling-2.1/standard",
            prompt=f"salvage me {n:02d} " + "words " * 40,
            state=JobState.FINISHED,
            remote_id=f"task-unified-1-{n:08d}",
            output_path=f"/videos/{n}.mp4",
            progress=100,
        )
        for n in range(count)
    ]
    with JobStore(database) as store:
        store.save_many(jobs)
    for side in ("-wal", "-shm"):
        assert not Path(f"{database}{side}").exists()  # all of it is in the file itself
    return jobs


def open_window(qloop, sandbox: Sandbox, home: Path, scenario) -> object:
    async def main():
        ctx = await build_context(
            Options(
                data_dir=home,
                force_demo=True,
                base_url=sandbox.base_url,
                api_key=TEST_KEY,
                poll_interval=0.05,
            )
        )
        window = MainWindow(ctx.services())
        window.show()
        try:
            await window.start()
            return await scenario(ctx, window)
        finally:
            window.close()
            await ctx.close()

    return qloop.run_until_complete(main())


def startup_note(window: MainWindow) -> str:
    """The note ``start()`` left open: it had returned, so it never waited for a click."""
    note = window.findChild(QMessageBox, "startupNote")
    assert note is not None and note.isVisible()
    return note.text()


def test_history_file_full_of_garbage(sandbox, tmp_path, image, qloop):
    home = tmp_path / "home"
    database = home / "data" / "history.sqlite3"
    write_history(database, 5)
    garbage = bytes(range(256)) * (database.stat().st_size // 256)  # over all of it
    database.write_bytes(garbage)

    async def scenario(ctx, window):
        note = startup_note(window)
        recovery = ctx.store.recovery
        # The app still works: a new task goes through and lands in the new history.
        generate(ctx, image, "fresh")
        await wait_until(
            lambda: [job.state for job in job_rows(window)] == [JobState.FINISHED],
            what="a new task to finish",
        )
        return note, recovery

    note, recovery = open_window(qloop, sandbox, home, scenario)
    assert note == (
        f"Your history file was damaged. A copy was kept at "
        f"{recovery.backup_path}; none of your tasks could be recovered."
    )
    assert recovery.backup_path.parent == database.parent
    assert recovery.backup_path.read_bytes() == garbage  # the evidence, untouched
    with JobStore(database) as store:
        assert [job.prompt for job in store.page(JobQuery(), 0, 10)] == ["fresh"]


def test_truncated_history_file_keeps_what_can_be_read(sandbox, tmp_path, qloop):
    home = tmp_path / "home"
    database = home / "data" / "history.sqlite3"
    written = write_history(database, 60)
    whole = database.read_bytes()
    database.write_bytes(whole[: len(whole) // 2])

    async def scenario(ctx, window):
        note = startup_note(window)
        recovery = ctx.store.recovery
        await wait_until(
            lambda: window.model.rowCount() == recovery.rows_salvaged,
            what="the salvaged tasks in the list",
        )
        return note, recovery, job_rows(window)

    note, recovery, shown = open_window(qloop, sandbox, home, scenario)
    assert 0 < recovery.rows_salvaged < len(written)  # some pages were cut off with the end
    assert note == (
        f"Your history file was damaged. A copy was kept at "
        f"{recovery.backup_path}; {recovery.rows_salvaged} of your tasks were "
        f"recovered."
    )
    assert recovery.backup_path.read_bytes() == whole[: len(whole) // 2]
    originals = {job.id: job for job in written}
    assert len(shown) == recovery.rows_salvaged
    for job in shown:  # each one exactly as it was saved
        original = originals[job.id]
        assert (job.prompt, job.state, job.remote_id, job.output_path) == (
            original.prompt,
            original.state,
            original.remote_id,
            original.output_path,
        )
