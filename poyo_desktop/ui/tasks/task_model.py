"""The history as a Qt list model: newest first, filtered, updated in place, loaded lazily.

The jobs service emits a changed Job on every progress tick, so :meth:`JobListModel.upsert`
is built to cost O(log n): rows are kept sorted by (created_at desc, id) in a list next to
a list of their sort keys, and a row is found by bisecting the keys rather than through an
id → row table that every insertion at the top (the common case: a new job) would
invalidate for all 10,000 rows.

Filtering happens here, in the source, not in a QSortFilterProxyModel: a proxy can only
filter rows already loaded, so with lazy paging a narrow filter would pull in the whole
history page by page. A :class:`~poyo_desktop.core.query.JobQuery` is handed to the source
(the store answers it in SQL), and the same query, folded the same way, is applied to
every upsert so a row leaves the list the moment it stops matching.

The pages are read by :class:`~poyo_desktop.ui.tasks.page_loader.PageLoader` (a source
may answer now or later), a history given all at once is a
:class:`~poyo_desktop.ui.tasks.memory_source.MemorySource`, and the order and the query's
test on one job are that module's too. This module is the rows and the Qt model interface.

The number of rows is kept in C++ (:class:`~poyo_desktop.ui.tasks.row_count.RowCount`).
The store and asyncio are imported on first need, not with this module: the window (and
this model, empty) is drawn before the history is opened.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from itertools import groupby
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from poyo_desktop.core.query import JobQuery
from poyo_desktop.core.states import JobState
from poyo_desktop.ui.tasks import formatting
from poyo_desktop.ui.tasks.memory_source import (
    MemorySource,
    SortKey,
    is_everything,
    matcher,
    sort_key,
)
from poyo_desktop.ui.tasks.page_loader import PageLoader
from poyo_desktop.ui.tasks.row_count import RowCount

if TYPE_CHECKING:
    from collections.abc import Iterable

    from PySide6.QtCore import (
        QObject,
    )

    from poyo_desktop.core.job import Job
    from poyo_desktop.ui.tasks.page_loader import CountFn, JobSource, PageFn
    from poyo_desktop.ui.tasks.thumbnails import ThumbnailCache

__all__ = ["JobListModel", "is_active"]

_Index = QModelIndex | QPersistentModelIndex

# Looked up once: the view asks for flags and data on every row it paints, and reading a
# PySide6 enum member, or combining two, runs Python code in the enum module.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_SPOKEN = int(Qt.ItemDataRole.AccessibleTextRole)
_DESCRIBED = int(Qt.ItemDataRole.AccessibleDescriptionRole)
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


def _chains() -> Any:
    """ui/tasks/chains.py, loaded with the first chained video shown."""
    from poyo_desktop.ui.tasks import chains

    return chains


def is_active(state: JobState) -> bool:
    """Work is under way: the row shows a ticking clock and is repainted every second."""
    return not state.is_terminal and state is not JobState.DRAFT


class JobListModel(RowCount):
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
        self._keys: list[SortKey] = []
        self._by_id: dict[str, Job] = {}
        self._by_image: dict[str, set[str]] = {}
        self._active: set[str] = set()
        self._query: JobQuery | None = None  # None: everything (made on first need)
        self._matches: Callable[[Job], bool] = lambda job: True
        self._memory: MemorySource | None = MemorySource(())
        self._loader = PageLoader(
            self,
            self._memory.count,
            self._memory.page,
            on_page=self._add_page,
            on_loading=self.loading_changed.emit,
            on_failed=self.load_failed.emit,
        )
        self._resetting = False
        if thumbnails is not None:
            self.attach_thumbnails(thumbnails)

    # ----- feeding -------------------------------------------------------------------

    def set_jobs(self, jobs: Iterable[Job]) -> None:
        """Show exactly ``jobs`` (any order; later duplicates of an id win), all loaded."""
        self._memory = MemorySource(jobs)
        self._loader.use(self._memory.count, self._memory.page, 1 << 30)
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
            count_fn: CountFn = store.count  # type: ignore[union-attr]
            page_fn = store.page  # type: ignore[union-attr]
        else:
            count_fn = source  # type: ignore[assignment]
        self._memory = None
        self._loader.use(count_fn, page_fn, max(1, page_size))
        self.reload()

    def set_query(self, query: JobQuery) -> None:
        """Show only the jobs ``query`` matches (reloads from the source)."""
        if query != self.query():
            self._query = query
            self._matches = matcher(query)
            self.reload()

    def query(self) -> JobQuery:
        if self._query is None:
            self._query = JobQuery()
        return self._query

    def is_filtered(self) -> bool:
        """A search or filter hides some jobs (the list is not the whole history)."""
        return self._query is not None and not is_everything(self._query)

    def expect_source(self) -> None:
        """Rows will come from :meth:`set_source` soon: until then the list reads as
        loading, not as an empty history (no "No videos yet" for someone with videos)."""
        self._loader.page_pending = True

    def reload(self) -> None:
        """Forget the loaded rows and read the first page again."""
        was_loading = self._loader.forget()
        self.beginResetModel()
        self._resetting = True
        self._rows, self._keys = [], []
        self._by_id.clear()
        self._by_image.clear()
        self._active.clear()
        self._loader.start(self.query())
        self._resetting = False
        self._recount(len(self._rows))
        self.endResetModel()
        if was_loading and not self._loader.announced:
            self.loading_changed.emit(False)

    # ----- changes from the jobs service ---------------------------------------------

    def upsert(self, job: Job) -> None:
        """Add ``job`` at its place, or replace the row with its id (one dataChanged)."""
        if self._memory is not None:
            self._memory.upsert(job)
        old_row = self._row_of(job.id)
        wanted = self._matches(job)
        if old_row >= 0:
            if wanted and self._keys[old_row] == sort_key(job):
                self._replace_row(old_row, job)
                return
            self._remove_row(old_row)
            self._loader.shift(-1)
        if not wanted:
            return
        row = bisect_left(self._keys, sort_key(job))
        if row == len(self._rows) and not self._loader.exhausted:
            return  # it lies in the part not loaded yet, and will come with its page
        self._insert_rows(row, [job])
        self._loader.shift(1)

    def upsert_many(self, jobs: Iterable[Job]) -> None:
        """:meth:`upsert` each; new rows side by side go in as one block (one repaint)."""
        fresh = []
        for job in jobs:
            if job.id in self._by_id or not self._matches(job):
                self.upsert(job)
            else:
                fresh.append(job)
        if self._memory is not None:
            self._memory.upsert_many(fresh)
        at = [(bisect_left(self._keys, sort_key(job)), job) for job in sorted(fresh, key=sort_key)]
        blocks = [(row, [job for _, job in group]) for row, group in groupby(at, lambda a: a[0])]
        for row, block in reversed(blocks):  # the last first: the rows before stay put
            if row < len(self._rows) or self._loader.exhausted:  # else it comes with a page
                self._insert_rows(row, block)
                self._loader.shift(len(block))

    def remove(self, job_id: str) -> bool:
        """Drop the job with ``job_id``; False when it is not among the loaded rows."""
        if self._memory is not None:
            self._memory.remove(job_id)
        row = self._row_of(job_id)
        if row < 0:
            return False
        self._remove_row(row)
        self._loader.shift(-1)
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

    def parent_of(self, job: Job) -> Job | None:
        """The loaded job ``job`` continues (None: none, or not among the loaded rows)."""
        return self._by_id.get(job.parent_id) if job.parent_id else None

    def index_of(self, job_id: str) -> QModelIndex:
        """The index of a loaded job, or an invalid index."""
        row = self._row_of(job_id)
        return self.index(row, 0) if row >= 0 else QModelIndex()

    def total_count(self) -> int:
        """How many jobs match the query, loaded or not (exact after a reload, then kept
        up to date by upsert/remove as far as the loaded rows can tell)."""
        return max(self._loader.total, len(self._rows))

    def is_loading(self) -> bool:
        """A page is on its way from an asynchronous source."""
        return self._loader.page_pending

    def has_active_jobs(self) -> bool:
        """Some loaded row has work under way (its clock ticks)."""
        return bool(self._active)

    # ----- Qt model interface --------------------------------------------------------

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        job = self._rows[index.row()]
        if role == _DISPLAY:
            return job.prompt
        if role == self.JobRole:
            return job
        if role == _TOOLTIP:
            tip = formatting.job_tooltip(job)
            return _chains().chained_tooltip(tip, self.parent_of(job)) if job.parent_id else tip
        if role == _SPOKEN:
            said = formatting.spoken_summary(job)
            return f"{said}. {_chains().continues(self.parent_of(job))}" if job.parent_id else said
        if role == _DESCRIBED:
            return formatting.spoken_details(job)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def roleNames(self) -> dict[int, QByteArray]:
        names = super().roleNames()
        names[self.JobRole] = QByteArray(b"job")
        return names

    def canFetchMore(self, parent: _Index) -> bool:
        loader = self._loader
        return not parent.isValid() and not loader.exhausted and not loader.page_pending

    def fetchMore(self, parent: _Index) -> None:
        if self.canFetchMore(parent):
            self._loader.load_page(self.query())

    # ----- loading -------------------------------------------------------------------

    def _add_page(self, page: list[Job]) -> None:
        """Put a page read from the source in place, leaving out the rows already here."""
        fresh = sorted(
            {job.id: job for job in page if job.id not in self._by_id}.values(), key=sort_key
        )
        if not fresh:
            return
        # Usually the whole page goes after the last row in one block; a job that sorts
        # earlier (its neighbours changed meanwhile) is put in its place on its own.
        last = self._keys[-1] if self._keys else None
        tail = [job for job in fresh if last is None or sort_key(job) > last]
        for job in fresh[: len(fresh) - len(tail)]:
            self._insert_rows(bisect_left(self._keys, sort_key(job)), [job])
        if tail:
            self._insert_rows(len(self._rows), tail)

    # ----- rows ----------------------------------------------------------------------

    def _insert_rows(self, row: int, jobs: list[Job]) -> None:
        def insert() -> None:
            self._rows[row:row] = jobs
            self._keys[row:row] = [sort_key(job) for job in jobs]
            for job in jobs:
                self._by_id[job.id] = job
                self._index(job)

        if self._resetting:  # the reset itself tells the views, and counts the rows
            insert()
        else:
            self._grow(row, len(jobs), insert)

    def _replace_row(self, row: int, job: Job) -> None:
        self._unindex(self._rows[row])
        self._rows[row] = job
        self._by_id[job.id] = job
        self._index(job)
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)

    def _remove_row(self, row: int) -> None:
        def remove() -> None:
            job = self._rows.pop(row)
            del self._keys[row]
            del self._by_id[job.id]
            self._unindex(job)

        self._shrink(row, 1, remove)

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
        row = bisect_left(self._keys, sort_key(job))
        if row < len(self._rows) and self._rows[row].id == job_id:
            return row
        return -1  # pragma: no cover - the lists and the id table always agree

    def _on_thumbnail_ready(self, path: str) -> None:
        for job_id in self._by_image.get(path, ()):
            row = self._row_of(job_id)
            if row >= 0:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
