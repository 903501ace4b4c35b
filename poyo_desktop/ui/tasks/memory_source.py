"""The list's order and its query as a test on one job, and a history held in memory.

The store answers a :class:`~poyo_desktop.core.query.JobQuery` in SQL; the list model
applies the same rules to every job it is handed between loads (a row leaves the list the
moment it stops matching), and :class:`MemorySource` answers the store's two questions
from a list (tests, a history given all at once). So the order and the folding of the
search text live here once, and agree with the store's.

The query rules are imported on first need, not with this module: the window (and the
list model, empty) is drawn before the history is opened.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from poyo_desktop.core.query import search_needle, search_text

if TYPE_CHECKING:
    from collections.abc import Iterable

    from poyo_desktop.core.job import Job
    from poyo_desktop.core.query import JobQuery

__all__ = ["MemorySource", "SortKey", "is_everything", "matcher", "sort_key"]

SortKey = tuple[int, str]
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


def is_everything(query: JobQuery) -> bool:
    """The query lets every job through (the list is the whole history)."""
    return not search_needle(query.text) and query.states is None and query.models is None


def matcher(query: JobQuery) -> Callable[[Job], bool]:
    """``query`` as a test on one job, with exactly the store's folding of the text."""
    needle = search_needle(query.text)
    states, models = query.states, query.models

    def matches(job: Job) -> bool:
        if states is not None and job.state not in states:
            return False
        if models is not None and job.model not in models:
            return False
        return not needle or needle in search_text(job)

    return matches


def sort_key(job: Job) -> SortKey:
    """Ascending order of this key is the list order: newest first, ties by id (as the store)."""
    created = job.created_at
    if created.tzinfo is None:
        created = created.replace(tzinfo=UTC)
    return (-((created - _EPOCH) // _MICROSECOND), job.id)


class MemorySource:
    """The whole history in a sorted list; answers the same questions a store would."""

    def __init__(self, jobs: Iterable[Job]) -> None:
        self._by_id = {job.id: job for job in jobs}
        self._jobs = sorted(self._by_id.values(), key=sort_key)
        self._keys = [sort_key(job) for job in self._jobs]

    def count(self, query: JobQuery) -> int:
        if is_everything(query):
            return len(self._jobs)
        return sum(map(matcher(query), self._jobs))

    def page(self, query: JobQuery, offset: int, limit: int) -> list[Job]:
        if is_everything(query):
            return self._jobs[offset : offset + limit]
        out: list[Job] = []
        for position, job in enumerate(filter(matcher(query), self._jobs)):
            if position >= offset + limit:
                break
            if position >= offset:
                out.append(job)
        return out

    def upsert_many(self, jobs: Iterable[Job]) -> None:
        for job in jobs:
            self.upsert(job)

    def upsert(self, job: Job) -> None:
        old = self._by_id.get(job.id)
        self._by_id[job.id] = job
        key = sort_key(job)
        if old is not None:
            row = bisect_left(self._keys, sort_key(old))
            if sort_key(old) == key:
                self._jobs[row] = job  # the usual progress tick: same place
                return
            del self._jobs[row]
            del self._keys[row]
        row = bisect_left(self._keys, key)
        self._jobs.insert(row, job)
        self._keys.insert(row, key)

    def remove(self, job_id: str) -> None:
        old = self._by_id.pop(job_id, None)
        if old is not None:
            row = bisect_left(self._keys, sort_key(old))
            del self._jobs[row]
            del self._keys[row]
