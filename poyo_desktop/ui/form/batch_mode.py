"""The form as a batch: several pictures (or a folder) on the start slot, one set of
settings, and a review before anything is paid.

The form stays the facade; this module holds the batch's parts and what it adds to the
form's rules: the list and its editor (``ui/batch/batch_panel``), the pictures' checks
off the GUI thread (``ui/batch/intake``), the history's "made before" answers
(``ui/batch/made_before_lookup``), and the plan a press of Generate hands over for review
(:func:`poyo_desktop.core.batch.plan`). While a batch is shown, its panel takes the start
slot's place; "Clear batch" gives the slot back as it was.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QImage, QPixmap

from poyo_desktop.core.batch import Item, Plan, Shared, batch_problems, plan
from poyo_desktop.core.draft import DraftBatch, DraftItem
from poyo_desktop.core.rules import Problem
from poyo_desktop.services.draft_store import missing_words
from poyo_desktop.services.preflight import ImageCheck
from poyo_desktop.ui.batch.batch_model import KEY_ROLE, BatchModel
from poyo_desktop.ui.batch.batch_panel import THUMB, BatchPanel
from poyo_desktop.ui.batch.made_before_lookup import MadeBeforeLookup
from poyo_desktop.ui.kit.translations import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QBoxLayout, QVBoxLayout, QWidget

    from poyo_desktop.ui.batch.intake import Checked, Gathered
    from poyo_desktop.ui.batch.made_before_lookup import Lookup
    from poyo_desktop.ui.form.drop_zone import ImageDropZone

MADE_BEFORE_CHECK = QT_TRANSLATE_NOOP("BatchMode", "Checking which pictures were made before…")


class BatchMode(QObject):
    """The batch of the form whose start slot is ``start_zone``; :attr:`changed` when
    what the form must show changed (pictures checked, removed, flagged)."""

    changed = Signal()

    def __init__(
        self, parent: QWidget, start_zone: ImageDropZone, shared: Callable[[], Shared]
    ) -> None:
        super().__init__(parent)
        self._start_zone = start_zone
        self._shared = shared
        self._gathering = 0  # folders being opened
        self._pictures: QBoxLayout | None = None
        self.model = BatchModel(self)
        self.panel = BatchPanel(self.model, parent)
        self.panel.setVisible(False)
        self.lookup = MadeBeforeLookup(self.model, shared, self)
        self.panel.files_given.connect(self.add)
        self.panel.clear_requested.connect(self.clear)
        self.model.changed.connect(self._on_model_changed)
        self.lookup.settled.connect(self.changed)

    def active(self) -> bool:
        return self._gathering > 0 or not self.model.is_empty()

    def use_history(self, lookup: Lookup) -> None:
        """The history is open: pictures made before can be found."""
        self.lookup.use(lookup)

    def start(self, paths: list[Path]) -> None:
        """A new batch of ``paths`` (files, or folders to open)."""
        self.model.clear()
        self.add(paths)

    def add(self, paths: list[Path]) -> None:
        """More pictures: folders are opened, then each file checked, off the GUI thread."""
        from poyo_desktop.ui.batch.intake import gather, in_background

        self._gathering += 1
        self._show()
        in_background(partial(gather, list(paths)), self, self._on_gathered)

    def clear(self) -> None:
        """Back to the one-picture form (checks still running are ignored when they end)."""
        self._gathering = 0
        self.model.clear()

    def settings_changed(self) -> None:
        """Model, length or prompt changed: "made before" is asked again."""
        if self.active():
            self.lookup.refresh()

    def problems(self, shared: Shared) -> list[Problem]:
        """What keeps this batch from review: pictures still being checked or looked up,
        then the rules' errors about the shared settings and the items."""
        waiting = self._gathering + self.model.checking()
        found: list[Problem] = []
        if waiting:
            checking = translate("BatchMode", "Checking %n more picture(s)…", "", waiting)
            found.append(Problem("start_image", checking))
        elif self.lookup.pending():
            found.append(Problem("start_image", translate("BatchMode", MADE_BEFORE_CHECK)))
        return found + batch_problems(shared, self.model.items())

    def plan(self, shared: Shared) -> Plan:
        return plan(shared, self.model.items(), self.model.refused())

    def show(self, shared: Shared, palette: QPalette) -> None:
        if self.active():
            self.panel.show_state(shared, palette)

    def thumbnail(self, key: int) -> QPixmap | None:
        return self.model.thumbnail(key)

    def snapshot(self) -> DraftBatch:
        """The batch as the draft keeps it: every picture (those still being checked
        too) with its own prompt, copies and choice, and those left out, with why."""
        model = self.model
        keys = [model.index(row, 0).data(KEY_ROLE) for row in range(model.rowCount())]
        items = [item for item in map(model.item, keys) if item is not None]
        return DraftBatch(
            items=tuple(
                DraftItem(item.original or item.picture, item.prompt, item.copies, item.include)
                for item in items
            ),
            left_out=tuple((left.name, left.reason) for left in model.refused()),
            notes=tuple(model.notes()),
        )

    def restore(self, kept: DraftBatch) -> None:
        """The batch of the last session: its pictures checked afresh (they may have
        changed), each with its own prompt, copies and choice; those left out listed
        again, and a picture gone since listed among them as missing."""
        self.model.clear()
        files = [item.picture for item in kept.items]
        keys = self.model.add(files, list(kept.notes))
        for key, item in zip(keys, kept.items, strict=True):
            self.model.update(key, prompt=item.prompt, copies=item.copies, include=item.include)
        gone = [item.picture.name for item in kept.missing]
        for name, reason in (*kept.left_out, *((n, missing_words(n)) for n in gone)):
            self._left_out_again(name, reason)
        self._check(keys, files)

    def keep_unsent(self, keys: set[int]) -> None:
        """After sending: only the items not recorded stay (none: the batch is done)."""
        self.model.keep_only(keys)
        if not self.model.items():
            self.clear()

    # -- internals ------------------------------------------------------------------------

    def _show(self) -> None:
        batch = self.active()
        self.panel.setVisible(batch)
        self._start_zone.setVisible(not batch)
        if self._pictures is not None:  # the end slot alone takes the row's width
            self._pictures.setStretch(0, 0 if batch else 1)

    def _on_gathered(self, gathered: Gathered) -> None:
        if self._gathering == 0:
            return  # cleared while the folder was being opened
        self._gathering -= 1
        self._check(self.model.add(gathered.files, gathered.notes), gathered.files)

    def _check(self, keys: list[int], files: list[Path]) -> None:
        """Each picture's check, thumbnail and fingerprint, off the GUI thread."""
        from poyo_desktop.ui.batch.intake import check_picture, in_background

        ratio = self.panel.devicePixelRatioF() or 1.0
        for key, path in zip(keys, files, strict=True):
            work = partial(check_picture, path, path.name, int(THUMB * ratio))
            in_background(work, self, partial(self._on_checked, key, ratio))

    def _left_out_again(self, name: str, reason: str) -> None:
        """A picture listed as left out, with ``reason``, as its check had said."""
        from poyo_desktop.ui.batch.intake import Checked

        (key,) = self.model.add([Path(name)], [])
        refused = ImageCheck(path=Path(name), ok=False, problems=[reason])
        self.model.checked(key, Checked(refused, QImage(), ""), 1.0)

    def _on_checked(self, key: int, ratio: float, result: Checked) -> None:
        self.model.checked(key, result, ratio)

    def _on_model_changed(self) -> None:
        self._show()
        self.lookup.refresh()
        self.changed.emit()

    def place(self, column: QVBoxLayout, pictures: QBoxLayout) -> None:
        """The panel in the form's ``column``, just above the ``pictures``' row."""
        self._pictures = pictures
        for index in range(column.count()):
            item = column.itemAt(index)
            if item is not None and item.layout() is pictures:
                column.insertWidget(index, self.panel)
                return
        column.addWidget(self.panel)


def single_item(zone: ImageDropZone) -> tuple[Item, QPixmap | None]:
    """The one picture of the form as a batch's item (copies of it), with its thumbnail."""
    path = zone.path()
    assert path is not None
    thumb, ratio = zone.thumbnail(), zone.devicePixelRatioF() or 1.0
    pixmap = None
    if thumb is not None:  # the slot's is bigger than a row's
        side = int(THUMB * ratio)
        pixmap = QPixmap.fromImage(
            thumb.scaled(
                side,
                side,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        pixmap.setDevicePixelRatio(ratio)
    item = Item(0, path, zone.display_name() or path.name, original=zone.original_path())
    return item, pixmap
