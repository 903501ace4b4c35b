"""A jobs service wired to a real sandbox, a real SQLite store and a real download folder."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from poyo_desktop.api import PoyoClient, RetryPolicy
from poyo_desktop.core.draft import JobDraft
from poyo_desktop.core.job import Job
from poyo_desktop.core.states import JobState
from poyo_desktop.services.jobs import JobService
from poyo_desktop.services.pipeline import PipelineConfig
from poyo_desktop.store import AsyncJobStore
from tests.conftest import TEST_KEY
from tests.images import write_png


@dataclass
class Harness:
    service: JobService
    store: AsyncJobStore
    downloads: Path
    seen: list[Job] = field(default_factory=list)

    def latest(self, job_id: str | None = None) -> Job:
        jobs = self.service.jobs()
        if job_id is None:
            assert len(jobs) == 1, jobs
            return jobs[0]
        job = self.service.get(job_id)
        assert job is not None
        return job

    async def wait_for(self, predicate: Callable[[], bool], timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out; jobs: {self.service.jobs()}")
            await asyncio.sleep(0.02)

    async def wait_terminal(self, job_id: str | None = None, timeout: float = 30.0) -> Job:
        def done() -> bool:
            jobs = self.service.jobs()
            if not jobs:
                return False
            job = self.service.get(job_id) if job_id else jobs[0]
            return job is not None and job.state.is_terminal and not self.service.busy_count()

        await self.wait_for(done, timeout)
        return self.latest(job_id)

    def files_in_downloads(self) -> list[Path]:
        return sorted(self.downloads.iterdir()) if self.downloads.exists() else []

    async def close(self) -> None:
        await self.service.shutdown()
        for client in self.service.clients():
            await client.aclose()
        await self.store.close()


async def make_harness(
    base_url: str,
    tmp: Path,
    *,
    key: str = TEST_KEY,
    backend: str = "poyo",
    poll: float = 0.05,
    max_concurrent: int = 3,
    db: Path | None = None,
    timeout: httpx.Timeout | None = None,
    **config_values: Any,
) -> Harness:
    """``config_values``: more PipelineConfig fields (e.g. ``gone_after``); ``timeout``:
    the client's (short ones make "no answer" quick to test)."""
    store = await AsyncJobStore.open(db or tmp / "history.sqlite3")
    downloads = tmp / "Videos"
    config = PipelineConfig(
        download_dir=downloads, prepared_dir=tmp / "prepared", poll_interval=poll, **config_values
    )
    retry = RetryPolicy(attempts=3, base_delay=0.01, max_delay=0.05)
    client = (
        PoyoClient(key, base_url, retry=retry)
        if timeout is None
        else PoyoClient(key, base_url, retry=retry, timeout=timeout)
    )
    service = JobService(
        client, store, lambda: config, backend=backend, max_concurrent=lambda: max_concurrent
    )
    harness = Harness(service, store, downloads)
    service.job_changed.connect(harness.seen.append)
    return harness


async def on_store_thread(store: AsyncJobStore, sql: str) -> None:
    """Run ``sql`` on the store's own connection, on its own thread.

    For a disk that says no at a chosen moment with real SQLite rather than a fake store:
    ``PRAGMA query_only`` makes every write fail as a read-only file does, and a TEMP
    trigger refuses chosen writes (it lives on this connection only, never in the file).
    """
    await store._write(store._store._conn.execute, sql)


def refuse_saves(*states: str) -> str:
    """SQL for a trigger that refuses to save any job as one of ``states``."""
    listed = ", ".join(f"'{state}'" for state in states)
    return (
        "CREATE TEMP TRIGGER refuse_saves BEFORE UPDATE ON main.jobs "
        f"WHEN NEW.state IN ({listed}) BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"
    )


ALLOW_SAVES = "DROP TRIGGER temp.refuse_saves"


def draft(
    tmp: Path,
    *,
    model: str = "kling-2.1/standard",
    prompt: str = "A boat at sunset",
    end: bool = False,
    duration: int = 5,
) -> JobDraft:
    start = write_png(tmp / "start.png", 480, 320)
    end_path = write_png(tmp / "end.png", 500, 320) if end else None
    return JobDraft(
        model=model, prompt=prompt, duration=duration, start_image=start, end_image=end_path
    )


FINISHED = JobState.FINISHED
