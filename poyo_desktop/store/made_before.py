"""Which pictures the history already made into a video with the same settings.

The history's kept pictures are named by the SHA-256 of their bytes (see :mod:`.images`),
so a picture's content is known from a job's ``start_image`` alone, wherever the person
keeps the original. A video counts when it finished, or is still on its way (waiting,
sending, being made or downloaded): a batch dropped twice must not pay twice. Failed,
unknown and cancelled ones do not count: no video came of them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from poyo_desktop.core.batch import MadeBefore, Sameness
from poyo_desktop.core.states import UNDER_WAY, JobState
from poyo_desktop.store.errors import READ, translated
from poyo_desktop.store.images import is_kept_name
from poyo_desktop.store.rows import text_to_time

if TYPE_CHECKING:
    from poyo_desktop.store.store import JobStore

_COUNTED = (JobState.FINISHED, *sorted(UNDER_WAY))


def digest_of(kept: str) -> str:
    """The SHA-256 a kept picture's name carries ("" for a name this app did not write)."""
    name = Path(kept).name
    return name.split(".", 1)[0] if is_kept_name(name) else ""


def find_made_before(
    conn: sqlite3.Connection, wanted: Iterable[Sameness]
) -> dict[Sameness, MadeBefore]:
    """For each of ``wanted`` found in the history: the latest finished video's day, or,
    when none finished, since when one is under way. One query for the lot."""
    wanted = set(wanted)
    if not wanted:
        return {}
    models = sorted({w.model for w in wanted})
    durations = sorted({w.duration for w in wanted})
    # Few in a batch: a 100,000-task history is narrowed to the rows that can match.
    prompts = sorted({w.prompt for w in wanted})
    states = [state.value for state in _COUNTED]
    marks = ", ".join
    rows = conn.execute(
        "SELECT start_image, model, duration, prompt, state, finished_at, created_at "
        "FROM jobs WHERE start_image IS NOT NULL "
        f"AND state IN ({marks('?' * len(states))}) "
        f"AND model IN ({marks('?' * len(models))}) "
        f"AND duration IN ({marks('?' * len(durations))}) "
        f"AND prompt IN ({marks('?' * len(prompts))})",
        (*states, *models, *durations, *prompts),
    ).fetchall()
    found: dict[Sameness, MadeBefore] = {}
    for start_image, model, duration, prompt, state, finished_at, created_at in rows:
        key = Sameness(digest_of(str(start_image)), str(model), int(duration), str(prompt))
        if key not in wanted:
            continue
        finished = state == JobState.FINISHED.value
        made = MadeBefore(
            text_to_time(str(finished_at or created_at) if finished else str(created_at)),
            under_way=not finished,
        )
        found[key] = _better(found.get(key), made)
    return found


def _better(old: MadeBefore | None, new: MadeBefore) -> MadeBefore:
    """A finished video over one under way; the latest among the finished."""
    if old is None:
        return new
    if old.under_way != new.under_way:
        return old if not old.under_way else new
    return new if new.on > old.on else old


def made_before(store: JobStore, wanted: Iterable[Sameness]) -> dict[Sameness, MadeBefore]:
    """:func:`find_made_before` on ``store``'s file; runs on the store's own thread (see
    AsyncJobStore.made_before). Failures raise StoreError, like every read."""
    with translated(READ):
        return find_made_before(store._conn, wanted)  # the store's connection, its thread
