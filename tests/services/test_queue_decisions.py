"""What the send queue's menu choices lead to for a job in each state, decided without
acting; and the words rows and the preview use for the queue's states."""

from __future__ import annotations

import pytest

from poyo_desktop.core.job import Job
from poyo_desktop.core.states import JobState
from poyo_desktop.services.task_choices import QUEUE, Refusal, TaskRequest
from poyo_desktop.services.task_decisions import Go, decide, unavailable
from poyo_desktop.ui.tasks import formatting

R = TaskRequest


def job(state: JobState, **changes: object) -> Job:
    return Job(model="kling-2.1/standard", prompt="p", state=state, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("state", "held", "offered"),
    [
        (
            JobState.DRAFT,
            False,
            {R.PAUSE, R.SEND_NEXT, R.MOVE_UP, R.MOVE_DOWN, R.SEND_LAST, R.CANCEL},
        ),
        (
            JobState.DRAFT,
            True,
            {R.RESUME, R.SEND_NEXT, R.MOVE_UP, R.MOVE_DOWN, R.SEND_LAST, R.CANCEL},
        ),
        (JobState.UPLOADING, False, {R.PAUSE, R.CANCEL}),
        (JobState.CANCELLED, False, {R.SEND_AFTER_ALL}),
        (JobState.QUEUED, False, set()),
        (JobState.FINISHED, False, set()),
        (JobState.FAILED, False, set()),
    ],
)
def test_what_each_state_offers(state: JobState, held: bool, offered: set[TaskRequest]) -> None:
    subject = job(state, held=held)
    granted = {r for r in QUEUE if isinstance(decide(subject, r, "poyo"), Go)}
    assert granted == offered


@pytest.mark.parametrize("state", [JobState.SUBMITTING, JobState.RUNNING, JobState.DOWNLOADING])
def test_a_sent_job_refuses_pause_and_cancel_saying_it_is_paid(state: JobState) -> None:
    for request in (R.PAUSE, R.CANCEL):
        step = decide(job(state), request, "poyo")
        assert isinstance(step, Refusal) and "paid" in step.message
    # The note under the list is about Retry and its kind only.
    assert unavailable(job(state), "poyo") is None


def test_the_decided_versions() -> None:
    paused = decide(job(JobState.UPLOADING), R.PAUSE, "poyo")
    assert isinstance(paused, Go) and (paused.job.state, paused.job.held) == (JobState.DRAFT, True)
    cancelled = decide(job(JobState.DRAFT, held=True), R.CANCEL, "poyo")
    assert isinstance(cancelled, Go) and cancelled.job.state is JobState.CANCELLED
    again = decide(job(JobState.CANCELLED), R.SEND_AFTER_ALL, "poyo")
    assert isinstance(again, Go) and again.job.state is JobState.DRAFT and again.needs_slot
    limited = job(JobState.DRAFT, held=True, error_message="Over today's limit")
    resumed = decide(limited, R.RESUME, "poyo")
    assert isinstance(resumed, Go) and not resumed.job.held and resumed.job.error_message is None


def test_the_words_for_the_queue() -> None:
    formatting.follow_queue(lambda job_id: 2)
    try:
        assert formatting.status_text(job(JobState.DRAFT)) == "Waiting · 2nd in line · not paid yet"
    finally:
        formatting.follow_queue(None)
    assert formatting.status_text(job(JobState.DRAFT)) == "Waiting · not paid yet"
    assert formatting.status_text(job(JobState.DRAFT, held=True)) == "Paused · not paid yet"
    cancelled = job(JobState.CANCELLED)
    assert formatting.status_text(cancelled) == "Cancelled · nothing was charged"
    assert formatting.status_text(job(JobState.QUEUED)) == "Queued · paid"
    assert formatting.status_text(job(JobState.QUEUED, backend="demo")) == "Queued · sent"
    assert "nothing was charged" in formatting.job_tooltip(cancelled)
