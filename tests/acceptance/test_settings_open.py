"""Settings opens at once: while the pointer rests on the Settings button the dialog is
made, hidden, and the click only shows it. Nothing of it shows before the click, and each
opening starts from what is saved (what was typed and cancelled is gone)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QDialog, QLineEdit

from tests.acceptance.settings_abilities import clicks_tab

KEY_KEPT = re.compile(r"key (will be|is) kept|keychain")
PAGES = (
    ("Videos", "Save videos in:"),
    ("Spending", "Daily limit:"),
    ("Notifications", "Play a sound when a video is done"),
    ("Advanced", "Server address:"),
)


def test_settings_made_while_the_pointer_rests_open_as_usual(desktop, person, play):
    def dialogs() -> list[QDialog]:
        return [w for w in person.windows() if isinstance(w, QDialog)]

    async def scenario() -> None:
        await desktop.start()
        for typed in ("sk-typed-then-cancelled-0000", ""):
            await person.points_at("Settings")
            await person.waits(0.5)  # the hand rests; nothing opens by itself
            assert dialogs() == [], person.screen_text()
            await person.click("Settings")
            await person.sees(KEY_KEPT)
            assert person.find("API key", QLineEdit).text() == ""  # from what is saved
            # Its other pages were made ahead too: each is there at once, and the dialog
            # already has the size they need (it does not jump when they are shown).
            dialog = dialogs()[0]
            size = dialog.size()
            for tab, words in PAGES:
                await clicks_tab(person, tab)
                await person.sees(words)
                assert dialog.size() == size, (tab, size, dialog.size())
            await clicks_tab(person, "Account")
            if typed:
                await person.types(typed, into="API key")
            await person.click("Cancel")
            await person.waits_for(lambda: dialogs() == [], 5, "Settings to close")
            await person.window_manager_activates()
        # Without the pointer first (the keyboard), it opens too.
        await person.chooses_menu("Edit", "Settings…")
        await person.sees(KEY_KEPT)
        await person.click("Cancel")
        await desktop.quit()

    play(scenario)
