"""When the task history cannot be written: the error that stops a job, and its words.

Its own module because both the journey's steps (pipeline and its step modules) and the
jobs service stop on it and speak of it, and neither should import the other for that.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Protocol

from poyo_desktop.core.job import Job
from poyo_desktop.store.errors import SAVE, StoreError


class JobSaver(Protocol):
    def save(self, job: Job) -> Awaitable[None]: ...


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


def job_trace(job: Job) -> str:
    """What the log must keep of a job whose record may be lost: its state and PoYo's task
    id (the only handle on a paid task; PoYo has no task list). Never the key."""
    return f"{job.state.value}, remote task {job.remote_id or 'not created yet'}"


def store_reason(error: BaseException) -> str:
    """The cause alone (e.g. "the disk is full"), to be put inside another sentence."""
    if isinstance(error, StoreError) and error.reason and error.action == SAVE:
        return error.reason.strip().rstrip(".。")  # in the window's language, as it was said
    text = str(error).strip().removeprefix(f"{SAVE}:").strip().rstrip(".")
    return text or type(error).__name__
