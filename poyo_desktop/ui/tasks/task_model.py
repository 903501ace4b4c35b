"""The history as a Qt list model: newest first, filtered, updated in place, loaded lazily.

The jobs service emits a changed Job on every progress tick, so :meth:`JobListModel.upsert`
is built to cost O(log n): rows are kept sorted by (created_at desc, id) in a list next to
a list of their sort keys, and a row is found by bisecting the keys rather than through an
id → row table that every insertion at the top (the common case: a new job) would
invalidate for all 10,000 rows.

Filtering happens here, in the source, not in a QSortFilterProxyModel: a proxy can only
filter rows already loaded, so with lazy paging a narrow filter would pull in the whole
history page by page. A :class:`~poyo_desktop.core.query.JobQuery` is handed to
the source (the store answers it in SQL), and the same query, folded the same way, is
applied to every upsert so a row leaves the list the moment it stops matching.

A source may answer synchronously (plain callables: tests, an in-memory list) or with
awaitables (:class:`~poyo_desktop.store.AsyncJobStore`, whose reads run on its own
thread), so reading a page of SQLite never blocks the window.

The store and asyncio are imported on first need, not with this module: the window (and
this model, empty) is drawn before the history is opened.
"""

from __future__ import annotations

import inspect
import logging
from bisect import bisect_left
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol

import shiboken6
from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from poyo_desktop.core.states import JobState
from poyo_desktop.ui.tasks import formatting

if TYPE_CHECKING:
    import asyncio
    from collections.abc import Awaitable, Iterable, Sequence

    from PySide6.QtCore import (
        QObject,
    )

    from poyo_desktop.core.job import Job
    from poyo_desktop.core.query import JobQuery
    from poyo_desktop.ui.tasks.thumbnails import ThumbnailCache

__all__ = ["CountFn", "JobListModel", "JobSource", "PageFn", "is_active", "is_everything",
           "matcher"]

log = logging.getLogger(__name__)

CountFn = Callable[["JobQuery"], "int | Awaitable[int]"]
PageFn = Callable[["JobQuery", int, int], "Sequence[Job] | Awaitable[Sequence[Job]]"]


class JobSource(Protocol):
    """What :meth:`JobListModel.set_source` reads: JobStore and AsyncJobStore both fit."""

    def count(self, query: JobQuery, /) -> Any: ...
    def page(self, query: JobQuery, offset: int, limit: int, /) -> Any: ...


_Index = QModelIndex | QPersistentModelIndex

# Looked up once: the view asks for flags and data on every row it paints, and reading a
# PySide6 enum member, or combining two, runs Python code in the enum module.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_SPOKEN = int(Qt.ItemDataRole.AccessibleTextRole)
_ROW_FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
              | Qt.ItemFlag.ItemNeverHasChildren)
_SortKey = tuple[int, str]
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


def is_active(state: JobState) -> bool:
    """Work is under way: the row shows a ticking clock and is repainted every second."""
    return not state.is_terminal and state is not JobState.DRAFT


def is_everything(query: JobQuery) -> bool:
    """The query lets every job through (the list is the whole history)."""
    from poyo_desktop.core.query import search_needle

    return not search_needle(query.text) and query.states is None and query.models is None


def matcher(query: JobQuery) -> Callable[[Job], bool]:
    """``query`` as a test on one job, with exactly the store's folding of the text."""
    from poyo_desktop.core.query import search_needle, search_text

    needle = search_needle(query.text)
    states, models = query.states, query.models

    def matches(job: Job) -> bool:
        if states is not None and job.state not in states:
            return False
        if models is not None and job.model not in models:
            return False
        return not needle or needle in search_text(job)

    return matches


def _sort_key(job: Job) -> _SortKey:
    """Ascending order of this key is the list order: newest first, ties by id (as the store)."""
    created = job.created_at
    if created.tzinfo is None:
        created = created.replace(tzinfo=UTC)
    return (-((created - _EPOCH) // _MICROSECOND), job.id)


class _MemorySource:
    """The whole history in a sorted list; answers the same questions a store would."""

    def __init__(self, jobs: Iterable[Job]) -> None:
        self._by_id = {job.id: job for job in jobs}
        self._jobs = sorted(self._by_id.values(), key=_sort_key)
        self._keys = [_sort_key(job) for job in self._jobs]

    def count(self, query: JobQuery) -> int:
        if is_everything(query):
            return len(self._jobs)
        return sum(map(matcher(query), self._jobs))

    def page(self, query: JobQuery, offset: int, limit: int) -> list[Job]:
        if is_everything(query):
            return self._jobs[offset:offset + limit]
        out: list[Job] = []
        for position, job in enumerate(filter(matcher(query), self._jobs)):
            if position >= offset + limit:
                break
            if position >= offset:
                out.append(job)
        return out

    def upsert(self, job: Job) -> None:
        old = self._by_id.get(job.id)
        self._by_id[job.id] = job
        key = _sort_key(job)
        if old is not None:
            row = bisect_left(self._keys, _sort_key(old))
            if _sort_key(old) == key:
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
            row = bisect_left(self._keys, _sort_key(old))
            del self._jobs[row]
            del self._keys[row]


class JobListModel(QAbstractListModel):
    """Jobs newest first, for :class:`~poyo_desktop.ui.tasks.task_view.TaskListView`.

    Fed either all at once (:meth:`set_jobs`) or lazily from a store
    (:meth:`set_source`); in both cases :meth:`upsert` and :meth:`remove` keep it current
    between loads, and :meth:`set_query` reloads it for a search.
    """

    JobRole = int(Qt.ItemDataRole.UserRole) + 1

    load_failed = Signal(str)  # plain words: the history could not be read
    loading_changed = Signal(bool)  # a page is being read from an asynchronous source

    def __init__(
        self, thumbnails: ThumbnailCache | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._thumbnails = thumbnails
        self._rows: list[Job] = []
        self._keys: list[_SortKey] = []
        self._by_id: dict[str, Job] = {}
        self._by_image: dict[str, set[str]] = {}
        self._active: set[str] = set()
        self._query: JobQuery | None = None  # None: everything (made on first need)
        self._matches: Callable[[Job], bool] = lambda job: True
        self._memory: _MemorySource | None = _MemorySource(())
        self._count_fn: CountFn = self._memory.count
        self._page_fn: PageFn = self._memory.page
        self._page_size = 200
        self._offset = 0  # where the next page starts in the source's filtered order
        self._exhausted = True
        self._total = 0
        self._generation = 0  # bumped by reload(): answers for an older one are dropped
        self._in_flight: set[asyncio.Future[Any]] = set()
        self._page_pending = False
        self._announced = False  # loading_changed(True) was emitted for the pending page
        self._resetting = False
        self._failed_generation = -1  # one message per load, not one per failed call
        if thumbnails is not None:
            self.attach_thumbnails(thumbnails)

    # ----- feeding -------------------------------------------------------------------

    def set_jobs(self, jobs: Iterable[Job]) -> None:
        """Show exactly ``jobs`` (any order; later duplicates of an id win), all loaded."""
        self._memory = _MemorySource(jobs)
        self._count_fn = self._memory.count
        self._page_fn = self._memory.page
        self._page_size = 1 << 30
        self.reload()

    def set_source(
        self,
        source: JobSource | CountFn,
        page_fn: PageFn | None = None,
        page_size: int = 200,
    ) -> None:
        """Load lazily from a store, or from ``count_fn(query)`` and
        ``page_fn(query, offset, limit)``; either may return a value or an awaitable.

        Pages must come in list order (created_at desc, then id), as the store's do. Only
        the first page is read now; the view asks for more through :meth:`fetchMore` as
        the person scrolls. Jobs must be saved before they are passed to :meth:`upsert`,
        since later pages are read from the source.
        """
        if page_fn is None:
            store = source
            self._count_fn = store.count  # type: ignore[union-attr]
            self._page_fn = store.page  # type: ignore[union-attr]
        else:
            self._count_fn = source  # type: ignore[assignment]
            self._page_fn = page_fn
        self._memory = None
        self._page_size = max(1, page_size)
        self.reload()

    def set_query(self, query: JobQuery) -> None:
        """Show only the jobs ``query`` matches (reloads from the source)."""
        if query != self.query():
            self._query = query
            self._matches = matcher(query)
            self.reload()

    def query(self) -> JobQuery:
        if self._query is None:
            from poyo_desktop.core.query import JobQuery

            self._query = JobQuery()
        return self._query

    def is_filtered(self) -> bool:
        """A search or filter hides some jobs (the list is not the whole history)."""
        return self._query is not None and not is_everything(self._query)

    def expect_source(self) -> None:
        """Rows will come from :meth:`set_source` soon: until then the list reads as
        loading, not as an empty history (no "No videos yet" for someone with videos)."""
        self._page_pending = True

    def reload(self) -> None:
        """Forget the loaded rows and read the first page again."""
        self._generation += 1
        for future in self._in_flight:
            future.cancel()
        self._in_flight.clear()
        was_loading, self._announced = self._announced, False
        self._page_pending = False
        self.beginResetModel()
        self._resetting = True
        self._rows, self._keys = [], []
        self._by_id.clear()
        self._by_image.clear()
        self._active.clear()
        self._offset = 0
        self._exhausted = False
        self._total = 0
        self._ask(self._count_fn, (self.query(),), self._on_count)
        self._load_page()
        self._resetting = False
        self.endResetModel()
        if was_loading and not self._announced:
            self.loading_changed.emit(False)

    # ----- changes from the jobs service ---------------------------------------------

    def upsert(self, job: Job) -> None:
        """Add ``job`` at its place, or replace the row with its id (one dataChanged)."""
        if self._memory is not None:
            self._memory.upsert(job)
        old_row = self._row_of(job.id)
        wanted = self._matches(job)
        if old_row >= 0:
            if wanted and self._keys[old_row] == _sort_key(job):
                self._replace_row(old_row, job)
                return
            self._remove_row(old_row)
            self._offset -= 1
            self._total -= 1
        if not wanted:
            return
        row = bisect_left(self._keys, _sort_key(job))
        if row == len(self._rows) and not self._exhausted:
            return  # it lies in the part not loaded yet, and will come with its page
        self._insert_rows(row, [job])
        self._offset += 1
        self._total += 1

    def remove(self, job_id: str) -> bool:
        """Drop the job with ``job_id``; False when it is not among the loaded rows."""
        if self._memory is not None:
            self._memory.remove(job_id)
        row = self._row_of(job_id)
        if row < 0:
            return False
        self._remove_row(row)
        self._offset -= 1
        self._total -= 1
        return True

    def attach_thumbnails(self, cache: ThumbnailCache) -> None:
        """Repaint the rows that show an image when its thumbnail arrives."""
        self._thumbnails = cache
        cache.thumbnail_ready.connect(self._on_thumbnail_ready)

    # ----- questions -----------------------------------------------------------------

    def thumbnails(self) -> ThumbnailCache | None:
        """The cache this model's rows are repainted from (a view draws with the same)."""
        return self._thumbnails

    def job_at(self, index: _Index | int) -> Job | None:
        row = index if isinstance(index, int) else (index.row() if index.isValid() else -1)
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def index_of(self, job_id: str) -> QModelIndex:
        """The index of a loaded job, or an invalid index."""
        row = self._row_of(job_id)
        return self.index(row, 0) if row >= 0 else QModelIndex()

    def total_count(self) -> int:
        """How many jobs match the query, loaded or not (exact after a reload, then kept
        up to date by upsert/remove as far as the loaded rows can tell)."""
        return max(self._total, len(self._rows))

    def is_loading(self) -> bool:
        """A page is on its way from an asynchronous source."""
        return self._page_pending

    def has_active_jobs(self) -> bool:
        """Some loaded row has work under way (its clock ticks)."""
        return bool(self._active)

    # ----- Qt model interface --------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        job = self._rows[index.row()]
        if role == _DISPLAY:
            return job.prompt
        if role == self.JobRole:
            return job
        if role == _TOOLTIP:
            return formatting.job_tooltip(job)
        if role == _SPOKEN:
            return formatting.spoken_summary(job)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def roleNames(self) -> dict[int, QByteArray]:
        names = super().roleNames()
        names[self.JobRole] = QByteArray(b"job")
        return names

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and not self._exhausted and not self._page_pending

    def fetchMore(self, parent: _Index) -> None:
        if self.canFetchMore(parent):
            self._load_page()

    # ----- loading -------------------------------------------------------------------

    def _ask(self, fn: Callable[..., Any], args: tuple[Any, ...],
             then: Callable[[Any], None]) -> bool:
        """Call the source; hand the answer to ``then`` now or when it arrives.

        Returns True when the answer is still on its way.
        """
        try:
            answer = fn(*args)
        except Exception as exc:
            self._fail(exc)
            then(None)
            return False
        if not inspect.isawaitable(answer):
            then(answer)
            return False
        from poyo_desktop.services.background import run_in_background

        generation = self._generation

        def current() -> bool:
            # Not for an older query, nor after the window went away meanwhile.
            return generation == self._generation and shiboken6.isValid(self)

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

    def _load_page(self) -> None:
        self._page_pending = True
        waiting = self._ask(self._page_fn, (self.query(), self._offset, self._page_size),
                            self._on_page)
        if waiting and not self._announced:
            self._announced = True
            self.loading_changed.emit(True)

    def _on_count(self, total: int | None) -> None:
        self._total = int(total or 0)

    def _on_page(self, page: Sequence[Job] | None) -> None:
        self._page_pending = False
        if page is None:  # the source failed: stop asking until the next reload
            self._exhausted = True
        else:
            self._add_page(list(page))
        if self._announced:
            self._announced = False
            self.loading_changed.emit(False)

    def _add_page(self, page: list[Job]) -> None:
        self._offset += len(page)
        if len(page) < self._page_size:
            self._exhausted = True
        fresh = sorted({job.id: job for job in page if job.id not in self._by_id}.values(),
                       key=_sort_key)
        if not fresh:
            return
        # Usually the whole page goes after the last row in one block; a job that sorts
        # earlier (its neighbours changed meanwhile) is put in its place on its own.
        last = self._keys[-1] if self._keys else None
        tail = [job for job in fresh if last is None or _sort_key(job) > last]
        for job in fresh[:len(fresh) - len(tail)]:
            self._insert_rows(bisect_left(self._keys, _sort_key(job)), [job])
        if tail:
            self._insert_rows(len(self._rows), tail)

    # ----- rows ----------------------------------------------------------------------

    def _insert_rows(self, row: int, jobs: list[Job]) -> None:
        if not self._resetting:  # inside a reset, the reset itself tells the views
            self.beginInsertRows(QModelIndex(), row, row + len(jobs) - 1)
        self._rows[row:row] = jobs
        self._keys[row:row] = [_sort_key(job) for job in jobs]
        for job in jobs:
            self._by_id[job.id] = job
            self._index(job)
        if not self._resetting:
            self.endInsertRows()

    def _replace_row(self, row: int, job: Job) -> None:
        self._unindex(self._rows[row])
        self._rows[row] = job
        self._by_id[job.id] = job
        self._index(job)
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)

    def _remove_row(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        job = self._rows.pop(row)
        del self._keys[row]
        del self._by_id[job.id]
        self._unindex(job)
        self.endRemoveRows()

    def _index(self, job: Job) -> None:
        if job.start_image:
            self._by_image.setdefault(job.start_image, set()).add(job.id)
        if is_active(job.state):
            self._active.add(job.id)

    def _unindex(self, job: Job) -> None:
        if job.start_image:
            ids = self._by_image.get(job.start_image)
            if ids is not None:
                ids.discard(job.id)
                if not ids:
                    del self._by_image[job.start_image]
        self._active.discard(job.id)

    def _row_of(self, job_id: str) -> int:
        job = self._by_id.get(job_id)
        if job is None:
            return -1
        row = bisect_left(self._keys, _sort_key(job))
        if row < len(self._rows) and self._rows[row].id == job_id:
            return row
        return -1  # pragma: no cover - the lists and the id table always agree

    def _fail(self, exc: Exception) -> None:
        log.error("could not read the history", exc_info=exc)
        self._say_failed()

    def _say_failed(self) -> None:
        if self._failed_generation != self._generation:
            self._failed_generation = self._generation
            self.load_failed.emit("The list of your videos could not be read.")

    def _on_thumbnail_ready(self, path: str) -> None:
        for job_id in self._by_image.get(path, ()):
            row = self._row_of(job_id)
            if row >= 0:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
