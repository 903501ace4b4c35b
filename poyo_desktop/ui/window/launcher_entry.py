"""The count and progress of running videos on the app's taskbar or dock entry, on Linux.

Linux docks and task managers (KDE Plasma, Ubuntu's dock and Dash to Dock, Plank, Latte)
read the Unity launcher API: a D-Bus signal ``com.canonical.Unity.LauncherEntry.Update``
naming the app's desktop file, with its badge count and a progress bar. Nothing listens
on a desktop without such a dock, and a signal costs nothing then. Windows' taskbar
progress (``QWinTaskbarProgress``) and the macOS dock badge (``QtMacExtras``) are gone
from Qt 6, so there the window title alone carries the count.

QtDBus is loaded on a worker thread when the first task starts, the first update following
it by a tenth of a second (:meth:`LauncherEntry.prepare`): on the GUI thread its first import
took 8-16 ms, in the second a batch's tasks are recorded (bench/batch_drop.py). Not sooner:
a window with no task in progress needs none of it (idle memory).
"""

from __future__ import annotations

import logging
import sys
import threading
from typing import TYPE_CHECKING, Any

from poyo_desktop import APP_ID

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

log = logging.getLogger(__name__)

INTERFACE = "com.canonical.Unity.LauncherEntry"
OBJECT_PATH = "/ai/poyo/PoyoDesktop"
APP_URI = f"application://{APP_ID}.desktop"


class LauncherEntry:
    """Sends the count and progress when they change; nothing where no session bus is."""

    def __init__(self) -> None:
        self._bus: QDBusConnection | None = None
        self._usable = sys.platform.startswith("linux")
        self._loading = False  # prepare started loading QtDBus
        self._sent: tuple[int, int] | None = None  # (count, progress in per cent) last sent
        self.updates = 0  # signals sent (for tests and the log)

    def prepare(self) -> None:
        """Load QtDBus on a worker thread now (once), so the first update only connects."""
        if self._usable and not self._loading and "PySide6.QtDBus" not in sys.modules:
            self._loading = True
            threading.Thread(target=_load_qtdbus, name="load-qtdbus", daemon=True).start()

    def show(self, count: int, progress: float | None) -> None:
        """``count`` videos in progress, ``progress`` (0 to 1) of all of them together;
        0 takes the badge and the bar away."""
        shown = (count, -1 if progress is None or count == 0 else round(progress * 100))
        if shown == self._sent or not self._usable:
            return
        if self._sent is None and count == 0:  # nothing was shown: nothing to take away
            self._sent = shown
            return
        bus = self._session_bus()
        if bus is None:
            return
        from PySide6.QtDBus import QDBusMessage  # loaded by _session_bus, when it exists

        properties: dict[str, Any] = {
            "count": count,
            "count-visible": count > 0,
            "progress-visible": shown[1] >= 0,
            "urgent": False,
        }
        if shown[1] >= 0:
            properties["progress"] = shown[1] / 100
        message = QDBusMessage.createSignal(OBJECT_PATH, INTERFACE, "Update")
        message.setArguments([APP_URI, properties])
        if bus.send(message):
            self._sent = shown
            self.updates += 1

    def _session_bus(self) -> QDBusConnection | None:
        if self._bus is None:
            try:
                from PySide6.QtDBus import QDBusConnection
            except ImportError:  # a build of Qt without D-Bus
                self._usable = False
                return None
            bus = QDBusConnection.sessionBus()
            if not bus.isConnected():
                log.debug("no D-Bus session bus: no taskbar count")
                self._usable = False
                return None
            self._bus = bus
        return self._bus


def _load_qtdbus() -> None:  # the worker thread
    from poyo_desktop.runtime.library_preload import preload_extension

    preload_extension("PySide6.QtDBus")  # the library, with the interpreter lock released
    try:
        import PySide6.QtDBus  # noqa: F401
    except ImportError:  # a build of Qt without D-Bus: the first update finds that out
        return
