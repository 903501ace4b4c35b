"""The store for asyncio code (the GUI loop): every call runs on one dedicated thread.

SQLite connections belong to the thread that made them, and disk writes (fsync) can take
long enough to freeze a window. So :class:`AsyncJobStore` creates its :class:`JobStore`
on a single worker thread and sends every call there. Each method queues its work at
the moment it is called (so calls run in call order, and a save is queued even if its
result is never awaited) and returns an awaitable for the result.

Writes survive cancellation: cancelling the awaitable of ``save`` does not unqueue the
save, and a failure nobody awaited still reaches the log. Cancelling a read drops it if
it has not started.
"""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import logging
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from poyo_desktop.core.batch import MadeBefore, Sameness
from poyo_desktop.core.job import Job
from poyo_desktop.core.query import JobQuery
from poyo_desktop.core.states import JobState
from poyo_desktop.store import queue_state
from poyo_desktop.store.ended import ended_since
from poyo_desktop.store.made_before import made_before
from poyo_desktop.store.recovery import RecoveryReport
from poyo_desktop.store.spend import Purchase, Reservation, SpendLimits, SpendRow, SpendTotals
from poyo_desktop.store.store import JobStore

if TYPE_CHECKING:
    from poyo_desktop.store.chains import FrameSource

logger = logging.getLogger(__name__)

T = TypeVar("T")


class AsyncJobStore:
    """:class:`JobStore` behind awaitables; create it with ``await AsyncJobStore.open(path)``.

    Methods must be called from the thread running the event loop.
    """

    def __init__(self, store: JobStore, executor: ThreadPoolExecutor) -> None:
        """Internal: use :meth:`open`, which builds the store on the executor's thread."""
        self._store = store
        self._executor = executor
        self._closed = False

    @classmethod
    async def open(cls, path: Path, **options: Any) -> AsyncJobStore:
        """Open (create, migrate or repair) the history on a new worker thread.

        ``options`` go to :class:`JobStore`. Raises what it raises (e.g. StoreError).
        """
        executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="poyo-store")
        opening = executor.submit(JobStore, Path(path), **options)
        try:
            store = await asyncio.shield(asyncio.wrap_future(opening))
        except BaseException:
            # Failed or cancelled: close the store if it got opened anyway, then the thread.
            executor.submit(_close_if_opened, opening)
            executor.shutdown(wait=False)
            raise
        return cls(store, executor)

    @property
    def path(self) -> Path:
        return self._store.path

    @property
    def images_dir(self) -> Path:
        return self._store.images_dir

    @property
    def recovery(self) -> RecoveryReport | None:
        """Set while opening when the file was repaired; never changes afterwards."""
        return self._store.recovery

    # -- writes ---------------------------------------------------------------------------

    def save(self, job: Job) -> asyncio.Future[None]:
        """Queue ``job`` as it is now (a snapshot: later changes by the caller don't leak)."""
        return self._write(self._store.save, dataclasses.replace(job))

    def save_many(self, jobs: Iterable[Job]) -> asyncio.Future[None]:
        return self._write(self._store.save_many, [dataclasses.replace(job) for job in jobs])

    def delete(self, job_id: str) -> asyncio.Future[None]:
        return self._write(self._store.delete, job_id)

    def keep_image(self, source: Path) -> asyncio.Future[Path]:
        return self._write(self._store.keep_image, Path(source))

    def forget_unused_images(
        self, older_than: timedelta = timedelta(hours=1)
    ) -> asyncio.Future[list[Path]]:
        return self._write(self._store.forget_unused_images, older_than)

    def reserve_spend(
        self, purchase: Purchase, limits: SpendLimits, now: datetime, *, force: bool = False
    ) -> asyncio.Future[Reservation]:
        """The ledger's atomic reserve (see store/spend.py), on the store's thread."""
        return self._write(
            functools.partial(self._store.reserve_spend, force=force), purchase, limits, now
        )

    def settle_spend(
        self, job_id: str, charged: float | None, outcome: str, *, answered: bool = True
    ) -> asyncio.Future[bool]:
        settle = functools.partial(self._store.settle_spend, answered=answered)
        return self._write(settle, job_id, charged, outcome)

    def edit_waiting(self, edited: Job) -> asyncio.Future[bool]:
        """Save ``edited``'s prompts, length and model only if the history still says it
        waits to be sent: True when it did (check and change in one statement, see
        :mod:`.queue_state`)."""
        return self._write(queue_state.edit_waiting, self._store, dataclasses.replace(edited))

    def keep_sending_paused(self, paused: bool) -> asyncio.Future[None]:
        """Remember "Pause Sending" for the next start."""
        return self._write(queue_state.keep_sending_paused, self._store, paused)

    def remember_frame(self, image: Path, job_id: str, at_ms: int) -> asyncio.Future[None]:
        """The kept picture ``image`` is a frame of ``job_id``'s video (see :mod:`.chains`)."""
        from poyo_desktop.store import chains

        return self._write(chains.remember_frame, self._store, Path(image), job_id, at_ms)

    # -- reads ----------------------------------------------------------------------------

    def frame_source(self, image: Path) -> asyncio.Future[FrameSource | None]:
        """Which video the kept picture ``image`` was taken from (None: not from one)."""
        from poyo_desktop.store import chains  # loaded with the first video recorded

        return self._read(chains.frame_source, self._store, Path(image))

    def sending_paused(self) -> asyncio.Future[bool]:
        return self._read(queue_state.sending_paused, self._store)

    def open_spend_jobs(self) -> asyncio.Future[list[str]]:
        return self._read(self._store.open_spend_jobs)

    def spend_totals(self, since: datetime) -> asyncio.Future[SpendTotals]:
        return self._read(self._store.spend_totals, since)

    def spend_rows(self, since: datetime, until: datetime) -> asyncio.Future[list[SpendRow]]:
        return self._read(self._store.spend_rows, since, until)

    def get(self, job_id: str) -> asyncio.Future[Job | None]:
        return self._read(self._store.get, job_id)

    def ended_since(self, since: datetime) -> asyncio.Future[list[Job]]:
        """Jobs that ended (or changed after ending) at or after ``since``: see
        :mod:`.ended`."""
        return self._read(ended_since, self._store, since)

    def unfinished(self) -> asyncio.Future[list[Job]]:
        return self._read(self._store.unfinished)

    def by_state(self, state: JobState) -> asyncio.Future[list[Job]]:
        return self._read(self._store.by_state, state)

    def count(self, query: JobQuery) -> asyncio.Future[int]:
        return self._read(self._store.count, query)

    def page(self, query: JobQuery, offset: int, limit: int) -> asyncio.Future[list[Job]]:
        return self._read(self._store.page, query, offset, limit)

    def made_before(self, wanted: Iterable[Sameness]) -> asyncio.Future[dict[Sameness, MadeBefore]]:
        """Which of ``wanted`` the history already made (or is making) into a video: see
        :mod:`.made_before`. A batch's pictures, looked up in one read."""
        return self._read(made_before, self._store, tuple(wanted))

    # -- life cycle -----------------------------------------------------------------------

    def close(self) -> asyncio.Future[None]:
        """Finish every call already made (pending writes included), then close.

        The close is queued at once; await the result to know it is done. Calling it
        again returns an already finished awaitable.
        """
        loop = asyncio.get_running_loop()
        if self._closed:
            done: asyncio.Future[None] = loop.create_future()
            done.set_result(None)
            return done
        closing = self._write(self._store.close)
        self._closed = True
        self._executor.shutdown(wait=False)
        return closing

    def close_blocking(self) -> None:
        """:meth:`close` for code with no running event loop (e.g. after it stopped)."""
        if not self._closed:
            self._closed = True
            self._executor.submit(self._store.close)
        self._executor.shutdown(wait=True)

    async def __aenter__(self) -> AsyncJobStore:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    # -- internals ------------------------------------------------------------------------

    def _submit(self, fn: Callable[..., T], *args: object) -> Future[T]:
        if self._closed:
            raise RuntimeError("the job store is closed")
        return self._executor.submit(fn, *args)

    def _read(self, fn: Callable[..., T], *args: object) -> asyncio.Future[T]:
        loop = asyncio.get_running_loop()
        return asyncio.wrap_future(self._submit(fn, *args), loop=loop)

    def _write(self, fn: Callable[..., T], *args: object) -> asyncio.Future[T]:
        """Like :meth:`_read`, but cancelling the result never cancels the write."""
        loop = asyncio.get_running_loop()
        result: asyncio.Future[T] = loop.create_future()
        work = self._submit(fn, *args)

        def report(done: Future[T]) -> None:  # runs on the worker thread
            try:
                loop.call_soon_threadsafe(_settle, result, done)
            except RuntimeError:  # the loop is closed: nobody is waiting any more
                _log_failure(done)

        work.add_done_callback(report)
        return result


def _settle(result: asyncio.Future[T], done: Future[T]) -> None:
    if result.cancelled():
        _log_failure(done)
    elif done.exception() is not None:
        result.set_exception(done.exception())  # type: ignore[arg-type]
    else:
        result.set_result(done.result())


def _log_failure(done: Future[Any]) -> None:
    """A write whose caller stopped waiting can still fail: make sure it reaches the log."""
    error = done.exception()
    if error is not None:
        logger.error("a task-history write failed", exc_info=error)


def _close_if_opened(opening: Future[JobStore]) -> None:
    """Runs on the worker after ``opening``: closes the store a cancelled open made."""
    if not opening.cancelled() and opening.exception() is None:
        opening.result().close()
