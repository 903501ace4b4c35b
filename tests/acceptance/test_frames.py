"""Issue 19, frames: a finished video continued from its last frame (the next video of a
chain, shown with its parent), a frame stepped to with "." and "," used as the end image
on Pro, and a video compared with its pictures and made into a loop.

Demo videos here are 640 px wide, so their frames are pictures Kling takes (300 px at
least on the short side).
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QRadioButton

from tests.acceptance.frame_abilities import (
    chooses_in_frames_menu,
    entry_enabled,
    frame_held,
    holds_frame,
    opens_frames_menu,
    slot_texts,
)
from tests.acceptance.generate_abilities import END_ZONE, START_ZONE
from tests.acceptance.person import FramesSeen, Person
from tests.acceptance.queue_abilities import closes_menu, right_clicks_and_chooses
from tests.images import write_png

FIRST = "Waves roll in slowly"
SECOND = "The wave breaks on the rocks"
VIDEO_SIZE = 640


async def finished(person: Person, prompt: str) -> str:
    """Wait for the task of ``prompt`` to finish; its row as a screen reader says it."""
    rows: list[str] = []

    def done() -> bool:
        rows[:] = [row for row in person.rows() if row.startswith(f"Finished: {prompt},")]
        return bool(rows)

    await person.waits_for(done, 120, f"the video “{prompt}” to finish")
    return rows[0]


def checked(person: Person, name: str) -> bool:
    radio = person.find(name, QRadioButton)
    assert isinstance(radio, QRadioButton)
    return radio.isChecked()


def text_of(person: Person, name: str) -> str:
    field = person.find(name, QPlainTextEdit)
    assert isinstance(field, QPlainTextEdit)
    return field.toPlainText()


def test_continue_from_the_last_frame_makes_the_next_video_of_a_chain(
    desktop, person, play, tmp_path
):
    photo = write_png(tmp_path / "beach.png", 640, 400)

    async def scenario() -> None:
        await desktop.start(video_size=VIDEO_SIZE)
        assert await person.drops(photo, on=person.find(START_ZONE))
        await person.click("Pro model")
        await person.click("Length 10 seconds")
        await person.click("Negative prompt (optional)")
        await person.types("blurry, text", into="Negative prompt")
        await person.replaces_text(FIRST, into="Prompt")
        await person.click("Generate video")
        await finished(person, FIRST)

        await right_clicks_and_chooses(person, FIRST, "Continue from Last Frame")
        await person.sees("The last frame is the start image now", timeout=30)
        await person.sees("640 × 400 px", timeout=10)  # the picture's check, a moment later
        start = " ".join(slot_texts(person, START_ZONE))
        assert "last frame of" in start and "640 × 400 px" in start, start
        # The same settings: model, length, what to avoid; the prompt ready to be replaced.
        assert checked(person, "Pro model") and checked(person, "Length 10 seconds")
        assert text_of(person, "Negative prompt") == "blurry, text"
        await person.types(SECOND)  # no click: the old prompt is selected, typing replaces it
        assert text_of(person, "Prompt") == SECOND
        person.screenshot("frames-continue-form")

        await person.click("Generate video")
        row = await finished(person, SECOND)
        assert row.endswith(f"Pro, 10 s. Continues “{FIRST}”"), row
        assert any(r.startswith(f"Finished: {FIRST},") for r in person.rows())
        person.screenshot("frames-chain-in-the-list")
        await desktop.quit()

    play(scenario)


def test_a_frame_stepped_to_becomes_the_end_image_on_pro(desktop, person, play, tmp_path):
    photo = write_png(tmp_path / "harbour.png", 640, 400)

    async def scenario() -> None:
        await desktop.start(video_size=VIDEO_SIZE)
        assert await person.drops(photo, on=person.find(START_ZONE))
        await person.replaces_text(FIRST, into="Prompt")
        await person.click("Generate video")
        await finished(person, FIRST)
        frames = FramesSeen(person)
        await person.waits_for(lambda: frames.count >= 5, 20, "the video to play")

        preview = person.find("Video preview")
        await person.click(preview)  # the preview takes the keys now
        await person.presses(Qt.Key.Key_Period)
        await person.waits_for(lambda: frame_held(person) is not None, 10, "a frame to be held")
        await person.waits(0.3)
        here = frame_held(person)
        assert here is not None
        await person.presses(Qt.Key.Key_Period)
        await holds_frame(person, here + 1)
        await person.presses(Qt.Key.Key_Comma)
        await person.presses(Qt.Key.Key_Comma)
        await holds_frame(person, here - 1)

        # Standard takes no end image: the Frames menu says so, greyed out.
        menu = await opens_frames_menu(person)
        assert not entry_enabled(menu, "Use This Frame as End Image")
        await closes_menu(person)
        await person.click("Pro model")
        await chooses_in_frames_menu(person, "Use This Frame as End Image")
        await person.sees(f"Frame {here - 1} is the end image now.", timeout=20)
        for _ in range(100):  # the picture's check, a moment later
            if "640 × 400 px" in " ".join(slot_texts(person, END_ZONE)):
                break
            await asyncio.sleep(0.1)
        end = " ".join(slot_texts(person, END_ZONE))
        assert f"frame {here - 1} of" in end and "640 × 400 px" in end, end
        assert frame_held(person) == here - 1  # still held where it was chosen
        person.screenshot("frames-end-image-from-a-frame")
        await desktop.quit()

    play(scenario)


def test_a_video_compared_with_its_pictures_and_made_a_loop(desktop, person, play, tmp_path):
    photo = write_png(tmp_path / "lighthouse.png", 640, 400)

    async def scenario() -> None:
        await desktop.start(video_size=VIDEO_SIZE)
        assert await person.drops(photo, on=person.find(START_ZONE))
        await person.replaces_text(FIRST, into="Prompt")
        await person.click("Generate video")
        await finished(person, FIRST)
        await person.clicks_row(re.compile(re.escape(f": {FIRST},")))

        await person.chooses_menu("Task", "Compare with Pictures")
        await person.sees("The video's first frame beside the picture it started from.")
        assert person.find("Start image").isVisible() and person.find("First frame").isVisible()
        compare = person.find("Compare with Pictures")
        person.screenshot("frames-compare-view", widget=compare.window())
        await person.click(person.find("Close"))

        await person.chooses_menu("Task", "Make a Loop…")
        ready = await person.sees(re.compile(r"The loop is ready, .+ “.+ loop\.mp4”"), timeout=60)
        name = re.search(r"“(.+ loop\.mp4)”", ready)
        assert name is not None
        videos = [p for p in Path(desktop.home).rglob(name.group(1))]
        assert len(videos) == 1 and videos[0].stat().st_size > 0
        person.screenshot("frames-loop-ready", widget=person.find("Make a Loop").window())
        await person.click(person.find("Close"))
        await desktop.quit()

    play(scenario)
