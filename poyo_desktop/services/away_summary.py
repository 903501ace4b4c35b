"""What happened to the person's videos while they were not looking: which ended (finished,
failed, left unknown), in what order, and what they cost according to the spend ledger.

The window decides when the person was away (ui/window/away_watch.py); this module counts.
"Ended while away" means the moment a task ended falls in the away time: for a finished
video the moment it was on disk, for a failed or unknown one the moment that was recorded.
A task PoYo finished while the app was closed is only learned of on the next start: the
watch names those ("picked up") and they count whatever the moment the app learned it.

The reads go to the history's own thread (store/async_store.py); nothing here blocks the
event loop, and nothing here is a widget.
"""

from __future__ import annotations

from collections.abc import Awaitable, Collection, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from poyo_desktop.core.states import JobState

if TYPE_CHECKING:
    from poyo_desktop.core.job import Job
    from poyo_desktop.store import AsyncJobStore
    from poyo_desktop.store.spend import SpendRow

#: Unwatched at least this long (another program in front, or minimised) is "away".
AWAY_AFTER = timedelta(minutes=2)
#: A task the last session left under way that ends this soon after the start was found
#: ended by the app's first look at it: it ended while the app was closed.
PICKUP = timedelta(seconds=30)


@dataclass(frozen=True, slots=True)
class AwayItem:
    """One task that ended while the person was away, and what its purchase counted for
    (0 for a demo video, a failure PoYo does not charge, or one never sent)."""

    job: Job
    credits: float


@dataclass(frozen=True, slots=True)
class AwaySummary:
    """The tasks that ended since ``since``, in the order they ended."""

    since: datetime
    items: tuple[AwayItem, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.items)

    def in_state(self, state: JobState) -> list[Job]:
        return [item.job for item in self.items if item.job.state is state]

    @property
    def finished(self) -> list[Job]:
        return self.in_state(JobState.FINISHED)

    @property
    def failed(self) -> list[Job]:
        return self.in_state(JobState.FAILED)

    @property
    def unknown(self) -> list[Job]:
        return self.in_state(JobState.UNKNOWN)

    @property
    def credits(self) -> float:
        """What these tasks counted for in the ledger (demo videos: nothing)."""
        return sum(item.credits for item in self.items)

    @property
    def all_demo(self) -> bool:
        return all(item.job.backend == "demo" for item in self.items)

    def failure_kinds(self) -> list[str]:
        """The failures' kinds (``error_kind``), most frequent first, each once."""
        counts: dict[str, int] = {}
        for job in self.failed:
            kind = job.error_kind or ""
            counts[kind] = counts.get(kind, 0) + 1
        return sorted(counts, key=lambda kind: -counts[kind])

    def merged(self, newer: AwaySummary) -> AwaySummary:
        """This summary and a newer one as one (a card not yet dismissed, then another
        time away): the earlier start, each task once, its latest news."""
        by_id = {item.job.id: item for item in self.items}
        by_id.update({item.job.id: item for item in newer.items})
        items = sorted(by_id.values(), key=lambda item: _order(item.job))
        return AwaySummary(min(self.since, newer.since), tuple(items))


def ended_at(job: Job) -> datetime | None:
    """When ``job`` ended, as far as this computer knows; None while it is under way."""
    if job.state is JobState.FINISHED:
        return job.finished_at or job.updated_at
    if job.state in (JobState.FAILED, JobState.UNKNOWN):
        return job.updated_at
    return None


def ended_between(
    jobs: Iterable[Job], since: datetime, until: datetime, picked: Collection[str] = ()
) -> list[Job]:
    """Those of ``jobs`` that ended in ``[since, until)``, and those ``picked`` up at the
    start (ended while the app was closed), in the order they ended."""
    found = []
    for job in jobs:
        end = ended_at(job)
        if end is None:
            continue
        if job.id in picked or since <= end < until:
            found.append(job)
    return sorted(found, key=_order)


def counted(row: SpendRow | None, job: Job) -> float:
    """What ``job``'s latest purchase counts for. The ledger's own figure once settled;
    a moment before (the settling is queued as the task ends) the same rule the ledger
    settles by (services/spending.py): PoYo's charge, and nothing for a failure PoYo
    does not charge."""
    if row is None:
        return 0.0  # never sent: nothing bought
    if row.outcome is not None or row.backend == "demo":
        return row.counted
    if job.state is JobState.FINISHED and job.credits is not None:
        return job.credits
    if job.state is JobState.FAILED and (
        job.remote_id is None or job.error_kind == "generation_failed"
    ):
        return job.credits or 0.0
    return row.counted


def summarize(since: datetime, jobs: list[Job], rows: Iterable[SpendRow]) -> AwaySummary:
    """``jobs`` (ended while away, in order) with what each one's latest purchase counted
    for; ``rows`` newest first, as the ledger gives them."""
    latest: dict[str, SpendRow] = {}
    for row in rows:
        latest.setdefault(row.job_id, row)
    items = tuple(AwayItem(job, counted(latest.get(job.id), job)) for job in jobs)
    return AwaySummary(since, items)


class AwayNews:
    """Reads what the summary needs from the history and the ledger, off the GUI thread."""

    def __init__(self, store: AsyncJobStore) -> None:
        self._store = store

    def under_way(self) -> Awaitable[frozenset[str]]:
        """The tasks the last session left under way (those a start picks up again). The
        read is queued at the call, so asked before the start resumes anything it sees
        them as they were."""
        reading = self._store.unfinished()

        async def ids() -> frozenset[str]:
            return frozenset(job.id for job in await reading)

        return ids()

    async def summary(
        self, since: datetime, until: datetime, picked: Collection[str] = ()
    ) -> AwaySummary:
        """The tasks that ended in ``[since, until)``, and those ``picked`` up at the start
        that have ended; with what the ledger says each cost."""
        jobs = ended_between(await self._store.ended_since(since), since, until, picked)
        if not jobs:
            return AwaySummary(since)
        earliest = min(job.created_at for job in jobs)  # a purchase follows its task's birth
        rows = await self._store.spend_rows(earliest, until + timedelta(days=1))
        return summarize(since, jobs, rows)


def _order(job: Job) -> tuple[datetime, str]:
    return (ended_at(job) or job.updated_at, job.id)
