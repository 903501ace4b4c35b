"""A Generate that ended before anything was sent: which request, why, and what to do.

A press of Generate makes a job only once its record is in the history (nothing paid may
start without one). When that record cannot be written, nothing was sent and nothing is
kept in memory; the person is told in one sentence that names the request by its prompt,
says why, and says what to do, while the form keeps their choices for another press.
"""

from __future__ import annotations

from dataclasses import dataclass

from poyo_desktop.core.draft import JobDraft
from poyo_desktop.store.errors import (
    KEEP_IMAGE,
    SAVE,
    DiskFullError,
    ReadOnlyError,
    StoreBusyError,
    StoreError,
)

PROMPT_SHOWN = 32  # characters of the prompt that name the request


@dataclass(frozen=True, slots=True)
class NotSent:
    """What a Generate ended with when no job was made; ``message`` is for a person."""

    draft: JobDraft
    message: str
    detail: str = ""


def prompt_start(prompt: str, limit: int = PROMPT_SHOWN) -> str:
    """The prompt's first words, cut at a word and marked "…" when cut."""
    text = " ".join(prompt.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(",.;:") + "…"


def _reason(error: BaseException) -> str:
    """Why, and what the person can do about it."""
    if isinstance(error, StoreBusyError):
        return (
            "the history file is in use by another program. Close that program "
            "and press Generate again."
        )
    if isinstance(error, DiskFullError):
        return "the disk is full. Free some space and press Generate again."
    if isinstance(error, ReadOnlyError):
        cause = _cause(error)
        return f"{cause}. Press Generate again once the history can be written to."
    if isinstance(error, StoreError):
        return f"{_cause(error)}. Press Generate again once that is fixed."
    return "something unexpected went wrong (the details are in the log). Press Generate again."


def _cause(error: StoreError) -> str:
    """The store's sentence without its "Could not save your task history:" start."""
    text = str(error).strip().rstrip(".")
    if text.startswith(f"{KEEP_IMAGE}:"):
        cause = text.removeprefix(f"{KEEP_IMAGE}:").strip()
        return f"a copy of your picture could not be kept ({cause})"
    return text.removeprefix(f"{SAVE}:").strip() or type(error).__name__


def not_sent(draft: JobDraft, error: BaseException) -> NotSent:
    """The person's words for a Generate that could not be recorded, hence not sent."""
    named = prompt_start(draft.prompt)
    what = f"Your video “{named}”" if named else "Your video"
    return NotSent(
        draft, f"{what} was not sent: {_reason(error)}", f"{type(error).__name__}: {error}"
    )


def backend_not_started(draft: JobDraft) -> NotSent:
    """The demo server a Generate waited for could not be started."""
    named = prompt_start(draft.prompt)
    what = f"Your video “{named}”" if named else "Your video"
    return NotSent(
        draft,
        f"{what} was not sent: the demo server could not be started. Press Generate to try again.",
    )
