"""The connection's parts on their own: what an outcome says about the link, how safe steps
are repeated, and when the balance is read (never on a timer while idle)."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QObject, Signal

from poyo_desktop.api.errors import (
    AuthenticationError,
    InsufficientCredits,
    NetworkError,
    ServerError,
)
from poyo_desktop.core.job import Job
from poyo_desktop.core.states import JobState
from poyo_desktop.services.balance_watch import BalanceWatch
from poyo_desktop.services.connection import link_for
from poyo_desktop.services.connection_state import Link
from poyo_desktop.services.patience import Wake, gave_up_words, patiently, trying_words


def test_each_outcome_says_what_it_means_for_the_link():
    assert link_for(None) is Link.CONNECTED
    assert link_for(AuthenticationError()) is Link.KEY_REFUSED
    assert link_for(NetworkError(request_sent=False)) is Link.UNREACHABLE
    assert link_for(ServerError()) is Link.TROUBLE
    assert link_for(InsufficientCredits()) is Link.CONNECTED  # PoYo answered


def test_a_step_safe_to_repeat_is_repeated_until_it_works(qloop):
    calls: list[int] = []
    told: list[str] = []

    async def call() -> str:
        calls.append(1)
        if len(calls) < 3:
            raise NetworkError(request_sent=False)
        return "uploaded"

    async def no_wait(seconds: float) -> None:
        await asyncio.sleep(0)

    result = qloop.run_until_complete(
        patiently(
            call,
            worth_retrying=lambda e: e.retryable,
            on_trouble=lambda e: told.append(trying_words(e)),
            nap=no_wait,
            give_up_after=60,
        )
    )
    assert result == "uploaded" and len(calls) == 3
    assert told and all("keeps trying" in words for words in told)


def test_giving_up_says_what_to_do_not_that_the_app_keeps_trying():
    words = gave_up_words(NetworkError(), 10)
    assert "Press Retry" in words and "nothing was charged" in words
    assert "keep trying" not in words


def test_a_ring_wakes_a_pause_at_once(qloop):
    async def main() -> float:
        wake = Wake()
        loop = asyncio.get_running_loop()
        started = loop.time()
        napping = asyncio.ensure_future(wake.nap(30, asyncio.sleep))
        await asyncio.sleep(0.05)
        wake.ring()
        await asyncio.wait_for(napping, 2)
        return loop.time() - started

    assert qloop.run_until_complete(main()) < 1.0


class FakeJobs(QObject):
    job_added = Signal(object)
    job_changed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.busy = 0

    def busy_count(self) -> int:
        return self.busy


class FakeConnection:
    def __init__(self) -> None:
        self.readings = 0

    def refresh(self) -> None:
        self.readings += 1


def test_the_balance_is_read_after_a_charge_and_while_tasks_run_never_while_idle(qloop):
    jobs, connection = FakeJobs(), FakeConnection()
    watch = BalanceWatch(jobs, connection, every=0.1)  # type: ignore[arg-type]
    job = Job(model="kling-2.1/standard", prompt="a boat", backend="poyo")

    async def main() -> tuple[int, int, int]:
        jobs.busy = 1
        jobs.job_added.emit(job)
        await asyncio.sleep(0.45)
        while_running = connection.readings
        jobs.busy = 0
        await asyncio.sleep(0.25)  # the next tick sees nothing running: the timer stops
        idle_from = connection.readings
        await asyncio.sleep(0.4)
        idle_to = connection.readings
        charged = (
            job.moved(JobState.UPLOADING)
            .moved(JobState.SUBMITTING)
            .moved(JobState.QUEUED, remote_id="task-1")
            .moved(JobState.DOWNLOADING)
        )
        jobs.job_changed.emit(charged)
        jobs.job_changed.emit(charged)  # progress ticks of the same job: one reading
        jobs.busy = 0
        await asyncio.sleep(0.5)
        return while_running, idle_to - idle_from, connection.readings - idle_to

    while_running, while_idle, after_charge = qloop.run_until_complete(main())
    assert while_running >= 3
    assert while_idle == 0
    assert after_charge == 1
    del watch
