"""The length choice: one radio button per video length PoYo offers, the shortest chosen.

A module of its own so that the form only asks for the chosen length; the lengths
themselves come from :data:`poyo_desktop.core.rules.DURATIONS`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QRadioButton

from poyo_desktop.core.rules import DURATIONS
from poyo_desktop.ui.kit.translations import translate

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QWidget


class LengthChoice:
    """The buttons, children of ``parent``, in one ``group`` (ids are the seconds) and in
    the row ``box``."""

    def __init__(self, parent: QWidget, group_owner: QObject) -> None:
        self.group = QButtonGroup(group_owner)
        self.box = QHBoxLayout()
        self.box.setSpacing(20)
        for seconds in DURATIONS:
            radio = QRadioButton(translate("LengthChoice", "%n second(s)", "", seconds), parent)
            radio.setAccessibleName(translate("LengthChoice", "Length %n second(s)", "", seconds))
            self.group.addButton(radio, seconds)
            self.box.addWidget(radio)
        self.box.addStretch(1)
        self.group.button(DURATIONS[0]).setChecked(True)

    def duration(self) -> int:
        checked = self.group.checkedId()
        return checked if checked in DURATIONS else DURATIONS[0]
