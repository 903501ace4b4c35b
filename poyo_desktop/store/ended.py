"""The tasks that ended (finished, failed, or left unknown) since a moment: what the
"While you were away" summary reads when the person comes back or the app starts.

One query on the store's own thread (see AsyncJobStore.ended_since). A row's
``updated_at`` is at least the moment it ended, so it narrows the history in SQL; the
exact moment each one ended is the service's to decide (services/away_summary.py).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from poyo_desktop.core.job import Job
from poyo_desktop.core.states import JobState
from poyo_desktop.store.errors import READ, translated
from poyo_desktop.store.rows import COLUMNS, row_to_job, time_to_text

if TYPE_CHECKING:
    from poyo_desktop.store.store import JobStore

ENDED = (JobState.FINISHED, JobState.FAILED, JobState.UNKNOWN)
MOST = 500  # more than a person reads in a summary; a batch of hundreds is still whole


def ended_since(store: JobStore, since: datetime, most: int = MOST) -> list[Job]:
    """Jobs in an ended state changed at or after ``since``, oldest change first."""
    states = [state.value for state in ENDED]
    marks = ", ".join("?" * len(states))
    with translated(READ):
        rows = store._conn.execute(  # the store's connection, on its thread
            f"SELECT {', '.join(COLUMNS)} FROM jobs WHERE state IN ({marks}) "
            "AND updated_at >= ? ORDER BY updated_at, id LIMIT ?",
            (*states, time_to_text(since), int(most)),
        ).fetchall()
    return [row_to_job(dict(zip(COLUMNS, row, strict=True))) for row in rows]
