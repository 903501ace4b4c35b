"""The spend ledger in the store: the reserve keeps the limits even under a race, days
begin at local midnight, demo videos never count, and rows outlive their jobs."""

from __future__ import annotations

import asyncio
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

from poyo_desktop.store import AsyncJobStore, JobStore
from poyo_desktop.store.spend import FAILED, FINISHED, UNKNOWN, Purchase, SpendLimits
from tests.store.conftest import MakeJob

NOW = datetime(2026, 3, 10, 15, 0, tzinfo=UTC)
DAY = NOW.replace(hour=0)
PRO, STANDARD = "kling-2.1/pro", "kling-2.1/standard"


def buy(job_id: str, credits: float = 30, backend: str = "poyo") -> Purchase:
    return Purchase(job_id, STANDARD, 5, backend, credits)


def limits(daily: float | None = 100, launch: float | None = None) -> SpendLimits:
    return SpendLimits(day_start=DAY, daily=daily, launch_start=DAY, launch=launch)


def test_a_purchase_that_would_cross_the_daily_limit_is_refused_with_the_figures(store):
    assert store.reserve_spend(buy("a", 60), limits(), NOW).granted
    refused = store.reserve_spend(buy("b", 60), limits(), NOW)
    assert not refused.granted
    assert (refused.refused_by, refused.limit, refused.spent_today, refused.price) == (
        "daily",
        100,
        60,
        60,
    )
    assert store.spend_totals(DAY).count == 1  # nothing recorded for the refused one
    # Reaching the limit exactly is allowed.
    assert store.reserve_spend(buy("c", 40), limits(), NOW).granted


def test_the_launch_limit_counts_only_since_the_launch(store):
    store.reserve_spend(buy("early", 60), limits(daily=None), DAY + timedelta(hours=1))
    launch = SpendLimits(day_start=DAY, launch_start=NOW - timedelta(minutes=5), launch=50)
    assert store.reserve_spend(buy("a", 30), launch, NOW).granted
    refused = store.reserve_spend(buy("b", 30), launch, NOW)
    assert (refused.refused_by, refused.spent_this_launch) == ("launch", 30)


def test_force_passes_once_and_is_still_recorded(store):
    store.reserve_spend(buy("a", 90), limits(), NOW)
    forced = store.reserve_spend(buy("b", 60), limits(), NOW, force=True)
    assert forced.granted
    assert store.spend_totals(DAY).credits == 150


def test_yesterday_evening_does_not_count_today(store):
    store.reserve_spend(buy("late", 90), limits(daily=None), DAY - timedelta(minutes=1))
    assert store.reserve_spend(buy("a", 90), limits(), NOW).granted
    assert store.spend_totals(DAY).credits == 90
    assert store.spend_totals(DAY - timedelta(days=1)).credits == 180


def test_demo_purchases_are_recorded_but_never_count(store):
    for n in range(5):
        assert store.reserve_spend(buy(f"d{n}", 60, backend="demo"), limits(), NOW).granted
    assert store.reserve_spend(buy("real", 100), limits(), NOW).granted
    totals = store.spend_totals(DAY)
    assert (totals.credits, totals.count, totals.demo_count) == (100, 1, 5)
    rows = store.spend_rows(DAY, NOW + timedelta(hours=1))
    assert sum(row.backend == "demo" for row in rows) == 5


def test_a_failed_task_costs_nothing_once_settled(store):
    store.reserve_spend(buy("a", 60), limits(), NOW)
    assert not store.reserve_spend(buy("b", 60), limits(), NOW).granted
    assert store.settle_spend("a", 0.0, FAILED)
    assert store.reserve_spend(buy("b", 60), limits(), NOW).granted
    [b, a] = store.spend_rows(DAY, NOW + timedelta(hours=1))
    assert (a.charged, a.outcome, a.counted) == (0.0, FAILED, 0.0)
    assert (b.outcome, b.counted) == (None, 60)


def test_a_reserve_repeated_after_a_crash_is_the_same_purchase(store):
    first = store.reserve_spend(buy("a", 60), limits(), NOW)
    again = store.reserve_spend(buy("a", 60), limits(), NOW)
    assert first.key == again.key == "a"
    assert store.spend_totals(DAY).count == 1


def test_a_second_purchase_of_one_job_gets_its_own_row(store):
    store.reserve_spend(buy("a", 30), limits(), NOW)
    store.settle_spend("a", None, UNKNOWN, answered=False)
    second = store.reserve_spend(buy("a", 30), limits(), NOW + timedelta(seconds=1))
    assert second.key == "a#2" and second.spent_today == 30
    assert store.settle_spend("a", 30.0, FINISHED)
    rows = store.spend_rows(DAY, NOW + timedelta(hours=1))
    assert [(r.key, r.outcome) for r in rows] == [("a#2", FINISHED), ("a", UNKNOWN)]
    assert {r.job_id for r in rows} == {"a"}


def test_rows_survive_the_removal_of_their_job(store, make_job: MakeJob):
    job = make_job(1, prompt="A fox in the snow")
    store.save(job)
    store.reserve_spend(buy(job.id, 55), limits(), NOW)
    [row] = store.spend_rows(DAY, NOW + timedelta(hours=1))
    assert row.prompt == "A fox in the snow"
    store.delete(job.id)
    [row] = store.spend_rows(DAY, NOW + timedelta(hours=1))
    assert (row.job_id, row.credits, row.prompt) == (job.id, 55, None)
    assert store.spend_totals(DAY).credits == 55


def test_threads_with_their_own_connections_never_cross_the_limit(db_path: Path):
    """Eight stores (as eight processes would have) reserve 30 credits 10 times each
    against a 1,000-credit limit: exactly 33 purchases fit, whatever the interleaving."""
    JobStore(db_path).close()
    barrier = threading.Barrier(8)
    granted: list[bool] = []
    lock = threading.Lock()

    def spender(n: int) -> None:
        with JobStore(db_path) as own:
            barrier.wait()
            for i in range(10):
                answer = own.reserve_spend(buy(f"{n}-{i}", 30), limits(daily=1000), NOW)
                with lock:
                    granted.append(answer.granted)

    threads = [threading.Thread(target=spender, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(granted) == 33
    with JobStore(db_path) as check:
        assert check.spend_totals(DAY).credits == 990


def test_coroutines_reserving_at_once_never_cross_the_limit(db_path: Path):
    async def scenario() -> tuple[int, float]:
        async with await AsyncJobStore.open(db_path) as store:
            answers = await asyncio.gather(
                *(store.reserve_spend(buy(f"j{n}", 55), limits(daily=500), NOW) for n in range(40))
            )
            totals = await store.spend_totals(DAY)
        return sum(a.granted for a in answers), totals.credits

    assert asyncio.run(scenario()) == (9, 495)
