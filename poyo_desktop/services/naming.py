"""Video file names made from the app's own data, never from what a server says.

A name can never carry a path separator, so it cannot leave the download folder.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from pathlib import Path

_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_MODEL_WORD = {"kling-2.1/standard": "standard", "kling-2.1/pro": "pro"}


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


def unique_path(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name (2).mp4`` etc. when taken; always inside ``folder``."""
    name = Path(name).name  # belt and braces: drop any directory part
    candidate = folder / name
    stem, suffix = candidate.stem, candidate.suffix
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({number}){suffix}"
        number += 1
    if candidate.resolve().parent != folder.resolve():
        raise ValueError("a video name escaped its folder")
    return candidate
