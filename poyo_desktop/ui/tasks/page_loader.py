"""Reading the history page by page, from a source that answers now or later.

A source may answer synchronously (plain callables: tests, an in-memory list) or with
awaitables (:class:`~poyo_desktop.store.AsyncJobStore`, whose reads run on its own
thread), so reading a page of SQLite never blocks the window. :class:`PageLoader` keeps
where the next page starts, whether the source has more, and which load an answer belongs
to (answers for an older query are dropped); the list model it feeds owns the rows.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

import shiboken6

from poyo_desktop.services.background import run_in_background
from poyo_desktop.ui.kit.translations import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    import asyncio
    from collections.abc import Awaitable, Sequence

    from PySide6.QtCore import QObject

    from poyo_desktop.core.job import Job
    from poyo_desktop.core.query import JobQuery

__all__ = ["CountFn", "JobSource", "PageFn", "PageLoader"]

log = logging.getLogger(__name__)

CountFn = Callable[["JobQuery"], "int | Awaitable[int]"]
PageFn = Callable[["JobQuery", int, int], "Sequence[Job] | Awaitable[Sequence[Job]]"]

FAILED = QT_TRANSLATE_NOOP("PageLoader", "The list of your videos could not be read.")


class JobSource(Protocol):
    """What :meth:`JobListModel.set_source` reads: JobStore and AsyncJobStore both fit."""

    def count(self, query: JobQuery, /) -> Any: ...
    def page(self, query: JobQuery, offset: int, limit: int, /) -> Any: ...


class PageLoader:
    """Asks the source for the count and the pages of one query at a time.

    ``owner`` is the model the answers go to (an answer arriving after it was deleted is
    dropped); ``on_page`` takes each page read, ``on_loading`` hears when an asynchronous
    read starts and ends, and ``on_failed`` gets one message per load that failed.
    """

    def __init__(
        self,
        owner: QObject,
        count_fn: CountFn,
        page_fn: PageFn,
        *,
        on_page: Callable[[list[Job]], None],
        on_loading: Callable[[bool], None],
        on_failed: Callable[[str], None],
    ) -> None:
        self._owner = owner
        self._on_page_read = on_page
        self._on_loading = on_loading
        self._on_failed = on_failed
        self._count_fn = count_fn
        self._page_fn = page_fn
        self.page_size = 200
        self.offset = 0  # where the next page starts in the source's filtered order
        self.exhausted = True
        self.total = 0
        self._generation = 0  # bumped by forget(): answers for an older one are dropped
        self._in_flight: set[asyncio.Future[Any]] = set()
        self.page_pending = False
        self.announced = False  # on_loading(True) was called for the pending page
        self._failed_generation = -1  # one message per load, not one per failed call

    def use(self, count_fn: CountFn, page_fn: PageFn, page_size: int) -> None:
        """Read from these from the next :meth:`start` on."""
        self._count_fn = count_fn
        self._page_fn = page_fn
        self.page_size = page_size

    def forget(self) -> bool:
        """Drop the reads under way; whether a read was announced as loading."""
        self._generation += 1
        for future in self._in_flight:
            future.cancel()
        self._in_flight.clear()
        was_loading, self.announced = self.announced, False
        self.page_pending = False
        return was_loading

    def start(self, query: JobQuery) -> None:
        """Count what ``query`` matches and read its first page."""
        self.offset = 0
        self.exhausted = False
        self.total = 0
        self._ask(self._count_fn, (query,), self._on_count)
        self.load_page(query)

    def load_page(self, query: JobQuery) -> None:
        """Read the next page of ``query``."""
        self.page_pending = True
        waiting = self._ask(self._page_fn, (query, self.offset, self.page_size), self._on_page)
        if waiting and not self.announced:
            self.announced = True
            self._on_loading(True)

    def shift(self, by: int) -> None:
        """A row matching the query was added (1) or dropped (-1) between loads."""
        self.offset += by
        self.total += by

    def _ask(
        self, fn: Callable[..., Any], args: tuple[Any, ...], then: Callable[[Any], None]
    ) -> bool:
        """Call the source; hand the answer to ``then`` now or when it arrives.

        Returns True when the answer is still on its way.
        """
        try:
            answer = fn(*args)
        except Exception as exc:
            log.error("could not read the history", exc_info=exc)
            self._say_failed()
            then(None)
            return False
        if not inspect.isawaitable(answer):
            then(answer)
            return False
        generation = self._generation

        def current() -> bool:
            # Not for an older query, nor after the window went away meanwhile.
            return generation == self._generation and shiboken6.isValid(self._owner)

        def failed(error: BaseException) -> None:  # logged by run_in_background
            if current():
                self._say_failed()
                then(None)

        def arrived(done: asyncio.Future[Any]) -> None:
            self._in_flight.discard(done)
            if not done.cancelled() and done.exception() is None and current():
                then(done.result())

        future = run_in_background(answer, name="reading the history", on_exception=failed)
        self._in_flight.add(future)
        future.add_done_callback(arrived)
        return True

    def _on_count(self, total: int | None) -> None:
        self.total = int(total or 0)

    def _on_page(self, page: Sequence[Job] | None) -> None:
        self.page_pending = False
        if page is None:  # the source failed: stop asking until the next reload
            self.exhausted = True
        else:
            jobs = list(page)
            self.offset += len(jobs)
            if len(jobs) < self.page_size:
                self.exhausted = True
            self._on_page_read(jobs)
        if self.announced:
            self.announced = False
            self._on_loading(False)

    def _say_failed(self) -> None:
        if self._failed_generation != self._generation:
            self._failed_generation = self._generation
            self._on_failed(translate("PageLoader", FAILED))
