"""AsyncJobStore: every call on one worker thread, awaitable, and no write ever dropped."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from pathlib import Path

import pytest

from poyo_desktop.core.query import JobQuery
from poyo_desktop.core.states import JobState
from poyo_desktop.store import UNFINISHED_STATES, AsyncJobStore, JobStore, NewerDatabaseError
from poyo_desktop.store.schema import MIGRATIONS, Migration

from .conftest import build_job


def test_calls_are_awaitable_and_land_on_disk(db_path: Path) -> None:
    jobs = [build_job(i) for i in range(30)]

    async def main() -> None:
        store = await AsyncJobStore.open(db_path)
        assert store.recovery is None
        await asyncio.gather(*(store.save(job) for job in jobs))
        assert await store.get(jobs[0].id) == jobs[0]
        assert await store.count(JobQuery()) == 30
        assert len(await store.page(JobQuery(), 0, 10)) == 10
        expected = {j.id for j in jobs if j.state in UNFINISHED_STATES}
        assert {j.id for j in await store.unfinished()} == expected
        assert len(await store.by_state(JobState.UNKNOWN)) == 3
        await store.delete(jobs[0].id)
        assert await store.get(jobs[0].id) is None
        await store.close()

    asyncio.run(main())
    with JobStore(db_path) as store:
        assert store.count(JobQuery()) == 29


def test_everything_runs_on_one_thread_that_is_not_the_loop(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: set[str] = set()
    for name in ("__init__", "save", "get", "count", "page", "close"):
        real = getattr(JobStore, name)

        def spy(*args: object, _real: object = real, **kwargs: object) -> object:
            seen.add(threading.current_thread().name)
            return _real(*args, **kwargs)  # type: ignore[operator]

        monkeypatch.setattr(JobStore, name, spy)

    async def main() -> None:
        store = await AsyncJobStore.open(db_path)
        job = build_job(1)
        await store.save(job)
        await store.get(job.id)
        await store.count(JobQuery())
        await store.page(JobQuery(), 0, 5)
        await store.close()

    asyncio.run(main())
    assert len(seen) == 1
    assert seen.pop().startswith("poyo-store")


def test_loop_keeps_running_while_the_disk_is_slow(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    real_save = JobStore.save

    def slow_save(self: JobStore, job: object) -> None:
        release.wait(5)
        real_save(self, job)  # type: ignore[arg-type]

    monkeypatch.setattr(JobStore, "save", slow_save)

    async def main() -> None:
        store = await AsyncJobStore.open(db_path)
        saving = store.save(build_job(1))
        ticks = 0
        while ticks < 5:  # the loop is free while the save waits on its thread
            await asyncio.sleep(0.001)
            ticks += 1
        assert not saving.done()
        release.set()
        await saving
        await store.close()

    asyncio.run(main())


def test_calls_run_in_call_order_and_save_snapshots_the_job(db_path: Path) -> None:
    async def main() -> None:
        store = await AsyncJobStore.open(db_path)
        job = build_job(1)
        first = store.save(job)
        store.save(job.with_changes(progress=10))
        last = store.save(job.with_changes(progress=20))
        job.progress = 77  # changing the caller's object later does not leak into the save
        await asyncio.gather(first, last)
        saved = await store.get(job.id)
        assert saved is not None and saved.progress == 20
        await store.close()

    asyncio.run(main())


def test_a_cancelled_save_is_still_written(db_path: Path) -> None:
    job = build_job(1)

    async def main() -> None:
        store = await AsyncJobStore.open(db_path)
        saving = asyncio.ensure_future(store.save(job))
        saving.cancel()
        with pytest.raises(asyncio.CancelledError):
            await saving
        await store.close()

    asyncio.run(main())
    with JobStore(db_path) as store:
        assert store.get(job.id) == job


def test_close_finishes_pending_writes(db_path: Path) -> None:
    jobs = [build_job(i) for i in range(100)]

    async def main() -> None:
        store = await AsyncJobStore.open(db_path)
        pending = [store.save(job) for job in jobs]  # queued, none awaited yet
        await store.close()
        assert all(future.done() for future in pending)
        await asyncio.gather(*pending)
        await store.close()  # a second close is harmless
        with pytest.raises(RuntimeError, match="closed"):
            store.save(jobs[0])

    asyncio.run(main())
    with JobStore(db_path) as store:
        assert store.count(JobQuery()) == 100


def test_close_blocking_without_a_loop(db_path: Path) -> None:
    job = build_job(1)

    async def main() -> AsyncJobStore:
        store = await AsyncJobStore.open(db_path)
        store.save(job)  # never awaited: the loop ends right away
        return store

    store = asyncio.run(main())
    store.close_blocking()
    with JobStore(db_path) as reopened:
        assert reopened.get(job.id) == job


def test_errors_arrive_through_the_awaitable(db_path: Path, tmp_path: Path) -> None:
    def nothing(conn: sqlite3.Connection) -> None:
        pass

    JobStore(
        db_path, migrations=(*MIGRATIONS, Migration(len(MIGRATIONS) + 1, "future", nothing))
    ).close()

    async def main() -> None:
        with pytest.raises(NewerDatabaseError):
            await AsyncJobStore.open(db_path)
        store = await AsyncJobStore.open(tmp_path / "other.db")
        with pytest.raises(ValueError):
            await store.page(JobQuery(), -1, 10)
        await store.close()

    asyncio.run(main())


def test_images_through_the_async_store(db_path: Path, tmp_path: Path) -> None:
    source = tmp_path / "photo.png"
    source.write_bytes(b"png bytes")

    async def main() -> None:
        async with await AsyncJobStore.open(db_path) as store:
            kept = await store.keep_image(source)
            assert kept.parent == store.images_dir and kept.read_bytes() == b"png bytes"
            assert await store.forget_unused_images() == []  # too young to go

    asyncio.run(main())
