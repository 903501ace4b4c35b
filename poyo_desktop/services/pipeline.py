"""One job's journey: upload → submit → poll → download, resumable from any saved state.

Plain asyncio, no Qt: the jobs service wraps it and turns ``publish`` calls into signals.
Every state change is saved *before* the next step starts, so a crash at any instant leaves
an honest record; above all, a job is saved as "submitting" before its paid request leaves.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from poyo_desktop.api import (
    NO_RETRY,
    LinkExpired,
    NetworkError,
    NotFound,
    PoyoError,
    RemoteStatus,
    RequestInvalid,
    SubmitOutcomeUnknown,
    TaskInfo,
    build_request,
)
from poyo_desktop.core.job import Job, utc_now
from poyo_desktop.core.states import JobState
from poyo_desktop.services.downloads import (
    DownloadError,
    complete_video,
    download_video,
    move_into_place,
)
from poyo_desktop.services.naming import NameBook, video_name
from poyo_desktop.services.patience import Wake, gave_up_words, patiently, trying_words
from poyo_desktop.services.preflight import ImageError, prepare_for_upload
from poyo_desktop.store.errors import SAVE

if TYPE_CHECKING:  # the client (httpx) is loaded by whoever makes one, when one is needed
    from poyo_desktop.api.protocol import PoyoApi

log = logging.getLogger(__name__)

UPLOAD_SAFETY_MARGIN = timedelta(minutes=30)  # re-upload images expiring sooner than this
UPLOAD_LIFETIME = timedelta(hours=72)
RESULT_LINK_LIFETIME = timedelta(hours=24)  # PoYo's docs say 24 h in one place, 3 days in another
MAX_POLL_INTERVAL = 60.0
STALE_AFTER = 600.0  # seconds without a good answer before a task is called stale


class JobSaver(Protocol):
    def save(self, job: Job) -> Awaitable[None]: ...


@dataclass(frozen=True, slots=True)
class PipelineConfig:
    download_dir: Path
    prepared_dir: Path
    poll_interval: float = 10.0
    callback_url: str | None = None
    # PoYo mode: a task that answers "not found" this long, this many times in a row
    # (nothing good in between), is one PoYo no longer knows. A shorter spell is ridden
    # out: a task may not be found for a moment right after it was made.
    gone_after: float = 300.0
    gone_checks: int = 3
    # How long a step that charges nothing (an upload, a request that never left) is
    # tried again while PoYo cannot be reached, before the job fails saying so.
    patience: float = 600.0


class SaveFailed(Exception):
    """The history could not be written; nothing paid may start without a record.

    ``job`` is the version that could not be saved: what is true now (a task id PoYo
    gave, a video already in place) though the history does not say it yet. ``message``,
    when set, tells a person what that means for this job.
    """

    def __init__(self, reason: str, job: Job, message: str | None = None) -> None:
        super().__init__(reason)
        self.job = job
        self.message = message


T = TypeVar("T")


def _never_sent(error: PoyoError) -> bool:
    """A request that never left the machine: repeating it cannot buy anything twice."""
    return isinstance(error, NetworkError) and not error.request_sent


def job_trace(job: Job) -> str:
    """What the log must keep of a job whose record may be lost: its state and PoYo's task
    id (the only handle on a paid task; PoYo has no task list). Never the key."""
    return f"{job.state.value}, remote task {job.remote_id or 'not created yet'}"


def store_reason(error: BaseException) -> str:
    """The cause alone (e.g. "the disk is full"), to be put inside another sentence."""
    text = str(error).strip().removeprefix(f"{SAVE}:").strip().rstrip(".")
    return text or type(error).__name__


class Pipeline:
    """Moves jobs forward. ``publish`` tells listeners about every new version of a job."""

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
    ) -> None:
        """``names`` is shared by every pipeline of one app, so no two downloads are
        promised the same file name; ``wake`` too, so PoYo's return wakes every job
        pausing after trouble, whichever server's."""
        self.client = client
        self._wake = wake if wake is not None else Wake()
        self._names = names if names is not None else NameBook()
        self._saver = saver
        self._config = config
        self._publish = publish
        self._sleep = sleep

    # -- recording -------------------------------------------------------------------------

    async def commit(self, job: Job) -> Job:
        """Save, then tell listeners. A failed save is raised: callers decide what it stops."""
        try:
            await self._saver.save(job)
        except Exception as exc:
            log.error("could not save job %s (%s): %s", job.id, job_trace(job), exc)
            self._publish(job)
            raise SaveFailed(str(exc), job) from exc
        self._publish(job)
        return job

    async def fail(self, job: Job, kind: str, message: str, detail: str = "") -> Job:
        """Failed, and saved so if possible. Retry's decision to buy a new task stays
        only for PoYo's own "failed": any other end leaves it nothing to act on."""
        failed = job.moved(JobState.FAILED, error_kind=kind, error_message=message,
                           error_detail=detail or None,
                           buy_if_failed=job.buy_if_failed and kind == "generation_failed")
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
        try:
            if job.state in (JobState.DRAFT, JobState.UPLOADING):
                job = await self._upload(job)
                if job.state is not JobState.SUBMITTING:
                    return job
                job = await self._submit(job)
            elif job.state is JobState.SUBMITTING:
                if job.remote_id:
                    job = await self.commit(job.moved(JobState.QUEUED))
                elif job.submit_attempts == 0:
                    job = await self._submit(job)  # saved as submitting, never sent
                else:
                    return await self.commit(job.moved(
                        JobState.UNKNOWN, error_kind="submit_unknown",
                        error_message="The app stopped while sending this task, so it may or "
                        "may not have been created."))
            if job.state in (JobState.QUEUED, JobState.RUNNING):
                job = await self._poll(job, stagger=resumed)
            if job.state is JobState.DOWNLOADING:
                job = await self._download(job)
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
            note = f"Your task history could not be updated either ({reason})."
            unsaved = job.with_changes(
                error_message=f"{job.error_message} {note}" if job.error_message else note)
            self._publish(unsaved)
            return unsaved
        if job.remote_id:
            message = exc.message or (
                f"This task was accepted, but your task history could not be updated "
                f"({reason}). Press Retry to follow it: it will not be bought again.")
        else:
            message = (f"Could not save this task to your history ({reason}), so it was "
                       "stopped before anything was charged.")
        return await self.fail(job, "store", message, str(exc))

    async def _upload(self, job: Job) -> Job:
        config = self._config()
        if job.state is JobState.DRAFT:
            job = await self.commit(job.moved(JobState.UPLOADING, error_kind=None,
                                              error_message=None, error_detail=None))
        for which in ("start", "end"):
            path = job.start_image if which == "start" else job.end_image
            url = job.start_image_url if which == "start" else job.end_image_url
            expires = (job.start_image_expires_at if which == "start"
                       else job.end_image_expires_at)
            if which == "end" and not job.sends_end_image:
                continue
            if url and (expires is None or expires - utc_now() > UPLOAD_SAFETY_MARGIN):
                continue
            if not path:
                return await self.fail(job, "image", "The start image is missing.")
            try:
                prepared = await asyncio.to_thread(prepare_for_upload, Path(path),
                                                   config.prepared_dir)
                content = await asyncio.to_thread(prepared.path.read_bytes)
            except ImageError as exc:
                return await self.fail(job, "image", str(exc))
            except OSError as exc:
                return await self.fail(job, "image", f"The {which} image could not be read: "
                                        f"{exc.strerror or exc}.")
            try:
                upload = functools.partial(self.client.upload_bytes, content,
                                           file_name=prepared.path.name,
                                           mime_type=prepared.mime_type)
                # Nothing is charged for an upload: it is tried again while PoYo is away.
                uploaded = await self._patiently(job, upload, lambda error: error.retryable)
            except PoyoError as exc:
                words = (gave_up_words(exc, config.patience / 60) if exc.retryable
                         else exc.final_message)
                return await self.fail(job, exc.kind, f"Uploading the {which} image failed. "
                                        f"{words}", exc.detail)
            expiry = uploaded.expires_at or (utc_now() + UPLOAD_LIFETIME)
            if which == "start":
                job = await self.commit(job.with_changes(
                    start_image_url=uploaded.file_url, start_image_expires_at=expiry))
            else:
                job = await self.commit(job.with_changes(
                    end_image_url=uploaded.file_url, end_image_expires_at=expiry))
        return await self.commit(job.moved(JobState.SUBMITTING))

    async def _submit(self, job: Job) -> Job:
        try:
            request = build_request(
                model=job.model, prompt=job.prompt, duration=job.duration,
                negative_prompt=job.negative_prompt, start_image_url=job.start_image_url,
                end_image_url=job.end_image_url if job.sends_end_image else None,
                callback_url=job.callback_url or self._config().callback_url or None)
        except RequestInvalid as exc:
            return await self.fail(job, exc.kind, exc.message)
        # The record says "a submit was attempted" before the request leaves the machine.
        job = await self.commit(job.with_changes(submit_attempts=job.submit_attempts + 1,
                                                 submitted_at=utc_now()))
        try:
            submitted = await self._patiently(
                job, lambda: self.client.submit(request, idempotency_key=job.idempotency_key),
                _never_sent)
        except SubmitOutcomeUnknown as exc:
            return await self.commit(job.moved(JobState.UNKNOWN, error_kind=exc.kind,
                                               error_message=exc.message,
                                               error_detail=exc.detail))
        except PoyoError as exc:
            words = (gave_up_words(exc, self._config().patience / 60) if _never_sent(exc)
                     else exc.final_message)
            return await self.fail(job, exc.kind, words, exc.detail)
        except asyncio.CancelledError:
            # Closing mid-request: the task may exist. Say so honestly, then stop.
            unknown = job.moved(JobState.UNKNOWN, error_kind="submit_unknown",
                                error_message="The app was closed while sending this task, "
                                "so it may or may not have been created.")
            await asyncio.shield(self._save_quietly(unknown))
            raise
        return await self.commit(job.moved(
            JobState.QUEUED, remote_id=submitted.task_id, progress=0,
            error_kind=None, error_message=None, error_detail=None))

    async def _patiently(self, job: Job, call: Callable[[], Awaitable[T]],
                         worth_retrying: Callable[[PoyoError], bool]) -> T:
        """``call()``, tried again while it fails in a way ``worth_retrying``; the job says
        meanwhile that the app keeps trying (cleared by its next published version)."""
        def noted(error: PoyoError) -> None:
            self._publish(job.with_changes(error_kind=error.kind,
                                           error_message=trying_words(error),
                                           error_detail=error.detail))

        return await patiently(call, worth_retrying=worth_retrying, on_trouble=noted,
                               nap=self._nap, give_up_after=self._config().patience)

    async def _nap(self, seconds: float) -> None:
        """A pause after trouble: cut short when PoYo answers again."""
        await self._wake.nap(seconds, self._sleep)

    async def _save_quietly(self, job: Job) -> None:
        try:
            await self._saver.save(job)
            self._publish(job)
        except Exception as exc:
            log.error("could not save job %s (%s) while closing: %s", job.id, job_trace(job),
                      exc)

    async def _poll(self, job: Job, *, stagger: bool = False) -> Job:
        assert job.remote_id
        interval = self._config().poll_interval
        last_good = time.monotonic()
        missing_since: float | None = None  # the first "not found" since a good answer
        missing = 0
        if stagger:
            await self._sleep(random.uniform(0, interval))
        first, troubled = True, False
        while True:
            if not first:
                await (self._nap if troubled else self._sleep)(
                    interval * random.uniform(0.9, 1.1))
            first, troubled = False, True
            try:
                info = await self.client.status(job.remote_id, retry=NO_RETRY)
            except NotFound as exc:
                if job.backend == "demo":
                    return await self.fail(job, exc.kind, "The demo server was restarted, so "
                                            "this simulated video was lost.", exc.detail)
                now = time.monotonic()
                missing_since = now if missing_since is None else missing_since
                missing += 1
                if self._gone(missing, now - missing_since):
                    return await self._forgotten(job, exc, missing, now - missing_since)
                error: PoyoError = exc
            except PoyoError as exc:  # authentication, rate limits, outages: keep trying
                error = exc
            else:
                last_good = time.monotonic()
                missing_since, missing, troubled = None, 0, False
                interval = self._config().poll_interval
                job, done = await self._apply_status(job, info)
                if done:
                    return job
                continue
            job = self._note(job, error, last_good)
            retry_after = getattr(error, "retry_after", None) or 0.0
            interval = min(MAX_POLL_INTERVAL, max(interval * 2, retry_after))

    def _gone(self, answers: int, for_seconds: float) -> bool:
        """Whether "not found" answers, all in a row, say PoYo no longer knows a task."""
        config = self._config()
        return answers >= config.gone_checks and for_seconds >= config.gone_after

    async def _forgotten(self, job: Job, error: NotFound, answers: int,
                         for_seconds: float) -> Job:
        """PoYo no longer knows the task (purged, or of another account): polling on would
        never end. Failed, saying what Retry does: a new task, charged again."""
        log.warning("job %s: task %s not found %d times over %.0f s; giving up on it",
                    job.id, job.remote_id, answers, for_seconds)
        minutes = max(1, round(for_seconds / 60))
        return await self.fail(
            job, error.kind,
            f"PoYo no longer knows this task: it answered “not found” every time for "
            f"{minutes} minute{'s' if minutes != 1 else ''}. PoYo may have removed it, or it "
            "belongs to another PoYo account (if you changed your API key). Press Retry to "
            "make the video again as a new task: it is charged again.",
            f"task {job.remote_id}: {error.detail or error.message}")

    def _note(self, job: Job, error: PoyoError, last_good: float) -> Job:
        """Trouble while polling is not failure: say so on the job and keep trying."""
        silent_for = time.monotonic() - last_good
        message = trying_words(error)
        if silent_for > STALE_AFTER:
            message = (f"No good answer from PoYo for {int(silent_for // 60)} minutes. "
                       f"Still trying. ({error.message})")
        noted = job.with_changes(error_kind=error.kind, error_message=message,
                                 error_detail=error.detail)
        self._publish(noted)
        return noted

    async def _apply_status(self, job: Job, info: TaskInfo) -> tuple[Job, bool]:
        progress = max(job.progress, info.progress or 0)
        cleared = {"error_kind": None, "error_message": None, "error_detail": None}
        if info.status is RemoteStatus.FAILED:
            return await self.fail(
                job, "generation_failed",
                info.error_message or "PoYo could not make this video (no reason was given).",
                f"remote status {info.raw_status!r}"), True
        if info.status is RemoteStatus.FINISHED:
            try:
                video = info.video()
            except PoyoError as exc:  # it may have finished fine: Retry asks again first
                return await self.fail(
                    job, exc.kind, f"{exc.message} Press Retry to ask PoYo about this task "
                    "again: a new one is made (and charged) only if this one failed.",
                    exc.detail), True
            return await self.commit(job.moved(
                JobState.DOWNLOADING, progress=100, result_url=video.url,
                result_size=video.size, credits=info.credits_amount,
                remote_finished_at=info.finished_time or utc_now(), buy_if_failed=False,
                **cleared)), True
        state = {RemoteStatus.QUEUED: JobState.QUEUED,
                 RemoteStatus.RUNNING: JobState.RUNNING}.get(info.status, job.state)
        if state is JobState.QUEUED and job.state is JobState.RUNNING:
            state = JobState.RUNNING  # never show a task going backwards
        if state != job.state:
            return await self.commit(job.moved(state, progress=progress, **cleared)), False
        if progress != job.progress or job.error_message:
            updated = job.with_changes(progress=progress, **cleared)
            self._publish(updated)  # progress ticks are not worth a disk write each
            return updated, False
        return job, False

    async def _download(self, job: Job) -> Job:
        """Fetch the video under a name saved in the record *before* it arrives.

        The rename into place and the "finished" save cannot happen at one instant. With
        the name saved first, a crash between them is recognised on restart: the complete
        video at the saved name is this job's, and is taken as it is, not fetched again
        to a second name.
        """
        try:
            return await self._fetch(job)
        finally:
            self._names.release(job.id)

    async def _fetch(self, job: Job) -> Job:
        assert job.result_url
        folder = self._config().download_dir
        saved = Path(job.output_path) if job.output_path else None
        if saved is not None and self._names.hold(saved, job.id):
            try:
                size = await self._saved_video(job, saved)
            except PoyoError as exc:
                # Fetching it again would most likely fail alike, and make a second copy
                # if it did not: keep the name, so Retry checks this file again.
                return await self.fail(
                    job, f"download_{exc.kind}", f"A video is already saved as {saved.name}, "
                    f"but the server could not confirm it is this task's. {exc.final_message}",
                    exc.detail)
            if size is not None:
                log.info("job %s: its video was already saved as %s", job.id, saved)
                return await self._finished(job, saved, size)
            # Absent: fetch it under a free name (the same one, unless taken meanwhile).
            # Anything else there is not this job's video, and is left alone.
        name = video_name(job.created_at, job.model, job.prompt)
        target = self._names.claim(folder, name, job.id)
        job = await self._promise(job, target)

        def progress(received: int, total: int | None) -> None:
            if total:
                self._publish(job.with_changes(progress=min(99, received * 100 // total)))

        async def place(temp: Path) -> Path:
            """Rename to the saved name; if a file took it meanwhile, save another first."""
            nonlocal job, target
            size = (await asyncio.to_thread(temp.stat)).st_size
            if job.result_size is not None and job.result_size != size:
                # The download went by its Content-Length, not the size the task announced:
                # save the verified size first, so that after a crash right after the
                # rename the record alone recognises the video (even once its link expired).
                job = await self.commit(job.with_changes(result_size=size))
            while not await asyncio.to_thread(move_into_place, temp, target):
                target = self._names.claim(folder, name, job.id)
                job = await self._promise(job, target)
            return target

        try:
            done = await download_video(self.client, job.result_url, folder, name,
                                        expected_size=job.result_size, on_progress=progress,
                                        temp_name=f"poyo-{job.id}", place=place)
        except DownloadError as exc:
            return await self.fail(job.with_changes(output_path=None), f"download_{exc.kind}",
                                   exc.message, exc.detail)
        except LinkExpired as exc:  # the task and its video are fine: its status has a link
            return await self.fail(
                job.with_changes(output_path=None), f"download_{exc.kind}",
                f"The video could not be downloaded: {exc.message} Press Retry to get a fresh "
                "link from PoYo and download it again; it is not charged again.", exc.detail)
        except PoyoError as exc:
            return await self.fail(job.with_changes(output_path=None), f"download_{exc.kind}",
                                   f"The video could not be downloaded. {exc.final_message}",
                                   exc.detail)
        return await self._finished(job, done.path, done.size)

    async def _saved_video(self, job: Job, saved: Path) -> int | None:
        """The size of this job's video at its saved name when it is there whole, else None.

        Only a verified download is ever renamed to a job's saved name, so a complete MP4
        there is its video when the size agrees: with the record, or else with what the
        server announces for it now (the task's announced size and the download's
        Content-Length can disagree, and the download goes by the latter). A cut-short
        file is never a complete MP4; another video matches neither size. Raises
        :class:`PoyoError` when the server could not be asked.
        """
        size = await asyncio.to_thread(complete_video, saved, None)
        if size is None or job.result_size in (None, size):
            return size
        assert job.result_url
        async with self.client.open_download(job.result_url) as download:  # headers only
            announced = download.total
        log.info("job %s: %s has %d bytes, the task announced %d, the server now %s",
                 job.id, saved.name, size, job.result_size, announced)
        return size if announced == size else None

    async def _promise(self, job: Job, target: Path) -> Job:
        """Save ``target`` as the job's file name before anything is written there."""
        if job.output_path == str(target):
            return job
        return await self.commit(job.with_changes(output_path=str(target)))

    async def _finished(self, job: Job, path: Path, size: int) -> Job:
        placed = job.with_changes(output_path=str(path), output_size=size)
        try:
            return await self.commit(placed.moved(
                JobState.FINISHED, progress=100, finished_at=utc_now(), error_kind=None,
                error_message=None, error_detail=None))
        except SaveFailed as exc:
            # The video is in place and was paid for: say where, and that Retry records it.
            raise SaveFailed(str(exc), placed, (
                f"Your video was saved as {path.name}, but your task history could not be "
                f"updated ({store_reason(exc)}). Press Retry to record it: it will not be "
                "bought again.")) from exc
