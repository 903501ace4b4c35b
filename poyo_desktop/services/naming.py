"""Video file names made from the app's own data, never from what a server says.

A name can never carry a path separator, so it cannot leave the download folder.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Collection
from datetime import datetime
from pathlib import Path

from poyo_desktop.core.rules import PRO, STANDARD

_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_MODEL_WORD = {STANDARD: "standard", PRO: "pro"}


def slug(text: str, limit: int = 40) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = _NOT_SLUG.sub("-", ascii_text.lower()).strip("-")
    if len(words) > limit:
        words = words[:limit].rsplit("-", 1)[0] or words[:limit]
    return words or "video"


def video_name(created: datetime, model: str, prompt: str) -> str:
    """e.g. ``2026-11-25 2231 standard a-cat-surfing-a-wave.mp4``."""
    stamp = created.astimezone().strftime("%Y-%m-%d %H%M")
    return f"{stamp} {_MODEL_WORD.get(model, 'video')} {slug(prompt)}.mp4"


def unique_path(folder: Path, name: str, taken: Collection[Path] = ()) -> Path:
    """``folder/name``, or ``name (2).mp4`` etc. when taken; always inside ``folder``.

    A name is taken when a file has it or when it is in ``taken`` (names promised to
    downloads still under way, whose files do not exist yet).
    """
    name = Path(name).name  # belt and braces: drop any directory part
    candidate = folder / name
    stem, suffix = candidate.stem, candidate.suffix
    number = 2
    while os.path.lexists(candidate) or _absolute(candidate) in taken:
        candidate = folder / f"{stem} ({number}){suffix}"
        number += 1
    if candidate.resolve().parent != folder.resolve():
        raise ValueError("a video name escaped its folder")
    return candidate


def _absolute(path: Path) -> Path:
    return Path(os.path.abspath(path))


class NameBook:
    """Which video names the downloads under way have been promised, one per job.

    A job's name is chosen (and saved in its record) when its download starts, but its
    file appears only at the end: without this book two jobs with the same prompt, or a
    job and the one that was cut off by a crash, could be promised the same name and the
    second rename would replace the first video.
    """

    def __init__(self) -> None:
        self._owner: dict[Path, str] = {}  # promised path -> job id

    def hold(self, path: Path, owner: str) -> bool:
        """Promise ``path`` to ``owner`` (e.g. the name saved before a crash); False when
        another job holds it already."""
        path = _absolute(path)
        holder = self._owner.get(path)
        if holder is not None and holder != owner:
            return False
        self.release(owner)
        self._owner[path] = owner
        return True

    def claim(self, folder: Path, name: str, owner: str) -> Path:
        """A free name in ``folder`` (no file, promised to nobody else), now ``owner``'s."""
        self.release(owner)
        path = unique_path(folder, name, taken=self._owner.keys())
        self._owner[_absolute(path)] = owner
        return path

    def release(self, owner: str) -> None:
        """Forget ``owner``'s promise: its file exists now, or it will not be written."""
        for path in [p for p, holder in self._owner.items() if holder == owner]:
            del self._owner[path]

    def holder(self, path: Path) -> str | None:
        return self._owner.get(_absolute(path))
