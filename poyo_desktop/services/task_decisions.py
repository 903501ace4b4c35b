"""What a person's choice in the task menu leads to for one job, decided without acting.

Its own module because the rules are the delicate part of Retry, Check Status Again and
Submit Again (a wrong answer buys a second paid task), and they need nothing but the job
and which server the app now uses: the jobs service carries a decision out, the task
menu asks the same rules beforehand to disable a choice and say why.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from poyo_desktop.api.defaults import RESULT_LINK_LIFETIME
from poyo_desktop.core.job import Job, new_id, utc_now
from poyo_desktop.core.states import JobState
from poyo_desktop.core.wording import QT_TRANSLATE_NOOP, translate
from poyo_desktop.services.task_choices import AGAIN, Refusal, TaskRequest, Unavailable

# Failures after which the remote task has no video to give: only then does Retry buy a
# new task. After any other failure (a download, the history, a crash) the task PoYo
# made is still there and paid for, so Retry follows it instead.
_NOTHING_TO_FOLLOW = frozenset({"generation_failed", "not_found"})
# PoYo's answer about the task could not be read: the task may well have finished. Retry
# asks about it again first, and buys a new one only once PoYo says it failed.
_CHECK_FIRST = frozenset({"malformed_response"})


@dataclass(frozen=True, slots=True)
class Go:
    """A request granted: the job's next version (which says, in ``buy_if_failed``,
    whether a new task is to be bought should the one it follows turn out failed), and
    whether it waits for a free slot."""

    job: Job
    needs_slot: bool


# What was asked of a task made on the other server ("it can be retried only in demo
# mode"): each choice, an unknown task's two together, and following it at all.
Done = Literal["retried", "checked again", "sent again", "checked again or sent again", "followed"]
_DONE: dict[TaskRequest, Done] = {
    TaskRequest.RETRY: "retried",
    TaskRequest.CHECK_AGAIN: "checked again",
    TaskRequest.SUBMIT_AGAIN: "sent again",
}
# Why not, a whole sentence for each (in the window's language when said: core.wording).
_ONLY_IN_DEMO: dict[Done, str] = {
    "retried": QT_TRANSLATE_NOOP(
        "TaskDecisions",
        "This task was made in demo mode, so it can be retried only in demo mode: remove "
        "your API key in Settings, or start PoYo Desktop with --demo.",
    ),
    "checked again": QT_TRANSLATE_NOOP(
        "TaskDecisions",
        "This task was made in demo mode, so it can be checked again only in demo mode: "
        "remove your API key in Settings, or start PoYo Desktop with --demo.",
    ),
    "sent again": QT_TRANSLATE_NOOP(
        "TaskDecisions",
        "This task was made in demo mode, so it can be sent again only in demo mode: "
        "remove your API key in Settings, or start PoYo Desktop with --demo.",
    ),
    "checked again or sent again": QT_TRANSLATE_NOOP(
        "TaskDecisions",
        "This task was made in demo mode, so it can be checked again or sent again only in "
        "demo mode: remove your API key in Settings, or start PoYo Desktop with --demo.",
    ),
    "followed": QT_TRANSLATE_NOOP(
        "TaskDecisions",
        "This task was made in demo mode, so it can be followed only in demo mode: remove "
        "your API key in Settings, or start PoYo Desktop with --demo.",
    ),
}
_ONLY_WITH_KEY: dict[Done, str] = {
    "retried": QT_TRANSLATE_NOOP(
        "TaskDecisions",
        "This task was made with your PoYo account, so it can be retried only with your "
        "API key: add it in Settings (if it is there, start PoYo Desktop without --demo).",
    ),
    "checked again": QT_TRANSLATE_NOOP(
        "TaskDecisions",
        "This task was made with your PoYo account, so it can be checked again only with "
        "your API key: add it in Settings (if it is there, start PoYo Desktop without "
        "--demo).",
    ),
    "sent again": QT_TRANSLATE_NOOP(
        "TaskDecisions",
        "This task was made with your PoYo account, so it can be sent again only with your "
        "API key: add it in Settings (if it is there, start PoYo Desktop without --demo).",
    ),
    "checked again or sent again": QT_TRANSLATE_NOOP(
        "TaskDecisions",
        "This task was made with your PoYo account, so it can be checked again or sent "
        "again only with your API key: add it in Settings (if it is there, start PoYo "
        "Desktop without --demo).",
    ),
    "followed": QT_TRANSLATE_NOOP(
        "TaskDecisions",
        "This task was made with your PoYo account, so it can be followed only with your "
        "API key: add it in Settings (if it is there, start PoYo Desktop without --demo).",
    ),
}

# What a person's choice in the task menu leads to: go, why it cannot be done, or None
# (not for this job).
Step = Go | Refusal | None


def decide(job: Job, request: TaskRequest, backend: str) -> Step:
    """What ``request`` leads to for ``job`` while the app uses ``backend``. Decides only:
    nothing is changed or started."""
    if request not in AGAIN:
        return decide_in_queue(job, request)
    rule = {
        TaskRequest.RETRY: decide_retry,
        TaskRequest.CHECK_AGAIN: decide_check_again,
        TaskRequest.SUBMIT_AGAIN: decide_submit_again,
    }[request]
    return rule(job, backend)


def already_sent() -> Refusal:
    """Sent: PoYo has the task (or may have), so it is paid, and nothing here can take
    it back."""
    return Refusal(
        translate(
            "TaskDecisions",
            "Already sent to PoYo — it is paid and can only stop being followed "
            "(Remove from List stops following it).",
        ),
        translate("TaskDecisions", "already sent, paid"),
    )


_SENT = frozenset({JobState.SUBMITTING, JobState.QUEUED, JobState.RUNNING, JobState.DOWNLOADING})


def decide_in_queue(job: Job, request: TaskRequest) -> Step:
    """The send queue's choices (pause, resume, move, cancel, send after all): free while
    the job is not sent, refused once it is. Where a move puts it is the queue's to say."""
    waiting = job.state in (JobState.DRAFT, JobState.UPLOADING)
    if job.state in _SENT:
        return already_sent() if request in (TaskRequest.PAUSE, TaskRequest.CANCEL) else None
    if request is TaskRequest.SEND_AFTER_ALL:
        if job.state is not JobState.CANCELLED:
            return None
        return Go(job.moved(JobState.DRAFT, held=False, error_message=None), needs_slot=True)
    if not waiting:
        return None
    if request is TaskRequest.CANCEL:
        return Go(job.moved(JobState.CANCELLED, held=False), needs_slot=False)
    if request is TaskRequest.PAUSE:
        if job.held:
            return None
        paused = job.moved(JobState.DRAFT) if job.state is JobState.UPLOADING else job
        return Go(paused.with_changes(held=True), needs_slot=True)
    if request is TaskRequest.RESUME:
        if not job.held:
            return None
        # A pause the spending limit made says why; resumed, that no longer holds.
        cleared = {"error_kind": None, "error_message": None, "error_detail": None}
        return Go(job.with_changes(held=False, **cleared), needs_slot=True)
    # Send Next, Move Up/Down, Send Last: among the jobs still in line.
    return Go(job, needs_slot=True) if job.state is JobState.DRAFT else None


def refusal(job: Job, request: TaskRequest, backend: str) -> Refusal | None:
    """Why ``request`` would be refused for ``job``, or None (it would be done, or is
    not for this job): the task menu disables it beforehand and says why."""
    step = decide(job, request, backend)
    return step if isinstance(step, Refusal) else None


def unavailable(job: Job, backend: str) -> Unavailable | None:
    """Which of the task menu's choices would be refused for ``job``, with one reason
    for them all; None when nothing offered is refused. Decides only."""
    refused = tuple(request for request in AGAIN if refusal(job, request, backend) is not None)
    if not refused:
        return None
    if len(refused) == 1:
        single = refusal(job, refused[0], backend)
        assert single is not None
        return Unavailable(refused, single)
    # Every refusal is of a task made on the other server: one sentence names them all.
    # Only an unknown task's two choices are ever refused together (Retry is a failed one's).
    return Unavailable(refused, elsewhere(job, "checked again or sent again"))


def decide_retry(job: Job, backend: str) -> Step:
    """Try a failed job again: follow the task when it may have a video, else a new one."""
    if job.state is not JobState.FAILED:
        return None
    if job.remote_id and job.error_kind not in _NOTHING_TO_FOLLOW:
        # The task exists and is paid for (or may be): check it again, take or fetch
        # its video. Never on the other server, which has never heard of it.
        if job.backend != backend:
            return elsewhere(job, _DONE[TaskRequest.RETRY])
        check = job.error_kind in _CHECK_FIRST or not job.result_url or link_stale(job)
        return Go(
            job.moved(
                JobState.QUEUED if check else JobState.DOWNLOADING,
                error_kind=None,
                error_message=None,
                error_detail=None,
                buy_if_failed=job.error_kind in _CHECK_FIRST,
            ),
            needs_slot=False,
        )
    return Go(new_task(job, backend), needs_slot=True)


def link_stale(job: Job) -> bool:
    """Whether the saved result link has expired (or must have by now): the task's
    status then gives a fresh one, so Retry asks for it before downloading."""
    if job.error_kind == "download_link_expired":
        return True
    finished = job.remote_finished_at
    return finished is not None and utc_now() - finished > RESULT_LINK_LIFETIME


def new_task(job: Job, backend: str) -> Job:
    """A new attempt is a new paid task: a fresh idempotency key, no old remote id."""
    uploads: dict[str, object] = {}
    if job.backend != backend:  # image links only work on the server given them
        uploads = {
            "start_image_url": None,
            "start_image_expires_at": None,
            "end_image_url": None,
            "end_image_expires_at": None,
        }
    return job.moved(
        JobState.UPLOADING,
        remote_id=None,
        idempotency_key=new_id(),
        progress=0,
        result_url=None,
        result_size=None,
        credits=None,
        submit_attempts=0,
        error_kind=None,
        error_message=None,
        error_detail=None,
        backend=backend,
        buy_if_failed=False,
        **uploads,
    )


def not_bought_message(job: Job, backend: str) -> str | None:
    """What a job says when the new task Retry decided to buy (PoYo said its task failed)
    is not bought after all, because the app now uses the other server: a purchase there
    is the person's to ask for, with Retry. Other jobs keep their message."""
    if job.error_kind != "generation_failed":
        return job.error_message
    message = job.error_message or translate("TaskDecisions", "PoYo could not make this video.")
    if backend == "poyo":
        words = translate(
            "TaskDecisions",
            "{message} It was not made again by itself, because the app now uses your PoYo "
            "account (a new task is charged): press Retry to make it again here.",
        )
    else:
        words = translate(
            "TaskDecisions",
            "{message} It was not made again by itself, because the app now uses demo mode: "
            "press Retry to make it again here.",
        )
    return words.format(message=message)


def decide_submit_again(job: Job, backend: str) -> Step:
    """For an "unknown" job, on the person's explicit say-so (it may be charged twice).
    The same idempotency key is sent, so a server that honours it will not double-charge."""
    if job.state is not JobState.UNKNOWN:
        return None
    if job.backend != backend:  # its key and image links belong to that server
        return elsewhere(job, _DONE[TaskRequest.SUBMIT_AGAIN])
    return Go(
        job.moved(JobState.UPLOADING, error_kind=None, error_message=None, error_detail=None),
        needs_slot=True,
    )


def decide_check_again(job: Job, backend: str) -> Step:
    """For an "unknown" job that has a remote id: ask PoYo for its status."""
    if job.state is not JobState.UNKNOWN or not job.remote_id:
        return None
    if job.backend != backend:  # the other server has never heard of its id
        return elsewhere(job, _DONE[TaskRequest.CHECK_AGAIN])
    return Go(
        job.moved(JobState.QUEUED, error_kind=None, error_message=None, error_detail=None),
        needs_slot=False,
    )


def elsewhere(job: Job, done: Done) -> Refusal:
    """Why a task made on the other server (demo or PoYo) is not sent to this one, and
    what the person can do. There is no demo switch: demo mode is no API key, or a
    start with --demo."""
    if job.backend == "demo":
        return Refusal(
            translate("TaskDecisions", _ONLY_IN_DEMO[done]),
            translate("TaskDecisions", "only in demo mode"),
        )
    return Refusal(
        translate("TaskDecisions", _ONLY_WITH_KEY[done]),
        translate("TaskDecisions", "needs your API key"),
    )
