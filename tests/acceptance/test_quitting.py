"""Quitting is always clean: logout or ``kill`` (SIGTERM) and Ctrl+C in a terminal (SIGINT)
close the app the way File ▸ Quit does, with a video still being made."""

from __future__ import annotations

import sqlite3

import pytest

from poyo_desktop.core.job import Job
from poyo_desktop.core.states import JobState
from poyo_desktop.services.paths import AppPaths
from poyo_desktop.store import AsyncJobStore
from tests.acceptance.process_abilities import AppProcess
from tests.images import write_png
from tests.recovery.checks import saved_jobs

UNDER_WAY = {JobState.QUEUED.value, JobState.RUNNING.value}


async def earlier_session_left_a_video_to_make(data_dir, photo) -> Job:
    """The history as a session that was closed right after Generate leaves it."""
    job = Job(
        model="kling-2.1/standard",
        prompt="Boats rock in the harbour",
        state=JobState.DRAFT,
        start_image=str(photo),
        start_image_original=str(photo),
        backend="demo",
    )
    store = await AsyncJobStore.open(AppPaths.default(data_dir).ensure().database)
    try:
        await store.save(job)
    finally:
        await store.close()
    return job


@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGINT"])
def test_a_quit_signal_closes_the_app_as_quit_does(desktop, person, play, tmp_path, signal_name):
    data_dir = tmp_path / "poyo-data"
    photo = write_png(tmp_path / "harbour.png", 640, 400)
    database = AppPaths.default(data_dir).database

    async def scenario() -> None:
        job = await earlier_session_left_a_video_to_make(data_dir, photo)
        app = AppProcess(data_dir, "--demo", "--task-seconds", "60", "--poll-interval", "0.2")
        try:
            await app.says("Ready")
            await person.waits_for(
                lambda: any(row["state"] in UNDER_WAY for row in saved_jobs(database)),
                30,
                "the video to be under way at PoYo's demo server",
            )
            app.is_sent(signal_name)
            assert await app.exits(within=15) == 0, app.log() + app.output()
        finally:
            app.stop()
        log = app.log()
        assert f"Received {signal_name}: closing as Quit does" in log
        assert "PoYo Desktop closed cleanly" in log
        assert "Traceback" not in log
        # Nothing half-written: the history is whole, and the video is still under way
        # (it resumes on the next start), not failed.
        with sqlite3.connect(database) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        row = next(row for row in saved_jobs(database) if row["id"] == job.id)
        assert row["state"] in UNDER_WAY and row["remote_id"], row
        assert (
            not (database.parent / "history.sqlite3-wal").exists()
            or (database.parent / "history.sqlite3-wal").stat().st_size == 0
        )

    play(scenario)
