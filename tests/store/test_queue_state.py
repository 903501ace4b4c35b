"""The send queue's own writes: a waiting job's edit, made only while the file says it
waits (check and change in one statement), and "Pause Sending" kept through a restart."""

from __future__ import annotations

import asyncio
import dataclasses
import sqlite3
import threading
from pathlib import Path

import pytest

from poyo_desktop.core.job import Job
from poyo_desktop.core.query import JobQuery
from poyo_desktop.core.rules import PRO, STANDARD
from poyo_desktop.core.states import JobState
from poyo_desktop.store import AsyncJobStore, JobStore
from poyo_desktop.store.queue_state import edit_waiting, keep_sending_paused, sending_paused
from poyo_desktop.store.schema import MIGRATIONS, SCHEMA_VERSION

from .conftest import save_in_older_file


def waiting_job(**changes: object) -> Job:
    fields: dict[str, object] = {
        "model": STANDARD,
        "prompt": "A cat waves",
        "negative_prompt": "blurry",
        "duration": 5,
        "start_image": "/data/images/a.png",
        "queue_rank": 2.0,
        "held": True,
        "batch_id": "batch-1",
    }
    fields.update(changes)
    return Job(**fields)  # type: ignore[arg-type]


def edited(job: Job) -> Job:
    return job.with_changes(prompt="A dog jumps", negative_prompt="", duration=10, model=PRO)


def test_a_waiting_job_takes_the_edit_and_keeps_everything_else(store: JobStore) -> None:
    job = waiting_job()
    store.save(job)
    after = edited(job)
    assert edit_waiting(store, after) is True
    back = store.get(job.id)
    assert back is not None
    assert (back.prompt, back.negative_prompt, back.duration, back.model) == (
        "A dog jumps",
        "",
        10,
        PRO,
    )
    assert back.updated_at == after.updated_at
    # What the edit does not touch stays as stored: its place, its pause, its batch.
    untouched = ("queue_rank", "held", "batch_id", "state", "idempotency_key", "created_at")
    assert {k: getattr(back, k) for k in untouched} == {k: getattr(job, k) for k in untouched}


def test_the_search_finds_the_new_words_and_not_the_old(store: JobStore) -> None:
    job = waiting_job()
    store.save(job)
    assert edit_waiting(store, edited(job))
    assert [j.id for j in store.page(JobQuery(text="dog jumps"), 0, 10)] == [job.id]
    assert store.page(JobQuery(text="cat waves"), 0, 10) == []
    assert store.page(JobQuery(text="blurry"), 0, 10) == []


@pytest.mark.parametrize(
    "state", [s for s in JobState if s is not JobState.DRAFT], ids=lambda s: s.value
)
def test_a_job_no_longer_waiting_is_left_as_it_is(store: JobStore, state: JobState) -> None:
    job = waiting_job(state=state, remote_id="task-1")
    store.save(job)
    assert edit_waiting(store, edited(job)) is False
    assert store.get(job.id) == job


def test_a_job_not_in_the_history_is_not_made(store: JobStore) -> None:
    assert edit_waiting(store, edited(waiting_job())) is False
    assert store.count(JobQuery()) == 0


def test_a_send_saved_just_before_the_edit_wins(db_path: Path) -> None:
    """The slot's save and the edit from two connections (the window's store thread and,
    say, another process): whichever comes second sees the first, never a blend."""
    job = waiting_job(held=False)
    with JobStore(db_path) as first, JobStore(db_path) as second:
        first.save(job)
        sending = job.moved(JobState.UPLOADING)
        second.save(sending)  # a slot took it
        assert edit_waiting(first, edited(job)) is False
        assert first.get(job.id) == sending
        # And the other way round: edited while waiting, then the send carries the edit.
        other = waiting_job(held=False)
        first.save(other)
        assert edit_waiting(second, edited(other)) is True
        assert first.get(other.id).prompt == "A dog jumps"  # type: ignore[union-attr]


def test_an_edit_racing_a_send_on_many_threads_is_all_or_nothing(db_path: Path) -> None:
    """Twenty jobs; for each, one thread sends it while another edits it. Each ends either
    sent with its old words or waiting with the new ones: never sent with the new words
    unless the edit came first, never an edit reported that did not happen."""
    jobs = [waiting_job(prompt=f"Cat {n}", held=False) for n in range(20)]
    with JobStore(db_path) as store:
        store.save_many(jobs)
    results: dict[str, bool] = {}

    def send() -> None:
        with JobStore(db_path) as own:
            for job in jobs:
                with own._conn:  # the slot's move: only a waiting job is taken
                    own._conn.execute(
                        "UPDATE jobs SET state = 'uploading' WHERE id = ? AND state = 'draft'",
                        (job.id,),
                    )

    def edit() -> None:
        with JobStore(db_path) as own:
            for job in jobs:
                results[job.id] = edit_waiting(own, edited(job))

    threads = [threading.Thread(target=send), threading.Thread(target=edit)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with JobStore(db_path) as store:
        for job in jobs:
            back = store.get(job.id)
            assert back is not None and back.state is JobState.UPLOADING
            assert (back.prompt == "A dog jumps") is results[job.id], (back, results[job.id])


def test_pause_sending_is_remembered_and_defaults_to_off(db_path: Path) -> None:
    with JobStore(db_path) as store:
        assert sending_paused(store) is False
        keep_sending_paused(store, True)
        assert sending_paused(store) is True
    with JobStore(db_path) as store:  # a restart
        assert sending_paused(store) is True
        keep_sending_paused(store, False)
    with JobStore(db_path) as store:
        assert sending_paused(store) is False


def test_the_async_store_edits_and_remembers_on_its_thread(db_path: Path) -> None:
    async def main() -> None:
        store = await AsyncJobStore.open(db_path)
        job = waiting_job()
        await store.save(job)
        assert await store.edit_waiting(edited(job)) is True
        await store.save(dataclasses.replace(job, state=JobState.CANCELLED))
        assert await store.edit_waiting(edited(job)) is False
        assert await store.sending_paused() is False
        await store.keep_sending_paused(True)
        assert await store.sending_paused() is True
        await store.close()

    asyncio.run(main())


def test_step_4_adds_the_queue_state_to_a_version_3_file(db_path: Path) -> None:
    job = waiting_job()
    with JobStore(db_path, migrations=MIGRATIONS[:3]) as old:
        save_in_older_file(old, job)
        names = {row[0] for row in old._conn.execute("SELECT name FROM sqlite_master")}
        assert "queue_state" not in names
    with JobStore(db_path) as store:
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 4
        assert store.get(job.id) == job
        assert sending_paused(store) is False
        keep_sending_paused(store, True)
        assert sending_paused(store) is True
    # The file as it was before the step is kept beside it.
    with sqlite3.connect(db_path.with_name("jobs.db.v3.bak")) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    conn.close()
