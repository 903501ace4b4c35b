"""What a history search means: the filter, and the folding that makes text match."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from poyo_desktop.core.states import JobState

if TYPE_CHECKING:
    from poyo_desktop.core.job import Job

# Separates prompt and negative prompt in search_text so a match never spans both.
_SEPARATOR = "\x1f"


@dataclass(frozen=True, slots=True)
class JobQuery:
    """A filter on the history. None means "any"; an empty set matches nothing.

    ``text`` matches, ignoring case, anywhere in the prompt or the negative prompt.
    Any iterable is accepted for ``states``/``models`` and frozen on the way in.
    """

    text: str = ""
    states: frozenset[JobState] | None = None
    models: frozenset[str] | None = None

    def __post_init__(self) -> None:
        if self.states is not None:
            object.__setattr__(self, "states", frozenset(JobState(s) for s in self.states))
        if self.models is not None:
            object.__setattr__(self, "models", frozenset(str(m) for m in self.models))


def fold(text: str) -> str:
    """Case- and form-insensitive version of ``text`` for substring search."""
    return unicodedata.normalize("NFC", text).casefold()


def search_text(job: Job) -> str:
    return fold(job.prompt) + _SEPARATOR + fold(job.negative_prompt)


def search_needle(text: str) -> str:
    """What a person typed, folded like :func:`search_text`; empty means no filter."""
    return fold(text.strip()).replace(_SEPARATOR, "")
