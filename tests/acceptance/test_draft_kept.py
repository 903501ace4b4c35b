"""Item 5: the form is kept. Every field a person filled is back after a restart, the
pictures too (even when the originals were moved away), with the person's own file
names; and what the person clears stays cleared. Issue 18: a batch is kept too."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QSpinBox

from tests.acceptance.batch_abilities import drops_pictures, good_pictures, opens_review
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


@pytest.mark.timeout(300)
def test_a_batch_is_back_after_a_restart_and_a_picture_gone_meanwhile_is_listed(
    desktop, person, play, tmp_path
):
    """Issue 18: a batch of pictures, one with its own prompt, one with its own number of
    videos, one removed, two copies of each: all of it is back after File ▸ Quit and a
    new start; a picture deleted meanwhile is listed as missing, not dropped."""
    pictures = good_pictures(tmp_path, 4)

    async def scenario() -> None:
        await desktop.start()
        await person.replaces_text(PROMPT, into="Prompt")
        await drops_pictures(person, pictures)
        await person.sees("Batch of 4 pictures", timeout=30)
        await person.clicks_row("photo-02.png")
        await person.types("A cat jumps onto the wall", into="Own prompt")
        await person.clicks_row("photo-03.png")
        await person.replaces_text("3", into="Videos of this picture")
        await person.clicks_row("photo-04.png")
        await person.click("Remove from batch")
        await person.sees("Batch of 3 pictures")
        await person.replaces_text("2", into="Copies")
        await person.sees("Review 7 videos…")  # 2 + 2 + 3
        await desktop.quit()  # File ▸ Quit

        await desktop.start()
        await person.sees("Batch of 3 pictures", timeout=30)
        await person.sees(re.compile(r"photo-02.png, .*own prompt: “A cat jumps onto the wall”"))
        await person.sees(re.compile(r"photo-03.png, .*3 copies"))
        assert not any("photo-04.png" in row for row in person.rows("Batch pictures"))
        assert person.find("Copies", QSpinBox).text() == "2"
        await person.sees(PROMPT)
        person.screenshot("batch-draft-back")
        await opens_review(person, 7)
        rows = person.rows("Videos to make")
        assert sum("A cat jumps onto the wall" in row for row in rows) == 2, rows
        assert sum(row.startswith("photo-03.png") for row in rows) == 3, rows
        await person.click("Cancel")
        await desktop.quit()

        pictures[0].unlink()  # the person deletes a photo while the app is closed
        await desktop.start()
        await person.sees("Batch of 2 pictures", timeout=30)
        await person.sees(
            "photo-01.png is missing: it was moved, renamed or deleted since the app was last open."
        )
        await person.sees(re.compile(r"photo-02.png, .*own prompt"))
        await person.sees("Review 5 videos…")
        person.screenshot("batch-draft-missing")
        await desktop.quit()

        await desktop.start()  # still listed, until the person clears the batch
        await person.sees("photo-01.png is missing", timeout=30)
        await person.click("Clear batch")
        await person.sees_not("Batch of", timeout=10)
        await desktop.quit()
        await desktop.start()
        await person.waits(1.0)  # time for a batch to be put back, were one kept
        assert not person.can_see("photo-02.png")
        await desktop.quit()

    play(scenario)
