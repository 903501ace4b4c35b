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


@dataclass(frozen=True, slots=True)
class DraftItem:
    """A picture of the form's batch, as kept between sessions: the person's own file (a
    batch is not copied aside, it may be hundreds of photos) and what the person set for
    it. ``prompt``/``copies`` ``None``: the shared ones; ``include``: made before, and
    the person chose to make it again."""

    picture: Path
    prompt: str | None = None
    copies: int | None = None
    include: bool = False


@dataclass(frozen=True, slots=True)
class DraftBatch:
    """The form's batch, as kept between sessions. ``left_out``: (name, reason) of each
    picture refused; ``notes``: what was said about folders; ``missing``: pictures gone
    from the disk since (found when the draft is read back, never written)."""

    items: tuple[DraftItem, ...] = ()
    left_out: tuple[tuple[str, str], ...] = ()
    notes: tuple[str, ...] = ()
    missing: tuple[DraftItem, ...] = ()
