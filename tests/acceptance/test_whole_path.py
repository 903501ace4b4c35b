"""The whole path of a first-time user: first start in demo mode → a demo video → it plays →
quit → start again → the history and the form's draft are back and the video still plays."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QPlainTextEdit

from tests.acceptance.generate_abilities import START_ZONE
from tests.acceptance.person import FramesSeen
from tests.images import write_png


def test_first_start_demo_video_plays_and_comes_back_after_a_restart(
    desktop, person, play, tmp_path
):
    photo = write_png(tmp_path / "garden.png", 800, 600)

    async def scenario() -> None:
        await desktop.start()
        await person.sees("Demo mode")
        await person.sees("No videos yet")
        assert await person.drops(photo, on=person.find(START_ZONE))
        await person.sees("garden.png")
        await person.types("Leaves sway in a light breeze", into="Prompt")
        await person.click("Generate video")
        await person.sees(re.compile(r"Finished: Leaves sway in a light breeze"), timeout=60)
        frames = await FramesSeen.once_shown(person)
        await person.waits_for(lambda: frames.count >= 5, 20, "the video to play")
        videos = list((desktop.home / "Videos").rglob("*.mp4"))
        assert len(videos) == 1, videos  # the video is in the person's videos folder

        await desktop.restart()
        await person.sees(re.compile(r"Finished: Leaves sway in a light breeze"))
        await person.sees_not("No videos yet")
        # The draft is back too: the picture and the words, ready for a variation.
        await person.sees("garden.png")
        prompt = person.find("Prompt", QPlainTextEdit)
        await person.waits_for(
            lambda: prompt.toPlainText() == "Leaves sway in a light breeze",
            10,
            "the prompt to be back in the form",
        )
        await person.clicks_row("Leaves sway in a light breeze")
        frames = await FramesSeen.once_shown(person)
        await person.waits_for(lambda: frames.count >= 5, 20, "the video to play again")
        await desktop.quit()

    play(scenario)
