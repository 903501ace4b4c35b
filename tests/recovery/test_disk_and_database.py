"""A full disk, a read-only or vanished folder, and a damaged history file."""

from __future__ import annotations

import asyncio
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from poyo_desktop.context import Options, build_context
from poyo_desktop.core.states import JobState
from poyo_desktop.services.pipeline import PipelineConfig
from poyo_desktop.ui.main_window import MainWindow
from tests.conftest import TEST_KEY
from tests.services.harness import draft, make_harness
from tests.ui.test_main_window import wait_until


def mount_tmpfs(target: Path, options: str) -> None:
    target.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({result.stderr.strip()}); needs root")


def umount(target: Path) -> None:
    subprocess.run(["umount", "-l", str(target)], capture_output=True)


def run_with(poyo, tmp_path, downloads: Path, body):
    async def main():
        harness = await make_harness(poyo.base_url, tmp_path)
        config = PipelineConfig(download_dir=downloads, prepared_dir=tmp_path / "prepared",
                                poll_interval=0.05)
        harness.service._config = lambda: config  # the folder a person chose in Settings
        for pipeline in harness.service._pipelines.values():
            pipeline._config = harness.service._config
        try:
            return await body(harness)
        finally:
            await harness.close()

    return asyncio.run(main())


def test_full_disk_is_said_plainly_and_the_video_can_be_fetched_again(poyo, tmp_path, qapp):
    disk = tmp_path / "small-disk"
    mount_tmpfs(disk, "size=16k")
    try:
        async def body(h):
            h.service.generate(draft(tmp_path))
            failed = await h.wait_terminal()
            leftovers = sorted(disk.iterdir())
            subprocess.run(["mount", "-o", "remount,size=8m", str(disk)], check=True)
            h.service.retry(failed.id)
            await h.wait_for(lambda: h.latest().state is not JobState.FAILED)
            return failed, leftovers, await h.wait_terminal()

        failed, leftovers, done = run_with(poyo, tmp_path, disk, body)
    finally:
        umount(disk)
    assert failed.state is JobState.FAILED and failed.error_kind == "download_disk_full"
    assert "disk is full" in failed.error_message
    assert leftovers == []  # no half-written file left behind
    assert done.state is JobState.FINISHED
    assert poyo.requests["submit"] == 1 and poyo.tasks_created == 1  # not bought twice


def test_read_only_folder_is_said_plainly(poyo, tmp_path, qapp):
    folder = tmp_path / "read-only"
    mount_tmpfs(folder, "size=1m,ro")
    try:
        async def body(h):
            h.service.generate(draft(tmp_path))
            return await h.wait_terminal()

        failed = run_with(poyo, tmp_path, folder, body)
    finally:
        umount(folder)
    assert failed.state is JobState.FAILED and failed.error_kind == "download_permission"
    assert "not allowed to save" in failed.error_message
    assert failed.result_url  # it can be downloaded again later


def test_vanished_download_folder_is_made_again(poyo, tmp_path, qapp):
    folder = tmp_path / "usb" / "Videos"
    folder.mkdir(parents=True)
    (folder.parent / "marker").write_text("x")
    import shutil

    shutil.rmtree(folder.parent)  # the person deleted it while the app ran

    async def body(h):
        h.service.generate(draft(tmp_path))
        return await h.wait_terminal()

    done = run_with(poyo, tmp_path, folder, body)
    assert done.state is JobState.FINISHED
    assert Path(done.output_path).parent == folder and Path(done.output_path).exists()


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_damaged_history_file_the_app_starts_keeps_a_backup_and_explains(
        poyo, tmp_path, qloop, damage):
    home = tmp_path / "home"
    options = Options(data_dir=home, force_demo=True, base_url=poyo.base_url,
                      api_key=TEST_KEY, poll_interval=0.05)

    async def first_session():
        harness = await make_harness(poyo.base_url, tmp_path,
                                     db=home / "data" / "history.sqlite3")
        for _ in range(3):
            harness.service.generate(draft(tmp_path))
        await harness.wait_for(lambda: len(harness.service.jobs()) == 3
                               and all(j.state.is_terminal for j in harness.service.jobs()))
        await harness.close()

    async def second_session():
        ctx = await build_context(options)
        window = MainWindow(ctx)
        window.show()
        try:
            await window.start()
            await wait_until(lambda: window.findChild(QMessageBox, "startupNote") is not None,
                             what="the note about the damaged file")
            note = window.findChild(QMessageBox, "startupNote").text()
            await asyncio.sleep(0.2)
            return note, window.model.rowCount(), ctx.store.recovery
        finally:
            window.close()
            await ctx.close()

    (home / "data").mkdir(parents=True)
    qloop.run_until_complete(first_session())
    database = home / "data" / "history.sqlite3"
    for suffix in ("-wal", "-shm"):
        Path(str(database) + suffix).unlink(missing_ok=True)
    if damage == "garbage":
        database.write_bytes(b"\x13\x37" * 40_000)
    else:
        database.write_bytes(database.read_bytes()[: database.stat().st_size // 2])
    note, rows, recovery = qloop.run_until_complete(second_session())
    assert "damaged" in note and str(recovery.backup_path) in note
    assert recovery.backup_path.exists()
    assert rows == recovery.rows_salvaged
