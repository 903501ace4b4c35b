"""Item 1: a selected task that finishes shows its video, ready to play, at once."""

from __future__ import annotations

import re

from tests.acceptance.generate_abilities import START_ZONE
from tests.acceptance.person import FramesSeen
from tests.images import write_png


def test_the_finished_video_plays_in_the_preview_without_another_click(
    desktop, person, play, tmp_path
):
    photo = write_png(tmp_path / "beach.png", 640, 400)

    async def scenario() -> None:
        await desktop.start()
        assert await person.drops(photo, on=person.find(START_ZONE))
        await person.types("Waves roll in slowly", into="Prompt")
        await person.click("Generate video")
        await person.sees(re.compile(r"Finished"), timeout=60)
        # No click on the row, no double-click: the video is there and plays.
        await person.sees_not("Downloading the video…", timeout=10)
        await person.waits_for(
            lambda: (
                person.is_enabled(
                    "Save as",
                )
                and person.is_enabled("Show in folder")
            ),
            10,
            "Save as and Show in folder to be usable",
        )
        frames = await FramesSeen.once_shown(person)
        await person.waits_for(lambda: frames.count >= 5, 20, "the video to play")
        person.screenshot("item01-finished-video")
        await desktop.quit()

    play(scenario)
