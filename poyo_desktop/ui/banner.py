"""The demo-mode banner: friendly, visible, one click from adding a key."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


class DemoBanner(QFrame):
    settings_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoBanner")
        self.setAccessibleName("Demo mode notice")
        self.setStyleSheet(
            "#demoBanner { background: rgba(255, 193, 7, 0.18); "
            "border: 1px solid rgba(255, 160, 0, 0.55); border-radius: 6px; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        text = QLabel(
            "<b>Demo mode.</b> Videos are simulated on this computer, for free. "
            "Add your PoYo API key to make real ones.")
        text.setWordWrap(True)
        layout.addWidget(text, 1)
        button = QPushButton("Add API key…")
        button.setAccessibleName("Add API key")
        button.clicked.connect(self.settings_requested)
        layout.addWidget(button)
