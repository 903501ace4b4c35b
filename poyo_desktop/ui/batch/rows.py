"""Rows of one height for the batch's lists, so a list shows whole rows and its height
can be set to a number of them (Qt's own row height follows each thumbnail's shape)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
    from PySide6.QtWidgets import QStyleOptionViewItem


class EvenRows(QStyledItemDelegate):
    """Qt's own painting, every row ``height`` pixels high."""

    def __init__(self, height: int, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._height = height

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        size.setHeight(self._height)
        return size


def even_rows(view: QAbstractItemView, thumb: int) -> int:
    """Rows of ``thumb`` px thumbnails beside two lines of text; their height."""
    height = max(thumb, 2 * view.fontMetrics().lineSpacing()) + 6
    view.setItemDelegate(EvenRows(height, view))
    return height


def fit_rows(view: QAbstractItemView, height: int, rows: int, spacing: int) -> None:
    """The view exactly ``rows`` rows of ``height`` (and ``spacing``) high."""
    view.setFixedHeight(rows * (height + 2 * spacing) + 2 * view.frameWidth())
