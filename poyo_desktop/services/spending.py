"""The spending policy: the limits from Settings, checked right before each paid submit.

The send step asks :meth:`SpendingService.reserve` before ``PoyoClient.submit`` (uploads
are free). The reserve is the store's: the check and the ledger row are one transaction,
so no race between sending slots, or with the command line, crosses a limit. A refused
job waits, held, and :attr:`SpendingService.limit_reached` tells the window, which asks
the person; "Send anyway" is :meth:`SpendingService.allow_once`, for that job, once.

How each purchase ended is written from the jobs' news (:meth:`SpendingService.watch`).
:func:`check_plan` answers "what would these cost, and would they cross a limit?" for a
batch's review sheet or the command line, before anything is recorded.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from poyo_desktop.core.job import Job, utc_now
from poyo_desktop.core.prices import price_credits
from poyo_desktop.core.states import JobState
from poyo_desktop.services.background import run_in_background
from poyo_desktop.services.settings import Settings
from poyo_desktop.services.spend_csv import write_csv
from poyo_desktop.services.spend_plan import PlanVerdict, check_plan, needs_confirming
from poyo_desktop.store.spend import (
    FAILED,
    FINISHED,
    REFUSED,
    UNKNOWN,
    Purchase,
    Reservation,
    SpendLimits,
    SpendRow,
    SpendTotals,
)

if TYPE_CHECKING:
    from poyo_desktop.services.jobs import JobService
    from poyo_desktop.store import AsyncJobStore

__all__ = [
    "LedgerTotals",
    "PlanVerdict",
    "SpendRow",
    "SpendTotals",
    "SpendingService",
    "check_plan",
    "day_start",
    "month_start",
    "needs_confirming",
    "write_csv",
]


def day_start(now: datetime) -> datetime:
    """The start of ``now``'s day on this computer's clock (aware)."""
    return now.astimezone().replace(hour=0, minute=0, second=0, microsecond=0)


def month_start(now: datetime) -> datetime:
    return day_start(now).replace(day=1)


@dataclass(frozen=True, slots=True)
class LedgerTotals:
    today: SpendTotals
    month: SpendTotals


class SpendingService(QObject):
    """Keeps the limits. ``launch_start``: when this run of the app began.

    The limit "for this session" counts, from the ledger, every purchase bought since
    ``launch_start``: what earlier runs spent no longer counts, today's daily limit still
    does. A command line handed to the running app spends in the app's session (the
    app's service does the reserve). A command run headless (no window open) builds its
    own services, so it is a session of its own, beginning when the command started.
    """

    limit_reached = Signal(object, str)  # the held Job, and why (plain words)
    ledger_changed = Signal()  # a purchase was recorded or settled

    def __init__(
        self,
        store: AsyncJobStore,
        settings: Settings,
        *,
        launch_start: datetime | None = None,
        clock: Callable[[], datetime] = utc_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._settings = settings
        self._clock = clock
        self.launch_start = launch_start or clock()
        self._allowed: set[str] = set()  # "Send anyway": these jobs pass once

    def limits(self) -> SpendLimits:
        values = self._settings.values
        return SpendLimits(
            day_start=day_start(self._clock()),
            daily=values.daily_limit_credits if values.daily_limit_on else None,
            launch_start=self.launch_start,
            launch=values.launch_limit_credits if values.launch_limit_on else None,
        )

    async def reserve(self, job: Job) -> Reservation:
        """Record the purchase of ``job``'s task, or refuse it naming the figures."""
        price = price_credits(job.model, job.duration)
        purchase = Purchase(job.id, job.model, job.duration, job.backend, float(price or 0))
        force = job.id in self._allowed
        reservation = await self._store.reserve_spend(
            purchase, self.limits(), self._clock(), force=force
        )
        if reservation.granted:
            self._allowed.discard(job.id)
            self.ledger_changed.emit()
        return reservation

    def stopped(self, job: Job, words: str) -> None:
        """A job is held by a limit (and saved so): the window asks the person."""
        self.limit_reached.emit(job, words)

    def allow_once(self, job_ids: Sequence[str]) -> None:
        """ "Send anyway": the next reserve of each of these jobs passes, once."""
        self._allowed.update(job_ids)

    # -- how purchases ended ----------------------------------------------------------------

    def watch(self, jobs: JobService) -> None:
        """Settle each purchase as its job ends; and, first, those whose job ended while
        the app was stopping (the job saved, its purchase not yet settled)."""
        jobs.job_changed.connect(self.job_changed)
        run_in_background(self.catch_up(), name="settling purchases of the last session")

    async def catch_up(self) -> None:
        for job_id in await self._store.open_spend_jobs():
            job = await self._store.get(job_id)
            if job is not None and job.state.is_terminal:
                self.job_changed(job)

    def job_changed(self, job: Job) -> None:
        ending = _ending(job)
        if ending is None:
            return
        charged, outcome = ending
        run_in_background(
            self._settle(job.id, charged, outcome, answered=job.remote_id is not None),
            name=f"settling the spend of {job.id[:8]}",
        )

    async def _settle(
        self, job_id: str, charged: float | None, outcome: str, *, answered: bool
    ) -> None:
        if await self._store.settle_spend(job_id, charged, outcome, answered=answered):
            self.ledger_changed.emit()

    # -- the ledger ------------------------------------------------------------------------

    async def totals(self) -> LedgerTotals:
        now = self._clock()
        today = await self._store.spend_totals(day_start(now))
        month = await self._store.spend_totals(month_start(now))
        return LedgerTotals(today, month)

    async def rows(self, since: datetime, until: datetime | None = None) -> list[SpendRow]:
        return await self._store.spend_rows(since, until or self._clock() + timedelta(days=1))

    async def spent(self) -> tuple[float, float]:
        """Credits counted today and since this launch (demo excluded)."""
        now = self._clock()
        today = await self._store.spend_totals(day_start(now))
        launch = await self._store.spend_totals(self.launch_start)
        return today.credits, launch.credits

    async def plan(self, prices: Sequence[int], *, demo: bool = False) -> PlanVerdict:
        """:func:`check_plan` with what was spent so far."""
        today, launch = await self.spent()
        return check_plan(
            prices,
            self._settings.values,
            spent_today=today,
            spent_this_launch=launch,
            demo=demo,
        )


def _ending(job: Job) -> tuple[float | None, str] | None:
    """What a job's purchase cost and how it ended, once the job says; None meanwhile."""
    if job.state is JobState.FINISHED:
        return job.credits, FINISHED
    if job.state is JobState.UNKNOWN:
        return None, UNKNOWN
    if job.state is not JobState.FAILED:
        return None
    if job.remote_id is None:  # PoYo refused the submit (or it never left): nothing made
        return 0.0, REFUSED
    if job.error_kind == "generation_failed":  # failed tasks cost nothing
        return job.credits or 0.0, FAILED
    return job.credits, FAILED  # made (and charged) but not fetched: the price stands
