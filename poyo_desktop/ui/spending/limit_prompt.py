"""The question asked when a spending limit stopped a video: send anyway, wait, or Settings.

One box at a time: a video stopped while it is shown joins it (a batch reaching the
limit asks once, naming how many wait). It is opened, not executed: the app's work goes
on meanwhile, and the videos wait, held, until the person answers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from poyo_desktop.ui.kit.translations import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from poyo_desktop.core.job import Job

SEND_ANYWAY = QT_TRANSLATE_NOOP("LimitPrompt", "Send anyway")
KEEP_WAITING = QT_TRANSLATE_NOOP("LimitPrompt", "Keep waiting")
OPEN_SETTINGS = QT_TRANSLATE_NOOP("LimitPrompt", "Open Settings")
TITLE = QT_TRANSLATE_NOOP("LimitPrompt", "Spending limit reached")


class LimitPrompt:
    """Asks about the videos a limit stopped; ``send(ids)`` lets them go, once each;
    ``settings(ids)`` opens Settings for them."""

    def __init__(
        self,
        parent: QWidget,
        send: Callable[[Sequence[str]], None],
        settings: Callable[[Sequence[str]], None],
    ) -> None:
        self._parent = parent
        self._send = send
        self._settings = settings
        self._box: QMessageBox | None = None
        self._waiting: list[str] = []
        self._words = ""

    def stopped(self, job: Job, words: str) -> None:
        if job.id not in self._waiting:
            self._waiting.append(job.id)
        if self._box is None:
            self._words = words
            self._box = self._make_box()
            self._box.open()
        self._show_figures()

    def _make_box(self) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Warning, translate("LimitPrompt", TITLE), "", parent=self._parent
        )
        box.setObjectName("spendingLimit")
        self._send_button = box.addButton(
            translate("LimitPrompt", SEND_ANYWAY), QMessageBox.ButtonRole.AcceptRole
        )
        self._settings_button = box.addButton(
            translate("LimitPrompt", OPEN_SETTINGS), QMessageBox.ButtonRole.ActionRole
        )
        wait = box.addButton(
            translate("LimitPrompt", KEEP_WAITING), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(wait)
        box.setEscapeButton(wait)
        box.finished.connect(self._answered)
        return box

    def _show_figures(self) -> None:
        assert self._box is not None
        count = len(self._waiting)
        self._box.setText(self._words)
        send = translate("LimitPrompt", SEND_ANYWAY)
        more = (
            translate(
                "LimitPrompt",
                "%n videos are waiting: “{send}” sends them all, this once.",
                "",
                count,
            )
            if count > 1
            else translate(
                "LimitPrompt",
                "The video waits in the list. “{send}” sends it this once; the limit stays for "
                "the next ones.",
            )
        ).format(send=send)
        self._box.setInformativeText(more)
        self._send_button.setText(
            send if count == 1 else translate("LimitPrompt", "Send all %n anyway", "", count)
        )

    def _answered(self, _result: int) -> None:
        box, ids = self._box, list(self._waiting)
        self._box, self._waiting = None, []
        if box is None:
            return
        clicked = box.clickedButton()
        if clicked is self._send_button:
            self._send(ids)
        elif clicked is self._settings_button:
            self._settings(ids)
        box.deleteLater()
