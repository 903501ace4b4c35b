"""What a person can ask of a task that ended, and a refusal's words.

Its own module, light to import: the window reads it before its first paint, when the
jobs service (and with it the network stack) is not loaded yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class TaskRequest(StrEnum):
    """The task menu's choices for a task that ended."""

    RETRY = "retry"
    CHECK_AGAIN = "check_again"
    SUBMIT_AGAIN = "submit_again"


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why a request is not carried out, in plain words: ``message`` in full (what it means
    and what the person can do), ``brief`` for beside a menu item."""

    message: str
    brief: str
