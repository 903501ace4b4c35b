"""Help ▸ Keyboard Shortcuts: every key the app answers to, on one page.

The menu commands' keys are read from the window's own actions (what the menus really do,
in the platform's spelling: ⌘ on a Mac), so the list cannot drift from them. The keys the
widgets handle themselves (the picture boxes, the list of videos, the player) have no action
to read; they are listed in :data:`WIDGET_KEYS`, next to where they are handled.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMenuBar,
    QVBoxLayout,
    QWidget,
)

from poyo_desktop.ui.kit.theme import muted_color, set_text_color
from poyo_desktop.ui.kit.translations import QT_TRANSLATE_NOOP, translate

#: Keys handled by widgets (ui/form/drop_zone.py, ui/tasks/task_view.py, ui/player/player.py,
#: Qt's own focus). A key is its text, or a standard key (spelled as the platform binds it).
WIDGET_KEYS: tuple[
    tuple[str, tuple[tuple[str, tuple[str | QKeySequence.StandardKey, ...]], ...]], ...
] = (
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "On a picture box"),
        (
            (
                QT_TRANSLATE_NOOP("ShortcutsDialog", "Paste a copied picture"),
                (QKeySequence.StandardKey.Paste,),
            ),
            (QT_TRANSLATE_NOOP("ShortcutsDialog", "Choose a file"), ("Space", "Return")),
            (QT_TRANSLATE_NOOP("ShortcutsDialog", "Remove the picture"), ("Delete", "Backspace")),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "In Your videos"),
        (
            (QT_TRANSLATE_NOOP("ShortcutsDialog", "Play the selected video"), ("Return",)),
            (
                QT_TRANSLATE_NOOP("ShortcutsDialog", "Hold its video a frame back or forward"),
                (",", "."),
            ),
            (QT_TRANSLATE_NOOP("ShortcutsDialog", "Remove it from the list"), ("Delete",)),
            (QT_TRANSLATE_NOOP("ShortcutsDialog", "Open its menu"), ("Menu", "Shift+F10")),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "In the preview"),
        (
            (QT_TRANSLATE_NOOP("ShortcutsDialog", "Play or pause"), ("Space",)),
            (QT_TRANSLATE_NOOP("ShortcutsDialog", "A second back or forward"), ("Left", "Right")),
            (QT_TRANSLATE_NOOP("ShortcutsDialog", "One frame back"), (",",)),
            (QT_TRANSLATE_NOOP("ShortcutsDialog", "One frame forward"), (".",)),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Anywhere"),
        (
            (QT_TRANSLATE_NOOP("ShortcutsDialog", "Next or previous field"), ("Tab", "Shift+Tab")),
            (QT_TRANSLATE_NOOP("ShortcutsDialog", "Close a dialog"), ("Esc",)),
        ),
    ),
)


def menu_shortcuts(bar: QMenuBar) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    """(menu title, [(command, [keys])]) for every menu command that has a key."""
    sections = []
    for top in bar.actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        rows = [
            (_plain(action.text()), keys)
            for action in menu.actions()
            if isinstance(action, QAction)
            and not action.isSeparator()
            and (keys := _typed_keys(action))
        ]
        if rows:
            sections.append((_plain(top.text()), rows))
    return sections


class ShortcutsDialog(QDialog):
    """Two columns of sections: the menus' commands, then the widgets' keys."""

    def __init__(self, bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard Shortcuts"))
        self.setObjectName("shortcutsDialog")
        self.setStyleSheet(
            "QLabel#keyCap { border: 1px solid palette(mid); border-bottom-width: 2px;"
            " border-radius: 4px; padding: 1px 6px; background: palette(base); }"
        )
        widget_sections = [
            (
                translate("ShortcutsDialog", title),
                [
                    (translate("ShortcutsDialog", what), [_spell(k) for k in keys])
                    for what, keys in rows
                ],
            )
            for title, rows in WIDGET_KEYS
        ]
        columns = QHBoxLayout()
        columns.setSpacing(28)
        for sections in (menu_shortcuts(bar), widget_sections):
            column = QVBoxLayout()
            column.setSpacing(14)
            for title, rows in sections:
                column.addLayout(self._section(title, rows))
            column.addStretch(1)
            columns.addLayout(column)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 14)
        layout.setSpacing(16)
        layout.addLayout(columns)
        layout.addWidget(buttons)

    def _section(self, title: str, rows: list[tuple[str, list[str]]]) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        heading = QLabel(title)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        set_text_color(heading, muted_color(self.palette()))
        grid.addWidget(heading, 0, 0, 1, 2)
        for row, (what, keys) in enumerate(rows, start=1):
            grid.addWidget(QLabel(what), row, 0)
            caps = QHBoxLayout()
            caps.setSpacing(4)
            caps.addStretch(1)
            for index, key in enumerate(keys):
                if index:
                    or_label = QLabel(translate("ShortcutsDialog", "or"))
                    set_text_color(or_label, muted_color(self.palette()))
                    caps.addWidget(or_label)
                cap = QLabel(key)
                cap.setObjectName("keyCap")
                caps.addWidget(cap)
            grid.addLayout(caps, row, 1)
        grid.setColumnStretch(0, 1)
        return grid


def show_shortcuts(bar: QMenuBar, parent: QWidget) -> ShortcutsDialog:
    """Open the page (not modal: the window stays usable); one at a time."""
    existing = parent.findChild(ShortcutsDialog)
    if existing is not None and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        return existing
    dialog = ShortcutsDialog(bar, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # Back to the window on close, with its keys working at once (not every window manager
    # activates a closed dialog's parent; Qt's offscreen platform never does).
    dialog.finished.connect(parent.activateWindow)
    dialog.show()
    return dialog


def _typed_keys(action: QAction) -> list[str]:
    """The keys of ``action`` a person types: with a modifier, or a function key; not the
    special keys a standard binding may add (a keyboard's own "Find" key)."""
    spelled = [_spell(key) for key in action.shortcuts()]
    return [
        key
        for key in spelled
        if "+" in key.rstrip("+") or re.fullmatch(r"F\d+", key) or not key.isascii()
    ]


def _spell(key: QKeySequence | QKeySequence.StandardKey | str) -> str:
    """A key as the platform writes it ("Ctrl+Return"; "⌘↩" on a Mac)."""
    if isinstance(key, QKeySequence.StandardKey):
        bindings = QKeySequence.keyBindings(key)
        key = bindings[0] if bindings else QKeySequence()
    sequence = key if isinstance(key, QKeySequence) else QKeySequence(key)
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def _plain(text: str) -> str:
    """A menu text without its mnemonic ampersand."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")
