"""Item 5: the form is kept. Every field a person filled is back after a restart, the
pictures too (even when the originals were moved away), with the person's own file
names; and what the person clears stays cleared."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton

from tests.acceptance.generate_abilities import END_ZONE, START_ZONE
from tests.images import write_png

PROMPT = "Waves roll in slowly while the camera drifts right"
NEGATIVE = "blur, text"


def _checked(person, name: str) -> bool:
    return person.find(name, QAbstractButton, usable=False).isChecked()


def test_every_field_is_back_after_a_restart_until_the_person_clears_it(
    desktop, person, play, tmp_path
):
    photos = tmp_path / "photos"
    photos.mkdir()
    beach = write_png(photos / "beach.png", 640, 400)
    sunset = write_png(photos / "sunset.png", 640, 400)

    async def scenario() -> None:
        await desktop.start()
        await person.click("Pro model")
        assert await person.drops(beach, on=person.find(START_ZONE))
        assert await person.drops(sunset, on=person.find(END_ZONE))
        await person.types(PROMPT, into="Prompt")
        await person.click("Negative prompt (optional)")
        await person.types(NEGATIVE, into="Negative prompt")
        await person.click("Length 10 seconds")
        await person.sees("sunset.png")
        await desktop.quit()

        # The person tidies their photos folder: the originals are gone.
        for photo in (beach, sunset):
            photo.rename(tmp_path / f"moved-{photo.name}")

        await desktop.start()
        await person.sees(PROMPT)
        await person.sees(NEGATIVE)
        await person.sees("beach.png")
        await person.sees("sunset.png")
        assert _checked(person, "Pro model")
        assert _checked(person, "Length 10 seconds")
        await person.sees(re.compile(r"640 × 400 px"))  # checked afresh, and fine
        await person.waits_for(
            lambda: person.is_enabled("Generate video"), 10, "Generate to be usable"
        )
        assert not person.can_see(re.compile(r"[0-9a-f]{16}"))  # no stored copy's name
        person.screenshot("item05-draft-back")

        # What the person clears stays cleared.
        await person.click("Remove start image")
        await person.click("Remove end image")
        await person.replaces_text("", into="Prompt")
        await person.sees_not("beach.png")
        await desktop.quit()

        await desktop.start()
        await person.waits(1.0)  # time for a draft to be put back, were one kept
        assert not person.can_see(PROMPT)
        assert not person.can_see("beach.png")
        assert not person.can_see("sunset.png")
        assert person.can_see(NEGATIVE)  # not cleared by the person: kept
        assert _checked(person, "Pro model")
        await desktop.quit()

    play(scenario)


def test_a_video_made_from_a_kept_draft_goes_by_the_persons_file_name(
    desktop, person, play, tmp_path
):
    photo = write_png(tmp_path / "harbour.png", 640, 400)

    async def scenario() -> None:
        await desktop.start()
        assert await person.drops(photo, on=person.find(START_ZONE))
        await person.types("Boats rock gently", into="Prompt")
        await person.sees("harbour.png")
        await desktop.quit()
        photo.rename(tmp_path / "moved.png")

        await desktop.start()  # the draft is back, from its kept copy
        await person.sees("harbour.png")
        await person.click("Generate video")
        await person.sees(re.compile(r"Finished: Boats rock gently"), timeout=60)
        await person.click("Remove start image")
        await person.sees_not("harbour.png")
        await person.clicks_row("Boats rock gently")
        await person.chooses_menu("Task", "Use These Settings Again")
        await person.sees("harbour.png")
        assert not person.can_see(re.compile(r"[0-9a-f]{16}"))  # no stored copy's name
        await desktop.quit()

    play(scenario)
