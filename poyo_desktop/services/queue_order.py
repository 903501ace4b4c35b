"""The order of the send queue, as plain rules over jobs: who is in line, in which order,
where a move puts a job, and the ranks that save that order.

Its own module, with no Qt and no I/O, because the order is the part a person controls
and must come back the same after a restart: it is worked out from the saved fields alone
(``queue_rank``, ``created_at``, ``held``, ``state``), and tested without a service.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from poyo_desktop.core.job import Job, utc_now
from poyo_desktop.core.states import JobState

Where = Literal["first", "up", "down", "last"]
WHERES: tuple[Where, ...] = ("first", "up", "down", "last")

# States in which a job has not been sent to PoYo: taking it out of line costs nothing.
NOT_SENT = frozenset({JobState.DRAFT, JobState.UPLOADING})


def queue_key(job: Job, rank: float | None = None) -> tuple[float, float, str]:
    """Lower goes first. A rank of 0 (never moved) means "in the order it was made": its
    creation time, which sorts after the small ranks a move writes (1, 2, 3, …), so a job
    made after a reordering joins the end of the line. Ties fall to the id: deterministic.
    ``rank``: instead of the job's own (one decided, not saved yet)."""
    made = job.created_at.timestamp()
    return ((job.queue_rank if rank is None else rank) or made, made, job.id)


def in_line(jobs: Iterable[Job]) -> list[Job]:
    """The jobs waiting to be sent (held ones too, in their place), first in line first."""
    return sorted((job for job in jobs if job.state is JobState.DRAFT), key=queue_key)


def moved(order: list[str], job_id: str, where: Where) -> list[str]:
    """``order`` with ``job_id`` moved ``where``; the same list when it cannot move so."""
    if job_id not in order:
        return order
    index = order.index(job_id)
    target = {"first": 0, "up": index - 1, "down": index + 1, "last": len(order) - 1}[where]
    target = max(0, min(len(order) - 1, target))
    if target == index:
        return order
    rest = order[:index] + order[index + 1 :]
    return [*rest[:target], job_id, *rest[target:]]


def moved_many(order: list[str], ids: Iterable[str], where: Where) -> list[str]:
    """``order`` with every one of ``ids`` moved ``where``, keeping their own order: first
    and last move them as a block; up and down move each one place, unless the place is
    taken by another of them that could not move."""
    chosen = set(ids) & set(order)
    picked = [job_id for job_id in order if job_id in chosen]
    others = [job_id for job_id in order if job_id not in chosen]
    if where == "first":
        return [*picked, *others]
    if where == "last":
        return [*others, *picked]
    result = list(order)
    step = -1 if where == "up" else 1
    for job_id in picked if step < 0 else reversed(picked):
        index = result.index(job_id)
        target = index + step
        if 0 <= target < len(result) and result[target] not in chosen:
            result[index], result[target] = result[target], job_id
    return result


def ranks(order: list[str]) -> dict[str, float]:
    """The ranks that save ``order``: 1, 2, 3, … (all below any creation time)."""
    return {job_id: float(place) for place, job_id in enumerate(order, start=1)}


def end_rank(waiting: Iterable[Job]) -> float:
    """A rank after every job now in line, and before any made later ("Send after all")."""
    now = utc_now().timestamp()
    return max([now, *(queue_key(job)[0] + 1 for job in waiting)])


def ordinal(place: int) -> str:
    """1 → "1st", 2 → "2nd", 11 → "11th", 23 → "23rd"."""
    teen = 10 <= place % 100 <= 20
    return f"{place}{'th' if teen else {1: 'st', 2: 'nd', 3: 'rd'}.get(place % 10, 'th')}"
