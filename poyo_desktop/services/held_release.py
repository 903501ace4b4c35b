"""Send held jobs again: a stand-in until the send queue's ``JobService.release`` exists.

The queue (services/jobs.py, another part of issue 18) owns holding and releasing; this
module only makes "Send anyway" work before it lands: a job held by a spending limit
goes back to its sending slot. Once ``JobService.release`` is there, it is used instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from poyo_desktop.core.states import JobState

if TYPE_CHECKING:
    from poyo_desktop.services.jobs import JobService


def release(jobs: JobService, job_ids: Sequence[str]) -> None:
    """Let these held (waiting) jobs be sent; others are left as they are."""
    queue_release = getattr(jobs, "release", None)
    if callable(queue_release):
        queue_release(list(job_ids))
        return
    for job_id in job_ids:
        job = jobs.get(job_id)
        if job is None or job.state is not JobState.DRAFT or not job.held:
            continue
        waiting = job.with_changes(held=False, error_kind=None, error_message=None)
        jobs._restart(job, waiting, needs_slot=True)  # until release() exists
