"""Opening a SQLite connection with the settings that keep committed rows safe."""

from __future__ import annotations

import logging
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from poyo_desktop.store.errors import is_corruption

BUSY_TIMEOUT_MS = 5_000
WAL_SIZE_LIMIT = 8 * 1024 * 1024

logger = logging.getLogger(__name__)


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode: transactions are explicit (:func:`transaction`).

    Opening is lazy in SQLite, so a damaged file only shows on the first statement.
    ``read_only`` is for looking at a file that may be damaged: such a connection never
    checkpoints the WAL into the file nor deletes it on close, so the evidence stays.
    """
    target = f"{path.absolute().as_uri()}?mode=ro" if read_only else str(path)
    conn = sqlite3.connect(
        target, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, uri=read_only
    )
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def make_durable(conn: sqlite3.Connection) -> str:
    """WAL with a full sync on each commit, so a committed row survives a power cut.

    Returns the journal mode actually in force: some file systems (network shares)
    refuse WAL, and SQLite then silently keeps its rollback journal, which is also safe.
    """
    mode = str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
    conn.execute("PRAGMA synchronous = FULL")
    # After a big transaction, give the WAL's disk space back once it is checkpointed.
    conn.execute(f"PRAGMA journal_size_limit = {WAL_SIZE_LIMIT}")
    # Zero deleted rows on disk: a salvage of a damaged file must not bring them back.
    conn.execute("PRAGMA secure_delete = ON")
    if sys.platform == "darwin":
        # macOS fsync() does not reach the platter; F_FULLFSYNC does.
        conn.execute("PRAGMA fullfsync = ON")
        conn.execute("PRAGMA checkpoint_fullfsync = ON")
    return mode


def find_damage(conn: sqlite3.Connection, *, thorough: bool = False) -> str | None:
    """What ``PRAGMA quick_check`` found wrong, or None for a healthy file.

    ``thorough`` runs ``integrity_check`` instead, which also compares indexes with the
    table (slower; used after damage was seen at run time). Only corruption counts: a lock
    or an I/O error is raised, never taken as damage, so a healthy file held by another
    program is never moved aside.
    """
    pragma = "integrity_check" if thorough else "quick_check"
    try:
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError as exc:
        if is_corruption(exc):
            return str(exc)
        raise
    problems = [str(row[0]) for row in rows]
    if problems == ["ok"]:
        return None
    return "; ".join(problems[:5])


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any error.

    IMMEDIATE takes the write lock up front, so two app instances wait for each other
    (busy timeout) instead of failing half-way with a lock upgrade error.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        # A full disk often shows only here, when the WAL is written: roll back then too.
        conn.execute("COMMIT")
    except BaseException:
        _roll_back(conn)
        raise


def _roll_back(conn: sqlite3.Connection) -> None:
    """Roll back what is left; never hide the error that caused it behind a second one."""
    try:
        if conn.in_transaction:
            conn.rollback()
    except sqlite3.Error:
        logger.warning("rollback failed after an error", exc_info=True)
