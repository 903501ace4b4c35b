"""What the form hands to the jobs service: a person's choices, before anything is sent."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class JobDraft:
    model: str
    prompt: str
    duration: int = 5
    negative_prompt: str = ""
    start_image: Path | None = None
    end_image: Path | None = None  # kept in the form on standard, but never sent there
    # Where the person picked a picture, when the one above is the history's kept copy
    # (settings used again): its name is what the person knows it by, and what is shown.
    start_image_original: Path | None = None
    end_image_original: Path | None = None
    # The batch this video belongs to (every item of one review shares it); None: alone.
    batch_id: str | None = None
