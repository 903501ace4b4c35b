"""Item 17: Generate while another program holds the history file.

The press says which video was not sent and why, in plain words; the form keeps what the
person chose; no task appears (nor lingers in memory); a later press, once the other
program has let go, makes the video."""

from __future__ import annotations

import re

from tests.acceptance.generate_abilities import (
    START_ZONE,
    another_program_holds,
    fills_the_form,
)
from tests.images import write_png

PROMPT = "The lighthouse beam sweeps across the stormy sea at night"


def test_a_locked_history_says_which_video_was_not_sent_and_a_later_press_works(
    desktop, person, play, tmp_path
):
    photo = write_png(tmp_path / "lighthouse.png", 640, 400)

    async def scenario() -> None:
        await desktop.start()
        await fills_the_form(person, photo, PROMPT)
        with another_program_holds(desktop.data_dir / "data" / "history.sqlite3"):
            await person.click("Generate video")
            said = await person.sees(re.compile(r"was not sent"), timeout=30)
            assert "The lighthouse beam sweeps" in said, said
            assert "in use by another program" in said, said
            assert "Generate again" in said, said
            assert not person.can_see("Something went wrong")
            person.screenshot("item17-history-locked")
            # Nothing was made, and the form is as the person left it.
            assert person.rows() == []
            assert person.find("Prompt").toPlainText() == PROMPT
            assert person.can_see("lighthouse.png")
            assert person.find(START_ZONE) is not None
            await person.waits_for(
                lambda: person.is_enabled("Generate video"), 5, "Generate to be usable again"
            )
        await person.click("Generate video")
        await person.sees(re.compile(r"Finished"), timeout=60)
        assert len(person.rows()) == 1, person.rows()
        assert not person.can_see(re.compile(r"was not sent"))
        await desktop.quit()

    play(scenario)
