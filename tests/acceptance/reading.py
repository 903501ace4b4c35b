"""How a person reads a widget, for :mod:`tests.acceptance.person`: whether it is on
screen at all, its text as a person reads it (no mnemonic ampersands, no markup, single
spaces), the names it goes by, what a list's row says, and whether a line says what was looked for.

Pure functions over widgets that are already there: nothing here acts or waits.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPlainTextEdit, QWidget


def shown(widget: QWidget) -> bool:
    """Visible on screen: shown itself and all its parents, with some size."""
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def clean(text: str) -> str:
    """Text as a person reads it: no mnemonic ampersands, no markup, single spaces."""
    text = re.sub(r"<[^>]+>", " ", text)
    text = text.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<")
    text = text.replace("&gt;", ">").replace("&quot;", '"').replace("&#39;", "'")
    text = re.sub(r"&(?=\w)", "", text)
    return " ".join(text.split())


def labels_of(widget: QWidget) -> list[str]:
    """The names a person (or a screen reader) knows ``widget`` by."""
    labels = [widget.accessibleName()]
    if isinstance(widget, (QLabel, QAbstractButton)):
        labels.append(widget.text())
    if isinstance(widget, (QLineEdit, QPlainTextEdit)):
        labels.append(widget.placeholderText())
    if widget.isWindow():
        labels.append(widget.windowTitle())
    return [label for label in labels if label]


def spoken(row: QModelIndex) -> str:
    """A list's row as a screen reader says it (or its shown text)."""
    said = row.data(Qt.ItemDataRole.AccessibleTextRole)
    return str(said or row.data(Qt.ItemDataRole.DisplayRole) or "")


def matches(
    line: str, wanted: str | re.Pattern[str], *, whole: bool = False, prefix: bool = False
) -> bool:
    if isinstance(wanted, re.Pattern):
        return wanted.search(line) is not None
    if whole:
        return line == wanted or (prefix and line.startswith(wanted))
    return wanted in line


def describe(widget: QWidget) -> str:
    labels = labels_of(widget)
    return f"“{clean(labels[0])}”" if labels else type(widget).__name__
