"""The batch's pictures as a Qt list model: each a row with its thumbnail and a line on it.

It keeps what the list shows: the items (the rules' :class:`~poyo_desktop.core.batch.Item`,
changed only by replacing them), which are still being checked, their thumbnails, the
pictures refused with their reasons, and the notes about folders. What an item means
(its prompt, its copies, whether it is skipped) is :mod:`poyo_desktop.core.batch`'s.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QPixmap

from poyo_desktop.core.batch import Item, LeftOut, MadeBefore, Sameness, Shared, sameness
from poyo_desktop.ui.kit.translations import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QImage

    from poyo_desktop.ui.batch.intake import Checked

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
CHECKING = QT_TRANSLATE_NOOP("BatchModel", "Checking…")


@dataclass(slots=True)
class Entry:
    item: Item
    checking: bool = True
    size: str = ""
    thumb: QPixmap | None = None


class BatchModel(QAbstractListModel):
    """Rows in the order the pictures came; :attr:`changed` after anything changed."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []
        self._refused: list[tuple[int, LeftOut]] = []  # by key: in the order they came
        self._notes: list[str] = []
        self._next_key = 0

    # -- reading --------------------------------------------------------------------------

    def items(self) -> list[Item]:
        """The checked, usable pictures, in order (those still checked are not yet here)."""
        return [entry.item for entry in self._entries if not entry.checking]

    def item(self, key: int) -> Item | None:
        entry = self._entry(key)
        return entry.item if entry else None

    def thumbnail(self, key: int) -> QPixmap | None:
        entry = self._entry(key)
        return entry.thumb if entry else None

    def checking(self) -> int:
        return sum(1 for entry in self._entries if entry.checking)

    def refused(self) -> list[LeftOut]:
        return [left for _key, left in sorted(self._refused, key=lambda pair: pair[0])]

    def notes(self) -> list[str]:
        return list(self._notes)

    def is_empty(self) -> bool:
        return not self._entries and not self._refused

    def made_before(self) -> list[Item]:
        return [item for item in self.items() if item.made_before is not None]

    # -- changing -------------------------------------------------------------------------

    def add(self, files: list[Path], notes: list[str]) -> list[int]:
        """Rows for ``files``, "Checking…" until :meth:`checked`; their keys."""
        keys = list(range(self._next_key, self._next_key + len(files)))
        self._next_key += len(files)
        self._notes += notes
        if files:
            first = len(self._entries)
            self.beginInsertRows(QModelIndex(), first, first + len(files) - 1)
            self._entries += [
                Entry(Item(key, path, path.name)) for key, path in zip(keys, files, strict=True)
            ]
            self.endInsertRows()
        self.changed.emit()
        return keys

    def checked(self, key: int, result: Checked, ratio: float) -> None:
        """The check of ``key`` came: a refused picture leaves the list for the refused."""
        row = self._row(key)
        if row < 0:
            return  # removed (or the batch cleared) while it was being checked
        entry = self._entries[row]
        if not result.check.ok:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._entries[row]
            self.endRemoveRows()
            left = LeftOut(entry.item.name, " ".join(result.check.problems))
            self._refused.append((key, left))
        else:
            entry.checking = False
            entry.size = result.check.size_text()
            entry.item = replace(entry.item, digest=result.digest)
            entry.thumb = _pixmap(result.thumb, ratio)
            self._row_changed(row)
        self.changed.emit()

    def remove(self, key: int) -> None:
        row = self._row(key)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._entries[row]
            self.endRemoveRows()
            self.changed.emit()

    def keep_only(self, keys: set[int]) -> None:
        """Keep the items ``keys`` (those not sent yet), and forget the rest."""
        self.beginResetModel()
        self._entries = [e for e in self._entries if e.item.key in keys]
        self.endResetModel()
        self.changed.emit()

    def update(self, key: int, **changes: Any) -> None:
        """Replace the item ``key`` with ``changes`` applied (prompt, copies, include)."""
        row = self._row(key)
        if row >= 0:
            entry = self._entries[row]
            entry.item = replace(entry.item, **changes)
            self._row_changed(row)
            self.changed.emit()

    def include_made_before(self, include: bool) -> None:
        for row, entry in enumerate(self._entries):
            if entry.item.made_before is not None and entry.item.include != include:
                entry.item = replace(entry.item, include=include)
                self._row_changed(row)
        self.changed.emit()

    def apply_made_before(self, shared: Shared, found: dict[Sameness, MadeBefore]) -> None:
        """What the history said about these settings; a "made before" item included
        before stays included (the person decided)."""
        touched = False
        for row, entry in enumerate(self._entries):
            key = sameness(entry.item, shared)
            made = found.get(key) if key is not None else None
            if made != entry.item.made_before:
                include = entry.item.include if made is not None else False
                entry.item = replace(entry.item, made_before=made, include=include)
                self._row_changed(row)
                touched = True
        if touched:
            self.changed.emit()

    def clear(self) -> None:
        self.beginResetModel()
        self._entries, self._refused, self._notes = [], [], []
        self.endResetModel()
        self.changed.emit()

    # -- Qt -------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{entry.item.name}\n{detail(entry)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{entry.item.name}, {detail(entry)}"
        if role == Qt.ItemDataRole.DecorationRole:
            return entry.thumb
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(entry.item.original or entry.item.picture)
        if role == KEY_ROLE:
            return entry.item.key
        return None

    # -- internals ------------------------------------------------------------------------

    def _row(self, key: int) -> int:
        return next((i for i, e in enumerate(self._entries) if e.item.key == key), -1)

    def _entry(self, key: int) -> Entry | None:
        row = self._row(key)
        return self._entries[row] if row >= 0 else None

    def _row_changed(self, row: int) -> None:
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)


def detail(entry: Entry) -> str:
    """The line under a picture's name: its size, then what is special about it."""
    if entry.checking:
        return translate("BatchModel", CHECKING)
    item = entry.item
    parts = [f"{entry.size} px"] if entry.size else []
    if item.prompt and item.prompt.strip():
        own = translate("BatchModel", "own prompt: “{prompt}”")
        parts.append(own.format(prompt=_short(item.prompt)))
    if item.copies is not None:
        parts.append(
            translate("BatchModel", "1 copy")
            if item.copies == 1
            else translate("BatchModel", "%n copies", "", item.copies)
        )
    if item.made_before is not None:
        words = made_before_words(item.made_before)
        parts.append(
            translate("BatchModel", "{made}, made again").format(made=words)
            if item.include
            else translate("BatchModel", "{made}: skipped").format(made=words)
        )
    return " · ".join(parts)


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _pixmap(image: QImage, ratio: float) -> QPixmap | None:
    if image.isNull():
        return None
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def made_before_words(made: MadeBefore) -> str:
    """ "made before on 3 Dec", or "already being made (since 3 Dec)" (``MadeBefore.words``
    in the window's language)."""
    from poyo_desktop.ui.tasks.formatting import short_day

    day = short_day(made.on)
    if made.under_way:
        return translate("BatchModel", "already being made (since {day})").format(day=day)
    return translate("BatchModel", "made before on {day}").format(day=day)
