"""A list model whose number of rows lives in C++, for lists of 100,000 rows.

A QListView lays out every row again whenever rows come or go (a page read, a new job),
and it asks the model for each row's index, which asks ``rowCount``; in Python that was
1.2 µs a row, 120 ms for 100,000 rows on every page loaded, against 7 ms with the count
kept by a QStringListModel of empty strings (bench/history.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QStringListModel

__all__ = ["RowCount"]

_Index = QModelIndex | QPersistentModelIndex


class RowCount(QStringListModel):
    """A list model whose row count is kept by Qt (one empty string a row), so a view's
    layout, which asks for every row's index, never calls into Python (see the module's
    text). Subclasses keep their rows in Python and change the count only through
    :meth:`_grow`, :meth:`_shrink` and :meth:`_recount`, which run the Python side of the
    change at the moment Qt's rows change: after the views heard "about to", before they
    hear "done".
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._change: Callable[[], None] | None = None
        # Connected before any view or selection model can connect: runs first.
        self.rowsInserted.connect(self._apply_change)
        self.rowsRemoved.connect(self._apply_change)

    def _grow(self, row: int, count: int, change: Callable[[], None]) -> None:
        """Insert ``count`` rows at ``row``; ``change`` puts them in the Python rows."""
        self._change = change
        self.insertRows(row, count)

    def _shrink(self, row: int, count: int, change: Callable[[], None]) -> None:
        """Remove ``count`` rows at ``row``; ``change`` takes them from the Python rows."""
        self._change = change
        self.removeRows(row, count)

    def _recount(self, rows: int) -> None:
        """Inside a model reset only: make Qt's count ``rows``, telling no view (the reset
        tells them)."""
        have = super().rowCount()
        blocked = self.blockSignals(True)
        try:
            if rows > have:
                self.insertRows(have, rows - have)
            elif rows < have:
                self.removeRows(rows, have - rows)
        finally:
            self.blockSignals(blocked)

    def _apply_change(self, *_args: object) -> None:
        change, self._change = self._change, None
        if change is not None:
            change()

    def setData(self, index: _Index, value: Any, role: int = 0) -> bool:
        return False  # rows are jobs, changed through the model's own methods only
