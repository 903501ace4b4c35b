"""The picture slot's commands (Browse…, Paste image, Crop or fix…, Remove image) by key
and by right click.

A person who does not drag reaches the slot's buttons' commands from the keyboard (Space
or Enter browses, the paste shortcut pastes, Delete or Backspace removes) and from a
context menu. Which key asks for which command, and the menu that offers them, are here,
so that :mod:`.drop_zone` keeps to what the slot holds and how pictures come in. Both run
only on a key press or a right click, after the first frame: the ``Qt`` namespace they use
is made then (see ui/kit/lazy_qt.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu

from poyo_desktop.ui.form.slot_fixing import open_fixer
from poyo_desktop.ui.kit.lazy_qt import Qt
from poyo_desktop.ui.kit.translations import translate

if TYPE_CHECKING:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QKeyEvent

    from poyo_desktop.ui.form.drop_zone import ImageDropZone

Command = Literal["browse", "paste", "remove"]


def key_command(event: QKeyEvent, *, has_image: bool) -> Command | None:
    """The command a key press asks for; ``None`` for the keys the slot leaves to Qt."""
    if event.matches(QKeySequence.StandardKey.Paste):
        return "paste"
    if (
        event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        and has_image
        and event.modifiers() == Qt.KeyboardModifier.NoModifier
    ):
        return "remove"
    if (
        event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        and event.modifiers() == Qt.KeyboardModifier.NoModifier
    ):
        return "browse"
    return None


def show_slot_menu(zone: ImageDropZone, at: QPoint) -> None:
    """The slot's context menu at ``at`` (global): Browse… and Paste image while the slot
    is available, Crop or fix… while it holds a readable picture, Remove image while it
    holds any (the others greyed); Copy Message while a line under the card says
    something."""
    menu = QMenu(zone)
    browse = QAction(translate("SlotCommands", "Browse…"), menu)
    browse.triggered.connect(lambda: zone.browse())
    paste = QAction(translate("SlotCommands", "Paste image"), menu)
    paste.setShortcut(QKeySequence(QKeySequence.StandardKey.Paste))
    paste.triggered.connect(lambda: zone.paste_from_clipboard())
    fix = QAction(translate("SlotCommands", "Crop or fix…"), menu)
    fix.triggered.connect(lambda: open_fixer(zone))
    remove = QAction(translate("SlotCommands", "Remove image"), menu)
    remove.triggered.connect(lambda: zone.clear())
    browse.setEnabled(zone.is_available())
    paste.setEnabled(zone.is_available())
    check = zone.check()
    fix.setEnabled(zone.is_available() and check is not None and check.width > 0)
    remove.setEnabled(zone.path() is not None)
    menu.addActions([browse, paste, fix, remove])
    if message := zone.message_text():  # what the card says, to paste into a message
        menu.addSeparator()
        copy = QAction(translate("SlotCommands", "Copy Message"), menu)
        copy.triggered.connect(lambda: QGuiApplication.clipboard().setText(message))
        menu.addAction(copy)
    menu.aboutToHide.connect(menu.deleteLater)  # a chosen action is triggered first
    menu.popup(at)  # no nested event loop: the app's work goes on while it is open
