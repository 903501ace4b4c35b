"""Editing a video before it is sent: what may change, what the rules say of the change,
and the edit itself, made only while the job still waits.

Its own module because an edit races the send queue: a slot may take the job while the
person types. So the edit is decided on the event loop, where slots are granted (a job
that holds a slot, or is no longer waiting, is not edited), the job is kept from any slot
while the history is asked, and the history makes the check and the change in one
statement (store/queue_state.py): an edit is kept only where it was written, and a job
sent meanwhile keeps its words, with the person told so.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, replace
from typing import Any, Protocol

from poyo_desktop.core.job import Job
from poyo_desktop.core.rules import MODELS, Problem, Severity, check_generation
from poyo_desktop.core.states import JobState
from poyo_desktop.core.wording import QT_TRANSLATE_NOOP, translate
from poyo_desktop.services.history_trouble import store_reason
from poyo_desktop.services.send_queue import SendQueue

log = logging.getLogger(__name__)

_GONE = QT_TRANSLATE_NOOP(
    "QueueEdits", "This video is no longer in the list, so nothing was changed."
)


def _gone() -> str:
    return translate("QueueEdits", _GONE)


class EditStore(Protocol):
    def edit_waiting(self, edited: Job) -> Awaitable[bool]: ...


@dataclass(frozen=True, slots=True)
class Edit:
    """What a person may change before a video is sent; its pictures stay the job's."""

    prompt: str
    negative_prompt: str
    duration: int
    model: str

    @classmethod
    def of(cls, job: Job) -> Edit:
        return cls(job.prompt, job.negative_prompt, job.duration, job.model)

    def changed(self, **changes: object) -> Edit:
        return replace(self, **changes)  # type: ignore[arg-type]

    def applied(self, job: Job) -> Job:
        return job.with_changes(
            prompt=self.prompt,
            negative_prompt=self.negative_prompt,
            duration=self.duration,
            model=self.model,
        )


@dataclass(frozen=True, slots=True)
class Edited:
    job: Job


@dataclass(frozen=True, slots=True)
class NotEdited:
    """Nothing changed; ``message`` says why, in full."""

    message: str


def only_edited(job: Job, now: Job) -> bool:
    """Whether ``now`` is ``job`` but for an edit (its words, length, model): a command
    saved while an edit was made still stands, with the edit."""
    words = Edit.of(job)
    return (
        now is job
        or replace(
            now,
            prompt=words.prompt,
            negative_prompt=words.negative_prompt,
            duration=words.duration,
            model=words.model,
            updated_at=job.updated_at,
        )
        == job
    )


def edit_problems(job: Job, edit: Edit) -> list[Problem]:
    """The form's rules (core/rules) on the video as edited. Its pictures are the job's: an
    end image it ends on (on Pro) stays part of it, so Standard is refused for it."""
    return check_generation(
        model=edit.model,
        prompt=edit.prompt,
        duration=edit.duration,
        negative_prompt=edit.negative_prompt,
        has_start_image=bool(job.start_image or job.start_image_original),
        has_end_image=job.sends_end_image,
    )


def model_refusal(job: Job, model: str) -> str | None:
    """Why ``job``'s pictures do not allow ``model`` (None: they do)."""
    if model not in MODELS:
        return translate("QueueEdits", "This model is not offered.")
    refused = [
        problem.message
        for problem in edit_problems(job, Edit.of(job).changed(model=model))
        if problem.field in ("model", "end_image") and problem.severity is Severity.ERROR
    ]
    return refused[0] if refused else None


def sent_meanwhile(job: Job) -> str:
    """What an edit that came too late says: sent, so (with a key) paid."""
    if job.backend == "demo":
        return translate(
            "QueueEdits",
            "This video was sent to the demo server while you were editing it, so it can no "
            "longer change. Nothing was changed.",
        )
    return translate(
        "QueueEdits",
        "This video was sent to PoYo while you were editing it, so it is paid and can no "
        "longer change. Nothing was changed.",
    )


def why_not_editable(job: Job | None, *, has_slot: bool) -> str | None:
    """Why ``job`` cannot be edited now (None: it can): only a video waiting to be sent
    (paused or not) and not yet taken by a sending slot."""
    if job is None:
        return _gone()
    if job.state is JobState.DRAFT and not has_slot:
        return None
    if job.state is JobState.CANCELLED:
        return translate(
            "QueueEdits",
            "This video was cancelled, so nothing was changed: Send After All puts it back.",
        )
    if job.state in (JobState.DRAFT, JobState.UPLOADING):
        return translate(
            "QueueEdits",
            "This video is being sent now (its pictures are uploading), so it was not "
            "changed. Pause it first if you want to edit it.",
        )
    return sent_meanwhile(job)


class QueueEdits:
    """Edits of the jobs not sent yet, over the jobs service's ``jobs`` and ``slots``.

    ``announce`` is the service's "a job changed" signal; ``spawn`` runs background work
    as the service does.
    """

    def __init__(
        self,
        jobs: dict[str, Job],
        slots: SendQueue,
        store: EditStore,
        *,
        announce: Callable[[Job], None],
        spawn: Callable[[str, Coroutine[Any, Any, Any]], asyncio.Future[Any]],
    ) -> None:
        self._jobs = jobs
        self._slots = slots
        self._store = store
        self._announce = announce
        self._spawn = spawn
        self._editing: set[str] = set()  # kept from any slot until the history answers

    def kept_back(self, job_id: str) -> bool:
        """An edit of ``job_id`` is being written: no slot may take it meanwhile."""
        return job_id in self._editing

    def refusal(self, job: Job) -> str | None:
        """Why ``job`` cannot be edited now, or None (the task menu offers Edit…)."""
        if job.id in self._editing:
            return translate("QueueEdits", "This video is being changed already.")
        return why_not_editable(
            self._jobs.get(job.id, job), has_slot=self._slots.holds_slot(job.id)
        )

    def edit(self, job_id: str, edit: Edit) -> asyncio.Future[Edited | NotEdited]:
        """Make ``edit`` to the waiting job ``job_id``: decided, shown and kept from any slot
        at once (on the event loop, where slots are granted), and its write queued in the
        order decided; what it returns ends once the history has answered. Kept only if
        the history still said the job waits; otherwise undone, and it says why."""
        job = self._jobs.get(job_id)
        why = self._why_not(job, edit)
        if why is not None or job is None:
            answered: asyncio.Future[Edited | NotEdited] = (
                asyncio.get_running_loop().create_future()
            )
            answered.set_result(NotEdited(why or _gone()))
            return answered
        edited = edit.applied(job)
        self._put(edited)
        self._editing.add(job_id)
        self._slots.changed()  # its place in line is gone until the history answers
        written = self._store.edit_waiting(edited)
        return self._spawn(f"queue-edit-{job_id[:8]}", self._settle(job, written))

    def _why_not(self, job: Job | None, edit: Edit) -> str | None:
        if job is None:
            return _gone()
        errors = [p.message for p in edit_problems(job, edit) if p.severity is Severity.ERROR]
        return self.refusal(job) or (errors[0] if errors else None)

    async def _settle(self, before: Job, written: Awaitable[bool]) -> Edited | NotEdited:
        """The history's answer: the edit stands, or is undone (``before`` had the words)."""
        job_id = before.id
        try:
            kept = await written
        except Exception as error:  # not kept: back to what the history says
            log.error("could not save the edit of job %s: %s", job_id, error)
            return self._undo(
                before,
                translate(
                    "QueueEdits",
                    "This video could not be changed, because your task history could not be "
                    "saved ({reason}). It is as it was.",
                ).format(reason=store_reason(error)),
            )
        finally:
            self._editing.discard(job_id)
            self._slots.changed()
        if not kept:
            current = self._jobs.get(job_id)
            return self._undo(before, sent_meanwhile(current) if current else _gone())
        return Edited(self._jobs.get(job_id, before))

    def _put(self, job: Job) -> None:
        if job.id in self._jobs:  # not removed meanwhile
            self._jobs[job.id] = job
            self._announce(job)

    def _undo(self, before: Job, message: str) -> NotEdited:
        current = self._jobs.get(before.id)
        if current is not None:
            self._put(Edit.of(before).applied(current))
        return NotEdited(message)
