"""What a person does with presets, built only on :class:`Person`'s input events: the
Presets button's menu (an entry clicked once the menu shows it), the Save as Preset
dialog, and the file dialogs of Export and Import (a name typed, Enter)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMenu

from tests.acceptance.person import Person

SAVE_TITLE = "Save as Preset"


def open_menu(person: Person) -> QMenu | None:
    menus = [w for w in person.windows() if isinstance(w, QMenu)]
    return menus[-1] if menus else None


def menu_entries(menu: QMenu) -> list[str]:
    return [a.text().replace("&&", "&") for a in menu.actions() if a.isVisible() and a.text()]


async def opens_presets(person: Person) -> QMenu:
    """The Presets button clicked; its menu, once open and done reading the presets."""
    await person.click("Presets")
    await person.waits_for(lambda: open_menu(person) is not None, 5, "the Presets menu to open")
    menu = open_menu(person)
    assert menu is not None
    await person.waits_for(
        lambda: "Reading presets…" not in menu_entries(menu), 10, "the presets to be read"
    )
    return menu


async def chooses_preset(person: Person, entry: str) -> None:
    """Presets ▸ ``entry`` (a command or a preset's name)."""
    menu = await opens_presets(person)
    person.clicks_in_open_menu(menu, entry)
    await person.waits_for(lambda: not menu.isVisible(), 5, "the menu to close")
    await person.window_manager_activates()


async def saves_preset(person: Person, name: str, *, pictures: bool = False) -> None:
    """Presets ▸ Save as Preset…, the name typed, the pictures kept or not, Save."""
    await chooses_preset(person, "Save as Preset…")
    await person.waits_for(lambda: _open(person, SAVE_TITLE), 10, "the Save as Preset dialog")
    await person.types(name, into="Preset name")
    if pictures:
        await person.click("Keep the pictures with it")
    await person.click("Save")
    await person.waits_for(lambda: not _open(person, SAVE_TITLE), 10, "the dialog to close")
    await person.window_manager_activates()


async def answers_file_dialog(person: Person, target: Path) -> None:
    """The file dialog that opened: ``target`` typed into its name box, Enter."""
    await person.waits_for(
        lambda: any(isinstance(w, QFileDialog) for w in person.windows()), 10, "a file dialog"
    )
    chooser = next(w for w in person.windows() if isinstance(w, QFileDialog))
    name_box = chooser.findChild(QLineEdit, "fileNameEdit")
    await person.replaces_text(str(target), into=name_box)
    await person.presses(Qt.Key.Key_Return, to=name_box)
    await person.waits_for(
        lambda: not any(isinstance(w, QFileDialog) for w in person.windows()),
        10,
        "the file dialog to close",
    )


async def exports_presets(person: Person, target: Path) -> str:
    """Presets ▸ Export Presets…, ``target`` named; what the app then says."""
    await chooses_preset(person, "Export Presets…")
    await answers_file_dialog(person, target)
    return await person.answers_dialog("OK", "Export Presets")


async def imports_presets(person: Person, source: Path) -> str:
    """Presets ▸ Import Presets…, ``source`` named; what the app then says."""
    await chooses_preset(person, "Import Presets…")
    await answers_file_dialog(person, source)
    return await person.answers_dialog("OK", "Import Presets")


async def preset_names(person: Person) -> list[str]:
    """The presets the menu lists (opened, read, closed with Escape)."""
    menu = await opens_presets(person)
    entries = menu_entries(menu)
    await person.presses(Qt.Key.Key_Escape, to=menu)
    await person.waits_for(lambda: not menu.isVisible(), 5, "the menu to close")
    await person.window_manager_activates()
    commands = re.compile(r"…$|^No presets yet")
    return [entry for entry in entries if not commands.search(entry)]


def screenshot_with_menu(person: Person, name: str, menu: QMenu) -> Path:
    """The window with ``menu`` drawn where it is open (a popup is a window of its own,
    which the window's own picture leaves out)."""
    window = person.main_window()
    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(window.mapFromGlobal(menu.pos()), menu.grab())
    painter.end()
    target = person.screenshot(name, window)
    picture.save(str(target))
    return target


def _open(person: Person, title: str) -> bool:
    return any(window.windowTitle() == title for window in person.windows())
