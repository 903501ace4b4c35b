"""Desktop notifications: the one place the app hands a notice to the operating system.

Where the desktop has a system tray (Windows, macOS, KDE, most Linux panels; GNOME with
its AppIndicator extension), a notice is a tray message (:meth:`QSystemTrayIcon.showMessage`:
a toast on Windows, Notification Center on macOS, ``org.freedesktop.Notifications`` on
Linux) and a click on it (``messageClicked``) or on the tray icon brings the window
forward and shows the notice's task. Where there is no tray, the window asks for
attention instead (:meth:`QApplication.alert`: the taskbar entry flashes or the dock icon
bounces) and the caller puts the news in the window title. Either way, the person's
coming back to the window also counts as the click: a platform may not report it (Qt's
Linux notifications carry no "default" action, so most servers never send one), and a
person back after the news wants to see it.

The tray icon is made on the first notice, not at start, and hidden again once the
person is back in the window: it is the notice's messenger, not a resident of the tray.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

#: How long a tray message stays up where the platform lets the app say (milliseconds).
MESSAGE_MS = 10_000


@dataclass(frozen=True, slots=True)
class Notice:
    """What the person is told: a title, a line or two, the task it is about, a picture."""

    title: str
    body: str
    job_id: str
    icon: QIcon | None = None


class DesktopNotifier(QObject):
    """Shows notices for ``window``; :attr:`clicked` gives the job id of the one acted on."""

    clicked = Signal(str)  # the job id of the notice the person clicked

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._tray: QSystemTrayIcon | None = None
        self._last: Notice | None = None  # the notice a click on the tray message is about
        self._unseen: Notice | None = None  # the newest notice the person has not come back for
        self._alerted = False  # that one went out as an alert only (no tray)

    @staticmethod
    def has_tray() -> bool:
        """Whether this desktop shows tray messages (asked each time: a panel may come or go)."""
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self, notice: Notice) -> bool:
        """Tell the person; True if it went out as a desktop notification, False if the
        window only asked for attention (no tray on this desktop)."""
        self._last = self._unseen = notice
        self._alerted = not self.has_tray()
        if not self._alerted:
            tray = self._tray_icon()
            tray.show()  # Windows shows a message only from a visible icon
            tray.showMessage(
                notice.title,
                notice.body,
                notice.icon if notice.icon is not None else _app_icon(self._window),
                MESSAGE_MS,
            )
            return True
        QApplication.alert(self._window, 0)  # until the window is active again
        return False

    def waiting(self) -> Notice | None:
        """The notice given by an alert only, which the person has not come back for yet."""
        return self._unseen if self._alerted else None

    def person_is_back(self) -> None:
        """The window is active again: the newest notice counts as acted on, as if clicked.
        The person clicked the flashing taskbar entry, or the notification where the
        platform does not report that click (Qt's Linux notifications offer no "default"
        action, so most notification servers never send one), or came back anyway to see
        the news. The tray icon has nothing left to say."""
        unseen, self._unseen = self._unseen, None
        if self._tray is not None:
            self._tray.hide()
        if unseen is not None:
            self.clicked.emit(unseen.job_id)

    def _tray_icon(self) -> QSystemTrayIcon:
        if self._tray is None:
            self._tray = QSystemTrayIcon(_app_icon(self._window), self)
            self._tray.setToolTip(
                QApplication.applicationDisplayName() or self._window.windowTitle()
            )
            self._tray.messageClicked.connect(self._on_message_clicked)
            self._tray.activated.connect(self._on_icon_activated)
        return self._tray

    def _on_message_clicked(self) -> None:
        self._unseen = None
        if self._last is not None:
            self.clicked.emit(self._last.job_id)

    def _on_icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self._on_message_clicked()


def _app_icon(window: QWidget) -> QIcon:
    """The app's icon (a tray icon without one is refused), else the style's notice icon."""
    for icon in (QApplication.windowIcon(), window.windowIcon()):
        if not icon.isNull():
            return icon
    return window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
