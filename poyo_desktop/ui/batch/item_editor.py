"""The editor under the batch list for the picture chosen in it: its own prompt, its
copies, "make it again" for one made before, and Remove.

It edits the item in the batch's model (the rules of what the values mean are
:mod:`poyo_desktop.core.batch`'s) and shows nothing while no picture is chosen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
)

from poyo_desktop.core.batch import copies_of
from poyo_desktop.core.rules import MAX_COPIES
from poyo_desktop.ui.batch.batch_model import made_before_words
from poyo_desktop.ui.kit.elided_label import MiddleElidedLabel
from poyo_desktop.ui.kit.translations import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from poyo_desktop.core.batch import Shared
    from poyo_desktop.ui.batch.batch_model import BatchModel


class ItemEditor(QFrame):
    """Edits the item ``key`` of ``model`` (see :meth:`show_item`)."""

    def __init__(self, model: BatchModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchItemEditor")
        self._model = model
        self._key: int | None = None
        self._shared_copies = 1
        self.title = MiddleElidedLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.prompt_edit = QLineEdit(self)
        self.prompt_edit.setAccessibleName(translate("ItemEditor", "Own prompt"))
        self.prompt_edit.setPlaceholderText(translate("ItemEditor", "Same as the prompt below"))
        self.prompt_edit.setClearButtonEnabled(True)
        self.prompt_edit.textEdited.connect(self._on_prompt_edited)
        self.copies = QSpinBox(self)
        self.copies.setRange(1, MAX_COPIES)
        self.copies.setAccessibleName(translate("ItemEditor", "Videos of this picture"))
        self.copies.valueChanged.connect(self._on_copies_changed)
        self.again = QCheckBox(translate("ItemEditor", "Make it again anyway"), self)
        self.again.toggled.connect(self._on_again_toggled)
        self.remove_button = QPushButton(translate("ItemEditor", "Remove from batch"), self)
        self.remove_button.setAccessibleName(translate("ItemEditor", "Remove from batch"))
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self._lay_out()
        self.setVisible(False)

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 6, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        grid.addWidget(self.title, 0, 0, 1, 2)
        grid.addWidget(QLabel(translate("ItemEditor", "Own prompt"), self), 1, 0)
        grid.addWidget(self.prompt_edit, 1, 1)
        grid.addWidget(QLabel(translate("ItemEditor", "Videos"), self), 2, 0)
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(self.copies)
        row.addWidget(self.again)
        row.addStretch(1)
        row.addWidget(self.remove_button)
        grid.addLayout(row, 2, 1)
        grid.setColumnStretch(1, 1)

    def key(self) -> int | None:
        return self._key

    def show_item(self, key: int | None, shared: Shared) -> None:
        """Edit ``key`` (``None``, or an item no longer there: hide)."""
        item = self._model.item(key) if key is not None else None
        self._key = item.key if item else None
        self._shared_copies = shared.copies
        self.setVisible(item is not None)
        if item is None:
            return
        self.title.setText(item.name)
        blockers = [QSignalBlocker(w) for w in (self.prompt_edit, self.copies, self.again)]
        if self.prompt_edit.text() != (item.prompt or "") and not self.prompt_edit.hasFocus():
            self.prompt_edit.setText(item.prompt or "")
        self.copies.setValue(copies_of(item, shared))
        self.again.setVisible(item.made_before is not None)
        self.again.setChecked(item.include)
        if item.made_before is not None:
            self.again.setToolTip(
                translate("ItemEditor", "This picture was {made}.").format(
                    made=made_before_words(item.made_before)
                )
            )
        del blockers

    def _on_prompt_edited(self, text: str) -> None:
        if self._key is not None:
            self._model.update(self._key, prompt=text if text.strip() else None)

    def _on_copies_changed(self, value: int) -> None:
        if self._key is not None:
            # The batch's own count again: the item follows it from now on.
            self._model.update(self._key, copies=None if value == self._shared_copies else value)

    def _on_again_toggled(self, checked: bool) -> None:
        if self._key is not None:
            self._model.update(self._key, include=checked)

    def _on_remove_clicked(self) -> None:
        if self._key is not None:
            self._model.remove(self._key)
