"""Histories written straight into a data folder's SQLite store, as the app would find them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from poyo_desktop.core.job import Job
from poyo_desktop.core.rules import MODELS
from poyo_desktop.core.states import JobState
from poyo_desktop.services.paths import AppPaths
from poyo_desktop.services.settings import Settings
from poyo_desktop.store import JobStore

_WORDS = (
    "a paper boat drifts across a misty lake at dawn",
    "the old lighthouse blinks while waves roll in slowly",
    "grandma waves at the camera and laughs, leaves falling",
    "a cat stretches on the windowsill as rain streaks the glass",
    "city lights flicker on as the camera pans over the bridge",
    "the dog runs towards us through tall summer grass",
    "snow begins to fall on the cabin, smoke curls from the chimney",
    "a hot-air balloon rises over the valley, shadows stretch",
)


def prompt(i: int) -> str:
    return f"{_WORDS[i % len(_WORDS)]} (take {i})"


def _base(i: int, *, backend: str, created: datetime, image: str | None = None) -> Job:
    return Job(
        model=MODELS[i % 2],
        prompt=prompt(i),
        duration=(5, 10)[i % 3 == 0],
        backend=backend,
        created_at=created,
        updated_at=created,
        start_image=image,
        start_image_original=image,
        submit_attempts=1,
        submitted_at=created,
    )


def running_job(i: int, remote_id: str, *, backend: str = "poyo") -> Job:
    created = datetime.now(UTC) - timedelta(seconds=30 + i)
    job = _base(i, backend=backend, created=created)
    job.state, job.remote_id = JobState.RUNNING, remote_id
    return job


def downloading_job(i: int, url: str, size: int, *, backend: str = "poyo") -> Job:
    created = datetime.now(UTC) - timedelta(seconds=5 + i)
    job = _base(i, backend=backend, created=created)
    job.state, job.remote_id, job.progress = JobState.DOWNLOADING, f"task-bench-dl-{i}", 100
    job.result_url, job.result_size = url, size
    return job


def history_jobs(count: int, images: Sequence[Path], *, backend: str = "poyo") -> list[Job]:
    """``count`` ended jobs over the past year: mostly finished, some failed or unknown."""
    now = datetime.now(UTC)
    jobs: list[Job] = []
    for i in range(count):
        created = now - timedelta(minutes=53 * i + 7)
        image = str(images[i % len(images)]) if images else None
        job = _base(i, backend=backend, created=created, image=image)
        job.remote_id = f"task-unified-{1_700_000_000 + i}-bench{i:04d}"[:40]
        if i % 20 == 7:
            job.state, job.error_kind = JobState.FAILED, "generation_failed"
            job.error_message = "The prompt was flagged by the safety filter."
        elif i % 50 == 11:
            job.state, job.error_kind = JobState.UNKNOWN, "submit_unknown"
            job.error_message = "The app stopped while sending this task."
        else:
            job.state, job.progress = JobState.FINISHED, 100
            job.output_path = f"/nonexistent/PoYo Desktop/video-{i:05d}.mp4"
            job.output_size = 3_000_000 + i
            job.finished_at = created + timedelta(minutes=3)
            job.credits = 30.0 if job.duration == 5 else 60.0
        jobs.append(job)
    return jobs


def seed_store(data_dir: Path, jobs: Sequence[Job]) -> Path:
    """Write ``jobs`` into the store of the data folder ``data_dir`` (``--data-dir``), in
    one transaction: one sync for the whole history, not one per batch."""
    paths = AppPaths.default(data_dir).ensure()
    store = JobStore(paths.database)
    try:
        store.save_many(jobs)
    finally:
        store.close()
    return paths.database


def set_download_dir(data_dir: Path, folder: Path) -> None:
    """Videos go to ``folder`` rather than the person's Videos folder."""
    paths = AppPaths.default(data_dir).ensure()
    Settings(paths.settings_file).update(download_dir=str(folder))
