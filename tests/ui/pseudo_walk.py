"""What a person reads in a window, widget by widget: for the pseudo-locale test and its
screenshots (tests/ui/test_translations.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from poyo_desktop.ui.kit.elided_label import ElidedLabel

# Areas left out of the walk: none now (ui/player and ui/tasks are wrapped too).
SECOND_PASS: tuple[str, ...] = ()
LETTERS = re.compile(r"[A-Za-z]{2,}")


def in_second_pass(widget: QWidget | None) -> bool:
    while widget is not None:
        if SECOND_PASS and type(widget).__module__.startswith(SECOND_PASS):
            return True
        widget = widget.parentWidget()
    return False


def shown_texts(window: QWidget) -> Iterator[tuple[QWidget, str]]:
    """(widget, text) for every visible text of the window outside the second pass."""
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisibleTo(window) or in_second_pass(widget):
            continue
        for text in _texts(widget):
            plain = re.sub(r"<[^>]+>", "", text)
            if LETTERS.search(plain):
                yield widget, plain


def _texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel):
        return [widget.text()]
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        return [widget.placeholderText()]
    if isinstance(widget, QTabWidget):
        return [widget.tabText(index) for index in range(widget.count())]
    if isinstance(widget, QMainWindow):
        return [action.text() for action in widget.menuBar().actions()]
    return []


def clipped(window: QWidget) -> list[str]:
    """Single-line labels and buttons drawn narrower than their text needs."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or in_second_pass(widget):
            continue
        if isinstance(widget, ElidedLabel):  # shortens its text on purpose, with a tooltip
            continue
        one_line = isinstance(widget, QLabel) and not widget.wordWrap()
        if not (one_line or isinstance(widget, QAbstractButton)) or not widget.text():
            continue
        need = widget.minimumSizeHint().width()
        if widget.width() + 1 < need:
            found.append(f"{type(widget).__name__} {widget.width()} < {need}: {widget.text()!r}")
    return found
