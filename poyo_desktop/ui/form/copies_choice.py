"""How many videos to make of each picture: a small number box under the lengths.

One (the default) keeps the one-press form as it was; more turns the press into a batch
of copies, reviewed before anything is paid (see ``ui/batch``). The limit is the rules'
(:data:`poyo_desktop.core.rules.MAX_COPIES`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox

from poyo_desktop.core.rules import MAX_COPIES
from poyo_desktop.ui.kit.translations import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


class CopiesChoice:
    """``spin`` (accessible name "Copies") and its words, children of ``parent``, in the
    row ``box``."""

    def __init__(self, parent: QWidget) -> None:
        self.lead = QLabel(translate("CopiesChoice", "Make"), parent)
        self.spin = QSpinBox(parent)
        self.spin.setRange(1, MAX_COPIES)
        self.spin.setAccessibleName(translate("CopiesChoice", "Copies"))
        self.spin.setToolTip(
            translate("CopiesChoice", "Several videos of the same picture, each a little different")
        )
        self.words = QLabel(parent)
        self.box = QHBoxLayout()
        self.box.setSpacing(8)
        self.box.addWidget(self.lead)
        self.box.addWidget(self.spin)
        self.box.addWidget(self.words)
        self.box.addStretch(1)
        self.show(batch=False)

    def copies(self) -> int:
        return self.spin.value()

    def show(self, *, batch: bool) -> None:
        """ "videos of this picture", or in a batch "videos of each picture"."""
        count = self.spin.value()
        if batch:
            self.words.setText(translate("CopiesChoice", "video(s) of each picture", "", count))
        else:
            self.words.setText(translate("CopiesChoice", "video(s) of this picture", "", count))
