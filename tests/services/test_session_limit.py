"""The limit for this session (credits spent since the app started): off by default, kept
by the same atomic reserve as the daily one, so neither sending slots nor two processes
racing can cross it; what earlier sessions spent does not count against it."""

from __future__ import annotations

import asyncio
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

from poyo_desktop.core.job import Job
from poyo_desktop.core.states import JobState
from poyo_desktop.services.settings import Settings, SettingsValues
from poyo_desktop.services.spending import SpendingService, check_plan
from poyo_desktop.services.spending_words import plan_limit_words, refusal_words
from poyo_desktop.store import AsyncJobStore, JobStore
from poyo_desktop.store.spend import Purchase, SpendLimits
from tests.services.harness import draft
from tests.services.test_spending import Setup, spend_run  # noqa: F401 (the fixture)

NOW = datetime(2026, 3, 10, 15, 0, tzinfo=UTC)
LAUNCH = NOW - timedelta(minutes=30)
SESSION = SpendLimits(day_start=NOW.replace(hour=0), launch_start=LAUNCH, launch=500)


def buy(job_id: str, credits: float = 30) -> Purchase:
    return Purchase(job_id, "kling-2.1/standard", 5, "poyo", credits)


def test_the_session_limit_is_off_by_default():
    values = SettingsValues().validated()
    assert values.launch_limit_on is False
    assert (values.daily_limit_on, values.daily_limit_credits) == (True, 1000)


def test_two_slots_at_once_cannot_cross_the_session_limit(poyo, tmp_path, spend_run):  # noqa: F811
    """Six videos asked for at once, three sending slots, a 90-credit session limit:
    exactly three are sent; the others wait, held, with the session's figures."""

    async def body(s: Setup):
        jobs = await asyncio.gather(
            *(s.service.generate(draft(tmp_path, prompt=f"Video {n}")) for n in range(6))
        )
        return [await s.settled(job.id) for job in jobs]

    ended = spend_run(body, launch_limit_on=True, launch_limit_credits=90)
    finished = [job for job in ended if job.state is JobState.FINISHED]
    held = [job for job in ended if job.held]
    assert (len(finished), len(held)) == (3, 3)
    assert poyo.requests["submit"] == 3
    for job in held:
        assert job.state is JobState.DRAFT and job.remote_id is None
        assert job.error_message == (
            "Not sent: spending since the app started would reach 120 of your 90-credit "
            "limit for this session (about $0.60). Raise the limit in Settings or send it "
            "anyway."
        )


def test_what_earlier_sessions_spent_does_not_count_but_today_still_does(tmp_path, qapp):
    async def main():
        settings = Settings(tmp_path / "settings.json")
        settings.update(launch_limit_on=True, launch_limit_credits=40, daily_limit_credits=100)
        async with await AsyncJobStore.open(tmp_path / "h.sqlite3") as store:
            earlier = SpendingService(store, settings)
            first = await earlier.reserve(Job(model="kling-2.1/standard", prompt="1", duration=5))
            second = await earlier.reserve(Job(model="kling-2.1/standard", prompt="2", duration=5))
            await asyncio.sleep(0.01)
            later = SpendingService(store, settings)  # the app started again
            third = await later.reserve(Job(model="kling-2.1/standard", prompt="3", duration=5))
            spent = await later.spent()
            fourth = await later.reserve(Job(model="kling-2.1/pro", prompt="4", duration=5))
        settings.flush()
        return first, second, third, spent, fourth

    first, second, third, spent, fourth = asyncio.run(main())
    assert first.granted and not second.granted and second.refused_by == "launch"
    assert third.granted  # a new session: the 30 credits of the last one count no more
    assert spent == (60, 30)  # today's, and this session's
    assert not fourth.granted and fourth.refused_by == "daily"  # 60 + 55 > 100 today
    assert "would reach 115 of your 100-credit daily limit" in refusal_words(fourth)


def test_threads_with_their_own_connections_never_cross_the_session_limit(tmp_path: Path):
    """Eight stores (as eight processes would have) reserve 30 credits 10 times each
    against a 500-credit session limit, after 300 credits bought before the session
    began: exactly 16 purchases fit, whatever the interleaving."""
    db_path = tmp_path / "history.sqlite3"
    with JobStore(db_path) as before:
        for n in range(10):
            earlier = LAUNCH - timedelta(minutes=1)
            before.reserve_spend(buy(f"old-{n}"), SpendLimits(day_start=earlier), earlier)
    barrier = threading.Barrier(8)
    granted: list[bool] = []
    lock = threading.Lock()

    def spender(n: int) -> None:
        with JobStore(db_path) as own:
            barrier.wait()
            for i in range(10):
                answer = own.reserve_spend(buy(f"{n}-{i}"), SESSION, NOW)
                with lock:
                    granted.append(answer.granted)

    threads = [threading.Thread(target=spender, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(granted) == 16
    with JobStore(db_path) as check:
        assert check.spend_totals(LAUNCH).credits == 480


def test_coroutines_reserving_at_once_never_cross_the_session_limit(tmp_path: Path):
    db_path = tmp_path / "history.sqlite3"

    async def scenario() -> tuple[int, set[str | None]]:
        async with await AsyncJobStore.open(db_path) as store:
            answers = await asyncio.gather(
                *(store.reserve_spend(buy(f"j{n}", 55), SESSION, NOW) for n in range(40))
            )
        return sum(a.granted for a in answers), {a.refused_by for a in answers if not a.granted}

    assert asyncio.run(scenario()) == (9, {"launch"})


def test_the_review_sheet_names_the_session_limit():
    values = SettingsValues(launch_limit_on=True, launch_limit_credits=300)
    verdict = check_plan([60] * 8, values, spent_today=0, spent_this_launch=120)
    assert plan_limit_words(verdict) == (
        "Your 300-credit limit for this session stops this batch at video 4: 3 fit, the "
        "other 5 will wait and ask you first."
    )
