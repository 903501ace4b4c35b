"""Opening Settings without a stall: its modules (the dialog, its pages, the keychain's
front) load on a worker thread the first time, and only then is the dialog made.

Imported on the GUI thread, they held the window for about 7 ms on the first click, on top
of building the dialog; kept out of start-up, they cost no memory until Settings is used.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from poyo_desktop.runtime.background_imports import import_in_background
from poyo_desktop.services.background import run_in_background

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from poyo_desktop.services.app_services import AppServices

DIALOG_MODULE = "poyo_desktop.ui.settings.settings_dialog"


class SettingsOpener:
    """Opens one Settings dialog over ``window`` at a time."""

    def __init__(self, window: QWidget, services: AppServices) -> None:
        self._window = window
        self._services = services
        self._opening = False  # a second click while the first one's modules load

    def open(
        self, section: str | None = None, on_saved: Callable[[], object] | None = None
    ) -> None:
        """Open Settings (at the tab ``section``: "Spending"); ``on_saved`` runs after Save."""
        if self._opening:
            return
        self._opening = True
        run_in_background(self._open(section, on_saved), name="opening Settings")

    async def _open(self, section: str | None, on_saved: Callable[[], object] | None) -> None:
        try:
            await import_in_background(DIALOG_MODULE)
        finally:
            self._opening = False
        from poyo_desktop.ui.settings.settings_dialog import SettingsDialog

        services = self._services
        dialog = SettingsDialog(
            services.settings, services.keys, services.account, services.mode, self._window
        )
        dialog.key_saved.connect(services.mode.use_key)
        if section is not None:
            dialog.show_section(section)
        if on_saved is not None:
            dialog.accepted.connect(on_saved)
        dialog.open()
