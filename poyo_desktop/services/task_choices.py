"""What a person can ask of a task that ended, and a refusal's words.

Its own module, light to import: the window reads it before its first paint, when the
jobs service (and with it the network stack) is not loaded yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from poyo_desktop.core.wording import QT_TRANSLATE_NOOP, translate


class TaskRequest(StrEnum):
    """The task menu's choices: again for a task that ended, and the send queue's for a
    task not sent yet (or taken out of line)."""

    RETRY = "retry"
    CHECK_AGAIN = "check_again"
    SUBMIT_AGAIN = "submit_again"
    PAUSE = "pause"
    RESUME = "resume"
    SEND_NEXT = "send_next"
    MOVE_UP = "move_up"
    MOVE_DOWN = "move_down"
    SEND_LAST = "send_last"
    CANCEL = "cancel"
    SEND_AFTER_ALL = "send_after_all"

    @property
    def label(self) -> str:
        """What the task menu calls it."""
        return translate("TaskChoices", _LABELS[self])


_LABELS = {
    TaskRequest.RETRY: QT_TRANSLATE_NOOP("TaskChoices", "Retry"),
    TaskRequest.CHECK_AGAIN: QT_TRANSLATE_NOOP("TaskChoices", "Check Status Again"),
    TaskRequest.SUBMIT_AGAIN: QT_TRANSLATE_NOOP("TaskChoices", "Submit Again"),
    TaskRequest.PAUSE: QT_TRANSLATE_NOOP("TaskChoices", "Pause"),
    TaskRequest.RESUME: QT_TRANSLATE_NOOP("TaskChoices", "Resume"),
    TaskRequest.SEND_NEXT: QT_TRANSLATE_NOOP("TaskChoices", "Send Next"),
    TaskRequest.MOVE_UP: QT_TRANSLATE_NOOP("TaskChoices", "Move Up"),
    TaskRequest.MOVE_DOWN: QT_TRANSLATE_NOOP("TaskChoices", "Move Down"),
    TaskRequest.SEND_LAST: QT_TRANSLATE_NOOP("TaskChoices", "Send Last"),
    TaskRequest.CANCEL: QT_TRANSLATE_NOOP("TaskChoices", "Cancel (Not Paid)"),
    TaskRequest.SEND_AFTER_ALL: QT_TRANSLATE_NOOP("TaskChoices", "Send After All"),
}

# The choices for a task that ended (they may buy a task), and the send queue's (free).
AGAIN = (TaskRequest.RETRY, TaskRequest.CHECK_AGAIN, TaskRequest.SUBMIT_AGAIN)
QUEUE = tuple(request for request in TaskRequest if request not in AGAIN)


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why a request is not carried out, in plain words: ``message`` in full (what it means
    and what the person can do), ``brief`` for beside a menu item."""

    message: str
    brief: str


@dataclass(frozen=True, slots=True)
class Unavailable:
    """The task menu's choices that cannot be done for a task, and one reason for them all
    (an unknown task's Check Status Again and Submit Again share it). The note under the
    task list, the row's tooltip and the preview all say it in these words."""

    requests: tuple[TaskRequest, ...]
    refusal: Refusal

    @property
    def heading(self) -> str:
        """'Why “Check Status Again” and “Submit Again” are not available:'."""
        quote = translate("TaskChoices", "“{name}”")
        names = [quote.format(name=request.label) for request in self.requests]
        if len(names) == 1:
            return translate("TaskChoices", "Why {name} is not available:").format(name=names[0])
        listed = translate("TaskChoices", "{names} and {last}").format(
            names=", ".join(names[:-1]), last=names[-1]
        )
        return translate("TaskChoices", "Why {names} are not available:").format(names=listed)

    @property
    def text(self) -> str:
        """The heading and the reason, in plain text."""
        return f"{self.heading} {self.refusal.message}"
