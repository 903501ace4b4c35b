"""The history's read for "While you were away": ended tasks changed since a moment."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from poyo_desktop.core.states import JobState
from poyo_desktop.store.ended import ended_since
from tests.store.conftest import BASE_TIME, build_job


def test_only_ended_tasks_changed_since_the_moment_oldest_change_first(store):
    since = BASE_TIME + timedelta(hours=1)
    states = (
        JobState.FINISHED,
        JobState.FAILED,
        JobState.UNKNOWN,
        JobState.CANCELLED,  # never sent: nothing happened to tell of
        JobState.RUNNING,
    )
    jobs = [
        replace(build_job(i), state=state, updated_at=since + timedelta(minutes=10 - i))
        for i, state in enumerate(states)
    ]
    old = replace(build_job(9), state=JobState.FINISHED, updated_at=since - timedelta(seconds=1))
    store.save_many([*jobs, old])
    found = ended_since(store, since)
    assert [job.state for job in found] == [JobState.UNKNOWN, JobState.FAILED, JobState.FINISHED]
    assert found[0] == jobs[2]  # whole jobs, as saved
    assert ended_since(store, since, most=1) == [jobs[2]]
