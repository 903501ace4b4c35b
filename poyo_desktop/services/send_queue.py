"""Who may be sent to PoYo next: the sending slots, granted to waiting jobs in queue order.

Its own module because it is one small concurrency rule with no other business: at most
``limit()`` jobs hold a slot at once; the rest wait, and a freed slot goes to the first
waiting job in ``order`` (lower key first), skipping any job ``order`` says is not to be
sent now (a held or cancelled job). What that order is belongs to the jobs service; this
only asks it whenever something may have changed, so the same order always gives the
same grants. Everything happens on the event loop: a grant and a hold never interleave.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

# A job's place as a sortable value (the same kind for every job), or None: not now.
OrderKey = Callable[[str], Any]


class SendQueue:
    """At most ``limit()`` jobs are sent at once; the rest wait their turn, in ``order``.

    ``order(job_id)`` is a job's sort key (any comparable value, the same type for all),
    or None while it must not be sent (held, cancelled, gone): then it keeps its place
    and is skipped. Call :meth:`changed` whenever an order, a hold or the limit changed.
    """

    def __init__(self, limit: Callable[[], int], order: OrderKey) -> None:
        self._limit = limit
        self._order = order
        self._waiting: dict[str, asyncio.Future[None]] = {}
        self._active: set[str] = set()
        self._frozen = False
        # The line as last worked out (rows ask for their place on every paint), until
        # something that may change it happens.
        self._places: dict[str, int] | None = None

    def freeze(self) -> None:
        """Grant nothing until :meth:`thaw`: while a whole line joins at once (a restart),
        the first to join must not take a slot before the rest are in their places."""
        self._frozen = True

    def thaw(self) -> None:
        self._frozen = False
        self._grant()

    async def turn(self, job_id: str) -> None:
        """Wait until ``job_id`` holds a slot; give it back with :meth:`release`.

        Cancelled while waiting: it leaves the line. Cancelled just after its grant (the
        task had not run again yet): the slot goes back at once, to the next in line.
        """
        turn: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting[job_id] = turn
        self._places = None
        self._grant()
        try:
            await turn
        except asyncio.CancelledError:
            if self._waiting.get(job_id) is turn:
                del self._waiting[job_id]
                self._places = None
            if turn.done() and not turn.cancelled():
                self.release(job_id)
            raise

    def release(self, job_id: str) -> None:
        """``job_id`` no longer needs its slot: the next in line gets it."""
        self._active.discard(job_id)
        self._grant()

    def changed(self) -> None:
        """The order, a hold or the limit changed: grant what may now be granted."""
        self._places = None
        self._grant()

    def holds_slot(self, job_id: str) -> bool:
        return job_id in self._active

    def is_waiting(self, job_id: str) -> bool:
        return job_id in self._waiting

    def waiting(self) -> list[str]:
        """The jobs waiting for a slot and free to go, first in line first."""
        keyed = [(self._order(job_id), job_id) for job_id in self._waiting]
        return [job_id for key, job_id in sorted(k for k in keyed if k[0] is not None)]

    def place(self, job_id: str) -> int | None:
        """``job_id``'s place among those free to go (1 = next); None when not among them."""
        if self._places is None:
            self._places = {job_id: n for n, job_id in enumerate(self.waiting(), start=1)}
        return self._places.get(job_id)

    def active_count(self) -> int:
        return len(self._active)

    def _grant(self) -> None:
        """Give free slots to the first waiting jobs. A limit below one still sends one."""
        free = max(1, self._limit()) - len(self._active)
        if free <= 0 or not self._waiting or self._frozen:
            return
        for job_id in self.waiting():
            turn = self._waiting.pop(job_id)
            self._places = None
            if turn.done():  # its task was cancelled while waiting, and not yet told
                continue
            self._active.add(job_id)
            turn.set_result(None)
            free -= 1
            if free == 0:
                return
