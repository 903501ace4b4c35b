"""Item 12: the Settings dialog shows every line of its two-line texts (where the key is
kept, the result of Test connection): none is cut off at the bottom. Issue 18: it fits a
small laptop screen, one tab per section."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from tests.acceptance.person import Person
from tests.acceptance.settings_abilities import clicks_tab, tab_names

KEY_KEPT = re.compile(r"key (will be|is) kept|keychain")
TEST_RESULT = re.compile(r"did not accept|not valid|rejected|refused|Connected", re.I)


def clipped(label: QLabel) -> str:
    """ "" when all of ``label``'s text shows; else how many pixel rows it lacks."""
    needed = (
        label.heightForWidth(label.width()) if label.wordWrap() else (label.sizeHint().height())
    )
    return "" if label.height() >= needed else f"{label.height()} px of {needed}"


def dialog_label(person: Person, text: re.Pattern[str]) -> QLabel:
    dialog = next(w for w in person.windows() if isinstance(w, QDialog))
    labels = [w for w in dialog.findChildren(QLabel) if w.isVisible() and text.search(w.text())]
    assert labels, f"no text like {text.pattern!r} in Settings:\n{person.screen_text()}"
    return labels[0]


def test_settings_show_both_lines_of_their_texts(desktop, person, play, poyo):
    async def scenario() -> None:
        await desktop.start(size=(1024, 640))
        await person.click("Settings")
        await person.sees(KEY_KEPT)
        where = dialog_label(person, KEY_KEPT)
        await person.waits(0.2)
        assert clipped(where) == "", f"“{where.text()}”: {clipped(where)}"
        await person.types("sk-not-the-right-key-0000", into="API key")
        await clicks_tab(person, "Advanced")
        await person.replaces_text(poyo.base_url, into="Server address")
        await clicks_tab(person, "Account")
        await person.click("Test connection")
        await person.sees(TEST_RESULT)
        result = dialog_label(person, TEST_RESULT)
        await person.waits(0.2)
        dialog: QWidget = result.window()
        person.screenshot("item12-settings", dialog)
        assert clipped(where) == "", f"“{where.text()}”: {clipped(where)}"
        assert clipped(result) == "", f"“{result.text()}”: {clipped(result)}"
        await person.click("Cancel")
        await person.sees_not(TEST_RESULT)
        await person.chooses_menu("File", "Quit")  # the window behind the dialog: its menu
        await desktop.quit()

    play(scenario)


def test_settings_fit_a_small_laptop_screen_one_tab_at_a_time(desktop, person, play):
    """Issue 18: the dialog fits a 1280×720 screen with room to spare, Save and Cancel
    always in view; each tab's fields are reached with the mouse or the keyboard."""

    async def scenario() -> None:
        await desktop.start(size=(1280, 720))
        await person.click("Settings")
        await person.sees("Your PoYo API key:")
        dialog = next(w for w in person.windows() if w.windowTitle() == "Settings")
        await person.waits(0.2)
        tabs = tab_names(person)
        assert tabs == ["Account", "Videos", "Spending", "Notifications", "Advanced"]
        tallest = 0
        for name in tabs:
            await clicks_tab(person, name)
            await person.waits(0.1)
            person.screenshot(f"settings-{name.lower()}", dialog)
            tallest = max(tallest, dialog.height())
            assert person.can_see("Save") and person.can_see("Cancel")
            for field in dialog.findChildren(QWidget):
                if field.isVisible() and field.focusPolicy() != Qt.FocusPolicy.NoFocus:
                    bottom = field.mapTo(dialog, field.rect().bottomLeft()).y()
                    assert bottom <= dialog.height(), f"{name}: {field} is cut off"
        assert tallest <= 480, f"Settings is {tallest} px tall"

        # The keyboard: Alt with a tab's letter, and Ctrl+Tab to the next one.
        await person.presses(Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier, to=dialog)
        await person.sees("Daily limit:")
        await person.presses(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        await person.sees("Play a sound when a video is done")
        await person.presses(Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier, to=dialog)
        await person.sees("Server address:")
        await person.click("Cancel")
        await desktop.quit()

    play(scenario)
