"""The task history: one SQLite file beside an ``images`` folder.

A :class:`JobStore` belongs to one thread (SQLite connections must not be shared); the GUI
uses it through :class:`~poyo_desktop.store.async_store.AsyncJobStore`. Every write is one
transaction that is fully synced before ``save`` returns.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import datetime, timedelta
from pathlib import Path
from types import TracebackType

from poyo_desktop.core.job import Job
from poyo_desktop.core.query import JobQuery
from poyo_desktop.core.states import UNDER_WAY, JobState
from poyo_desktop.core.wording import QT_TRANSLATE_NOOP
from poyo_desktop.store import images, spend
from poyo_desktop.store.connection import connect, find_damage, make_durable, transaction
from poyo_desktop.store.errors import (
    KEEP_IMAGE,
    OPEN,
    READ,
    SAVE,
    ReadOnlyError,
    StoreCorruptError,
    is_corruption,
    told,
    translated,
)
from poyo_desktop.store.query import ORDER, where
from poyo_desktop.store.recovery import RecoveryReport, backup_pattern, replace_damaged
from poyo_desktop.store.rows import COLUMNS, job_to_row, row_to_job
from poyo_desktop.store.schema import MIGRATIONS, Migration, migrate, pending
from poyo_desktop.store.spend import Purchase, Reservation, SpendLimits, SpendRow, SpendTotals

logger = logging.getLogger(__name__)

UNFINISHED_STATES = UNDER_WAY  # the jobs a start picks up again

_SELECT = f"SELECT {', '.join(COLUMNS)} FROM jobs"
_UPSERT = (
    f"INSERT INTO jobs ({', '.join(COLUMNS)}) VALUES ({', '.join(':' + c for c in COLUMNS)}) "
    "ON CONFLICT (id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in COLUMNS if c != "id")
)


class JobStore:
    """Jobs in a SQLite file at ``path``; kept images in ``path.parent / "images"``.

    Opening creates or migrates the file. A damaged file is moved aside and what can be
    read from it is carried over: see :attr:`recovery`. Machine failures raise
    :class:`~poyo_desktop.store.errors.StoreError`; a failed save leaves the caller's Job
    untouched, so it can be saved again once the cause is fixed.
    """

    def __init__(self, path: Path, *, migrations: Sequence[Migration] = MIGRATIONS) -> None:
        self.path = Path(path).absolute()
        self.images_dir = self.path.parent / "images"
        self.recovery: RecoveryReport | None = None
        self._migrations = tuple(migrations)
        with translated(OPEN):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                self._conn = self._open()
            except sqlite3.OperationalError as exc:
                read_only = self._read_only_error(exc)
                if read_only is None:
                    raise
                raise read_only from exc

    # -- opening -------------------------------------------------------------------------

    @property
    def _damage_marker(self) -> Path:
        """Present when damage was seen at run time: the next open checks thoroughly."""
        return self.path.with_name(self.path.name + ".check")

    def _open(self) -> sqlite3.Connection:
        problem = self._find_damage()
        if problem is None:
            conn = connect(self.path)
            try:
                self._prepare(conn)
            except sqlite3.DatabaseError as exc:
                conn.close()
                if not is_corruption(exc):
                    raise
                problem = str(exc)
            except BaseException:
                conn.close()
                raise
            else:
                self._clear_damage_marker()
                return conn
        self.recovery = replace_damaged(self.path, problem, self._build)
        self._clear_damage_marker()
        conn = connect(self.path)
        try:
            self._prepare(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    def _build(self, target: Path, jobs: list[Job]) -> None:
        """A complete new history file at ``target`` holding ``jobs`` (for recovery)."""
        conn = connect(target)
        try:
            self._prepare(conn)
            self._write_rows(conn, [job_to_row(job) for job in jobs])
            spend.rebuild_from_jobs(conn, jobs)
        finally:
            conn.close()

    def _clear_damage_marker(self) -> None:
        if self._damage_marker.exists():
            with suppress(OSError):  # read-only media: it will be checked again, no harm
                self._damage_marker.unlink()

    def _find_damage(self) -> str | None:
        """Check an existing file through a read-only connection (see :func:`connect`)."""
        if not self.path.is_file() or self.path.stat().st_size == 0:
            return None
        probe = connect(self.path, read_only=True)
        try:
            return find_damage(probe, thorough=self._damage_marker.exists())
        finally:
            probe.close()

    def _prepare(self, conn: sqlite3.Connection) -> None:
        steps = pending(conn, self._migrations)  # refuses a newer file before any write
        mode = make_durable(conn)
        if mode.lower() != "wal":
            logger.warning("SQLite kept journal mode %r for %s", mode, self.path)
        if steps and steps[0].version > 1:
            self._backup_before_migration(conn, steps[0].version - 1)
        migrate(conn, steps)

    def _backup_before_migration(self, conn: sqlite3.Connection, version: int) -> None:
        """Keep ``<name>.v<N>.bak``: a migration bug must not cost anyone their history."""
        target = self.path.with_name(f"{self.path.name}.v{version}.bak")
        temp = target.with_name(target.name + ".part")
        temp.unlink(missing_ok=True)
        copy = sqlite3.connect(temp)
        try:
            conn.backup(copy)
        finally:
            copy.close()
        os.replace(temp, target)

    def _read_only_error(self, exc: sqlite3.OperationalError) -> ReadOnlyError | None:
        """SQLite says only "unable to open" for a WAL file on read-only media; say why."""
        folder_ro = not os.access(self.path.parent, os.W_OK)
        file_ro = self.path.exists() and not os.access(self.path, os.W_OK)
        if not (folder_ro or file_ro):
            return None
        return told(
            ReadOnlyError,
            OPEN,
            QT_TRANSLATE_NOOP("StoreErrors", "the history file or its folder is read-only"),
            f"{type(exc).__name__}: {exc}",
        )

    @contextmanager
    def _guard(self, action: str) -> Iterator[None]:
        """:func:`translated`, and remember run-time damage for the next open."""
        try:
            with translated(action):
                yield
        except StoreCorruptError:
            with suppress(OSError):
                self._damage_marker.touch()
            raise

    # -- jobs ----------------------------------------------------------------------------

    def save(self, job: Job) -> None:
        """Insert or update ``job`` in one durable transaction."""
        self.save_many((job,))

    def save_many(self, jobs: Iterable[Job]) -> None:
        """Insert or update several jobs in one transaction: all are saved, or none."""
        rows = [job_to_row(job) for job in jobs]
        with self._guard(SAVE):
            self._write_rows(self._conn, rows)

    def get(self, job_id: str) -> Job | None:
        with self._guard(READ):
            row = self._conn.execute(f"{_SELECT} WHERE id = ?", (job_id,)).fetchone()
        return None if row is None else _job(row)

    def delete(self, job_id: str) -> None:
        """Remove one job (its kept images go with :meth:`forget_unused_images`)."""
        with self._guard(SAVE), transaction(self._conn):
            self._conn.execute("DELETE FROM jobs WHERE id = ?", (job_id,))

    def unfinished(self) -> list[Job]:
        """Jobs to resume after a restart, oldest first: those still under way, and failed
        ones whose Retry had decided to buy a new task (``buy_if_failed``) when the app
        stopped. UNKNOWN ones are not here: they wait for a person's decision (see
        :meth:`by_state`)."""
        clause, params = where(JobQuery(states=UNFINISHED_STATES))
        condition = clause.removeprefix(" WHERE ")
        with self._guard(READ):
            rows = self._conn.execute(
                f"{_SELECT} WHERE ({condition}) OR buy_if_failed = 1 ORDER BY created_at, id",
                params,
            ).fetchall()
        return [_job(row) for row in rows]

    def by_state(self, state: JobState) -> list[Job]:
        """Every job in ``state``, oldest first."""
        return self._select(JobQuery(states=frozenset({state})), "ORDER BY created_at, id")

    def count(self, query: JobQuery) -> int:
        clause, params = where(query)
        with self._guard(READ):
            row = self._conn.execute(f"SELECT count(*) FROM jobs{clause}", params).fetchone()
        return int(row[0])

    def page(self, query: JobQuery, offset: int, limit: int) -> list[Job]:
        """Jobs ``offset`` … ``offset + limit - 1`` of the history, newest first."""
        if offset < 0 or limit < 0:
            raise ValueError("offset and limit must not be negative")
        return self._select(query, f"{ORDER} LIMIT {int(limit)} OFFSET {int(offset)}")

    # -- the spend ledger (store/spend.py) -----------------------------------------------

    def reserve_spend(
        self, purchase: Purchase, limits: SpendLimits, now: datetime, *, force: bool = False
    ) -> Reservation:
        """Record a purchase if it keeps within ``limits``: check and row, one transaction."""
        with self._guard(SAVE):
            return spend.reserve(self._conn, purchase, limits, now, force=force)

    def settle_spend(
        self, job_id: str, charged: float | None, outcome: str, *, answered: bool = True
    ) -> bool:
        """How the job's latest purchase ended (see :func:`spend.settle`)."""
        with self._guard(SAVE):
            return spend.settle(self._conn, job_id, charged, outcome, answered=answered)

    def open_spend_jobs(self) -> list[str]:
        with self._guard(READ):
            return spend.open_jobs(self._conn)

    def spend_totals(self, since: datetime) -> SpendTotals:
        with self._guard(READ):
            return spend.totals(self._conn, since)

    def spend_rows(self, since: datetime, until: datetime) -> list[SpendRow]:
        with self._guard(READ):
            return spend.rows_between(self._conn, since, until)

    # -- images --------------------------------------------------------------------------

    def keep_image(self, source: Path) -> Path:
        """The app's own copy of ``source`` (stored once per content); see :mod:`images`."""
        with self._guard(KEEP_IMAGE):
            return images.keep_image(self.images_dir, Path(source))

    def forget_unused_images(self, older_than: timedelta = timedelta(hours=1)) -> list[Path]:
        """Delete kept images no job references any more; return the deleted paths.

        Images younger than ``older_than`` stay (their job may not be saved yet), and
        nothing is deleted while a damaged copy of the history is kept beside the file,
        since jobs in it that could not be recovered may still point at them.
        """
        if any(self.path.parent.glob(backup_pattern(self.path))):
            logger.info("kept all images: a damaged history copy is still beside %s", self.path)
            return []
        with self._guard(READ):
            rows = self._conn.execute(
                "SELECT start_image FROM jobs WHERE start_image IS NOT NULL "
                "UNION SELECT end_image FROM jobs WHERE end_image IS NOT NULL"
            ).fetchall()
        names = {Path(str(row[0])).name for row in rows}
        with self._guard(SAVE):
            return images.forget_unused(self.images_dir, names, older_than.total_seconds())

    # -- life cycle ----------------------------------------------------------------------

    def close(self) -> None:
        """Close the file. Every save has already been committed and synced."""
        try:
            self._conn.execute("PRAGMA optimize")
        except sqlite3.Error:
            logger.debug("PRAGMA optimize failed on close", exc_info=True)
        self._conn.close()

    def __enter__(self) -> JobStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # -- internals -----------------------------------------------------------------------

    def _select(self, query: JobQuery, tail: str) -> list[Job]:
        clause, params = where(query)
        with self._guard(READ):
            rows = self._conn.execute(f"{_SELECT}{clause} {tail}", params).fetchall()
        return [_job(row) for row in rows]

    @staticmethod
    def _write_rows(conn: sqlite3.Connection, rows: list[dict[str, object]]) -> None:
        if not rows:
            return
        with transaction(conn):
            conn.executemany(_UPSERT, rows)


def _job(row: Sequence[object]) -> Job:
    return row_to_job(dict(zip(COLUMNS, row, strict=True)))
