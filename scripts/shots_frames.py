"""Issue 19's screenshots, pictures and frames, made in demo mode by a person's input events:

- fix-dialog.png: a 3000 × 400 harbour panorama dropped on the start slot, refused as too
  wide, and the fixer opened on it (the crop frame held to 16:9, the result beside it);
- compare.png: the Pro video made from the fixed picture and an end image, compared with
  them (start image beside the first frame, end image beside the last);
- chain.png: the next video, continued from that one's last frame, in the list with it.
"""

from __future__ import annotations

import re
from pathlib import Path

from sample_pictures import phone_jpeg, scene, write
from shots_session import Session, grab, newest_dialog, open_session

from tests.acceptance.generate_abilities import END_ZONE, START_ZONE
from tests.acceptance.queue_abilities import right_clicks_and_chooses

FIRST = "Boats rock gently in the harbour as the sun goes down"
SECOND = "The lights of the harbour come on one by one"


async def finished(session: Session, prompt: str) -> None:
    person = session.person
    await person.waits_for(
        lambda: any(row.startswith(f"Finished: {prompt},") for row in person.rows()),
        120,
        f"the video “{prompt}” to finish",
    )


async def shoot_frames(out: Path, home: Path, renders: Path) -> None:
    session = await open_session(home, renders, task_seconds=6.0)
    person = session.person
    pictures = home / "Pictures"
    panorama = phone_jpeg(scene(3000, 400, "bay", seed=4), pictures / "harbour panorama.jpg")
    dusk = write(scene(1280, 720, "dusk", seed=5), pictures / "harbour at dusk.jpg")

    assert await person.drops(panorama, on=person.find(START_ZONE))
    await person.sees("The start image is too wide (3000 × 400 px)", timeout=20)
    await person.click("Fix this picture")
    await person.waits_for(lambda: _open("Fix the"), 10, "the fixer")
    await person.sees("Result: 711 × 400 px (16:9).", timeout=20)
    await grab(newest_dialog("Fix the"), out / "fix-dialog.png", settle=0.8)
    await person.click("Use this picture")
    await person.sees(re.compile(r"Cropped to 16:9 \(711 × 400 px\)"), timeout=30)

    await person.click("Pro model")
    assert await person.drops(dusk, on=person.find(END_ZONE))
    await person.replaces_text(FIRST, into="Prompt")
    await person.waits_for(lambda: person.is_enabled("Generate video"), 20, "Generate")
    await person.click("Generate video")
    await finished(session, FIRST)

    await person.clicks_row(re.compile(re.escape(f": {FIRST},")))
    await person.chooses_menu("Task", "Compare with Pictures")
    await person.sees("The video's first frame beside the picture it started from", timeout=30)
    compare = newest_dialog("Compare with Pictures")
    await grab(compare, out / "compare.png", settle=0.8)
    compare.close()
    await person.window_manager_activates()

    await right_clicks_and_chooses(person, FIRST, "Continue from Last Frame")
    await person.sees("The last frame is the start image now", timeout=30)
    await person.types(SECOND)  # the old prompt is selected: typing replaces it
    await person.click("Generate video")
    await finished(session, SECOND)
    await person.clicks_row(re.compile(re.escape(f": {SECOND},")))
    await person.waits(2.0)  # the preview starts playing the chained video
    await grab(session.window, out / "chain.png")
    await session.close()


def _open(title_start: str) -> bool:
    try:
        newest_dialog(title_start)
    except LookupError:
        return False
    return True
