"""The spending limits on the real path: sandbox over loopback, real SQLite, real files.

A job the limit stops is never submitted (the sandbox sees no submit), waits held with
the figures in its message, and goes once "Send anyway" is given; what each purchase
cost is written to the ledger when it ends; a resubmit is checked, a re-check is not.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from poyo_desktop.api import PoyoClient, RetryPolicy
from poyo_desktop.core.job import Job
from poyo_desktop.core.states import JobState
from poyo_desktop.sandbox import Fault
from poyo_desktop.services.jobs import JobService
from poyo_desktop.services.pipeline import PipelineConfig
from poyo_desktop.services.settings import Settings, SettingsValues
from poyo_desktop.services.spending import SpendingService, check_plan, day_start
from poyo_desktop.store import AsyncJobStore
from tests.conftest import TEST_KEY
from tests.services.harness import draft


class Setup:
    def __init__(
        self,
        service: JobService,
        store: AsyncJobStore,
        spending: SpendingService,
        settings: Settings,
    ) -> None:
        self.service, self.store, self.spending, self.settings = service, store, spending, settings
        self.stopped: list[tuple[Job, str]] = []
        spending.limit_reached.connect(lambda job, words: self.stopped.append((job, words)))

    async def wait(self, predicate, timeout: float = 30.0) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not predicate():
            if loop.time() > deadline:
                raise AssertionError(f"timed out; jobs: {self.service.jobs()}")
            await asyncio.sleep(0.02)

    async def settled(self, job_id: str) -> Job:
        def done() -> bool:
            job = self.service.get(job_id)
            return (
                job is not None
                and not self.service.busy_count()
                and (job.state.is_terminal or job.held)
            )

        await self.wait(done)
        await asyncio.sleep(0.1)  # the ledger's settle, on the store's thread
        job = self.service.get(job_id)
        assert job is not None
        return job


@pytest.fixture
def spend_run(poyo, tmp_path, qapp):
    def go(body, **limits):
        async def main():
            settings = Settings(tmp_path / "settings.json")
            settings.update(**limits)
            store = await AsyncJobStore.open(tmp_path / "history.sqlite3")
            spending = SpendingService(store, settings)
            config = PipelineConfig(
                download_dir=tmp_path / "Videos", prepared_dir=tmp_path / "prep", poll_interval=0.05
            )
            client = PoyoClient(
                TEST_KEY, poyo.base_url, retry=RetryPolicy(attempts=3, base_delay=0.01)
            )
            service = JobService(client, store, lambda: config, backend="poyo", spending=spending)
            spending.watch(service)
            try:
                return await body(Setup(service, store, spending, settings))
            finally:
                await service.shutdown()
                await client.aclose()
                await store.close()
                settings.flush()

        return asyncio.run(main())

    return go


def test_a_job_the_daily_limit_stops_is_not_submitted_and_goes_when_allowed(
    poyo, tmp_path, spend_run
):
    async def body(s: Setup):
        first = await s.service.generate(draft(tmp_path, prompt="First one"))
        assert (await s.settled(first.id)).state is JobState.FINISHED
        tasks_before = poyo.tasks_created
        second = await s.service.generate(draft(tmp_path, prompt="Second one"))
        held = await s.settled(second.id)
        submits = poyo.requests["submit"]
        stored = await s.store.get(second.id)
        # "Send anyway": once, for this job.
        s.spending.allow_once([second.id])
        s.service.release([second.id])
        await s.wait(lambda: not s.service.get(second.id).held)  # released once saved
        sent = await s.settled(second.id)
        totals = await s.spending.totals()
        return tasks_before, held, submits, stored, sent, totals

    tasks_before, held, submits, stored, sent, totals = spend_run(body, daily_limit_credits=50)
    assert tasks_before == 1 and submits == 1  # the stopped one never reached PoYo
    assert held.state is JobState.DRAFT and held.held and held.remote_id is None
    assert held.error_message == (
        "Not sent: today's spending would reach 60 of your 50-credit daily limit "
        "(about $0.30). Raise the limit in Settings or send it anyway."
    )
    assert stored is not None and stored.held and stored.state is JobState.DRAFT
    assert sent.state is JobState.FINISHED and not sent.held
    assert poyo.tasks_created == 2
    assert (totals.today.credits, totals.today.count) == (60, 2)


def test_the_limit_prompt_is_told_with_the_held_job(poyo, tmp_path, spend_run):
    async def body(s: Setup):
        job = await s.service.generate(draft(tmp_path, model="kling-2.1/pro", duration=10))
        await s.settled(job.id)
        return s.stopped

    [(job, words)] = spend_run(body, daily_limit_credits=100)
    assert job.held and "reach 110 of your 100-credit daily limit (about $0.55)" in words
    assert poyo.requests["submit"] == 0 and poyo.requests["upload"] == 1  # uploads are free


def test_what_each_purchase_cost_is_written_when_it_ends(poyo, tmp_path, spend_run):
    poyo.inject(Fault.fail_task("The image contains content that cannot be animated."))

    async def body(s: Setup):
        failed = await s.service.generate(draft(tmp_path, prompt="Fails"))
        await s.settled(failed.id)
        done = await s.service.generate(draft(tmp_path, prompt="Works", duration=10))
        await s.settled(done.id)
        return await s.spending.rows(day_start(s.spending.launch_start))

    works, fails = spend_run(body)
    assert (fails.outcome, fails.charged, fails.counted, fails.prompt) == ("failed", 0, 0, "Fails")
    assert (works.outcome, works.charged, works.credits, works.duration) == ("finished", 60, 60, 10)


def test_submit_again_is_checked_but_check_again_is_not(poyo, tmp_path, spend_run):
    poyo.inject(Fault.lost_answer())

    async def body(s: Setup):
        job = await s.service.generate(draft(tmp_path))
        unknown = await s.settled(job.id)
        s.service.submit_again(job.id)  # 30 (unknown) + 30 would cross 50
        resent = await s.settled(job.id)
        return unknown, resent, poyo.requests["submit"]

    unknown, resent, submits = spend_run(body, daily_limit_credits=50)
    assert unknown.state is JobState.UNKNOWN
    assert resent.held and "reach 60 of your 50-credit" in (resent.error_message or "")
    assert submits == 1


def test_demo_videos_never_meet_the_limit(poyo, tmp_path, qapp):
    async def main():
        settings = Settings(tmp_path / "settings.json")
        settings.update(daily_limit_credits=1)
        async with await AsyncJobStore.open(tmp_path / "h.sqlite3") as store:
            spending = SpendingService(store, settings)
            answers = [
                await spending.reserve(
                    Job(model="kling-2.1/pro", prompt="x", duration=10, backend="demo")
                )
                for _ in range(3)
            ]
            totals = await spending.totals()
        settings.flush()
        return answers, totals

    answers, totals = asyncio.run(main())
    assert all(a.granted for a in answers)
    assert (totals.today.credits, totals.today.demo_count) == (0, 3)


def test_a_plan_says_where_the_limit_stops_it():
    values = SettingsValues(daily_limit_credits=1000)
    plan = check_plan([60] * 20, values, spent_today=400)
    assert (plan.total, plan.fits, plan.crossed_by, plan.ask_first) == (1200, 10, "daily", False)
    assert plan.total_usd == pytest.approx(6.0)
    pro = check_plan([110, 30], values, spent_today=0)
    assert pro.within_limits and pro.ask_first
    demo = check_plan([110] * 50, values, spent_today=990, demo=True)
    assert demo.within_limits and not demo.ask_first
    launch = check_plan(
        [30] * 5,
        SettingsValues(launch_limit_on=True, launch_limit_credits=60),
        spent_today=0,
        spent_this_launch=30,
    )
    assert (launch.fits, launch.crossed_by) == (1, "launch")


def test_settings_refuse_figures_out_of_bounds_in_plain_words():
    from poyo_desktop.services.settings import problems_with

    values = SettingsValues(download_dir=str(Path.home()), daily_limit_credits=0)
    assert problems_with(values)["daily_limit_credits"] == (
        "The daily limit must be 1 to 1,000,000 credits."
    )


def test_a_retry_that_buys_a_new_task_is_checked_too(poyo, tmp_path, spend_run):
    poyo.inject(Fault.fail_task("The image contains content that cannot be animated."))

    async def body(s: Setup):
        job = await s.service.generate(draft(tmp_path, prompt="Fails first"))
        failed = await s.settled(job.id)
        other = await s.service.generate(draft(tmp_path, prompt="Another"))
        await s.settled(other.id)
        s.settings.update(daily_limit_credits=50)  # 30 spent: a new 30 crosses it
        s.service.retry(job.id)
        held = await s.settled(job.id)
        return failed, held, poyo.tasks_created

    failed, held, tasks = spend_run(body, daily_limit_credits=1000)
    assert failed.state is JobState.FAILED and failed.error_kind == "generation_failed"
    assert held.held and held.state is JobState.DRAFT
    assert "reach 60 of your 50-credit daily limit" in (held.error_message or "")
    assert tasks == 2  # the failed one and the other: no third


def test_a_purchase_whose_job_ended_unsettled_is_settled_at_the_next_start(tmp_path, qapp):
    async def main():
        settings = Settings(tmp_path / "settings.json")
        async with await AsyncJobStore.open(tmp_path / "h.sqlite3") as store:
            spending = SpendingService(store, settings)
            job = Job(model="kling-2.1/standard", prompt="Crashed", duration=5)
            await spending.reserve(job)
            # The job ended failed and was saved; the app stopped before the ledger heard.
            failed = job.with_changes(
                state=JobState.FAILED, remote_id="task-1", error_kind="generation_failed"
            )
            await store.save(failed)
            await SpendingService(store, settings).catch_up()
            await asyncio.sleep(0.1)
            [row] = await spending.rows(day_start(spending.launch_start))
        settings.flush()
        return row

    row = asyncio.run(main())
    assert (row.outcome, row.counted) == ("failed", 0)


def test_the_review_sheet_says_where_a_limit_stops_a_batch_in_plain_words():
    from poyo_desktop.services.spending_words import plan_limit_words

    values = SettingsValues()
    within = check_plan([30] * 3, values, spent_today=0)
    assert plan_limit_words(within) == ""
    middle = check_plan([60] * 20, values, spent_today=400)  # 10 fit in the 600 left
    assert plan_limit_words(middle) == (
        "Your 1,000-credit daily limit stops this batch at video 11: 10 fit, the other 10 "
        "will wait and ask you first."
    )
    last = check_plan([30] * 4, values, spent_today=900)
    assert plan_limit_words(last) == (
        "Your 1,000-credit daily limit stops this batch at its last video: that one will "
        "wait and ask you first."
    )
    none = check_plan([110] * 2, values, spent_today=950)
    assert plan_limit_words(none).endswith(
        "before its first video: all 2 will wait and ask you first."
    )
    assert plan_limit_words(check_plan([110] * 2, values, spent_today=950, demo=True)) == ""
