"""Opening Settings without a stall: its modules (the dialog, its pages, the keychain's
front) load on a worker thread the first time, and only then is the dialog made.

Imported on the GUI thread, they held the window for about 7 ms on the first click, on top
of building the dialog; kept out of start-up, they cost no memory until Settings is used.

Made and shown in one step, the dialog still held the window 6-9 ms (made 2.6-4 ms, shown
2.5-5 ms, bench/interactions.py). So when the pointer comes onto a way to open it (the
toolbar button, the menu entry), it is made then, hidden, one step at a time; the click
only shows it. One made ahead and not opened is dropped after a while: its values would
grow stale, and its memory is not kept for nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from poyo_desktop.runtime.background_imports import import_in_background
from poyo_desktop.runtime.next_turn import next_turn
from poyo_desktop.services.background import run_in_background

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from poyo_desktop.services.app_services import AppServices
    from poyo_desktop.ui.settings.settings_dialog import SettingsDialog

DIALOG_MODULE = "poyo_desktop.ui.settings.settings_dialog"
KEPT_AHEAD_MS = 10_000  # a dialog made on the pointer's way and not opened, then dropped

Wanted = tuple[str | None, Callable[[], object] | None]


class SettingsOpener:
    """Opens one Settings dialog over ``window`` at a time."""

    def __init__(self, window: QWidget, services: AppServices) -> None:
        self._window = window
        self._services = services
        self._making = False  # its modules load, or it is being made
        self._ready: SettingsDialog | None = None  # made ahead, hidden
        self._wanted: Wanted | None = None  # a click while it was being made
        self._showing = False
        self._drop_timer = QTimer(window)
        self._drop_timer.setSingleShot(True)
        self._drop_timer.setInterval(KEPT_AHEAD_MS)
        self._drop_timer.timeout.connect(self._drop_ready)

    def prepare(self) -> None:
        """The pointer is on a way to Settings: make the dialog now, hidden."""
        if self._ready is None and not self._making and not self._showing:
            self._making = True
            run_in_background(self._make(ahead=True), name="preparing Settings")

    def open(
        self, section: str | None = None, on_saved: Callable[[], object] | None = None
    ) -> None:
        """Open Settings (at the tab ``section``: "Spending"); ``on_saved`` runs after Save."""
        if self._showing:
            return
        if self._ready is not None:
            dialog, self._ready = self._ready, None
            self._drop_timer.stop()
            self._show(dialog, section, on_saved)
            return
        self._wanted = (section, on_saved)  # a second click meanwhile changes nothing
        if not self._making:
            self._making = True
            run_in_background(self._make(ahead=False), name="opening Settings")

    async def _make(self, *, ahead: bool) -> None:
        try:
            await import_in_background(DIALOG_MODULE)
            if ahead:
                await next_turn()  # the import's end and the making: two steps
            dialog = self._new_dialog()
            if ahead:
                await self._ready_ahead(dialog)
        finally:
            self._making = False
        if self._wanted is not None:
            (section, on_saved), self._wanted = self._wanted, None
            self._show(dialog, section, on_saved)
        else:
            self._ready = dialog
            self._drop_timer.start()

    async def _ready_ahead(self, dialog: SettingsDialog) -> None:
        """What showing it would do, a step per turn while the pointer rests: its other
        pages (1-2 ms each), the polish and layout, and its window. Done at the click
        instead, they held the window 5-6 ms in one step (bench/interactions.py)."""
        more = True
        while more and self._wanted is None:
            await next_turn()
            more = dialog.tabs.build_next()
        if self._wanted is None:
            await next_turn()
            dialog.ensurePolished()
            dialog.adjustSize()
        if self._wanted is None:
            await next_turn()
            dialog.fit()  # its texts at the width it now has, so showing it need not ask
            dialog.winId()  # its native window, made hidden

    def _new_dialog(self) -> SettingsDialog:
        from poyo_desktop.ui.settings.settings_dialog import SettingsDialog

        services = self._services
        dialog = SettingsDialog(
            services.settings, services.keys, services.account, services.mode, self._window
        )
        dialog.key_saved.connect(services.mode.use_key)
        return dialog

    def _show(
        self,
        dialog: SettingsDialog,
        section: str | None,
        on_saved: Callable[[], object] | None,
    ) -> None:
        if section is not None:
            dialog.show_section(section)
        if on_saved is not None:
            dialog.accepted.connect(on_saved)
        self._showing = True
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: SettingsDialog) -> None:
        self._showing = False
        dialog.deleteLater()  # a closed one is never shown again: a new one each time

    def _drop_ready(self) -> None:
        if self._ready is not None:
            self._ready.deleteLater()
            self._ready = None
