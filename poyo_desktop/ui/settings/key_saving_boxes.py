"""What the Settings dialog shows while the API key is being saved, and when the keychain
refused it.

Saving goes through the system keychain, which may take its time (an unlock prompt) or
refuse; these boxes say so in place, under the groups, instead of a second dialog. The
dialog (:mod:`~poyo_desktop.ui.settings.settings_dialog`) shows and hides them and sets
their texts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from poyo_desktop.ui.kit.translations import translate

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ["KeychainBox", "SavingBox"]


class SavingBox(QWidget):
    """A busy bar and a line of text, shown while the key is saved; hidden at first."""

    def __init__(self) -> None:
        super().__init__()
        self.label = QLabel(
            translate(
                "KeySavingBoxes",
                "Saving your API key… If your computer asks to unlock its keychain, please do.",
            )
        )
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy: how long the keychain takes is not known
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(120)
        self.bar.setAccessibleName(translate("KeySavingBoxes", "Saving your API key"))
        row = QHBoxLayout()
        row.addWidget(self.bar)
        row.addWidget(self.label, 1)
        self.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        self.hide()


class KeychainBox(QFrame):
    """Why the keychain did not take the key, and the choice of a file instead; hidden at
    first."""

    def __init__(self) -> None:
        super().__init__()
        self.label = QLabel("")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_button = QPushButton(translate("KeySavingBoxes", "Keep It in a File Instead"))
        file_row = QHBoxLayout()
        file_row.addStretch(1)
        file_row.addWidget(self.file_button)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(
            translate("KeySavingBoxes", "The system keychain did not take your key")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addLayout(file_row)
        self.hide()

    def say_refused(self, reason: str, fallback: Path) -> None:
        """Why the keychain refused the key, what a file would mean; and show itself."""
        self.label.setText(
            translate(
                "KeySavingBoxes",
                "{reason} Unlock the keychain and press Save to try again, or keep the key in "
                "a file instead: {file}\n\nOnly your user account can read that file, but it "
                "is not encrypted: programs you run, and copies of your files such as backups, "
                "can read it too.",
            ).format(reason=reason, file=fallback)
        )
        self.show()
