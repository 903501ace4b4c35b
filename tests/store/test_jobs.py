"""Saving, reading and querying jobs, including the 10,000-job history view."""

from __future__ import annotations

import random
import time
from datetime import timedelta
from pathlib import Path

import pytest

from poyo_desktop.core.job import Job
from poyo_desktop.core.query import JobQuery
from poyo_desktop.core.states import JobState
from poyo_desktop.store import UNFINISHED_STATES, JobStore

from .conftest import BASE_TIME, MakeJob, build_job


def test_save_get_update_delete(store: JobStore, make_job: MakeJob) -> None:
    job = make_job(1, state=JobState.DRAFT)
    assert store.get(job.id) is None
    assert store.save(job) is None
    assert store.get(job.id) == job

    moved = job.moved(JobState.UPLOADING, progress=0, start_image_url="https://x/1.jpg")
    store.save(moved)
    assert store.get(job.id) == moved
    assert store.count(JobQuery()) == 1

    store.delete(job.id)
    assert store.get(job.id) is None
    store.delete(job.id)  # deleting twice is harmless


def test_update_keeps_the_row_in_place(store: JobStore, make_job: MakeJob) -> None:
    # An upsert, not delete+insert: the rowid (physical place) stays, nothing cascades.
    job = make_job(1)
    store.save(job)
    rowid = store._conn.execute("SELECT rowid FROM jobs").fetchone()[0]
    store.save(job.with_changes(progress=50))
    assert store._conn.execute("SELECT rowid FROM jobs").fetchone()[0] == rowid


def test_saved_jobs_survive_reopening(db_path: Path, make_job: MakeJob) -> None:
    jobs = [make_job(i) for i in range(20)]
    with JobStore(db_path) as store:
        for job in jobs:
            store.save(job)
    with JobStore(db_path) as store:
        assert store.page(JobQuery(), 0, 100) == sorted(
            jobs, key=lambda j: (-j.created_at.timestamp(), j.id)
        )


def test_save_many_is_all_or_nothing(store: JobStore, make_job: MakeJob) -> None:
    good = make_job(1)
    bad = make_job(2, model=None)  # a bug in the caller: NOT NULL refuses it
    with pytest.raises(Exception, match="NOT NULL"):
        store.save_many([good, bad])
    assert store.count(JobQuery()) == 0
    store.save_many([good])
    assert store.get(good.id) == good


def test_unfinished_and_unknown(store: JobStore, make_job: MakeJob) -> None:
    jobs = {state: make_job(i, state=state) for i, state in enumerate(JobState)}
    store.save_many(jobs.values())
    everything_but_the_ends = set(JobState) - {
        JobState.FINISHED,
        JobState.FAILED,
        JobState.UNKNOWN,
        JobState.CANCELLED,
    }
    assert everything_but_the_ends == UNFINISHED_STATES
    unfinished = store.unfinished()
    assert {job.state for job in unfinished} == UNFINISHED_STATES
    assert unfinished == sorted(unfinished, key=lambda j: j.created_at)  # oldest first
    assert store.by_state(JobState.UNKNOWN) == [jobs[JobState.UNKNOWN]]
    assert store.by_state(JobState.FINISHED) == [jobs[JobState.FINISHED]]


def test_failed_jobs_whose_retry_is_to_buy_a_new_task_are_resumed(
    store: JobStore, make_job: MakeJob
) -> None:
    """Retry's "buy a new task if the re-check says it failed", saved with the job: a job
    that failed with it set, before the new task was recorded, is picked up again."""
    to_buy = make_job(1, state=JobState.FAILED, error_kind="generation_failed", buy_if_failed=True)
    plain_failure = make_job(2, state=JobState.FAILED, error_kind="generation_failed")
    checking = make_job(3, state=JobState.QUEUED, buy_if_failed=True)
    store.save_many([to_buy, plain_failure, checking])
    assert store.get(to_buy.id) == to_buy and store.get(to_buy.id).buy_if_failed is True
    assert {job.id for job in store.unfinished()} == {to_buy.id, checking.id}


def test_text_filter_ignores_case_and_looks_in_both_prompts(store: JobStore) -> None:
    def job(prompt: str, negative: str = "") -> Job:
        return Job(model="kling-2.1/pro", prompt=prompt, negative_prompt=negative)

    a = job("A CAT in the snow")
    b = job("Un été à Paris", "Cats, dogs")
    c = job("100% sure_thing", "blurry")
    store.save_many([a, b, c])

    def ids(text: str) -> set[str]:
        return {j.id for j in store.page(JobQuery(text=text), 0, 10)}

    assert ids("cat") == {a.id, b.id}
    assert ids("  Cat ") == {a.id, b.id}  # surrounding spaces are not part of the search
    assert ids("ÉTÉ") == {b.id}  # not only ASCII
    assert ids("BLURRY") == {c.id}  # the negative prompt counts
    assert ids("%") == {c.id}  # LIKE wildcards are plain characters here
    assert ids("_") == {c.id}
    assert ids("snow\x1fblurry") == set()  # never matches across the two prompts
    assert ids("") == {a.id, b.id, c.id}
    assert store.count(JobQuery(text="cat")) == 2


def test_state_and_model_filters(store: JobStore, make_job: MakeJob) -> None:
    jobs = [make_job(i) for i in range(60)]
    store.save_many(jobs)

    def expect(query: JobQuery) -> list[Job]:
        chosen = [
            j
            for j in jobs
            if (query.states is None or j.state in query.states)
            and (query.models is None or j.model in query.models)
            and (not query.text or query.text.lower() in j.prompt.lower())
        ]
        return sorted(chosen, key=lambda j: (-j.created_at.timestamp(), j.id))

    queries = [
        JobQuery(),
        JobQuery(states=frozenset({JobState.FAILED})),
        JobQuery(states={JobState.FAILED, JobState.UNKNOWN}),  # type: ignore[arg-type]
        JobQuery(models=frozenset({"kling-2.1/pro"})),
        JobQuery(text="#1", states=frozenset({JobState.DRAFT, JobState.FINISHED})),
        JobQuery(states=frozenset()),
        JobQuery(models=frozenset()),
    ]
    for query in queries:
        assert store.page(query, 0, 1000) == expect(query), query
        assert store.count(query) == len(expect(query)), query
    assert store.count(JobQuery(states=frozenset())) == 0


def test_query_is_frozen_and_hashable() -> None:
    query = JobQuery(states=[JobState.FAILED], models=["kling-2.1/pro"])  # type: ignore[arg-type]
    assert query.states == frozenset({JobState.FAILED})
    same = JobQuery(states=frozenset({"failed"}), models=("kling-2.1/pro",))  # type: ignore[arg-type]
    assert query == same and hash(query) == hash(same)
    with pytest.raises(AttributeError):
        query.text = "x"  # type: ignore[misc]


def test_pages_are_newest_first_stable_and_complete(store: JobStore) -> None:
    # Several jobs share one created_at: id breaks the tie, so pages never overlap.
    same = BASE_TIME + timedelta(days=3)
    jobs = [build_job(i, created_at=same if i % 4 == 0 else None) for i in range(103)]
    jobs = [j if j.created_at else j.with_changes(created_at=BASE_TIME) for j in jobs]
    store.save_many(jobs)
    expected = sorted(jobs, key=lambda j: (-j.created_at.timestamp(), j.id))
    pages = [store.page(JobQuery(), offset, 10) for offset in range(0, 110, 10)]
    assert [job for page in pages for job in page] == expected
    assert store.page(JobQuery(), 200, 10) == []
    assert store.page(JobQuery(), 0, 0) == []
    with pytest.raises(ValueError):
        store.page(JobQuery(), -1, 10)


def test_ten_thousand_jobs_page_and_count_quickly(store: JobStore) -> None:
    rng = random.Random(7)
    store.save_many(build_job(i, rng) for i in range(10_000))

    queries = {
        "all": JobQuery(),
        "common word": JobQuery(text="golden"),
        "no match": JobQuery(text="zebra crossing"),
        "failed + text": JobQuery(text="Neon", states=frozenset({JobState.FAILED})),
        "pro only": JobQuery(models=frozenset({"kling-2.1/pro"})),
    }
    timings: dict[str, float] = {}
    for name, query in queries.items():
        for offset in (0, 5_000):
            started = time.perf_counter()
            total = store.count(query)
            page = store.page(query, offset, 50)
            timings[f"{name} @{offset}"] = elapsed = time.perf_counter() - started
            assert len(page) == max(0, min(50, total - offset))
            assert elapsed < 0.1, f"{name} at offset {offset}: {elapsed * 1000:.1f} ms"
    print({name: f"{seconds * 1000:.1f} ms" for name, seconds in timings.items()})
