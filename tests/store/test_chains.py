"""Chained videos in the history: schema step 5 (a job's parent, the frames taken from
videos), the frame a kept picture came from, and a job recorded from such a picture
continuing its video (services/job_records.record_draft)."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

from poyo_desktop.core.draft import JobDraft
from poyo_desktop.core.job import Job
from poyo_desktop.core.rules import STANDARD
from poyo_desktop.services.job_records import record_draft
from poyo_desktop.store import AsyncJobStore, JobStore
from poyo_desktop.store.chains import FrameSource, frame_source, remember_frame
from poyo_desktop.store.schema import MIGRATIONS, SCHEMA_VERSION
from tests.images import write_png

from .conftest import save_in_older_file


def test_step_5_gives_a_version_4_file_parents_and_frames(db_path: Path) -> None:
    job = Job(model=STANDARD, prompt="A lighthouse at dusk")
    with JobStore(db_path, migrations=MIGRATIONS[:4]) as old:
        columns = [row[1] for row in old._conn.execute("PRAGMA table_info(jobs)")]
        assert "parent_id" not in columns
        save_in_older_file(old, job)
    with JobStore(db_path) as store:
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 5
        back = store.get(job.id)
        assert back == job and back is not None and back.parent_id is None
        child = Job(model=STANDARD, prompt="The light turns", parent_id=job.id)
        store.save(child)
        assert store.get(child.id) == child
        indexes = {row[0] for row in store._conn.execute("SELECT name FROM sqlite_master")}
        assert {"frames", "jobs_by_parent"} <= indexes
    # The file as it was before the step is kept beside it.
    with sqlite3.connect(db_path.with_name(f"{db_path.name}.v4.bak")) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 4
    conn.close()


def test_a_kept_picture_remembers_the_video_frame_it_is(store: JobStore, tmp_path: Path) -> None:
    kept = store.keep_image(write_png(tmp_path / "frame.png", 640, 400))
    assert frame_source(store, kept) is None
    remember_frame(store, kept, "parent-job", 4958)
    assert frame_source(store, kept) == FrameSource("parent-job", 4958)
    # The same picture taken again (same content, same kept name): the latest wins.
    remember_frame(store, Path("/elsewhere") / kept.name, "other-job", 0)
    assert frame_source(store, kept) == FrameSource("other-job", 0)


def test_a_job_started_from_a_frame_continues_its_video(tmp_path: Path) -> None:
    frame = write_png(tmp_path / "last frame.png", 640, 400)
    photo = write_png(tmp_path / "photo.png", 642, 400)

    async def main() -> tuple[Job | None, Job | None]:
        store = await AsyncJobStore.open(tmp_path / "history.sqlite3")
        try:
            kept = await store.keep_image(frame)
            await store.remember_frame(kept, "parent-job", 4958)
            chained = await record_draft(store, JobDraft(STANDARD, "on", start_image=kept), "demo")
            alone = await record_draft(store, JobDraft(STANDARD, "on", start_image=photo), "demo")
            return await store.get(chained.id), await store.get(alone.id)
        finally:
            await store.close()

    chained, alone = asyncio.run(main())
    assert chained is not None and chained.parent_id == "parent-job"
    assert alone is not None and alone.parent_id is None
