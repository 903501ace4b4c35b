"""The journey's first steps: upload the pictures, then submit the paid task.

Its own module because these are the steps before PoYo has the task, where the rule is
strict: the record says "a submit was attempted" before the paid request leaves, and
only a request that never left is tried again. :class:`Pipeline` conducts them.
"""

from __future__ import annotations

import asyncio
import functools
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

from poyo_desktop.api import (
    GenerationRequest,
    NetworkError,
    PoyoError,
    RequestInvalid,
    SubmitOutcomeUnknown,
    build_request,
)
from poyo_desktop.core.job import Job, utc_now
from poyo_desktop.core.states import JobState
from poyo_desktop.core.wording import QT_TRANSLATE_NOOP, translate
from poyo_desktop.services.history_trouble import store_reason
from poyo_desktop.services.patience import gave_up_words
from poyo_desktop.services.preflight import ImageError
from poyo_desktop.services.spending_words import refusal_words
from poyo_desktop.services.upload_image import prepare_for_upload
from poyo_desktop.store.errors import StoreError
from poyo_desktop.store.spend import Reservation

if TYPE_CHECKING:
    from poyo_desktop.services.pipeline import Pipeline

UPLOAD_SAFETY_MARGIN = timedelta(minutes=30)  # re-upload images expiring sooner than this
UPLOAD_LIFETIME = timedelta(hours=72)

Side = Literal["start", "end"]
SIDES: tuple[Side, ...] = ("start", "end")

# What a person is told of each picture, a whole sentence for each (in the window's
# language when said: core.wording; English on the command line).
_SUBJECT = {
    "start": QT_TRANSLATE_NOOP("SendStep", "The start image"),
    "end": QT_TRANSLATE_NOOP("SendStep", "The end image"),
}
_MISSING = {
    "start": QT_TRANSLATE_NOOP("SendStep", "The start image is missing."),
    "end": QT_TRANSLATE_NOOP("SendStep", "The end image is missing."),
}
_UNREADABLE = {
    "start": QT_TRANSLATE_NOOP("SendStep", "The start image could not be read: {reason}."),
    "end": QT_TRANSLATE_NOOP("SendStep", "The end image could not be read: {reason}."),
}
_UPLOAD_FAILED = {
    "start": QT_TRANSLATE_NOOP("SendStep", "Uploading the start image failed. {words}"),
    "end": QT_TRANSLATE_NOOP("SendStep", "Uploading the end image failed. {words}"),
}


class SpendGate(Protocol):
    """The spending limits, asked right before each paid submit (services/spending.py)."""

    async def reserve(self, job: Job) -> Reservation: ...
    def stopped(self, job: Job, words: str) -> None: ...


def missing_words(which: Side) -> str:
    """The job's ``which`` picture is not named in its record."""
    return translate("SendStep", _MISSING[which])


def unreadable_words(which: Side, reason: object) -> str:
    """The ``which`` picture's file could not be read (``reason``: the system's words)."""
    return translate("SendStep", _UNREADABLE[which]).format(reason=reason)


def upload_failed_words(which: Side, words: str) -> str:
    """The ``which`` picture could not be uploaded; ``words`` say why and what to do."""
    return translate("SendStep", _UPLOAD_FAILED[which]).format(words=words)


def never_sent(error: PoyoError) -> bool:
    """A request that never left the machine: repeating it cannot buy anything twice."""
    return isinstance(error, NetworkError) and not error.request_sent


async def upload(pipeline: Pipeline, job: Job) -> Job:
    config = pipeline.config()
    if job.state is JobState.DRAFT:
        job = await pipeline.commit(
            job.moved(JobState.UPLOADING, error_kind=None, error_message=None, error_detail=None)
        )
    for which in SIDES:
        path = job.start_image if which == "start" else job.end_image
        url = job.start_image_url if which == "start" else job.end_image_url
        expires = job.start_image_expires_at if which == "start" else job.end_image_expires_at
        if which == "end" and not job.sends_end_image:
            continue
        if url and (expires is None or expires - utc_now() > UPLOAD_SAFETY_MARGIN):
            continue
        if not path:
            return await pipeline.fail(job, "image", missing_words(which))
        try:
            prepared = await asyncio.to_thread(
                prepare_for_upload,
                Path(path),
                config.prepared_dir,
                subject=translate("SendStep", _SUBJECT[which]),
                keep_metadata=config.keep_metadata,
            )
            content = await asyncio.to_thread(prepared.path.read_bytes)
        except ImageError as exc:
            return await pipeline.fail(job, "image", str(exc))
        except OSError as exc:
            return await pipeline.fail(job, "image", unreadable_words(which, exc.strerror or exc))
        try:
            send = functools.partial(
                pipeline.client.upload_bytes,
                content,
                file_name=prepared.path.name,
                mime_type=prepared.mime_type,
            )
            # Nothing is charged for an upload: it is tried again while PoYo is away.
            uploaded = await pipeline.patiently(job, send, lambda error: error.retryable)
        except PoyoError as exc:
            words = gave_up_words(exc, config.patience / 60) if exc.retryable else exc.final_message
            return await pipeline.fail(job, exc.kind, upload_failed_words(which, words), exc.detail)
        expiry = uploaded.expires_at or (utc_now() + UPLOAD_LIFETIME)
        if which == "start":
            job = await pipeline.commit(
                job.with_changes(start_image_url=uploaded.file_url, start_image_expires_at=expiry)
            )
        else:
            job = await pipeline.commit(
                job.with_changes(end_image_url=uploaded.file_url, end_image_expires_at=expiry)
            )
    return await pipeline.commit(job.moved(JobState.SUBMITTING))


async def submit(pipeline: Pipeline, job: Job) -> Job:
    try:
        request = build_request(
            model=job.model,
            prompt=job.prompt,
            duration=job.duration,
            negative_prompt=job.negative_prompt,
            start_image_url=job.start_image_url,
            end_image_url=job.end_image_url if job.sends_end_image else None,
            callback_url=job.callback_url or pipeline.config().callback_url or None,
        )
    except RequestInvalid as exc:
        return await pipeline.fail(job, exc.kind, exc.message)
    if pipeline.spending is not None:
        stopped = await _check_spending(pipeline, pipeline.spending, job)
        if stopped is not None:
            return stopped
    # The record says "a submit was attempted" before the request leaves the machine.
    job = await pipeline.commit(
        job.with_changes(submit_attempts=job.submit_attempts + 1, submitted_at=utc_now())
    )
    return await _send(pipeline, job, request)


async def _send(pipeline: Pipeline, job: Job, request: GenerationRequest) -> Job:
    """The paid request, once; its answer (or its absence) recorded as the job's state."""
    try:
        submitted = await pipeline.patiently(
            job,
            lambda: pipeline.client.submit(request, idempotency_key=job.idempotency_key),
            never_sent,
        )
    except SubmitOutcomeUnknown as exc:
        return await pipeline.commit(
            job.moved(
                JobState.UNKNOWN,
                error_kind=exc.kind,
                error_message=exc.message,
                error_detail=exc.detail,
            )
        )
    except PoyoError as exc:
        words = (
            gave_up_words(exc, pipeline.config().patience / 60)
            if never_sent(exc)
            else exc.final_message
        )
        return await pipeline.fail(job, exc.kind, words, exc.detail)
    except asyncio.CancelledError:
        # Closing mid-request: the task may exist. Say so honestly, then stop.
        unknown = job.moved(
            JobState.UNKNOWN,
            error_kind="submit_unknown",
            error_message=translate(
                "SendStep",
                "The app was closed while sending this task, so it may or may not have been "
                "created.",
            ),
        )
        await asyncio.shield(pipeline.save_quietly(unknown))
        raise
    return await pipeline.commit(
        job.moved(
            JobState.QUEUED,
            remote_id=submitted.task_id,
            progress=0,
            error_kind=None,
            error_message=None,
            error_detail=None,
        )
    )


async def _check_spending(pipeline: Pipeline, gate: SpendGate, job: Job) -> Job | None:
    """Reserve this purchase against the limits; the job held (not sent) when refused,
    or failed when the ledger cannot be read (no limit is kept blind). None: go on."""
    try:
        reservation = await gate.reserve(job)
    except StoreError as exc:
        return await pipeline.fail(
            job,
            "store",
            translate(
                "SendStep",
                "Not sent: today's spending could not be checked ({reason}). Nothing was "
                "charged; try again once that is fixed.",
            ).format(reason=store_reason(exc)),
            exc.detail,
        )
    if reservation.granted:
        return None
    words = refusal_words(reservation)
    # Back to waiting in the send queue, paused: uploads are kept, nothing was bought.
    waiting = job.moved(JobState.UPLOADING) if job.state is JobState.SUBMITTING else job
    held = await pipeline.commit(
        waiting.moved(
            JobState.DRAFT,
            held=True,
            error_kind="spending_limit",
            error_message=words,
            error_detail=None,
        )
    )
    gate.stopped(held, words)
    return held
