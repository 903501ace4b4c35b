"""Item 4: one press of Generate is one video. A double-click, or Ctrl+Enter pressed twice
quickly, makes one task; a second video takes a second press once the first is listed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.acceptance.generate_abilities import fills_the_form
from tests.acceptance.settings_abilities import saves_settings
from tests.conftest import TEST_KEY
from tests.images import write_png


def test_a_double_click_on_generate_makes_one_video(desktop, person, play, tmp_path):
    photo = write_png(tmp_path / "beach.png", 640, 400)

    async def scenario() -> None:
        await desktop.start()
        await fills_the_form(person, photo, "Waves roll in slowly")
        await person.double_click("Generate video")
        # Busy from the press until the task is listed: it says so, and takes no press.
        assert person.can_see("Sending…")
        assert not person.is_enabled("Generate video")
        assert not person.menu_entry_enabled("File", "Generate")
        person.screenshot("item04-sending")
        await person.waits_for(lambda: len(person.rows()) >= 1, 30, "a row in the list")
        await person.waits_for(
            lambda: person.is_enabled("Generate video"), 10, "Generate to be usable again"
        )
        assert person.can_see("Generate video")
        await person.waits(1.5)  # time enough for a second task to show up, were it made
        assert len(person.rows()) == 1, person.rows()
        # A deliberate second press, once the first is listed, is a second video.
        await person.click("Generate video")
        await person.waits_for(lambda: len(person.rows()) == 2, 30, "a second row")
        await desktop.quit()

    play(scenario)


def test_ctrl_enter_twice_quickly_makes_one_task_on_the_server(
    desktop, person, play, tmp_path, poyo
):
    photo = write_png(tmp_path / "beach.png", 640, 400)

    async def scenario() -> None:
        await desktop.start()
        await saves_settings(person, key=TEST_KEY, server=poyo.base_url, via="Add API key")
        await fills_the_form(person, photo, "A cat turns its head")
        prompt = person.find("Prompt")
        ctrl = Qt.KeyboardModifier.ControlModifier
        await person.presses(Qt.Key.Key_Return, ctrl, to=prompt)
        await person.presses(Qt.Key.Key_Return, ctrl, to=prompt)
        await person.waits_for(lambda: len(person.rows()) >= 1, 30, "a row in the list")
        await person.waits(1.5)
        assert len(person.rows()) == 1, person.rows()
        assert poyo.tasks_created == 1
        await desktop.quit()

    play(scenario)
