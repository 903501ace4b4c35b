"""A Generate that ended before anything was sent: which request, why, and what to do.

A press of Generate makes a job only once its record is in the history (nothing paid may
start without one). When that record cannot be written, nothing was sent and nothing is
kept in memory; the person is told in one sentence that names the request by its prompt,
says why, and says what to do, while the form keeps their choices for another press.
The words are said in the window's language (``core.wording``; English on the command
line), each a whole sentence: for one press, and for a batch (whose button is Review).
"""

from __future__ import annotations

from dataclasses import dataclass

from poyo_desktop.core.draft import JobDraft
from poyo_desktop.core.wording import translate
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
    """What a Generate ended with when no job was made; ``message`` is for a person.

    ``reason`` is why and what to do, as said after "… was not sent:"; ``batch_reason``
    the same for a batch's sending, whose button is Review rather than Generate.
    """

    draft: JobDraft
    message: str
    detail: str = ""
    reason: str = ""
    batch_reason: str = ""


def prompt_start(prompt: str, limit: int = PROMPT_SHOWN) -> str:
    """The prompt's first words, cut at a word and marked "…" when cut."""
    text = " ".join(prompt.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(",.;:") + "…"


def _reasons(error: BaseException) -> tuple[str, str]:
    """Why, and what the person can do about it: after a press of Generate, of Review."""
    if isinstance(error, StoreBusyError):
        return (
            translate(
                "NotSent",
                "the history file is in use by another program. Close that program and "
                "press Generate again.",
            ),
            translate(
                "NotSent",
                "the history file is in use by another program. Close that program and "
                "press Review again.",
            ),
        )
    if isinstance(error, DiskFullError):
        return (
            translate("NotSent", "the disk is full. Free some space and press Generate again."),
            translate("NotSent", "the disk is full. Free some space and press Review again."),
        )
    if isinstance(error, ReadOnlyError):
        one = translate(
            "NotSent", "{cause}. Press Generate again once the history can be written to."
        )
        batch = translate(
            "NotSent", "{cause}. Press Review again once the history can be written to."
        )
    elif isinstance(error, StoreError):
        one = translate("NotSent", "{cause}. Press Generate again once that is fixed.")
        batch = translate("NotSent", "{cause}. Press Review again once that is fixed.")
    else:
        return (
            translate(
                "NotSent",
                "something unexpected went wrong (the details are in the log). "
                "Press Generate again.",
            ),
            translate(
                "NotSent",
                "something unexpected went wrong (the details are in the log). Press Review again.",
            ),
        )
    cause = _cause(error)
    return one.format(cause=cause), batch.format(cause=cause)


def _cause(error: StoreError) -> str:
    """The store's cause without its "Could not save your task history:" start."""
    if error.reason:  # made by the store: its parts, in the window's language
        kept_image = error.action == KEEP_IMAGE
        whole = error.action not in (SAVE, KEEP_IMAGE)  # reading, opening: say which
        cause = (error.message if whole else error.reason).strip().rstrip(".。")
    else:  # an error made without its parts: its English sentence
        text = str(error).strip().rstrip(".。")
        kept_image = text.startswith(f"{KEEP_IMAGE}:")
        prefix = KEEP_IMAGE if kept_image else SAVE
        cause = text.removeprefix(f"{prefix}:").strip() or type(error).__name__
    if kept_image:
        return translate("NotSent", "a copy of your picture could not be kept ({cause})").format(
            cause=cause
        )
    return cause


def _said(draft: JobDraft, reasons: tuple[str, str], detail: str = "") -> NotSent:
    named = prompt_start(draft.prompt)
    if named:
        words = translate("NotSent", "Your video “{prompt}” was not sent: {reason}")
    else:
        words = translate("NotSent", "Your video was not sent: {reason}")
    one, batch = reasons
    return NotSent(
        draft,
        words.format(prompt=named, reason=one),
        detail,
        reason=one,
        batch_reason=batch,
    )


def not_sent(draft: JobDraft, error: BaseException) -> NotSent:
    """The person's words for a Generate that could not be recorded, hence not sent."""
    return _said(draft, _reasons(error), f"{type(error).__name__}: {error}")


def backend_not_started(draft: JobDraft) -> NotSent:
    """The demo server a Generate waited for could not be started."""
    return _said(
        draft,
        (
            translate(
                "NotSent",
                "the demo server could not be started. Press Generate to try again.",
            ),
            translate(
                "NotSent",
                "the demo server could not be started. Press Review to try again.",
            ),
        ),
    )
