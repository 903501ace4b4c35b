"""What a person does with a batch, built only on :class:`Person`'s input events: several
pictures dropped on the start slot, the batch's list and editor, the review sheet.

Also the test pictures of a batch: good ones, and the three kinds people drop by mistake
(a damaged photo, one too small, a text file renamed .jpg).
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.acceptance.generate_abilities import START_ZONE
from tests.acceptance.person import Person
from tests.images import write_corrupt_jpeg, write_png, write_text_as_png

REVIEW = re.compile(r"^Review \d+ videos?…$")
CONFIRM = re.compile(r"^Make \d+ videos?")


def good_pictures(folder: Path, count: int, *, start: int = 1) -> list[Path]:
    """``count`` usable pictures, each of its own size (so each is its own content)."""
    return [
        write_png(folder / f"photo-{n:02d}.png", 600 + n, 400) for n in range(start, start + count)
    ]


def bad_pictures(folder: Path) -> list[Path]:
    """A damaged photo, one too small, and a text file renamed .jpg."""
    return [
        write_corrupt_jpeg(folder / "broken.jpg"),
        write_png(folder / "tiny.png", 200, 150),
        write_text_as_png(folder / "notes.jpg"),
    ]


async def drops_pictures(person: Person, pictures: list[Path] | Path) -> None:
    """Several pictures (or a folder) dragged from a file manager onto the start slot."""
    assert await person.drops(pictures, on=person.find(START_ZONE)), "the start slot refused"


async def opens_review(person: Person, videos: int, timeout: float = 30) -> None:
    """Waits until Generate offers to review ``videos`` videos, and presses it."""
    words = f"Review {videos} video{'s' if videos != 1 else ''}…"
    await person.waits_for(lambda: _usable(person, words), timeout, f"“{words}” to be usable")
    await person.click(words)
    await person.sees(f"Make {videos} video{'s' if videos != 1 else ''}?")


def _usable(person: Person, words: str) -> bool:
    try:
        return person.is_enabled(words)
    except AssertionError:
        return False


async def confirms(person: Person, *, double: bool = False) -> None:
    """Presses the review sheet's confirm button (twice quickly, with ``double``)."""
    button = person.find(CONFIRM)
    if double:
        await person.double_click(button)
    else:
        await person.click(button)
