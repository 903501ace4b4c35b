"""The send queue's writes that must be decided by the file itself: a waiting job's edit,
made only while the history still says it waits, and the queue's own "Pause Sending".

Its own module to keep ``store.py`` about jobs as whole rows. An edit is not a plain save:
a save writes the whole row the caller holds, while a slot may just have taken the job
and begun to send it. So the check ("still waiting?") and the change are one UPDATE: the
file answers whether the edit happened, and never half. Runs on the store's own thread
(see AsyncJobStore), on its connection.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from poyo_desktop.core.job import Job
from poyo_desktop.core.states import JobState
from poyo_desktop.store.connection import transaction
from poyo_desktop.store.errors import READ, SAVE, translated
from poyo_desktop.store.rows import job_to_row

if TYPE_CHECKING:
    from poyo_desktop.store.store import JobStore

#: What an edit may change before a job is sent; every other column stays as stored.
EDITABLE = ("prompt", "negative_prompt", "duration", "model")
SENDING_PAUSED = "sending_paused"

_EDIT = (
    "UPDATE jobs SET "
    + ", ".join(f"{column} = :{column}" for column in (*EDITABLE, "updated_at", "search_text"))
    + " WHERE id = :id AND state = :waiting"
)


def edit_if_waiting(conn: sqlite3.Connection, edited: Job) -> bool:
    """Write ``edited``'s prompts, length and model if its stored row still waits to be
    sent (DRAFT); True when it did. One statement: no send can come between the two."""
    row = job_to_row(edited)
    values = {column: row[column] for column in (*EDITABLE, "updated_at", "search_text", "id")}
    with transaction(conn):
        cursor = conn.execute(_EDIT, {**values, "waiting": JobState.DRAFT.value})
        return cursor.rowcount == 1


def read_flag(conn: sqlite3.Connection, name: str) -> bool:
    row = conn.execute("SELECT value FROM queue_state WHERE name = ?", (name,)).fetchone()
    return bool(row[0]) if row is not None else False


def write_flag(conn: sqlite3.Connection, name: str, value: bool) -> None:
    with transaction(conn):
        conn.execute(
            "INSERT INTO queue_state (name, value) VALUES (?, ?) "
            "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            (name, int(value)),
        )


# -- on a JobStore's connection (the store's thread) ---------------------------------------


def edit_waiting(store: JobStore, edited: Job) -> bool:
    """:func:`edit_if_waiting` on ``store``'s file. Failures raise StoreError."""
    with translated(SAVE):
        return edit_if_waiting(store._conn, edited)  # the store's connection, its thread


def sending_paused(store: JobStore) -> bool:
    """Whether the person left sending paused ("Pause Sending"); False when never set."""
    with translated(READ):
        return read_flag(store._conn, SENDING_PAUSED)


def keep_sending_paused(store: JobStore, paused: bool) -> None:
    with translated(SAVE):
        write_flag(store._conn, SENDING_PAUSED, paused)
