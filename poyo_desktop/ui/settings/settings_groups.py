"""The group boxes of the Settings dialog that hold what the person edits.

Each group builds its own fields, in the order they are read (and tabbed through); the
dialog (:mod:`~poyo_desktop.ui.settings.settings_dialog`) decides what a click means,
reads the fields back, and saves. The notifications group is
:mod:`~poyo_desktop.ui.settings.notification_settings`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from poyo_desktop.services.settings import CONCURRENT_MAX, CONCURRENT_MIN, POLL_MAX, POLL_MIN
from poyo_desktop.ui.kit.theme import muted_color, set_text_color

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette

    from poyo_desktop.services.settings import SettingsValues

__all__ = ["AccountGroup", "AdvancedGroup", "VideosGroup"]


class AccountGroup(QGroupBox):
    """The API key (hidden unless asked), where it is kept, and the connection test.

    ``palette`` is the dialog's, which the muted note is drawn from.
    """

    def __init__(self, palette: QPalette) -> None:
        super().__init__("PoYo account")
        self.key_edit = QLineEdit()
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText("Paste your PoYo API key")
        self.key_edit.setAccessibleName("API key")
        self.show_key = QPushButton("Show")
        self.show_key.setCheckable(True)
        self.show_key.toggled.connect(self._on_show_key)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.show_key)
        self.key_where = QLabel("Checking where your key is kept…")  # see the dialog's _load_key
        self.key_where.setWordWrap(True)
        self.key_where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_text_color(self.key_where, muted_color(palette))
        self.test_button = QPushButton("Test connection")
        self.test_result = QLabel("")
        self.test_result.setWordWrap(True)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        get_key = QLabel(
            "No key yet? Create one on <a href='https://poyo.ai'>poyo.ai</a>. "
            "Without a key the app runs in demo mode."
        )
        get_key.setOpenExternalLinks(True)
        get_key.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(key_row)
        layout.addWidget(self.key_where)
        layout.addLayout(test_row)
        layout.addWidget(get_key)

    def _on_show_key(self, shown: bool) -> None:
        self.key_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )
        self.show_key.setText("Hide" if shown else "Show")


class VideosGroup(QGroupBox):
    """Where videos are saved, how often progress is checked, how many run at once."""

    def __init__(self, values: SettingsValues) -> None:
        super().__init__("Videos")
        self.folder_edit = QLineEdit(values.download_dir)
        self.folder_edit.setAccessibleName("Download folder")
        self.browse_button = QPushButton("Browse…")
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        self.poll_spin = QDoubleSpinBox()
        self.poll_spin.setRange(POLL_MIN, POLL_MAX)
        self.poll_spin.setDecimals(0)
        self.poll_spin.setSuffix(" s")
        self.poll_spin.setValue(values.poll_interval)
        self.poll_spin.setAccessibleName("Status check interval")
        self.concurrent_spin = QSpinBox()
        self.concurrent_spin.setRange(CONCURRENT_MIN, CONCURRENT_MAX)
        self.concurrent_spin.setValue(values.max_concurrent)
        self.concurrent_spin.setAccessibleName("Videos in progress at once")

        form = QFormLayout(self)
        form.addRow("Save videos in:", folder_row)
        form.addRow("Check progress every:", self.poll_spin)
        form.addRow("Videos in progress at once:", self.concurrent_spin)


class AdvancedGroup(QGroupBox):
    """The server's address (a test server, a proxy) and the optional callback address."""

    def __init__(self, values: SettingsValues) -> None:
        super().__init__("Advanced")
        self.server_edit = QLineEdit(values.base_url)
        self.server_edit.setAccessibleName("Server address")
        self.callback_edit = QLineEdit(values.callback_url)
        self.callback_edit.setPlaceholderText("Optional: https://… (most people leave this empty)")
        self.callback_edit.setAccessibleName("Callback address")

        form = QFormLayout(self)
        form.addRow("Server address:", self.server_edit)
        form.addRow("Callback address:", self.callback_edit)
