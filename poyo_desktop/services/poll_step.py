"""The journey's waiting step: ask PoYo about the task until it has finished or failed.

Its own module because waiting has its own rules: trouble while asking is not failure
(the job says so and the app keeps asking, slower), a task "not found" for a moment is
ridden out, and only a long spell of them means PoYo no longer knows it.
:class:`Pipeline` conducts it.
"""

from __future__ import annotations

import logging
import random
import time
from typing import TYPE_CHECKING

from poyo_desktop.api import NO_RETRY, NotFound, PoyoError, RemoteStatus, TaskInfo
from poyo_desktop.core.job import Job, utc_now
from poyo_desktop.core.states import JobState
from poyo_desktop.core.wording import translate
from poyo_desktop.services.patience import trying_words

if TYPE_CHECKING:
    from poyo_desktop.services.pipeline import Pipeline

log = logging.getLogger(__name__)

MAX_POLL_INTERVAL = 60.0
STALE_AFTER = 600.0  # seconds without a good answer before a task is called stale


async def poll(pipeline: Pipeline, job: Job, *, stagger: bool = False) -> Job:
    assert job.remote_id
    interval = pipeline.config().poll_interval
    last_good = time.monotonic()
    missing_since: float | None = None  # the first "not found" since a good answer
    missing = 0
    if stagger:
        await pipeline.sleep(random.uniform(0, interval))
    first, troubled = True, False
    while True:
        if not first:
            await (pipeline.nap if troubled else pipeline.sleep)(
                interval * random.uniform(0.9, 1.1)
            )
        first, troubled = False, True
        try:
            info = await pipeline.client.status(job.remote_id, retry=NO_RETRY)
        except NotFound as exc:
            if job.backend == "demo":
                return await pipeline.fail(
                    job,
                    exc.kind,
                    translate(
                        "PollStep",
                        "The demo server was restarted, so this simulated video was lost.",
                    ),
                    exc.detail,
                )
            now = time.monotonic()
            missing_since = now if missing_since is None else missing_since
            missing += 1
            if _gone(pipeline, missing, now - missing_since):
                return await _forgotten(pipeline, job, exc, missing, now - missing_since)
            error: PoyoError = exc
        except PoyoError as exc:  # authentication, rate limits, outages: keep trying
            error = exc
        else:
            last_good = time.monotonic()
            missing_since, missing, troubled = None, 0, False
            interval = pipeline.config().poll_interval
            job, done = await apply_status(pipeline, job, info)
            if done:
                return job
            continue
        job = _note(pipeline, job, error, last_good)
        retry_after = getattr(error, "retry_after", None) or 0.0
        interval = min(MAX_POLL_INTERVAL, max(interval * 2, retry_after))


def _gone(pipeline: Pipeline, answers: int, for_seconds: float) -> bool:
    """Whether "not found" answers, all in a row, say PoYo no longer knows a task."""
    config = pipeline.config()
    return answers >= config.gone_checks and for_seconds >= config.gone_after


async def _forgotten(
    pipeline: Pipeline, job: Job, error: NotFound, answers: int, for_seconds: float
) -> Job:
    """PoYo no longer knows the task (purged, or of another account): polling on would
    never end. Failed, saying what Retry does: a new task, charged again."""
    log.warning(
        "job %s: task %s not found %d times over %.0f s; giving up on it",
        job.id,
        job.remote_id,
        answers,
        for_seconds,
    )
    minutes = max(1, round(for_seconds / 60))
    return await pipeline.fail(
        job,
        error.kind,
        forgotten_words(minutes),
        f"task {job.remote_id}: {error.detail or error.message}",
    )


def forgotten_words(minutes: int) -> str:
    """Why a task PoYo answered "not found" about for ``minutes`` is failed, and what
    Retry does (a whole sentence for one minute, and for more)."""
    if minutes == 1:
        words = translate(
            "PollStep",
            "PoYo no longer knows this task: it answered “not found” every time for 1 minute. "
            "PoYo may have removed it, or it belongs to another PoYo account (if you changed "
            "your API key). Press Retry to make the video again as a new task: it is charged "
            "again.",
        )
    else:
        words = translate(
            "PollStep",
            "PoYo no longer knows this task: it answered “not found” every time for {minutes} "
            "minutes. PoYo may have removed it, or it belongs to another PoYo account (if you "
            "changed your API key). Press Retry to make the video again as a new task: it is "
            "charged again.",
        )
    return words.format(minutes=minutes)


def _note(pipeline: Pipeline, job: Job, error: PoyoError, last_good: float) -> Job:
    """Trouble while polling is not failure: say so on the job and keep trying."""
    silent_for = time.monotonic() - last_good
    message = trying_words(error)
    if silent_for > STALE_AFTER:
        # STALE_AFTER is ten minutes: always "minutes".
        message = translate(
            "PollStep", "No good answer from PoYo for {minutes} minutes. Still trying. ({reason})"
        ).format(minutes=int(silent_for // 60), reason=error.message)
    noted = job.with_changes(
        error_kind=error.kind, error_message=message, error_detail=error.detail
    )
    pipeline.publish(noted)
    return noted


async def apply_status(pipeline: Pipeline, job: Job, info: TaskInfo) -> tuple[Job, bool]:
    """The job after PoYo's answer ``info``, and whether waiting is over."""
    progress = max(job.progress, info.progress or 0)
    cleared = {"error_kind": None, "error_message": None, "error_detail": None}
    if info.status is RemoteStatus.FAILED:
        return await pipeline.fail(
            job,
            "generation_failed",
            info.error_message
            or translate("PollStep", "PoYo could not make this video (no reason was given)."),
            f"remote status {info.raw_status!r}",
        ), True
    if info.status is RemoteStatus.FINISHED:
        try:
            video = info.video()
        except PoyoError as exc:  # it may have finished fine: Retry asks again first
            return await pipeline.fail(
                job,
                exc.kind,
                translate(
                    "PollStep",
                    "{reason} Press Retry to ask PoYo about this task again: a new one is made "
                    "(and charged) only if this one failed.",
                ).format(reason=exc.message),
                exc.detail,
            ), True
        return await pipeline.commit(
            job.moved(
                JobState.DOWNLOADING,
                progress=100,
                result_url=video.url,
                result_size=video.size,
                credits=info.credits_amount,
                remote_finished_at=info.finished_time or utc_now(),
                buy_if_failed=False,
                **cleared,
            )
        ), True
    state = {RemoteStatus.QUEUED: JobState.QUEUED, RemoteStatus.RUNNING: JobState.RUNNING}.get(
        info.status, job.state
    )
    if state is JobState.QUEUED and job.state is JobState.RUNNING:
        state = JobState.RUNNING  # never show a task going backwards
    if state != job.state:
        return await pipeline.commit(job.moved(state, progress=progress, **cleared)), False
    if progress != job.progress or job.error_message:
        updated = job.with_changes(progress=progress, **cleared)
        pipeline.publish(updated)  # progress ticks are not worth a disk write each
        return updated, False
    return job, False
