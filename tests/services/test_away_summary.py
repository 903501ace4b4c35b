"""What "While you were away" counts: the tasks that ended in the time away (a finished one
by when it was on disk, a failed one by when that was recorded), those picked up at a
start, and what each cost by the spend ledger (real SQLite: store/ended.py, store/spend.py)."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from poyo_desktop.core.job import Job
from poyo_desktop.core.states import JobState
from poyo_desktop.services.away_summary import (
    AwayItem,
    AwayNews,
    AwaySummary,
    counted,
    ended_between,
)
from poyo_desktop.store import AsyncJobStore
from poyo_desktop.store.spend import FAILED, FINISHED, REFUSED, Purchase, SpendLimits, SpendRow

LEFT = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)
BACK = LEFT + timedelta(minutes=20)
STANDARD = "kling-2.1/standard"


def job(prompt: str, state: JobState, ended: datetime, **changes: object) -> Job:
    made = Job(
        model=STANDARD,
        prompt=prompt,
        backend="poyo",
        created_at=LEFT - timedelta(minutes=5),
        updated_at=ended,
        state=state,
        remote_id=f"task-{prompt}",
    )
    if state is JobState.FINISHED:
        made = replace(made, finished_at=ended, credits=30.0)
    return replace(made, **changes)


def row(job_id: str, *, charged: float | None, outcome: str | None, backend: str = "poyo"):
    return SpendRow(job_id, STANDARD, 5, backend, LEFT, 30.0, charged, outcome, None)


def test_what_ended_in_the_time_away_counts_in_the_order_it_ended():
    before = job("before", JobState.FINISHED, LEFT - timedelta(seconds=1))
    second = job("second", JobState.FINISHED, LEFT + timedelta(minutes=9))
    first = job("first", JobState.FAILED, LEFT)  # at the very moment the person left
    after = job("after", JobState.FINISHED, BACK)  # seen ending: the person was back
    running = job("running", JobState.RUNNING, LEFT + timedelta(minutes=1))
    found = ended_between([before, second, first, after, running], LEFT, BACK)
    assert [j.prompt for j in found] == ["first", "second"]


def test_a_finished_video_counts_by_when_it_was_on_disk_not_a_later_change():
    # Finished while the person looked; touched again (a rename, say) while away.
    seen = job("seen", JobState.FINISHED, LEFT - timedelta(minutes=1))
    seen = replace(seen, updated_at=LEFT + timedelta(minutes=2))
    assert ended_between([seen], LEFT, BACK) == []


def test_a_task_picked_up_at_the_start_counts_whenever_the_app_learned_it():
    start = BACK
    picked = job("picked", JobState.FINISHED, start + timedelta(seconds=3))
    assert ended_between([picked], LEFT, start) == []
    assert ended_between([picked], LEFT, start, {picked.id}) == [picked]


def test_what_a_task_counts_for_is_the_ledgers_figure_or_its_rule_before_settling():
    finished = job("made", JobState.FINISHED, LEFT, credits=27.5)
    assert counted(row(finished.id, charged=27.5, outcome=FINISHED), finished) == 27.5
    # Not settled yet (the settle is queued as the task ends): PoYo's charge on the job.
    assert counted(row(finished.id, charged=None, outcome=None), finished) == 27.5
    failed = job("failed", JobState.FAILED, LEFT, error_kind="generation_failed")
    assert counted(row(failed.id, charged=None, outcome=None), failed) == 0.0
    refused = job("refused", JobState.FAILED, LEFT, remote_id=None)
    assert counted(row(refused.id, charged=0.0, outcome=REFUSED), refused) == 0.0
    demo = job("demo", JobState.FINISHED, LEFT, backend="demo")
    assert counted(row(demo.id, charged=30.0, outcome=FINISHED, backend="demo"), demo) == 0.0
    never_sent = job("never", JobState.FAILED, LEFT, remote_id=None)
    assert counted(None, never_sent) == 0.0
    lost = job("lost", JobState.FAILED, LEFT, error_kind="link_expired")  # made, paid
    assert counted(row(lost.id, charged=None, outcome=None), lost) == 30.0


def test_a_summary_counts_each_kind_and_its_failures_reasons_most_frequent_first():
    items = (
        AwayItem(job("a", JobState.FINISHED, LEFT), 30.0),
        AwayItem(job("b", JobState.FAILED, LEFT, error_kind="network"), 0.0),
        AwayItem(job("c", JobState.FAILED, LEFT, error_kind="insufficient_credits"), 0.0),
        AwayItem(job("d", JobState.FAILED, LEFT, error_kind="insufficient_credits"), 0.0),
        AwayItem(job("e", JobState.UNKNOWN, LEFT), 55.0),
    )
    summary = AwaySummary(LEFT, items)
    assert (len(summary.finished), len(summary.failed), len(summary.unknown)) == (1, 3, 1)
    assert summary.credits == 85.0
    assert summary.failure_kinds() == ["insufficient_credits", "network"]
    assert not summary.all_demo
    assert not AwaySummary(LEFT)


def test_a_card_still_up_and_a_newer_time_away_make_one_summary():
    a = job("a", JobState.FINISHED, LEFT + timedelta(minutes=1))
    b = job("b", JobState.FINISHED, BACK + timedelta(minutes=5))
    older = AwaySummary(LEFT, (AwayItem(a, 30.0),))
    newer = AwaySummary(BACK, (AwayItem(b, 30.0), AwayItem(a, 30.0)))
    merged = older.merged(newer)
    assert merged.since == LEFT
    assert [item.job.prompt for item in merged.items] == ["a", "b"]
    assert merged.credits == 60.0


def test_the_history_and_the_ledger_give_the_summary(tmp_path: Path):
    async def main() -> AwaySummary:
        store = await AsyncJobStore.open(tmp_path / "history.sqlite3")
        try:
            made = job("made", JobState.FINISHED, LEFT + timedelta(minutes=3), credits=None)
            failed = job(
                "failed",
                JobState.FAILED,
                LEFT + timedelta(minutes=4),
                error_kind="generation_failed",
            )
            retried = job("retried", JobState.FINISHED, LEFT + timedelta(minutes=5))
            seen = job("seen", JobState.FINISHED, LEFT - timedelta(minutes=1))
            waiting = job("waiting", JobState.DRAFT, LEFT + timedelta(minutes=6))
            await store.save_many([made, failed, retried, seen, waiting])
            limits = SpendLimits(day_start=LEFT - timedelta(days=1))
            bought = LEFT - timedelta(minutes=4)
            for one in (made, failed, retried, seen):
                purchase = Purchase(one.id, STANDARD, 5, "poyo", 30.0)
                await store.reserve_spend(purchase, limits, bought)
            await store.settle_spend(made.id, 30.0, FINISHED)
            await store.settle_spend(failed.id, 0.0, FAILED)
            # The retried one bought twice: its first (failed, free), then the one that made it.
            await store.settle_spend(retried.id, 0.0, FAILED)
            second = Purchase(retried.id, STANDARD, 5, "poyo", 30.0)
            await store.reserve_spend(second, limits, bought + timedelta(minutes=1))
            await store.settle_spend(retried.id, 28.0, FINISHED)
            return await AwayNews(store).summary(LEFT, BACK)
        finally:
            await store.close()

    summary = asyncio.run(main())
    assert [item.job.prompt for item in summary.items] == ["made", "failed", "retried"]
    assert [item.credits for item in summary.items] == [30.0, 0.0, 28.0]
    assert summary.credits == 58.0


def test_the_tasks_under_way_are_those_a_start_picks_up(tmp_path: Path):
    async def main() -> frozenset[str]:
        store = await AsyncJobStore.open(tmp_path / "history.sqlite3")
        try:
            await store.save_many(
                [
                    job("running", JobState.RUNNING, LEFT),
                    job("done", JobState.FINISHED, LEFT),
                    job("unknown", JobState.UNKNOWN, LEFT),
                ]
            )
            return await AwayNews(store).under_way()
        finally:
            await store.close()

    under_way = asyncio.run(main())
    assert len(under_way) == 1
