"""The task menu's "again" requests (Retry, Check Status Again, Submit Again), as the
jobs service carries them out (mixed into JobService).

Its own module to keep the jobs service about running jobs: the rules are in
``task_decisions``; this finds the job (loading it from the history if this session has
not) and starts what the rules decide.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any

from poyo_desktop.core.job import Job
from poyo_desktop.services import task_decisions
from poyo_desktop.services.job_records import JobRepository
from poyo_desktop.services.task_choices import Refusal, TaskRequest, Unavailable
from poyo_desktop.services.task_decisions import decide


class TaskRequests:
    """Retry, Check Status Again and Submit Again, by job id."""

    _jobs: dict[str, Job]
    _store: JobRepository
    _backend: str
    _closing: bool
    problem_reported: Any  # the service's Signal(str)

    def _spawn(
        self, name: str, coro: Coroutine[Any, Any, Any], *, job_id: str | None = None
    ) -> asyncio.Task[Any]:
        raise NotImplementedError

    def _running(self, job_id: str) -> bool:
        raise NotImplementedError

    def _restart(self, before: Job, job: Job, *, needs_slot: bool) -> None:
        raise NotImplementedError

    # A person's choice in the task menu. The job may be one this session has not loaded
    # (it ended failed or unknown in an earlier one): then it is read from the history
    # first, and the same rules decide.

    def retry(self, job_id: str) -> None:
        """Try a failed job again: re-download when the video exists remotely, else resend."""
        self._on_request(job_id, TaskRequest.RETRY)

    def submit_again(self, job_id: str) -> None:
        """For an "unknown" job, on the person's explicit say-so (it may be charged twice).
        The same idempotency key is sent, so a server that honours it will not double-charge."""
        self._on_request(job_id, TaskRequest.SUBMIT_AGAIN)

    def check_again(self, job_id: str) -> None:
        """For an "unknown" job that has a remote id: ask PoYo for its status."""
        self._on_request(job_id, TaskRequest.CHECK_AGAIN)

    def refusal(self, job: Job, request: TaskRequest) -> Refusal | None:
        """Why ``request`` would be refused for ``job``, or None (it would be done, or is
        not for this job): the task menu disables it beforehand and says why."""
        return task_decisions.refusal(job, request, self._backend)

    def unavailable(self, job: Job) -> Unavailable | None:
        """Which of the task menu's choices would be refused for ``job``, with one reason
        for them all; None when nothing offered is refused. Decides only."""
        return task_decisions.unavailable(job, self._backend)

    def _on_request(self, job_id: str, request: TaskRequest) -> None:
        job = self._jobs.get(job_id)
        if job is not None:
            self._act(job, request)
        elif not self._closing:
            self._spawn(f"load-{job_id[:8]}", self._load_and_act(job_id, request))

    async def _load_and_act(self, job_id: str, request: TaskRequest) -> None:
        stored = await self._store.get(job_id)
        # A second click may have loaded (and started) it meanwhile: that copy wins.
        job = self._jobs.get(job_id) or stored
        if job is None:
            return  # removed meanwhile
        self._act(job, request)

    def _act(self, job: Job, request: TaskRequest) -> None:
        if self._running(job.id):
            return
        step = decide(job, request, self._backend)
        if isinstance(step, Refusal):  # nothing changes; the person is told why
            self.problem_reported.emit(step.message)
        elif step is not None:
            self._restart(job, step.job, needs_slot=step.needs_slot)
