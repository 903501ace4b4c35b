"""What a person does in the Settings dialog, built only on :class:`Person`'s input events:
open it (from the toolbar, or the demo banner's "Add API key"), type a key and a server
address over what the fields hold, Save, and choose "Keep It in a File Instead" when the
keychain refuses the key (the tests' keychain always does).

Its own module, not part of ``connection_abilities`` or ``generate_abilities``: tests of
the connection, of Generate and of notifications all add a key the same way, and none of
them should have to import another area's helpers to do it.
"""

from __future__ import annotations

import re

from tests.acceptance.person import Person

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
        await person.replaces_text(key, into="API key")
    if server is not None:
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
