"""Where the spending limits meet the main window: the price question at Generate, the
question when a limit stops a video, and the "Spending…" menu entry.

Its own module so the window gains only a call or two: it hands over itself and its
services, and this module connects the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from poyo_desktop.ui.form.balance_check import send_if_affordable
from poyo_desktop.ui.spending.confirm_price import confirm_price
from poyo_desktop.ui.spending.limit_prompt import LimitPrompt

if TYPE_CHECKING:
    from poyo_desktop.core.draft import JobDraft
    from poyo_desktop.services.app_services import AppServices
    from poyo_desktop.ui.window.main_window import MainWindow


def confirm_then_send(
    window: MainWindow,
    services: AppServices,
    draft: JobDraft,
    send: Callable[[], None],
    cancelled: Callable[[], None],
) -> None:
    """The price question (above the amount in Settings), then the balance's, then
    ``send()``; ``cancelled()`` when the person says no to either."""
    confirm_price(
        window,
        services.settings.values,
        draft,
        demo=services.mode.demo,
        proceed=lambda: send_if_affordable(
            window, services.connection, draft, send, cancelled=cancelled
        ),
        cancelled=cancelled,
    )


class SpendingHooks:
    """Connects the spending service to ``window``: kept by the window while it lives."""

    def __init__(self, window: MainWindow, services: AppServices) -> None:
        self._window = window
        self._services = services
        self.prompt = LimitPrompt(window, self._send_anyway, self._open_settings)
        if services.spending is not None:
            services.spending.limit_reached.connect(self.prompt.stopped)
        window.window_actions.spending_action.triggered.connect(self.show_ledger)
        self._ledger: QDialog | None = None

    def _send_anyway(self, job_ids: Sequence[str]) -> None:
        spending = self._services.spending
        if spending is not None:
            spending.allow_once(job_ids)
        self._services.jobs.release(job_ids)

    def _open_settings(self, job_ids: Sequence[str]) -> None:
        """Settings, open at its Spending tab, and the videos try again once it is saved
        (a raised limit lets them go; one still too low stops them again, and asks again)."""
        from poyo_desktop.ui.settings.settings_tabs import SPENDING

        self._window.open_settings(SPENDING, lambda: self._services.jobs.release(job_ids))

    def show_ledger(self) -> None:
        from poyo_desktop.ui.spending.ledger_dialog import LedgerDialog

        spending = self._services.spending
        if spending is None:
            return
        if self._ledger is not None and shiboken6.isValid(self._ledger):
            self._ledger.raise_()  # one ledger window at a time
            self._ledger.activateWindow()
            return
        dialog = LedgerDialog(spending, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._ledger = dialog
        dialog.open_and_load()
