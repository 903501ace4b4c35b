"""One job's journey: upload → submit → poll → download, resumable from any saved state.

Plain asyncio, no Qt: the jobs service wraps it and turns ``publish`` calls into signals.
Every state change is saved *before* the next step starts, so a crash at any instant leaves
an honest record; above all, a job is saved as "submitting" before its paid request leaves.

:class:`Pipeline` is the conductor: it records each version of a job and decides which
step comes next. The steps live in their own modules: ``send_step`` (upload and submit),
``poll_step`` (waiting for PoYo) and ``download_step`` (the video to disk).
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from poyo_desktop.api import PoyoError
from poyo_desktop.core.job import Job
from poyo_desktop.core.states import JobState
from poyo_desktop.core.wording import translate
from poyo_desktop.runtime.background_imports import import_in_background
from poyo_desktop.services.history_trouble import JobSaver, SaveFailed, job_trace, store_reason
from poyo_desktop.services.naming import NameBook
from poyo_desktop.services.patience import Wake, patiently, trying_words

if TYPE_CHECKING:  # the client (httpx) is loaded by whoever makes one, when one is needed
    from poyo_desktop.api.protocol import PoyoApi
    from poyo_desktop.services.send_step import SpendGate

#: The steps of a job's journey (uploads and their picture checks, status checks, downloads
#: and their MP4 checks): loaded on a worker thread when the first job runs, not at start-up,
#: so a window that sends nothing does not hold them.
STEPS = (
    "poyo_desktop.services.send_step",
    "poyo_desktop.services.poll_step",
    "poyo_desktop.services.download_step",
)

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class PipelineConfig:
    download_dir: Path
    prepared_dir: Path
    poll_interval: float = 10.0
    callback_url: str | None = None
    keep_metadata: bool = False  # a photo's place and camera go with it (Settings)
    # PoYo mode: a task that answers "not found" this long, this many times in a row
    # (nothing good in between), is one PoYo no longer knows. A shorter spell is ridden
    # out: a task may not be found for a moment right after it was made.
    gone_after: float = 300.0
    gone_checks: int = 3
    # How long a step that charges nothing (an upload, a request that never left) is
    # tried again while PoYo cannot be reached, before the job fails saying so.
    patience: float = 600.0


T = TypeVar("T")


class Pipeline:
    """Moves jobs forward. ``publish`` tells listeners about every new version of a job.

    The steps use what it holds: ``client``, ``config()``, ``publish``, ``sleep`` and
    ``names``, and its ways to record (:meth:`commit`, :meth:`fail`) and to wait.
    """

    def __init__(
        self,
        client: PoyoApi,
        saver: JobSaver,
        config: Callable[[], PipelineConfig],
        publish: Callable[[Job], None],
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        names: NameBook | None = None,
        wake: Wake | None = None,
        spending: SpendGate | None = None,
    ) -> None:
        """``names`` is shared by every pipeline of one app, so no two downloads are
        promised the same file name; ``wake`` too, so PoYo's return wakes every job
        pausing after trouble, whichever server's. ``spending`` keeps the limits before
        each paid submit (none: no limits)."""
        self.spending = spending
        self.client = client
        self._wake = wake if wake is not None else Wake()
        self.names = names if names is not None else NameBook()
        self._saver = saver
        self.config = config
        self.publish = publish
        self.sleep = sleep

    # -- recording -------------------------------------------------------------------------

    async def commit(self, job: Job) -> Job:
        """Save, then tell listeners. A failed save is raised: callers decide what it stops."""
        try:
            await self._saver.save(job)
        except Exception as exc:
            log.error("could not save job %s (%s): %s", job.id, job_trace(job), exc)
            self.publish(job)
            raise SaveFailed(str(exc), job) from exc
        self.publish(job)
        return job

    async def fail(self, job: Job, kind: str, message: str, detail: str = "") -> Job:
        """Failed, and saved so if possible. Retry's decision to buy a new task stays
        only for PoYo's own "failed": any other end leaves it nothing to act on."""
        failed = job.moved(
            JobState.FAILED,
            error_kind=kind,
            error_message=message,
            error_detail=detail or None,
            buy_if_failed=job.buy_if_failed and kind == "generation_failed",
        )
        try:
            return await self.commit(failed)
        except SaveFailed:
            return failed

    # -- the journey -----------------------------------------------------------------------

    async def run(self, job: Job, *, resumed: bool = False) -> Job:
        """Drive ``job`` from its saved state to finished, failed or unknown.

        ``resumed`` jobs (picked up at start-up) spread their first status check over one
        polling interval, so hundreds of them do not all ask at the same instant.
        """
        if STEPS[-1] not in sys.modules:
            await import_in_background(*STEPS)
        from poyo_desktop.services import download_step, poll_step, send_step

        try:
            if job.state in (JobState.DRAFT, JobState.UPLOADING):
                job = await send_step.upload(self, job)
                if job.state is not JobState.SUBMITTING:
                    return job
                job = await send_step.submit(self, job)
            elif job.state is JobState.SUBMITTING:
                if job.remote_id:
                    job = await self.commit(job.moved(JobState.QUEUED))
                elif job.submit_attempts == 0:
                    job = await send_step.submit(self, job)  # saved as submitting, never sent
                else:
                    return await self.commit(
                        job.moved(
                            JobState.UNKNOWN,
                            error_kind="submit_unknown",
                            error_message=translate(
                                "Pipeline",
                                "The app stopped while sending this task, so it may or may "
                                "not have been created.",
                            ),
                        )
                    )
            if job.state in (JobState.QUEUED, JobState.RUNNING):
                job = await poll_step.poll(self, job, stagger=resumed)
            if job.state is JobState.DOWNLOADING:
                job = await download_step.download(self, job)
            return job
        except SaveFailed as exc:
            return await self._unsaved(exc)

    async def _unsaved(self, exc: SaveFailed) -> Job:
        """Stop a job whose history could not be written, keeping what is true.

        The stale copy this run started from must not be what is kept: once PoYo has
        given a task id, that task is paid for, and a record without it would make
        Retry buy a second one. The job keeps its task id, its result link and the
        video's name, so Retry follows that task (or takes the video already saved).
        """
        job, reason = exc.job, store_reason(exc)
        if job.state is JobState.UNKNOWN:  # the submit may have left: a person decides
            note = translate(
                "Pipeline", "Your task history could not be updated either ({reason})."
            ).format(reason=reason)
            unsaved = job.with_changes(
                error_message=f"{job.error_message} {note}" if job.error_message else note
            )
            self.publish(unsaved)
            return unsaved
        if job.remote_id:
            message = exc.message or translate(
                "Pipeline",
                "This task was accepted, but your task history could not be updated "
                "({reason}). Press Retry to follow it: it will not be bought again.",
            ).format(reason=reason)
        else:
            message = translate(
                "Pipeline",
                "Could not save this task to your history ({reason}), so it was stopped "
                "before anything was charged.",
            ).format(reason=reason)
        return await self.fail(job, "store", message, str(exc))

    async def patiently(
        self,
        job: Job,
        call: Callable[[], Awaitable[T]],
        worth_retrying: Callable[[PoyoError], bool],
    ) -> T:
        """``call()``, tried again while it fails in a way ``worth_retrying``; the job says
        meanwhile that the app keeps trying (cleared by its next published version)."""

        def noted(error: PoyoError) -> None:
            self.publish(
                job.with_changes(
                    error_kind=error.kind,
                    error_message=trying_words(error),
                    error_detail=error.detail,
                )
            )

        return await patiently(
            call,
            worth_retrying=worth_retrying,
            on_trouble=noted,
            nap=self.nap,
            give_up_after=self.config().patience,
        )

    async def nap(self, seconds: float) -> None:
        """A pause after trouble: cut short when PoYo answers again."""
        await self._wake.nap(seconds, self.sleep)

    async def save_quietly(self, job: Job) -> None:
        """Save on the way out (closing): a failure is only logged, with the task's id."""
        try:
            await self._saver.save(job)
            self.publish(job)
        except Exception as exc:
            log.error("could not save job %s (%s) while closing: %s", job.id, job_trace(job), exc)
