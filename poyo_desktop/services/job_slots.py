"""How many new jobs are sent to PoYo at once.

Its own module because it is a small concurrency rule with no other business: the jobs
service takes a slot for a job that buys a task, and gives it back when the job ends.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable


class Slots:
    """At most ``limit`` new jobs are sent at once; the rest wait their turn, in order."""

    def __init__(self, limit: Callable[[], int]) -> None:
        self._limit = limit
        self._active = 0
        self._changed = asyncio.Condition()

    async def acquire(self) -> None:
        async with self._changed:
            await self._changed.wait_for(lambda: self._active < self._limit())
            self._active += 1

    async def release(self) -> None:
        async with self._changed:
            self._active -= 1
            self._changed.notify_all()
