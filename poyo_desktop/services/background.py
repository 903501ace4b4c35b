"""The one way this app starts work in the background, and hears when it fails.

A coroutine started with ``asyncio.ensure_future`` and then forgotten can vanish (the loop
keeps only a weak reference to it) or fail unheard ("Task exception was never retrieved",
on a console no one reads). Every piece of background work therefore goes through
:func:`run_in_background`, which keeps the task alive until it ends and, if it fails,
logs the traceback (with the key removed: core/redaction) and turns the exception into
plain words for the owner to show, through a callback such as a Qt signal's ``emit``.

An owner that must stop its work when it closes (a dialog, a service) keeps its tasks in
a :class:`BackgroundTasks` and cancels them there.

Not here: work on Qt's thread pool (thumbnails, the check of a dropped picture, a copy of
a video), whose result must come back through a signal anyway; each such worker catches
every exception, logs it and delivers a failed result through that same signal. A
coroutine awaited where it starts (``await asyncio.to_thread(...)``) is not background
work: its caller hears its failure.
"""

from __future__ import annotations

import asyncio
import logging
import traceback
from collections.abc import Awaitable, Callable, Coroutine, Iterator
from typing import Any, TypeVar, overload

from poyo_desktop.core.redaction import redact
from poyo_desktop.core.wording import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

T = TypeVar("T")
# The default ``failure``: said in the window's language (core.wording) when it is said.
SOMETHING_WENT_WRONG = QT_TRANSLATE_NOOP("Background", "Something went wrong")

_running: set[asyncio.Future[Any]] = set()  # strong references, until each task ends


OnError = Callable[[str], None]
OnException = Callable[[BaseException], None]


@overload
def run_in_background(
    work: Coroutine[Any, Any, T],
    *,
    name: str,
    on_error: OnError | None = ...,
    failure: str = ...,
    on_exception: OnException | None = ...,
) -> asyncio.Task[T]: ...
@overload
def run_in_background(
    work: Awaitable[T],
    *,
    name: str,
    on_error: OnError | None = ...,
    failure: str = ...,
    on_exception: OnException | None = ...,
) -> asyncio.Future[T]: ...
def run_in_background(
    work: Awaitable[T],
    *,
    name: str,
    on_error: OnError | None = None,
    failure: str = SOMETHING_WENT_WRONG,
    on_exception: OnException | None = None,
) -> asyncio.Future[T]:
    """Start ``work`` now; if it fails, log it as ``name`` and tell the owner.

    ``on_error`` hears plain words (``failure`` and the reason, key removed);
    ``on_exception``, for an owner that must act on the exception itself (mark a job
    failed, say), hears the exception instead. A cancelled task is no failure.
    """
    task = asyncio.ensure_future(work)
    _running.add(task)
    task.add_done_callback(lambda done: _finished(done, name, on_error, failure, on_exception))
    return task


def plain_words(error: BaseException, failure: str = SOMETHING_WENT_WRONG) -> str:
    """What a person is told about ``error``: ``failure``, then why, never the key."""
    reason = str(error) or type(error).__name__
    if failure == SOMETHING_WENT_WRONG:
        failure = translate("Background", SOMETHING_WENT_WRONG)
    return redact(f"{failure}: {reason}")


def _finished(
    task: asyncio.Future[Any],
    name: str,
    on_error: OnError | None,
    failure: str,
    on_exception: OnException | None,
) -> None:
    _running.discard(task)
    if task.cancelled():
        return
    error = task.exception()  # retrieved: asyncio no longer complains about it
    if error is None:
        return
    # Redacted here, not only by the log handlers (logs.RedactingFilter): any handler a
    # library or a test adds gets the traceback without the key too.
    trace = redact("".join(traceback.format_exception(error)))
    log.error("background work %s failed:\n%s", name, trace.rstrip())
    try:
        if on_exception is not None:
            on_exception(error)
        elif on_error is not None:
            on_error(plain_words(error, failure))
    except Exception:  # a report that fails must not hide the first failure
        log.exception("reporting the failure of %s failed", name)


def running() -> int:
    """How many background tasks are alive (for tests and the log)."""
    return len(_running)


class BackgroundTasks:
    """An owner's background work, to cancel together when the owner goes away."""

    def __init__(self) -> None:
        self._tasks: set[asyncio.Future[Any]] = set()

    def run(
        self,
        work: Coroutine[Any, Any, T],
        *,
        name: str,
        on_error: OnError | None = None,
        failure: str = SOMETHING_WENT_WRONG,
        on_exception: OnException | None = None,
    ) -> asyncio.Task[T]:
        """:func:`run_in_background`, and remembered here until it ends."""
        task = run_in_background(
            work, name=name, on_error=on_error, failure=failure, on_exception=on_exception
        )
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def cancel(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    async def close(self) -> None:
        """Cancel every task and wait until each has stopped."""
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def __iter__(self) -> Iterator[asyncio.Future[Any]]:
        return iter(list(self._tasks))

    def __len__(self) -> int:
        return len(self._tasks)
