"""Item 12: the Settings dialog shows every line of its two-line texts (where the key is
kept, the result of Test connection): none is cut off at the bottom."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QDialog, QLabel, QWidget

from tests.acceptance.person import Person

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
        await person.replaces_text(poyo.base_url, into="Server address")
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
