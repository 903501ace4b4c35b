"""The rules of a batch: many start pictures, one set of settings, one review before paying.

Plain data and functions, no Qt and no I/O, so the window's batch form and review sheet and
the command line (``poyo-desktop batch``) decide alike:

- which files of a folder are taken (:func:`pictures_in`: the pictures directly inside,
  in the order a file manager shows them; other files are counted, not taken);
- how many videos an item makes (:func:`copies_of`), with which prompt (:func:`prompt_of`),
  and whether it is sent at all (:func:`skipped_why`: an item made before with the same
  settings is skipped unless the person includes it);
- what "made before with the same settings" means (:class:`Sameness`: the same picture
  bytes, model, length and prompt);
- the review: every video to make with its price, the total, the balance after, and every
  picture that will not be sent and why (:func:`plan`); then one :class:`JobDraft` per
  video, all with the batch's id (:func:`drafts`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from poyo_desktop.core.draft import JobDraft
from poyo_desktop.core.prices import price_credits
from poyo_desktop.core.rules import (
    MAX_COPIES,
    PRO,
    PROMPT_HARD_LIMIT,
    Problem,
    Severity,
    check_generation,
)


@dataclass(frozen=True, slots=True)
class Sameness:
    """What makes two videos "the same": the start picture's bytes (their SHA-256, as the
    history's kept copies are named), the model, the length and the prompt."""

    digest: str
    model: str
    duration: int
    prompt: str


@dataclass(frozen=True, slots=True)
class MadeBefore:
    """A video with the same settings in the history: finished ``on``, or still being
    made (``under_way``, since ``on``)."""

    on: datetime
    under_way: bool = False

    def words(self) -> str:
        """ "made before on 3 Dec", or "already being made (since 3 Dec)"."""
        day = f"{self.on.day} {self.on:%b}"
        return f"already being made (since {day})" if self.under_way else f"made before on {day}"


@dataclass(frozen=True, slots=True)
class Shared:
    """What every item of the batch shares: the form's settings. ``copies`` is how many
    videos each picture makes unless an item says otherwise."""

    model: str
    duration: int
    prompt: str
    negative_prompt: str = ""
    end_image: Path | None = None  # sent on Pro only, like the one-picture form
    end_image_original: Path | None = None
    copies: int = 1


@dataclass(frozen=True, slots=True)
class Item:
    """One start picture of the batch. ``prompt``/``copies`` ``None``: the shared ones.
    ``digest`` is "" until the picture's bytes are read; ``made_before`` is set when the
    history has a video with the same settings; ``include`` sends it anyway."""

    key: int
    picture: Path
    name: str
    digest: str = ""
    original: Path | None = None
    prompt: str | None = None
    copies: int | None = None
    made_before: MadeBefore | None = None
    include: bool = False


@dataclass(frozen=True, slots=True)
class LeftOut:
    """A picture that will not be sent, and why (in words for a person)."""

    name: str
    reason: str

    def line(self) -> str:
        """ "name: why", or only why when its words already start with the name (the
        picture checks say "tiny.png is too small …")."""
        return self.reason if self.reason.startswith(self.name) else f"{self.name}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Video:
    """One video to make: from ``item``, copy ``copy`` of its copies, at ``credits``
    (``None``: price unknown)."""

    item: Item
    copy: int
    prompt: str
    credits: int | None


@dataclass(frozen=True, slots=True)
class Plan:
    """What confirming the review would buy, and what it leaves out."""

    shared: Shared
    videos: tuple[Video, ...]
    left_out: tuple[LeftOut, ...] = ()
    price: int | None = None  # credits per video; None when unknown

    @property
    def count(self) -> int:
        return len(self.videos)

    @property
    def total_credits(self) -> int | None:
        if any(video.credits is None for video in self.videos):
            return None
        return sum(video.credits or 0 for video in self.videos)


# -- which files -----------------------------------------------------------------------------


def natural_key(name: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key for names as file managers order them: "img2" before "img10", case folded."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part)
        for part in re.split(r"(\d+)", name.casefold())
        if part
    )


def pictures_in(names: Iterable[str], suffixes: Iterable[str]) -> tuple[list[str], int]:
    """The names among a folder's files that are pictures (by their ``suffixes``, e.g.
    ".jpg"), sorted by name, and how many other files were ignored. Hidden files (".…",
    such as .DS_Store) are neither taken nor counted: the person does not see them."""
    wanted = {suffix.lower() for suffix in suffixes}
    pictures: list[str] = []
    ignored = 0
    for name in names:
        if name.startswith("."):
            continue
        if Path(name).suffix.lower() in wanted:
            pictures.append(name)
        else:
            ignored += 1
    return sorted(pictures, key=natural_key), ignored


# -- each item -------------------------------------------------------------------------------


def prompt_of(item: Item, shared: Shared) -> str:
    """The prompt ``item`` is sent with: its own when it has one (not blank), else the
    shared one."""
    return item.prompt if item.prompt and item.prompt.strip() else shared.prompt


def copies_of(item: Item, shared: Shared) -> int:
    """How many videos ``item`` makes (at least 1, at most :data:`MAX_COPIES`)."""
    wanted = item.copies if item.copies is not None else shared.copies
    return max(1, min(MAX_COPIES, wanted))


def sameness(item: Item, shared: Shared) -> Sameness | None:
    """What "the same settings" means for ``item``; ``None`` until its bytes are read."""
    if not item.digest:
        return None
    return Sameness(item.digest, shared.model, shared.duration, prompt_of(item, shared))


def skipped_why(item: Item) -> str:
    """Why ``item`` will not be sent ("" when it will): made before, not included."""
    if item.made_before is None or item.include:
        return ""
    words = item.made_before.words()
    return f"{words[:1].upper()}{words[1:]} with these settings; skipped."


def item_problems(item: Item) -> list[Problem]:
    """What is wrong with the item's own prompt (the shared settings are checked as in the
    one-picture form)."""
    own = item.prompt or ""
    if len(own) > PROMPT_HARD_LIMIT:
        return [
            Problem(
                "prompt",
                f"The prompt of {item.name} is {len(own)} characters; PoYo accepts at most "
                f"{PROMPT_HARD_LIMIT}.",
            )
        ]
    return []


def batch_problems(shared: Shared, items: Iterable[Item]) -> list[Problem]:
    """Every error of the shared settings and of each item's own settings, in form order.

    A batch has pictures by definition, so the "add a start image" rule does not apply;
    a batch whose every item is skipped or removed is refused with its own words.
    """
    items = list(items)
    found = check_generation(
        model=shared.model,
        prompt=shared.prompt,
        duration=shared.duration,
        negative_prompt=shared.negative_prompt,
        has_start_image=True,
        has_end_image=shared.end_image is not None and shared.model == PRO,
    )
    for item in items:
        found += item_problems(item)
    if not any(not skipped_why(item) for item in items):
        message = (
            "Every picture of this batch is skipped: include one, or add pictures."
            if items
            else "The batch has no pictures left. Add pictures, or clear the batch."
        )
        found.append(Problem("start_image", message))
    return found


def blocking(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity is Severity.ERROR]


# -- the review ------------------------------------------------------------------------------


def plan(shared: Shared, items: Iterable[Item], refused: Iterable[LeftOut] = ()) -> Plan:
    """Every video to make, in item order (copies together), and every picture that will
    not be sent: the ``refused`` ones (the checks' reasons) first, then the skipped."""
    price = price_credits(shared.model, shared.duration)
    videos: list[Video] = []
    left_out = list(refused)
    for item in items:
        why = skipped_why(item)
        if why:
            left_out.append(LeftOut(item.name, why))
            continue
        prompt = prompt_of(item, shared)
        videos += [Video(item, copy, prompt, price) for copy in range(copies_of(item, shared))]
    return Plan(shared, tuple(videos), tuple(left_out), price)


def balance_after(balance: float | None, total: int | None) -> float | None:
    """The balance once every video is paid for; ``None`` when either is unknown."""
    if balance is None or total is None:
        return None
    return balance - total


def affordable(balance: float | None, price: int | None, count: int) -> int:
    """How many of ``count`` videos the balance pays for (all when it is unknown)."""
    if balance is None or not price:
        return count
    return max(0, min(count, int(balance // price)))


def videos_text(count: int) -> str:
    return f"{count} video" if count == 1 else f"{count} videos"


def drafts(plan: Plan, batch_id: str) -> list[JobDraft]:
    """One draft per video of ``plan``, in order, each carrying ``batch_id`` (the end image
    only on Pro, as the one-picture form does)."""
    shared = plan.shared
    pro = shared.model == PRO
    return [
        JobDraft(
            model=shared.model,
            prompt=video.prompt,
            duration=shared.duration,
            negative_prompt=shared.negative_prompt,
            start_image=video.item.picture,
            end_image=shared.end_image if pro else None,
            start_image_original=video.item.original,
            end_image_original=shared.end_image_original if pro else None,
            batch_id=batch_id,
        )
        for video in plan.videos
    ]
