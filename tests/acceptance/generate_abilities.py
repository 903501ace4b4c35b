"""What a person does around Generate, built only on :class:`Person`'s input events.

Filling the form (a photo dropped on the start slot, a prompt typed over what the Prompt
box held) and making a video with it; and another program holding the history file (that
last one is the world around the app, not the app: an ordinary sqlite3 connection, as a
database browser would open it). Adding a key is in ``settings_abilities``.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.acceptance.person import Person
from tests.images import write_png

START_ZONE = re.compile(r"^Start image")
END_ZONE = re.compile(r"^End image")


async def fills_the_form(person: Person, photo: Path, prompt: str) -> None:
    """A photo dropped on the start slot and ``prompt`` typed over what the Prompt box
    held; Generate usable."""
    assert await person.drops(photo, on=person.find(START_ZONE)), "the start slot refused it"
    await person.replaces_text(prompt, into="Prompt")
    await person.waits_for(
        lambda: person.is_enabled("Generate video"), 10, "Generate video to be usable"
    )


async def makes_video(person: Person, folder: Path, prompt: str) -> None:
    """A photo (made in ``folder``) dropped, ``prompt`` written, Generate video pressed."""
    photo = folder / f"photo-{abs(hash(prompt)) % 10_000}.png"
    if not photo.exists():
        write_png(photo, 640, 400)
    await fills_the_form(person, photo, prompt)
    await person.click("Generate video")


@contextmanager
def another_program_holds(database: Path) -> Iterator[None]:
    """Another program (a database browser, a backup tool) holds the file locked for
    writing, as ``BEGIN EXCLUSIVE`` does, until the block ends."""
    conn = sqlite3.connect(str(database), timeout=0, isolation_level=None)
    try:
        conn.execute("BEGIN EXCLUSIVE")
        yield
    finally:
        conn.execute("ROLLBACK")
        conn.close()
