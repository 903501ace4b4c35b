"""Where a chained video comes from: the frames taken from videos, and who continues whom.

A frame taken from a finished video ("Use this frame", "Continue from the last frame") is
kept as a picture like any other (named by its content, see :mod:`.images`), and a row of
``frames`` says which video it came from and when in it. A job recorded later with that
picture as its start continues from that video: its ``parent_id`` is set from here. The
link follows the picture, not the form, so it survives a restart with the draft kept,
and a picture taken twice is one row (the latest taking wins).

Its own module to keep ``store.py`` about jobs as whole rows. Runs on the store's own
thread (see AsyncJobStore), on its connection.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from poyo_desktop.store.connection import transaction
from poyo_desktop.store.errors import READ, SAVE, translated
from poyo_desktop.store.rows import time_to_text

if TYPE_CHECKING:
    from poyo_desktop.store.store import JobStore

__all__ = ["FrameSource", "frame_source", "remember_frame"]


@dataclass(frozen=True, slots=True)
class FrameSource:
    """A kept picture is the frame of ``job_id``'s video at ``at_ms``."""

    job_id: str
    at_ms: int


def write_frame(
    conn: sqlite3.Connection, image: str, job_id: str, at_ms: int, now: datetime
) -> None:
    with transaction(conn):
        conn.execute(
            "INSERT INTO frames (image, job_id, at_ms, taken_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (image) DO UPDATE SET job_id = excluded.job_id, "
            "at_ms = excluded.at_ms, taken_at = excluded.taken_at",
            (image, job_id, int(at_ms), time_to_text(now)),
        )


def read_frame(conn: sqlite3.Connection, image: str) -> FrameSource | None:
    row = conn.execute("SELECT job_id, at_ms FROM frames WHERE image = ?", (image,)).fetchone()
    return None if row is None else FrameSource(str(row[0]), int(row[1]))


# -- on a JobStore's connection (the store's thread) ---------------------------------------


def remember_frame(store: JobStore, image: Path, job_id: str, at_ms: int) -> None:
    """The kept picture ``image`` is the frame of ``job_id``'s video at ``at_ms``."""
    with translated(SAVE):
        write_frame(store._conn, Path(image).name, job_id, at_ms, datetime.now(UTC))


def frame_source(store: JobStore, image: Path) -> FrameSource | None:
    """Which video the kept picture ``image`` was taken from; None: not from a video."""
    with translated(READ):
        return read_frame(store._conn, Path(image).name)
