"""The jobs service: owns every job, runs one coroutine per job, reports through Qt signals.

It is the only thing that changes a job. Widgets call its methods and listen to its
signals; they never touch the network or the database themselves. What a task-menu
choice leads to is decided in ``task_decisions``; a job's journey is ``pipeline``'s.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from poyo_desktop.core.draft import JobDraft
from poyo_desktop.core.job import Job, new_id
from poyo_desktop.core.states import JobState
from poyo_desktop.core.wording import translate
from poyo_desktop.services.background import plain_words, run_in_background
from poyo_desktop.services.history_trouble import SaveFailed, job_trace, store_reason
from poyo_desktop.services.job_records import (
    JobRepository,
    crashed,
    record_draft,
    save_or_log,
)
from poyo_desktop.services.naming import NameBook
from poyo_desktop.services.not_sent import NotSent, not_sent
from poyo_desktop.services.patience import Wake
from poyo_desktop.services.pipeline import Pipeline, PipelineConfig
from poyo_desktop.services.queue_commands import QueueCommands, QueueControl
from poyo_desktop.services.queue_order import NOT_SENT
from poyo_desktop.services.task_decisions import (
    elsewhere,
    new_task,
    not_bought_message,
)
from poyo_desktop.services.task_requests import TaskRequests
from poyo_desktop.store.errors import StoreError

if TYPE_CHECKING:  # the client (httpx) is loaded by whoever makes one, when one is needed
    from poyo_desktop.api.protocol import PoyoApi
    from poyo_desktop.services.send_step import SpendGate

log = logging.getLogger(__name__)

RESUME_BATCH = 20  # jobs started at once when the last session's work is picked up
RESUME_PAUSE = 0.01  # seconds between two batches


class JobService(TaskRequests, QueueControl, QObject):
    job_added = Signal(object)  # Job
    job_changed = Signal(object)  # Job
    job_removed = Signal(str)  # job id
    problem_reported = Signal(str)  # plain words, for the status bar
    sending_pause_chosen = Signal(bool)  # Pause Sending turned on (True) or off, by anyone

    def __init__(
        self,
        client: PoyoApi,
        store: JobRepository,
        config: Callable[[], PipelineConfig],
        *,
        backend: str,
        max_concurrent: Callable[[], int] = lambda: 3,
        ready: bool = True,
        spending: SpendGate | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._spending = spending  # the limits, asked before each paid submit
        self._store = store
        self._config = config
        self._jobs: dict[str, Job] = {}
        self._tasks: dict[str, asyncio.Task[Any]] = {}
        self._pipelines: dict[str, Pipeline] = {}
        self._names = NameBook()  # one for every backend: they share the download folder
        self._wake = Wake()  # one for every pipeline: PoYo's return wakes them all
        self._backend = backend
        self._ready = asyncio.Event()  # False while the backend (demo server) is starting
        self.use_backend(backend, client, ready=ready)
        self._closing = False
        # The send queue: its slots, its order, and the person's commands over it.
        self.queue = QueueCommands(
            self._jobs,
            self._tasks,
            store,
            max_concurrent,
            start=lambda job: self._start(job, needs_slot=True),
            announce=self.job_changed.emit,
            report=self.problem_reported.emit,
            spawn=self._spawn,
            pause_chosen=self.sending_pause_chosen.emit,
        )

    # -- reading ---------------------------------------------------------------------------

    @property
    def client(self) -> PoyoApi:
        return self._pipeline.client

    @property
    def backend(self) -> str:
        return self._backend

    @property
    def _pipeline(self) -> Pipeline:
        return self._pipelines[self._backend]

    def use_backend(self, backend: str, client: PoyoApi, *, ready: bool = True) -> None:
        """Send new jobs to ``backend`` from now on; jobs already under way keep theirs.

        ``ready=False``: its server is still starting (``client`` is a stand-in). Jobs
        started meanwhile wait, and go nowhere else, until it is given again ready.
        """
        self._pipelines[backend] = Pipeline(
            client,
            self._store,
            self._config,
            self._on_job_published,
            names=self._names,
            wake=self._wake,
            spending=self._spending,
        )
        self._backend = backend
        if ready:
            self._ready.set()
        else:
            self._ready.clear()

    def wake(self) -> None:
        """PoYo answers again: every job pausing after trouble asks at once."""
        self._wake.ring()

    def clients(self) -> list[PoyoApi]:
        return [pipeline.client for pipeline in self._pipelines.values()]

    def get(self, job_id: str) -> Job | None:
        return self._jobs.get(job_id)

    def jobs(self) -> list[Job]:
        return sorted(self._jobs.values(), key=lambda j: j.created_at, reverse=True)

    def busy_count(self) -> int:
        """Jobs under way; one paused in the send queue waits for a person, so it is not."""
        paused = self.queue.paused_in_line
        return sum(1 for key, task in self._tasks.items() if not task.done() and not paused(key))

    # -- starting work ---------------------------------------------------------------------

    async def resume(self) -> list[Job]:
        """Pick up every job the last session left unfinished.

        A batch at a time, with a pause between batches: the first steps of the jobs run
        back to back, and 210 of them held the event loop (and the window) 16-18 ms.
        """
        await self._ready.wait()
        jobs = await self._store.unfinished()
        for job in jobs:
            # Names saved by downloads that were cut off stay theirs: held before any job
            # starts, so no other download is given one of them.
            if job.state is JobState.DOWNLOADING and job.output_path:
                self._names.hold(Path(job.output_path), job.id)
        self.queue.slots.freeze()  # every waiting job in its place before the first goes
        try:
            await self._resume_each(jobs)
            await asyncio.sleep(0)  # the last started have joined the line
        finally:
            self.queue.slots.thaw()
        return jobs

    async def _resume_each(self, jobs: list[Job]) -> None:
        for index, job in enumerate(jobs):
            if index and index % RESUME_BATCH == 0:
                await asyncio.sleep(RESUME_PAUSE)
            self._jobs[job.id] = job
            if job.state is JobState.FAILED:  # Retry had decided to buy a new task
                await self._buy_as_decided(job)
                continue
            if job.backend not in self._pipelines and job.state is not JobState.UNKNOWN:
                job = await self._pipeline.fail(
                    job, "backend_changed", elsewhere(job, "followed").message
                )
                continue
            if job.state is not JobState.UNKNOWN:
                self._start(
                    job, needs_slot=job.state in (JobState.DRAFT, JobState.UPLOADING), resumed=True
                )

    def generate(self, draft: JobDraft) -> asyncio.Task[Job | NotSent]:
        """Create a job from the form and start it. Returns at once; signals tell the rest.

        What it returns ends once the press is answered: with the job, recorded in the
        history and announced by :attr:`job_added`; or with :class:`NotSent` when nothing
        could be recorded, so nothing was sent (:attr:`problem_reported` says which request
        and why). The form stays busy until then: one press, one task.
        """
        return self._spawn(f"generate-{new_id()[:8]}", self._generate(draft))

    async def _generate(self, draft: JobDraft) -> Job | NotSent:
        await self._ready.wait()
        try:
            held = await self.queue.pause.for_new_job()  # read back at start, if not yet
            job = await record_draft(self._store, draft, self._backend, held=held)
        except Exception as error:  # nothing recorded, so nothing sent and nothing kept
            refused = not_sent(draft, error)
            if isinstance(error, StoreError):
                log.warning("a generate was not recorded, so not sent: %s", refused.detail)
            else:
                log.error("a generate was not recorded, so not sent", exc_info=error)
            self.problem_reported.emit(refused.message)
            return refused
        # Known only once it is in the history: a failed save leaves no phantom behind.
        self._jobs[job.id] = job
        self.job_added.emit(job)
        self._start(job, needs_slot=True)
        return job

    def remove(self, job_id: str, *, delete_file: bool = False) -> None:
        self._spawn(f"remove-{job_id[:8]}", self._remove(job_id, delete_file))

    async def _remove(self, job_id: str, delete_file: bool) -> None:
        task = self._tasks.pop(job_id, None)
        if task is not None and not task.done():
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        job = self._jobs.pop(job_id, None)
        self._names.release(job_id)
        await self._store.delete(job_id)
        if job and delete_file and job.output_path:
            try:
                await asyncio.to_thread(os.remove, job.output_path)
            except FileNotFoundError:
                pass
            except OSError as exc:
                self.problem_reported.emit(
                    translate("Jobs", "The video file could not be deleted: {reason}.").format(
                        reason=exc.strerror or exc
                    )
                )
        self.job_removed.emit(job_id)

    # -- shutting down ---------------------------------------------------------------------

    async def shutdown(self, timeout: float = 3.0) -> None:
        """Cancel every running job; each saves an honest state on its way out."""
        self._closing = True
        tasks = [t for t in self._tasks.values() if not t.done()]
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.wait(tasks, timeout=timeout)

    # -- internals -------------------------------------------------------------------------

    def _running(self, job_id: str) -> bool:
        task = self._tasks.get(job_id)
        return task is not None and not task.done()

    def _restart(self, before: Job, job: Job, *, needs_slot: bool) -> None:
        """Take the job's new state at once, so a second click (before the save is done)
        sees it under way and cannot start it twice: twice would be two paid tasks."""
        self._jobs[job.id] = job
        self._tasks[job.id] = self._spawn(
            f"restart-{job.id[:8]}", self._commit_and_start(before, job, needs_slot)
        )

    async def _commit_and_start(self, before: Job, job: Job, needs_slot: bool) -> None:
        try:
            await self._pipeline.commit(job)
        except SaveFailed as exc:
            # Nothing starts without a record. Back to where it was (which is what the
            # history still says), so the person sees why and can ask again later.
            message = translate(
                "Jobs",
                "Could not start this task again, because your task history could not be "
                "saved ({reason}). Nothing was sent; try again once that is fixed.",
            ).format(reason=store_reason(exc))
            restored = before.with_changes(error_message=message, error_detail=str(exc))
            if job.id in self._jobs:  # not removed meanwhile
                self._jobs[job.id] = restored
                self.job_changed.emit(restored)
            self.problem_reported.emit(message)
            return
        self._start(job, needs_slot=needs_slot)

    def _start(self, job: Job, *, needs_slot: bool, resumed: bool = False) -> None:
        if self._closing:
            return
        self._tasks[job.id] = self._spawn(
            job.id, self._run(job, needs_slot, resumed), job_id=job.id
        )

    async def _run(self, job: Job, needs_slot: bool, resumed: bool = False) -> None:
        """Follow ``job`` to its end; with ``buy_if_failed`` set on it, a task that PoYo
        says failed is replaced by a new one (the person asked for a video with Retry).
        One not sent yet waits for its turn in the send queue first (see queue_commands)."""
        await self._ready.wait()  # a server still starting: never its stand-in client
        while True:
            if needs_slot:
                await self.queue.slots.turn(job.id)
            try:
                current = self._jobs.get(job.id, job)
                if needs_slot and not self.queue.may_go(current):
                    if current.held and current.state in NOT_SENT and job.id in self._jobs:
                        continue  # paused meanwhile: the slot goes on (``finally``); it waits
                    return  # cancelled or removed meanwhile
                pipeline = self._pipelines.get(current.backend)
                if pipeline is None:  # never to the other server: it does not know this task
                    await self._pipeline.fail(
                        current, "backend_changed", elsewhere(current, "followed").message
                    )
                    return
                ended = await pipeline.run(current, resumed=resumed)
            finally:
                if needs_slot:
                    self.queue.slots.release(job.id)
            if not (needs_slot and ended.state in NOT_SENT and ended.held):
                break
            # Stopped before its submit and paused (by the spending limit): back in line.
            job = ended if ended.state is JobState.DRAFT else ended.moved(JobState.DRAFT)
            if job is not ended:  # unsaved, it is still a paused upload: waits all the same
                with contextlib.suppress(SaveFailed):
                    job = await self._pipeline.commit(job)
        # The pipeline keeps buy_if_failed only with PoYo's own "failed": a task it no
        # longer knows may have finished fine (and been charged), so that Retry buys
        # again only when the person asks once more.
        if ended.buy_if_failed and ended.id in self._jobs and not self._closing:
            await self._buy_as_decided(ended)

    async def _buy_as_decided(self, job: Job) -> None:
        """Carry out Retry's decision for a task PoYo said failed: buy the new task, once.

        The new task is recorded (fresh idempotency key, no attempt yet, the decision
        cleared) before anything is sent, so a restart at any moment neither loses the
        decision nor acts on it twice. Never on the other server: that would be a
        purchase there the person did not ask for; Retry stays theirs to press.
        """
        if job.error_kind != "generation_failed" or job.backend != self._backend:
            log.info(
                "job %s: not buying a new task after all (%s, backend %s)",
                job.id,
                job.error_kind,
                job.backend,
            )
            message = not_bought_message(job, self._backend)
            # A failed save is logged; at the next start this is decided (not acted on) again.
            with contextlib.suppress(SaveFailed):
                await self._pipeline.commit(
                    job.with_changes(buy_if_failed=False, error_message=message)
                )
            return
        log.info("job %s: task %s failed when asked again; buying a new one", job.id, job.remote_id)
        self._restart(job, new_task(job, self._backend), needs_slot=True)

    def _spawn(self, name: str, coro: Any, *, job_id: str | None = None) -> asyncio.Task[Any]:
        return run_in_background(
            coro, name=name, on_exception=lambda error: self._on_crash(job_id, error)
        )

    def _on_crash(self, job_id: str | None, error: BaseException) -> None:
        """Every background coroutine that fails ends here (logged by run_in_background):
        its job, if it has one, is marked failed or unknown; otherwise the person is told."""
        job = self._jobs.get(job_id) if job_id else None
        if job is not None:
            log.error("the failed background work was for %s", job_trace(job))
        if job is not None and not job.state.is_terminal:
            failed = crashed(job, error)
            self._jobs[failed.id] = failed
            self.job_changed.emit(failed)
            self._spawn(f"save-{failed.id[:8]}", save_or_log(self._store, failed))
        else:
            self.problem_reported.emit(plain_words(error))

    def _on_job_published(self, job: Job) -> None:
        if job.id not in self._jobs:
            return  # removed meanwhile
        self._jobs[job.id] = job
        self.job_changed.emit(job)
