"""The Settings dialog's sections as tabs, so the dialog fits a small laptop screen.

Five stacked groups made the dialog about 740 pixels tall, more than a 768-pixel screen
shows under its panels. One tab per section keeps it near 400 whatever is added to a
section. Each tab has a mnemonic (Alt+A, Alt+V, Alt+P, Alt+N, Alt+D) and Ctrl+Tab
walks them, so every field stays a few keys away. A field that stops a Save is shown:
its tab comes forward and the field gets the focus (:meth:`SettingsTabs.reveal`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtWidgets import QTabWidget, QWidget

from poyo_desktop.ui.kit.translations import QT_TRANSLATE_NOOP, translate

ACCOUNT, VIDEOS, SPENDING, NOTIFICATIONS, ADVANCED = (
    "Account",
    "Videos",
    "Spending",
    "Notifications",
    "Advanced",
)
SECTIONS = (ACCOUNT, VIDEOS, SPENDING, NOTIFICATIONS, ADVANCED)  # in the order of the tabs
# The words on each tab, with the letter Alt picks it by (none of Save's or Cancel's).
_MNEMONICS = {
    ACCOUNT: QT_TRANSLATE_NOOP("SettingsTabs", "&Account"),
    VIDEOS: QT_TRANSLATE_NOOP("SettingsTabs", "&Videos"),
    SPENDING: QT_TRANSLATE_NOOP("SettingsTabs", "S&pending"),
    NOTIFICATIONS: QT_TRANSLATE_NOOP("SettingsTabs", "&Notifications"),
    ADVANCED: QT_TRANSLATE_NOOP("SettingsTabs", "A&dvanced"),
}


class SettingsTabs(QTabWidget):
    """``pages``: (section name, page) in the order of the tabs."""

    def __init__(self, pages: Sequence[tuple[str, QWidget]]) -> None:
        super().__init__()
        self.setObjectName("settingsSections")
        self.setAccessibleName(translate("SettingsTabs", "Settings sections"))
        self.setDocumentMode(False)
        self.setUsesScrollButtons(False)  # every tab is always in view
        self._sections = [name for name, _ in pages]  # English: callers' names
        for name, page in pages:
            self.addTab(page, translate("SettingsTabs", _MNEMONICS.get(name, name)))

    def names(self) -> list[str]:
        """The tabs' names as a person reads them ("Spending", not "S&pending")."""
        return [_plain(self.tabText(index)) for index in range(self.count())]

    def show_section(self, name: str) -> bool:
        """Bring the tab ``name`` forward; False when there is none of that name."""
        if name not in self._sections:
            return False
        self.setCurrentIndex(self._sections.index(name))
        return True

    def reveal(self, widget: QWidget) -> None:
        """Bring forward the tab that holds ``widget``, and give the widget the focus."""
        for index in range(self.count()):
            page = self.widget(index)
            if page is not None and (page is widget or page.isAncestorOf(widget)):
                self.setCurrentIndex(index)
                widget.setFocus()
                return


def _plain(text: str) -> str:
    return re.sub(r"&(?=\w)", "", text)
