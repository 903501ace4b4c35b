"""Last-resort handling of unexpected exceptions: logged, shown with copyable details."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from poyo_desktop.core.redaction import redact
from poyo_desktop.ui.kit.translations import translate

log = logging.getLogger(__name__)
_showing = False


def _hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    global _showing
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    details = redact("".join(traceback.format_exception(kind, error, tb)))
    log.error("unexpected error:\n%s", details)
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("Errors", "Something went wrong"),
            translate(
                "Errors",
                "PoYo Desktop ran into an unexpected problem. Your tasks are saved; "
                "you can keep working. If it happens again, please send the details "
                "below to the developers.",
            ),
        )
        box.setDetailedText(details)
        box.exec()
    finally:
        _showing = False


def install_excepthook() -> None:
    sys.excepthook = _hook
