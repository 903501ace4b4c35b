"""The Settings dialog's sections as tabs, so the dialog fits a small laptop screen.

Five stacked groups made the dialog about 740 pixels tall, more than a 768-pixel screen
shows under its panels. One tab per section keeps it near 400 whatever is added to a
section. Each tab has a mnemonic (Alt+A, Alt+V, Alt+P, Alt+N, Alt+D) and Ctrl+Tab
walks them, so every field stays a few keys away. A field that stops a Save is shown:
its tab comes forward and the field gets the focus (:meth:`SettingsTabs.reveal`).

Only the tab in front is built before the dialog is first painted; the others are built
one per turn of the event loop, while the dialog waits hidden for the click
(ui/window/settings_opener) or right after it is shown (or at once when asked for), so
opening the dialog holds the window for one page's worth of widgets instead of five.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

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
    """``pages``: (section name, a function that builds its page) in the order of the tabs."""

    def __init__(self, pages: Sequence[tuple[str, Callable[[], QWidget]]]) -> None:
        super().__init__()
        self.setObjectName("settingsSections")
        self.setAccessibleName(translate("SettingsTabs", "Settings sections"))
        self.setDocumentMode(False)
        self.setUsesScrollButtons(False)  # every tab is always in view
        self._sections = [name for name, _ in pages]  # English: callers' names
        self._builders: dict[int, Callable[[], QWidget]] = {}
        for index, (name, build) in enumerate(pages):
            holder = QWidget()  # the page goes in when it is built
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.addTab(holder, translate("SettingsTabs", _MNEMONICS.get(name, name)))
            self._builders[index] = build
        self.currentChanged.connect(self._build)
        self._build(self.currentIndex())

    def build_all(self) -> None:
        """Build every page not built yet: before their fields are read."""
        for index in list(self._builders):
            self._build(index)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._builders:
            QTimer.singleShot(0, self, self._build_next)  # not once the tabs are deleted

    def build_next(self) -> bool:
        """Build one page not built yet; True while more are left (one per turn)."""
        if self._builders:
            self._build(next(iter(self._builders)))
        return bool(self._builders)

    def _build_next(self) -> None:
        if self.build_next():
            QTimer.singleShot(0, self, self._build_next)  # not once the tabs are deleted

    def _build(self, index: int) -> None:
        build = self._builders.pop(index, None)
        holder = self.widget(index)
        if build is not None and holder is not None:
            layout = holder.layout()
            if layout is not None:
                layout.addWidget(build())

    def names(self) -> list[str]:
        """The tabs' names as a person reads them ("Spending", not "S&pending")."""
        return [_plain(self.tabText(index)) for index in range(self.count())]

    def show_section(self, name: str) -> bool:
        """Bring the tab ``name`` forward; False when there is none of that name."""
        if name not in self._sections:
            return False
        self.setCurrentIndex(self._sections.index(name))  # builds it (currentChanged)
        return True

    def reveal(self, widget: QWidget) -> None:
        """Bring forward the tab that holds ``widget``, and give the widget the focus."""
        self.build_all()
        for index in range(self.count()):
            page = self.widget(index)
            if page is not None and (page is widget or page.isAncestorOf(widget)):
                self.setCurrentIndex(index)
                widget.setFocus()
                return


def _plain(text: str) -> str:
    return re.sub(r"&(?=\w)", "", text)
