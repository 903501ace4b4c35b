"""Jittered exponential back-off for the calls that are safe to repeat (status, balance)."""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

from poyo_desktop.api.errors import PoyoError, RateLimited

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    attempts: int = 4  # total tries, the first included
    base_delay: float = 0.5
    max_delay: float = 20.0
    max_retry_after: float = 120.0  # a server asking for longer than this is not waited for

    def delay(self, attempt: int, error: PoyoError, rng: random.Random | None = None) -> float:
        """Seconds to wait before try ``attempt + 1`` ("full jitter", honouring Retry-After)."""
        if isinstance(error, RateLimited) and error.retry_after is not None:
            return min(error.retry_after, self.max_retry_after)
        ceiling = min(self.max_delay, self.base_delay * (2 ** (attempt - 1)))
        return (rng or random).uniform(ceiling / 2, ceiling)


NO_RETRY = RetryPolicy(attempts=1)


async def with_retries(
    call: Callable[[], Awaitable[T]],
    policy: RetryPolicy,
    *,
    what: str,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> T:
    """Run ``call`` until it succeeds, fails with a non-retryable error, or tries run out."""
    attempt = 1
    while True:
        try:
            return await call()
        except PoyoError as error:
            retry_after = getattr(error, "retry_after", None)
            too_long = retry_after is not None and retry_after > policy.max_retry_after
            if not error.retryable or attempt >= policy.attempts or too_long:
                raise
            wait = policy.delay(attempt, error)
            log.info(
                "%s failed (%s); try %d of %d in %.2f s",
                what,
                error.kind,
                attempt + 1,
                policy.attempts,
                wait,
            )
            await sleep(wait)
            attempt += 1
