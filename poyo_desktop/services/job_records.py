"""What the jobs service writes to the task history: a new job's first record, and the
record of a job whose background work crashed.

Its own module because these are rules about a job's record (which picture names are
kept, what a crash after a submit means), not about running jobs; the jobs service
applies them.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from poyo_desktop.core.draft import JobDraft
from poyo_desktop.core.job import Job
from poyo_desktop.core.redaction import redact
from poyo_desktop.core.states import JobState
from poyo_desktop.core.wording import translate
from poyo_desktop.services.history_trouble import JobSaver, job_trace

if TYPE_CHECKING:
    from poyo_desktop.store.chains import FrameSource

log = logging.getLogger(__name__)


class JobRepository(Protocol):
    """What the service needs from the store; each call returns something to await."""

    def save(self, job: Job) -> Awaitable[None]: ...
    def get(self, job_id: str) -> Awaitable[Job | None]: ...
    def delete(self, job_id: str) -> Awaitable[None]: ...
    def unfinished(self) -> Awaitable[list[Job]]: ...
    def keep_image(self, source: Path) -> Awaitable[Path]: ...
    def frame_source(self, image: Path) -> Awaitable[FrameSource | None]: ...
    # The send queue's own (see store/queue_state.py).
    def edit_waiting(self, edited: Job) -> Awaitable[bool]: ...
    def sending_paused(self) -> Awaitable[bool]: ...
    def keep_sending_paused(self, paused: bool) -> Awaitable[None]: ...


def _original(picture: Path | None, picked: Path | None) -> str | None:
    """Where the person picked ``picture`` (kept as the job's ``…_original``, shown by
    name): ``picked`` when the draft names it (the picture is a kept copy), else itself."""
    return str(picked or picture) if picture else None


async def record_draft(
    store: JobRepository, draft: JobDraft, backend: str, *, held: bool = False
) -> Job:
    """The job for ``draft``, its pictures kept and its record saved (``held``: made while
    sending is paused, it waits until resumed)."""
    start = await store.keep_image(draft.start_image) if draft.start_image else None
    end = await store.keep_image(draft.end_image) if draft.end_image else None
    # A start taken from a video's frame makes this video continue that one.
    source = await store.frame_source(start) if start else None
    job = Job(
        model=draft.model,
        prompt=draft.prompt,
        duration=draft.duration,
        negative_prompt=draft.negative_prompt,
        start_image=str(start) if start else None,
        end_image=str(end) if end else None,
        start_image_original=_original(draft.start_image, draft.start_image_original),
        end_image_original=_original(draft.end_image, draft.end_image_original),
        backend=backend,
        batch_id=draft.batch_id,
        held=held,
        parent_id=source.job_id if source is not None else None,
    )
    await store.save(job)
    return job


def crashed(job: Job, error: BaseException) -> Job:
    """``job`` after its background work failed unforeseen: failed, or unknown when a
    submit may have left (a crash then must not invite a blind retry)."""
    sent = job.state is JobState.SUBMITTING and job.submit_attempts and not job.remote_id
    return job.with_changes(
        state=JobState.UNKNOWN if sent else JobState.FAILED,
        error_kind="internal",
        error_message=(
            translate(
                "JobRecords",
                "Something unexpected went wrong while sending this task, so it may or may "
                "not have been created.",
            )
            if sent
            else translate(
                "JobRecords",
                "Something unexpected went wrong with this task. You can try it again.",
            )
        ),
        error_detail=redact(f"{type(error).__name__}: {error}"),
    )  # kept, and shown


async def save_or_log(store: JobSaver, job: Job) -> None:
    """A save with no one to tell if it fails: the log keeps the paid task's id."""
    try:
        await store.save(job)
    except Exception as exc:
        log.error("could not save job %s (%s): %s", job.id, job_trace(job), exc)
