"""What a person (and their desktop) does around notifications, for the acceptance tests.

The desktop's side is the boundary between the app and the operating system, and nothing
inside the app: what the app hands to the system tray (``QSystemTrayIcon.showMessage``,
which becomes a toast, a Notification Center entry or an ``org.freedesktop.Notifications``
bubble) and the system's answer when the person clicks it (the tray icon's
``messageClicked`` signal, which the OS sends through Qt). ``QT_QPA_PLATFORM=offscreen``
has no tray, so :class:`DesktopWithTray` answers Qt's "is there a tray?" with yes, as
Windows, macOS or KDE would; without it the app sees the honest "no tray" and falls back
to asking for attention (``QApplication.alert``), which :class:`TaskbarEntry` watches.

Another program coming to the front, or the window manager minimising and restoring the
window, are done as the window manager does them (activating another top-level window;
``showMinimized``/``showNormal`` and activation on the app's window).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel, QSystemTrayIcon, QWidget

from tests.acceptance.person import Person


@dataclass
class TrayMessage:
    """One notification as the operating system received it."""

    tray: QSystemTrayIcon
    title: str
    body: str
    icon: QIcon | None


class DesktopWithTray:
    """A desktop with a system tray; records the notifications the app raises there."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.messages: list[TrayMessage] = []
        original = QSystemTrayIcon.showMessage
        monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))

        def show_message(tray: QSystemTrayIcon, title: str, body: str, *rest: Any) -> None:
            icon = rest[0] if rest and isinstance(rest[0], QIcon) else None
            self.messages.append(TrayMessage(tray, title, body, icon))
            original(tray, title, body, *rest)

        monkeypatch.setattr(QSystemTrayIcon, "showMessage", show_message)

    async def clicks(self, message: TrayMessage, person: Person) -> None:
        """The person clicks the notification: the system tells the app, as it does."""
        message.tray.messageClicked.emit()
        await person.waits(0)


class TaskbarEntry:
    """The window's taskbar entry (or dock icon): whether the app asked it to flash."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.alerts: list[QWidget] = []
        original = QApplication.alert

        def alert(widget: QWidget, duration: int = 0) -> None:
            self.alerts.append(widget)
            original(widget, duration)

        monkeypatch.setattr(QApplication, "alert", staticmethod(alert))


async def another_program_comes_forward(person: Person) -> QWidget:
    """The person switches to another program: its window is now the active one."""
    other = QLabel("Another program")
    other.setWindowTitle("Another program")
    other.resize(400, 300)
    other.show()
    other.activateWindow()
    window = person.main_window()
    await person.waits_for(
        lambda: not window.isActiveWindow(), 5, "the other program to come to the front"
    )
    return other


async def minimises(person: Person) -> None:
    """The minimise button of the title bar: the window manager minimises the window."""
    window = person.main_window()
    window.showMinimized()
    await person.waits_for(window.isMinimized, 5, "the window to be minimised")


async def restores_from_taskbar(person: Person) -> None:
    """A click on the window's taskbar entry: the window manager restores and activates it."""
    window = person.main_window()
    window.showNormal()
    await person.window_manager_activates(window, over_others=True)
    await person.waits_for(lambda: not window.isMinimized(), 5, "the window to come back")
