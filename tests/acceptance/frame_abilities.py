"""What a person does with a finished video's frames, built only on :class:`Person`'s input
events: choose from the preview's Frames menu, read which frame the preview holds, and
read what a picture slot shows.

Its own module: the frames' tests need these, and the Person stays about seeing and
touching any widget.
"""

from __future__ import annotations

import asyncio
import re

from PySide6.QtWidgets import QLabel, QMenu, QWidget

from tests.acceptance import reading
from tests.acceptance.person import NotOnScreen, Person
from tests.acceptance.queue_abilities import open_menu

FRAME_SHOWN = re.compile(r"^\d\d:\d\d\.\d{3} · frame (\d+)$")


def frame_held(person: Person) -> int | None:
    """The frame the preview says it holds ("00:00.125 · frame 3"), or None."""
    for line in person.texts():
        found = FRAME_SHOWN.match(line)
        if found:
            return int(found.group(1))
    return None


async def holds_frame(person: Person, index: int) -> None:
    await person.waits_for(lambda: frame_held(person) == index, 10, f"frame {index} to show")


async def opens_frames_menu(person: Person) -> QMenu:
    """Click Frames under the video; the menu it opens."""
    await person.click("Frames")
    await person.waits_for(lambda: open_menu() is not None, 5, "the Frames menu to open")
    menu = open_menu()
    assert menu is not None
    return menu


def entry_enabled(menu: QMenu, text: str) -> bool:
    for action in menu.actions():
        if reading.matches(reading.clean(action.text()), text, whole=True, prefix=True):
            return action.isEnabled()
    raise NotOnScreen(f"no entry {text!r} in the menu")


async def chooses_in_frames_menu(person: Person, entry: str) -> None:
    menu = await opens_frames_menu(person)
    person.clicks_in_open_menu(menu, entry)
    await asyncio.sleep(0)
    await person.window_manager_activates()


def slot_texts(person: Person, slot: re.Pattern[str]) -> list[str]:
    """What a picture slot ("Start image…", "End image…") shows: its visible labels."""
    zone = person.find(slot)
    assert isinstance(zone, QWidget)
    return [reading.clean(label.text()) for label in zone.findChildren(QLabel) if label.isVisible()]
