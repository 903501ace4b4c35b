"""What a person does in the Settings dialog, built only on :class:`Person`'s input events:
open it (from the toolbar, or the demo banner's "Add API key"), click one of its tabs
(Account, Videos, Spending, Notifications, Advanced), type a key and a server address
over what the fields hold, Save, and choose "Keep It in a File Instead" when the
keychain refuses the key (the tests' keychain always does).

Its own module, not part of ``connection_abilities`` or ``generate_abilities``: tests of
the connection, of Generate and of notifications all add a key the same way, and none of
them should have to import another area's helpers to do it.
"""

from __future__ import annotations

import asyncio
import re

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTabBar

from tests.acceptance import reading
from tests.acceptance.person import NotOnScreen, Person

TITLE = "Settings"  # the dialog's window title
KEEP_IN_FILE = "Keep It in a File Instead"


async def saves_settings(
    person: Person,
    *,
    key: str | None = None,
    server: str | None = None,
    via: str | re.Pattern[str] = "Settings",
) -> None:
    """Open Settings with the button ``via``, type ``key`` (into API key) and ``server``
    (into Server address) over what they hold, Save; keep the key in a file when the
    keychain refuses it. Back in the main window once the dialog has closed."""
    await person.click(via)
    await person.waits_for(lambda: _dialog_open(person), 10, "the Settings dialog")
    await person.sees_not("Checking where your key is kept", timeout=10)  # the key is read
    if key is not None:
        await clicks_tab(person, "Account")
        await person.replaces_text(key, into="API key")
    if server is not None:
        await clicks_tab(person, "Advanced")
        await person.replaces_text(server, into="Server address")
    await person.click("Save")
    await person.waits_for(
        lambda: not _dialog_open(person) or person.can_see(KEEP_IN_FILE),
        15,
        "the settings to be saved, or the keychain to refuse the key",
    )
    if person.can_see(KEEP_IN_FILE):
        await person.click(KEEP_IN_FILE)
    await person.waits_for(lambda: not _dialog_open(person), 15, "the Settings dialog to close")
    await person.window_manager_activates()


def _dialog_open(person: Person) -> bool:
    return any(window.windowTitle() == TITLE for window in person.windows())


async def clicks_tab(person: Person, name: str) -> None:
    """Click the tab ``name`` of the open dialog (the newest window with tabs) with the
    mouse, once it shows (a dialog opened a moment ago may still be on its way), and wait
    until its page shows."""
    await person.waits_for(lambda: _tab(person, name) is not None, 10, f"a tab {name!r}")
    found = _tab(person, name)
    if found is None:
        raise NotOnScreen(f"no tab {name!r} on screen; it shows:\n" + person.screen_text())
    bar, index = found
    where = bar.tabRect(index).center()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
    await asyncio.sleep(0)
    await person.waits_for(lambda: bar.currentIndex() == index, 5, f"the {name} tab")


def _tab(person: Person, name: str) -> tuple[QTabBar, int] | None:
    for window in reversed(person.windows()):
        for bar in window.findChildren(QTabBar):
            if not reading.shown(bar):
                continue
            for index in range(bar.count()):
                if reading.clean(bar.tabText(index)) == name:
                    return bar, index
    return None


def tab_names(person: Person) -> list[str]:
    """The tabs of the open dialog, as a person reads them."""
    for window in reversed(person.windows()):
        for bar in window.findChildren(QTabBar):
            if reading.shown(bar):
                return [reading.clean(bar.tabText(i)) for i in range(bar.count())]
    return []
