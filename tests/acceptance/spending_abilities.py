"""What a person does about spending, built only on :class:`Person`'s input events: set
the figures of Settings' Spending tab, answer the limit's question, open the ledger
(File › Spending…) and export it through the file dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFileDialog, QLineEdit

from tests.acceptance.person import Person
from tests.acceptance.settings_abilities import TITLE, clicks_tab

FIGURES = {
    "ask_above": "Ask before a video over (credits)",
    "daily": "Daily limit (credits)",
    "launch": "Limit for this session (credits)",
}


async def opens_settings(person: Person) -> None:
    await person.click("Settings")
    await person.waits_for(lambda: _open(person, TITLE), 10, "the Settings dialog")
    await person.sees_not("Checking where your key is kept", timeout=10)


async def types_spending(person: Person, *, launch_on: bool = False, **figures: str) -> None:
    """In the open Settings dialog: the Spending tab, then each figure (``daily="40"``)
    typed over its box (``launch_on=True`` ticks "Limit for this session" first)."""
    await clicks_tab(person, "Spending")
    if launch_on:
        switch = person.find("Limit for this session:", QCheckBox)
        assert isinstance(switch, QCheckBox)
        if not switch.isChecked():
            await person.click(switch)
    for name, text in figures.items():
        await person.replaces_text(text, into=FIGURES[name])


async def saves_spending(person: Person, *, launch_on: bool = False, **figures: str) -> None:
    """Open Settings, type the figures, Save; back in the main window once it closed."""
    await opens_settings(person)
    await types_spending(person, launch_on=launch_on, **figures)
    await person.click("Save")
    await person.waits_for(lambda: not _open(person, TITLE), 10, "the Settings dialog to close")
    await person.window_manager_activates()


async def opens_ledger(person: Person) -> None:
    await person.chooses_menu("File", "Spending…")
    await person.waits_for(lambda: _open(person, "Spending"), 10, "the Spending window")
    await person.sees_not("Reading your spending", timeout=10)


async def exports_ledger(person: Person, target: Path) -> None:
    """Export CSV…, the file's name typed in the file dialog, Save."""
    await person.click("Export CSV…")
    await person.waits_for(
        lambda: any(isinstance(w, QFileDialog) for w in person.windows()), 10, "a file dialog"
    )
    chooser = next(w for w in person.windows() if isinstance(w, QFileDialog))
    name_box = chooser.findChild(QLineEdit, "fileNameEdit")
    await person.replaces_text(str(target), into=name_box)
    await person.presses(Qt.Key.Key_Return, to=name_box)
    await person.waits_for(target.exists, 10, f"{target.name} to be written")
    await person.sees(f"to {target}")


def _open(person: Person, title: str) -> bool:
    return any(window.windowTitle() == title for window in person.windows())
