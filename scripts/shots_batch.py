"""Issue 18's screenshots, many videos at once, made by a person's input events with a key
(the sandbox standing in for PoYo, so prices, the balance and "paid" are shown):

- batch-form.png: eight pictures dropped on the start slot; one refused (too small) with
  its reason, one flagged as made before with these settings (and skipped);
- review-sheet.png: the review before paying: the videos, model and length, the price of
  each, the total in credits and dollars, the balance after, and what is not sent and why;
- queue.png: the batch in the task list, Pause Sending on: two sent (paid, running), the
  others waiting in the local queue (not paid, still editable).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from sample_pictures import scene, write
from shots_session import grab, newest_dialog, open_session

from poyo_desktop.core.states import JobState
from tests.acceptance.batch_abilities import CONFIRM
from tests.acceptance.generate_abilities import START_ZONE
from tests.acceptance.person import Person

PROMPT = "Slow camera push-in, water gently moving, soft evening light"
GOOD = ("harbour", "sunset", "lake", "alps", "desert", "forest", "meadow")
SECONDS = 30.0  # each task's life at the sandbox: the running ones outlast the screenshot


def batch_pictures(folder: Path) -> list[Path]:
    """Seven photos and a thumbnail too small for Kling, in the order a file manager lists
    them."""
    photos = [
        write(scene(1280, 720, name, seed=index), folder / f"{name}.jpg")
        for index, name in enumerate(GOOD, start=1)
    ]
    tiny = write(scene(240, 160, "bay", seed=9), folder / "thumbnail.jpg")
    return sorted([*photos, tiny], key=lambda path: path.name)


async def shoot_batch(out: Path, home: Path, renders: Path) -> None:
    # 1,030 credits: after the first video (30) the batch is reviewed against 1,000.
    session = await open_session(home, renders, key=True, task_seconds=SECONDS, credits=1030)
    person = session.person
    session.ctx.settings.update(max_concurrent=2)
    pictures = batch_pictures(home / "Pictures" / "Holiday")
    harbour = next(path for path in pictures if path.stem == "harbour")

    # The harbour was made into a video with these settings once already.
    assert await person.drops(harbour, on=person.find(START_ZONE))
    await person.replaces_text(PROMPT, into="Prompt")
    await person.waits_for(lambda: person.is_enabled("Generate video"), 20, "Generate")
    await person.click("Generate video")
    await person.waits_for(
        lambda: any(row.startswith("Finished:") for row in person.rows()), 120, "the video"
    )

    assert await person.drops(pictures, on=person.find(START_ZONE))
    await person.sees("Batch of 7 pictures", timeout=60)
    await person.sees("1 picture was made into a video with these settings before", timeout=30)
    await person.waits_for(lambda: _usable(person, "Review 6 videos…"), 30, "Review")
    await grab(session.window, out / "batch-form.png", settle=0.8)

    await person.click("Review 6 videos…")
    await person.sees("Make 6 videos?", timeout=30)
    await grab(newest_dialog("Review the batch"), out / "review-sheet.png", settle=0.8)
    await person.click(person.find(CONFIRM))

    def paid() -> int:
        return sum(1 for row in person.rows() if "· paid" in row)

    await person.waits_for(lambda: paid() >= 2, 60, "two videos sent")
    await person.click("Pause Sending")
    await person.sees(re.compile(r"^Sending paused"), timeout=10)
    jobs = session.ctx.jobs
    await person.waits_for(
        lambda: sum(1 for job in jobs.jobs() if job.state is JobState.RUNNING) >= 2,
        30,
        "two videos running",
    )
    await person.waits(1.5)  # their progress under way
    # The newest (waiting) are on top: the list scrolled to its end shows the sent ones
    # too, and a waiting one chosen shows in the preview why it is not paid.
    await person.clicks_row(re.compile(r"^Paused"))
    await person.presses(Qt.Key.Key_End, to=person.find("Tasks", QAbstractItemView))
    await person.waits(0.3)
    await person.clicks_row(re.compile(r"^Paused"))
    await grab(session.window, out / "queue.png", settle=1.0)
    await session.close()


def _usable(person: Person, words: str) -> bool:
    try:
        return person.is_enabled(words)
    except AssertionError:
        return False
