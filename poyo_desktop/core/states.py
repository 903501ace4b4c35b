"""The one place that decides what a job's state is and which moves are allowed.

The store persists these values and the UI renders them; neither invents its own.
"""

from __future__ import annotations

from enum import StrEnum


class JobState(StrEnum):
    """Where a local job stands. Values are stored in SQLite: never rename one."""

    DRAFT = "draft"
    UPLOADING = "uploading"
    SUBMITTING = "submitting"
    QUEUED = "queued"
    RUNNING = "running"
    DOWNLOADING = "downloading"
    FINISHED = "finished"
    FAILED = "failed"
    UNKNOWN = "unknown"  # the submit left the machine and no answer came back
    CANCELLED = "cancelled"  # taken out of the send queue before it was sent: never paid

    @property
    def is_terminal(self) -> bool:
        """Terminal states need a person's decision to move again (retry, resubmit, remove)."""
        return self in _TERMINAL

    @property
    def is_remote(self) -> bool:
        """States in which a remote task exists and is being followed."""
        return self in (JobState.QUEUED, JobState.RUNNING, JobState.DOWNLOADING)

    @property
    def label(self) -> str:
        """A short word for a person; the UI may translate it."""
        return _LABELS[self]


_TERMINAL = frozenset({JobState.FINISHED, JobState.FAILED, JobState.UNKNOWN, JobState.CANCELLED})

#: Not ended: waiting, being sent, made or downloaded. A job here still moves on its own
#: (or waits its turn in the send queue).
UNDER_WAY = frozenset(state for state in JobState if state not in _TERMINAL)

_LABELS = {
    JobState.DRAFT: "Waiting",  # a new job waits for a free slot before it is sent
    JobState.UPLOADING: "Uploading",
    JobState.SUBMITTING: "Submitting",
    JobState.QUEUED: "Queued",
    JobState.RUNNING: "Running",
    JobState.DOWNLOADING: "Downloading",
    JobState.FINISHED: "Finished",
    JobState.FAILED: "Failed",
    JobState.UNKNOWN: "Unknown",
    JobState.CANCELLED: "Cancelled",
}

# Which moves are legal. Anything else is a programming error and raises.
_ALLOWED: dict[JobState, frozenset[JobState]] = {
    JobState.DRAFT: frozenset(
        {JobState.UPLOADING, JobState.SUBMITTING, JobState.FAILED, JobState.CANCELLED}
    ),
    # Uploads cost nothing: until the submit starts, cancelling is free.
    JobState.UPLOADING: frozenset(
        {JobState.SUBMITTING, JobState.FAILED, JobState.DRAFT, JobState.CANCELLED}
    ),
    JobState.SUBMITTING: frozenset(
        {
            JobState.QUEUED,
            JobState.RUNNING,
            JobState.FINISHED,
            JobState.DOWNLOADING,
            JobState.FAILED,
            JobState.UNKNOWN,
            JobState.UPLOADING,
        }
    ),
    JobState.QUEUED: frozenset(
        {JobState.RUNNING, JobState.DOWNLOADING, JobState.FAILED, JobState.FINISHED}
    ),
    JobState.RUNNING: frozenset(
        {JobState.QUEUED, JobState.DOWNLOADING, JobState.FAILED, JobState.FINISHED}
    ),
    JobState.DOWNLOADING: frozenset({JobState.FINISHED, JobState.FAILED}),
    # A person may ask again: retry a failed job, re-download, re-check an unknown submit.
    JobState.FINISHED: frozenset({JobState.DOWNLOADING}),
    JobState.FAILED: frozenset(
        {
            JobState.UPLOADING,
            JobState.SUBMITTING,
            JobState.DOWNLOADING,
            JobState.QUEUED,
            JobState.RUNNING,
        }
    ),
    # Put back in the send queue ("Send after all"): still never sent, so still free.
    JobState.CANCELLED: frozenset({JobState.DRAFT}),
    JobState.UNKNOWN: frozenset(
        {
            JobState.UPLOADING,
            JobState.SUBMITTING,
            JobState.QUEUED,
            JobState.RUNNING,
            JobState.DOWNLOADING,
            JobState.FAILED,
            JobState.FINISHED,
        }
    ),
}


class IllegalTransition(ValueError):
    """A move the state machine forbids: a bug in the caller, never a user error."""


def can_move(old: JobState, new: JobState) -> bool:
    return old == new or new in _ALLOWED[old]


def check_move(old: JobState, new: JobState) -> JobState:
    """Return ``new`` when the move is legal, raise :class:`IllegalTransition` otherwise."""
    if not can_move(old, new):
        raise IllegalTransition(f"a job cannot go from {old} to {new}")
    return new
