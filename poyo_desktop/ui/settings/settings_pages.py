"""The pages of the Settings dialog that hold what the person edits: Account, Videos and
Advanced (Spending is :mod:`.spending_settings`, Notifications :mod:`.notification_settings`).

Each page builds its own fields, in the order they are read (and tabbed through); the
dialog (:mod:`~poyo_desktop.ui.settings.settings_dialog`) decides what a click means,
reads the fields back, and saves. A page is a plain widget: its tab is its frame.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from poyo_desktop.services.settings import CONCURRENT_MAX, CONCURRENT_MIN, POLL_MAX, POLL_MIN
from poyo_desktop.ui.kit.theme import muted_color, set_text_color
from poyo_desktop.ui.kit.translations import LANGUAGE_NAMES, shipped_languages, translate

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette

    from poyo_desktop.services.settings import SettingsValues

__all__ = ["AccountPage", "AdvancedPage", "VideosPage", "note", "page_form"]


def page_form(page: QWidget) -> QFormLayout:
    """The layout every page uses: labels on the left, fields growing to the right."""
    form = QFormLayout(page)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setContentsMargins(12, 12, 12, 12)
    form.setVerticalSpacing(10)
    return form


def note(text: str, palette: QPalette) -> QLabel:
    """A muted, word-wrapped line that explains the fields above it."""
    label = QLabel(text)
    label.setWordWrap(True)
    set_text_color(label, muted_color(palette))
    return label


class AccountPage(QWidget):
    """The API key (hidden unless asked), where it is kept, and the connection test.

    ``palette`` is the dialog's, which the muted notes are drawn from.
    """

    def __init__(self, palette: QPalette) -> None:
        super().__init__()
        self.key_edit = QLineEdit()
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText(translate("SettingsPages", "Paste your PoYo API key"))
        self.key_edit.setAccessibleName(translate("SettingsPages", "API key"))
        self.show_key = QPushButton(translate("SettingsPages", "Show"))
        self.show_key.setCheckable(True)
        self.show_key.toggled.connect(self._on_show_key)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.show_key)
        self.key_where = note(
            translate("SettingsPages", "Checking where your key is kept…"), palette
        )  # see _load_key
        self.key_where.setObjectName("keyWhere")
        self.key_where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_button = QPushButton(translate("SettingsPages", "Test connection"))
        self.test_result = QLabel("")
        self.test_result.setWordWrap(True)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        get_key = QLabel(
            translate(
                "SettingsPages",
                "No key yet? Create one on <a href='https://poyo.ai'>poyo.ai</a>. "
                "Without a key the app runs in demo mode.",
            )
        )
        get_key.setOpenExternalLinks(True)
        get_key.setWordWrap(True)

        heading = QLabel(translate("SettingsPages", "Your PoYo API key:"))
        heading.setBuddy(self.key_edit)

        # A column, not a form: a form layout under-counts the height of word-wrapped
        # texts nested in its fields, and the last line of "where the key is kept" was cut.
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 12, 12, 12)
        column.setSpacing(6)
        column.addWidget(heading)
        column.addLayout(key_row)
        column.addWidget(self.key_where)
        column.addSpacing(6)
        column.addLayout(test_row)
        column.addSpacing(6)
        column.addWidget(get_key)
        column.addStretch(1)

    def _on_show_key(self, shown: bool) -> None:
        self.key_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )
        self.show_key.setText(
            translate("SettingsPages", "Hide") if shown else translate("SettingsPages", "Show")
        )


class VideosPage(QWidget):
    """Where videos are saved, how often progress is checked, how many run at once."""

    def __init__(self, values: SettingsValues, palette: QPalette) -> None:
        super().__init__()
        self.folder_edit = QLineEdit(values.download_dir)
        self.folder_edit.setAccessibleName(translate("SettingsPages", "Download folder"))
        self.browse_button = QPushButton(translate("SettingsPages", "Browse…"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        self.poll_spin = QDoubleSpinBox()
        self.poll_spin.setRange(POLL_MIN, POLL_MAX)
        self.poll_spin.setDecimals(0)
        self.poll_spin.setSuffix(" s")
        self.poll_spin.setValue(values.poll_interval)
        self.poll_spin.setAccessibleName(translate("SettingsPages", "Status check interval"))
        self.concurrent_spin = QSpinBox()
        self.concurrent_spin.setRange(CONCURRENT_MIN, CONCURRENT_MAX)
        self.concurrent_spin.setValue(values.max_concurrent)
        self.concurrent_spin.setAccessibleName(
            translate("SettingsPages", "Videos in progress at once")
        )
        for spin in (self.poll_spin, self.concurrent_spin):
            spin.setMaximumWidth(110)

        form = page_form(self)
        form.addRow(translate("SettingsPages", "Save videos in:"), folder_row)
        form.addRow(translate("SettingsPages", "Check progress every:"), self.poll_spin)
        form.addRow(translate("SettingsPages", "Videos in progress at once:"), self.concurrent_spin)
        waiting = translate(
            "SettingsPages",
            "More than this wait their turn in the list; none is paid before it is sent.",
        )
        form.addRow(note(waiting, palette))


class AdvancedPage(QWidget):
    """The server's address (a test server, a proxy), the optional callback address, whether
    a photo's place and camera details go with it to PoYo, and whether to look for new
    versions."""

    def __init__(self, values: SettingsValues, palette: QPalette) -> None:
        super().__init__()
        self.server_edit = QLineEdit(values.base_url)
        self.server_edit.setAccessibleName(translate("SettingsPages", "Server address"))
        self.callback_edit = QLineEdit(values.callback_url)
        self.callback_edit.setPlaceholderText(
            translate("SettingsPages", "Optional: https://… (most people leave this empty)")
        )
        self.callback_edit.setAccessibleName(translate("SettingsPages", "Callback address"))
        self._updates_asked = values.check_for_updates
        self.updates_box = QCheckBox(
            translate("SettingsPages", "Tell me when a new version is out")
        )
        self.updates_box.setChecked(bool(values.check_for_updates))

        self.keep_metadata_box = QCheckBox(
            translate("SettingsPages", "Keep the place and camera details in photos I send")
        )
        self.keep_metadata_box.setChecked(values.keep_metadata)
        self._language = values.language
        self.language_box = language_box(values.language)

        form = page_form(self)
        form.addRow(translate("SettingsPages", "Server address:"), self.server_edit)
        form.addRow(translate("SettingsPages", "Callback address:"), self.callback_edit)
        form.addRow(note(translate("SettingsPages", "Most people never change these."), palette))
        form.addRow(self.keep_metadata_box)
        private = translate(
            "SettingsPages",
            "When this is off, where a photo was taken and the camera's make, model and "
            "serial number are removed before the photo is uploaded.",
        )
        form.addRow(note(private, palette))
        form.addRow(self.updates_box)
        form.addRow(note(updates_note(), palette))
        form.addRow(translate("SettingsPages", "Language:"), self.language_box)
        restart = translate("SettingsPages", "A new language applies when you start the app again.")
        form.addRow(note(restart, palette))

    def changes(self) -> dict[str, Any]:
        """The update-check choice, if the person made one here (an untouched box leaves
        the one-time question to be asked), and the language if another was chosen."""
        chosen = self.language_box.currentData()
        language = {"language": chosen} if chosen != self._language else {}
        checked = self.updates_box.isChecked()
        if self._updates_asked is None and not checked:
            return language
        return {"check_for_updates": checked, **language}


def updates_note() -> str:
    return translate(
        "SettingsPages",
        "Once a week, with a link to what is new. Nothing is downloaded by itself.",
    )


def language_box(current: str) -> QComboBox:
    """System, English, and the languages shipped (each named in its own language)."""
    box = QComboBox()
    box.setAccessibleName(translate("SettingsPages", "Language"))
    for code in ["", "en", *shipped_languages()]:
        name = LANGUAGE_NAMES[code]
        box.addItem(name if code else translate("SettingsPages", "System"), code)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box
