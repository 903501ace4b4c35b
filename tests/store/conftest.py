"""Shared helpers for the store tests: realistic jobs and a fresh store per test."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from poyo_desktop.core.job import Job
from poyo_desktop.core.rules import MODELS
from poyo_desktop.core.states import JobState
from poyo_desktop.store import JobStore

WORDS = (
    *("a", "cat", "dancing", "in", "the", "rain", "slow", "camera", "pan", "golden", "hour"),
    *("portrait", "smiling", "wind", "her", "hair", "neon", "city", "at", "night", "drone"),
    *("shot", "over", "forest", "river", "gentle", "zoom", "snow", "falling", "été"),
)

BASE_TIME = datetime(2026, 1, 1, tzinfo=UTC)

MakeJob = Callable[..., Job]


def build_job(index: int, rng: random.Random | None = None, **changes: object) -> Job:
    """Job number ``index``: every field filled, prompts of realistic (sometimes long) size."""
    rng = rng or random.Random(index)
    words = rng.choice((8, 20, 40, 60, 400)) if rng.random() < 0.97 else 700
    created = BASE_TIME + timedelta(minutes=index, microseconds=rng.randrange(1_000_000))
    fields: dict[str, object] = {
        "model": MODELS[index % 2],
        "prompt": " ".join(rng.choice(WORDS) for _ in range(words)) + f" #{index}",
        "duration": (5, 10)[index % 2],
        "negative_prompt": rng.choice(("", "blurry, low quality", "Text, Watermark")),
        "start_image": f"/data/images/{index:064x}.jpg",
        "end_image": None if index % 3 else f"/data/images/{index + 1:064x}.png",
        "start_image_original": f"/home/someone/Pictures/photo {index}.jpg",
        "callback_url": None,
        "backend": ("poyo", "demo")[index % 2],
        "created_at": created,
        "updated_at": created + timedelta(seconds=30),
        "state": list(JobState)[index % len(JobState)],
        "progress": index % 101,
        "remote_id": f"task-unified-1762943400-{index:08x}",
        "submit_attempts": index % 3,
        "submitted_at": created + timedelta(seconds=5),
        "start_image_url": f"https://storage.example/{index}.jpg",
        "start_image_expires_at": created + timedelta(hours=72),
        "credits": (30.0, 55.5, None)[index % 3],
        "result_size": 1_234_567 + index,
        "error_detail": None if index % 5 else "HTTPStatusError: 503 " * 20,
    }
    fields.update(changes)
    return Job(**fields)  # type: ignore[arg-type]


@pytest.fixture
def make_job() -> MakeJob:
    return build_job


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "history" / "jobs.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[JobStore]:
    opened = JobStore(db_path)
    yield opened
    opened.close()


def save_in_older_file(store: JobStore, job: Job) -> None:
    """Save ``job`` into a store opened with fewer migrations: only the columns its file
    has (a later step's columns are not there yet), as that app version wrote them."""
    from poyo_desktop.store.rows import job_to_row

    columns = [row[1] for row in store._conn.execute("PRAGMA table_info(jobs)")]
    row = {column: value for column, value in job_to_row(job).items() if column in columns}
    names, marks = ", ".join(row), ", ".join(f":{column}" for column in row)
    with store._conn:
        store._conn.execute(f"INSERT INTO jobs ({names}) VALUES ({marks})", row)
