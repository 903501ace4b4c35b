"""The "Notifications" page of the Settings dialog: how the app says a video is done."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from poyo_desktop.services.settings import SettingsValues
from poyo_desktop.ui.kit.translations import QT_TRANSLATE_NOOP, translate

# Field of SettingsValues -> what the person reads beside its box.
CHOICES = (
    (
        "notify_when_done",
        QT_TRANSLATE_NOOP(
            "NotificationSettings", "Notify me when a video is ready or fails while I am elsewhere"
        ),
    ),
    (
        "sound_when_done",
        QT_TRANSLATE_NOOP("NotificationSettings", "Play a sound when a video is done"),
    ),
    (
        "count_in_title",
        QT_TRANSLATE_NOOP(
            "NotificationSettings", "Show the number of videos in progress in the title and taskbar"
        ),
    ),
)


class NotificationSettings:
    """The page and its check boxes; :meth:`changes` reads them back as settings."""

    def __init__(self, values: SettingsValues) -> None:
        self.page = QWidget()
        layout = QVBoxLayout(self.page)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        self.checks: dict[str, QCheckBox] = {}
        for name, text in CHOICES:
            check = QCheckBox(translate("NotificationSettings", text))
            check.setChecked(bool(getattr(values, name)))
            layout.addWidget(check)
            self.checks[name] = check
        layout.addStretch(1)

    def changes(self) -> dict[str, Any]:
        """The boxes as ``Settings.update`` takes them."""
        return {name: check.isChecked() for name, check in self.checks.items()}
