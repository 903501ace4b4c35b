"""What a person does around Generate, built only on :class:`Person`'s input events.

Filling the form (a photo dropped on the start slot, a prompt typed), adding an API key
through Settings, and another program holding the history file (that last one is the
world around the app, not the app: an ordinary sqlite3 connection, as a database browser
would open it).
"""

from __future__ import annotations

import asyncio
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt

from tests.acceptance.person import Person
from tests.conftest import TEST_KEY

START_ZONE = re.compile(r"^Start image")
END_ZONE = re.compile(r"^End image")
ROW_IN_LIST = re.compile(r"(Queued|Uploading|Sending|Running|Finished|Downloading|Waiting)")


async def fills_the_form(person: Person, photo: Path, prompt: str) -> None:
    """A photo dropped on the start slot and a prompt typed; Generate usable."""
    assert await person.drops(photo, on=person.find(START_ZONE))
    await types_into(person, prompt, "Prompt")
    await person.waits_for(
        lambda: person.is_enabled("Generate video"), 10, "Generate video to be usable"
    )


async def types_into(person: Person, text: str, into: str) -> None:
    """Click the field and type: the keys go to the field clicked (after a dialog closes,
    the offscreen platform leaves no window active, so no focus widget to ask for)."""
    from PySide6.QtTest import QTest

    field = person.find(into)
    await person.click(field)
    QTest.keyClicks(field, text)
    await asyncio.sleep(0)


async def replaces_text(person: Person, text: str, into: str) -> None:
    """Click the field, select all, type over it."""
    field = person.find(into)
    await person.click(field)
    await person.presses(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier, to=field)
    await person.presses(Qt.Key.Key_Delete, to=field)
    await types_into(person, text, into)


async def adds_api_key(person: Person, server: str, key: str = TEST_KEY) -> None:
    """Add API key… in the demo banner, the key and the server address, Save (and keep
    the key in a file when the keychain refuses it: the tests' keychain always does)."""
    await person.click("Add API key")
    await person.sees("API key")
    await replaces_text(person, key, into="API key")
    await replaces_text(person, server, into="Server address")
    await person.click("Save")
    await person.waits_for(
        lambda: _dialog_gone(person) or _can_keep_in_file(person), 15, "the key to be saved"
    )
    if not _dialog_gone(person):
        await person.click("Keep It in a File Instead")
        await person.waits_for(lambda: _dialog_gone(person), 15, "the settings to close")
    await window_manager_activates(person)


async def window_manager_activates(person: Person) -> None:
    """What the window manager does when a dialog closes: the window under it becomes the
    active one again (keyboard shortcuts work only in the active window). The offscreen
    platform has no window manager, so it is done here."""
    from PySide6.QtWidgets import QApplication

    window = person.main_window()
    window.activateWindow()
    await person.waits_for(
        lambda: QApplication.activeWindow() is window, 5, "the main window to be active"
    )


def _dialog_gone(person: Person) -> bool:
    return not any(w.windowTitle().startswith("Settings") for w in person.windows())


def _can_keep_in_file(person: Person) -> bool:
    return person.can_see("Keep It in a File Instead")


@contextmanager
def another_program_holds(database: Path) -> Iterator[None]:
    """Another program (a database browser, a backup tool) holds the file locked for
    writing, as ``BEGIN EXCLUSIVE`` does, until the block ends."""
    conn = sqlite3.connect(str(database), timeout=0, isolation_level=None)
    try:
        conn.execute("BEGIN EXCLUSIVE")
        yield
    finally:
        conn.execute("ROLLBACK")
        conn.close()
