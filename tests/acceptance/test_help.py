"""Help: a three-step guide on the first start (dismissed for good), and Help ▸ Keyboard
Shortcuts listing the keys the app really answers to."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tests.acceptance.generate_abilities import START_ZONE
from tests.images import write_png

GUIDE = "Make your first video"


def shortcuts_page(person) -> QDialog | None:
    pages = [
        w
        for w in person.windows()
        if isinstance(w, QDialog) and w.windowTitle() == "Keyboard Shortcuts"
    ]
    return pages[-1] if pages else None


def test_the_first_start_shows_a_three_step_guide_until_it_is_dismissed(desktop, person, play):
    async def scenario() -> None:
        await desktop.start()
        await person.sees(GUIDE)
        for step in ("Pick a photo", "Describe what should happen", "Press Generate"):
            await person.sees(step)
        person.screenshot("help-first-run-guide")
        # It is not in the way: the form works while it shows.
        await person.types("A kite rises", into="Prompt")
        await person.click("Got it")
        await person.sees_not(GUIDE, timeout=5)
        await _restart_without_the_guide(desktop, person)

    play(scenario)


def test_help_lists_the_keyboard_shortcuts_and_escape_closes_it(desktop, person, play):
    async def scenario() -> None:
        await desktop.start()
        # F1 opens the page from the main window; Escape closes it.
        await person.presses(Qt.Key.Key_F1, to=person.main_window())
        await person.waits_for(
            lambda: shortcuts_page(person) is not None, 5, "F1 to open the shortcuts page"
        )
        await person.presses(Qt.Key.Key_Escape, to=shortcuts_page(person))
        await person.waits_for(lambda: shortcuts_page(person) is None, 5, "the page to close")
        # And from the menu.
        await person.chooses_menu("Help", "Keyboard Shortcuts")
        await person.waits_for(lambda: shortcuts_page(person) is not None, 5, "the shortcuts page")
        await person.sees("Generate")
        await person.sees("Ctrl+Return")
        await person.sees("Ctrl+Enter")
        await person.sees("Quit")
        await person.sees("Play or pause")
        person.screenshot("help-keyboard-shortcuts", shortcuts_page(person))
        await person.presses(Qt.Key.Key_Escape, to=shortcuts_page(person))
        await person.waits_for(lambda: shortcuts_page(person) is None, 5, "the page to close")
        await person.sees_not("Ctrl+Return", timeout=5)
        await desktop.quit()

    play(scenario)


def test_following_the_guide_to_generate_ends_it(desktop, person, play, tmp_path):
    photo = write_png(tmp_path / "kite.png", 640, 400)

    async def scenario() -> None:
        await desktop.start()
        await person.sees(GUIDE)
        assert await person.drops(photo, on=person.find(START_ZONE))
        await person.types("A kite rises into the wind", into="Prompt")
        await person.click("Generate video")
        await person.sees_not(GUIDE, timeout=5)
        await _restart_without_the_guide(desktop, person)

    play(scenario)


async def _restart_without_the_guide(desktop, person) -> None:
    """Once dismissed, the guide is gone for good: a restart does not show it again."""
    await desktop.restart()
    await person.sees("Your videos")
    await person.waits(0.3)
    assert not person.can_see(GUIDE)
    await desktop.quit()
