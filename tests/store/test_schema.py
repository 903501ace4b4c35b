"""The file format: pragmas, the row mapping, and the numbered forward migrations."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from poyo_desktop.core.job import Job
from poyo_desktop.core.query import JobQuery
from poyo_desktop.core.states import JobState
from poyo_desktop.store import (
    SCHEMA_VERSION,
    ForeignDatabaseError,
    JobStore,
    Migration,
    NewerDatabaseError,
    StoreError,
)
from poyo_desktop.store.rows import COLUMNS, SPEC, job_to_row, row_to_job
from poyo_desktop.store.schema import MIGRATIONS, sql_step

from .conftest import MakeJob


def full_job() -> Job:
    """A job with no field left at None, times in a non-UTC zone."""
    paris = timezone(timedelta(hours=1))
    when = datetime(2026, 3, 4, 5, 6, 7, 890123, tzinfo=paris)
    values: dict[str, object] = {}
    for field in dataclasses.fields(Job):
        kind = SPEC[field.name]
        if kind.startswith("time"):
            values[field.name] = when + timedelta(seconds=len(field.name))
        elif kind.startswith("int"):
            values[field.name] = len(field.name) * 7
        elif kind in ("real", "real?"):
            values[field.name] = 27.5
        elif kind == "bool":
            values[field.name] = True
        elif kind == "state":
            values[field.name] = JobState.DOWNLOADING
        else:
            values[field.name] = f"{field.name} — ünïcode ✓"
    return Job(**values)  # type: ignore[arg-type]


def test_spec_covers_every_job_field() -> None:
    # A new Job field must come with a migration: this fails until it does.
    assert sorted(f.name for f in dataclasses.fields(Job)) == sorted(SPEC)


def test_table_columns_are_in_mapping_order(store: JobStore) -> None:
    # Salvage maps raw records by position, so the order matters too.
    names = [row[1] for row in store._conn.execute("PRAGMA table_info(jobs)")]
    assert names == list(COLUMNS)


def test_pragmas(store: JobStore) -> None:
    conn = store._conn

    def pragma(name: str) -> object:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]

    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL
    assert pragma("foreign_keys") == 1
    assert pragma("busy_timeout") == 5000
    assert pragma("secure_delete") == 1
    assert pragma("user_version") == SCHEMA_VERSION == 5


def test_full_job_round_trips(store: JobStore) -> None:
    job = full_job()
    store.save(job)
    back = store.get(job.id)
    assert back == job
    assert back is not None and back.created_at.tzinfo == UTC
    row = store._conn.execute("SELECT created_at, state, credits FROM jobs").fetchone()
    assert row == ("2026-03-04T04:06:17.890123+00:00", "downloading", 27.5)


def test_minimal_job_round_trips_with_nulls(store: JobStore) -> None:
    job = Job(model="kling-2.1/standard", prompt="")
    store.save(job)
    assert store.get(job.id) == job
    nulls = store._conn.execute("SELECT remote_id, credits, finished_at FROM jobs").fetchone()
    assert nulls == (None, None, None)


def test_integral_credits_come_back_as_float(store: JobStore, make_job: MakeJob) -> None:
    job = make_job(1, credits=30)
    store.save(job)
    back = store.get(job.id)
    assert back is not None and back.credits == 30.0 and isinstance(back.credits, float)


def test_naive_times_are_taken_as_utc() -> None:
    job = Job(model="m", prompt="p", created_at=datetime(2026, 1, 2, 3, 4, 5))
    row = job_to_row(job)
    assert row["created_at"] == "2026-01-02T03:04:05.000000+00:00"
    assert row_to_job(row).created_at == datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


@pytest.mark.parametrize(
    ("column", "value"),
    [("state", "exploded"), ("prompt", None), ("duration", "5"), ("created_at", "yesterday")],
)
def test_rows_that_are_not_jobs_are_refused(column: str, value: object) -> None:
    row = job_to_row(full_job())
    row[column] = value
    with pytest.raises((ValueError, TypeError)):
        row_to_job(row)


# -- migrations --------------------------------------------------------------------------


def _add_note_column(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE jobs ADD COLUMN note TEXT NOT NULL DEFAULT 'migrated'")


NEXT = len(MIGRATIONS) + 1  # a step after the real ones, for the tests below
FAKE_STEP_2 = Migration(NEXT, "a note on every job (test only)", _add_note_column)


def test_extra_step_runs_once_and_keeps_data(db_path: Path, make_job: MakeJob) -> None:
    jobs = [make_job(i) for i in range(5)]
    with JobStore(db_path) as store:
        store.save_many(jobs)

    with JobStore(db_path, migrations=(*MIGRATIONS, FAKE_STEP_2)) as store:
        conn = store._conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == NEXT
        assert {row[0] for row in conn.execute("SELECT note FROM jobs")} == {"migrated"}
        assert [store.get(job.id) for job in jobs] == jobs

    # The file as it was before the step is kept.
    backup = db_path.with_name(f"jobs.db.v{NEXT - 1}.bak")
    with sqlite3.connect(backup) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == NEXT - 1
        assert conn.execute("SELECT count(*) FROM jobs").fetchone()[0] == 5
    conn.close()

    # Reopening at the new version runs nothing again.
    with JobStore(db_path, migrations=(*MIGRATIONS, FAKE_STEP_2)) as store:
        assert store.get(jobs[0].id) == jobs[0]


def test_failing_step_changes_nothing(db_path: Path, make_job: MakeJob) -> None:
    job = make_job(1)
    with JobStore(db_path) as store:
        store.save(job)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE jobs ADD COLUMN half_done TEXT")
        raise RuntimeError("bug in step 2")

    with pytest.raises(RuntimeError):
        JobStore(db_path, migrations=(*MIGRATIONS, Migration(NEXT, "broken", broken)))

    with JobStore(db_path) as store:
        columns = [row[1] for row in store._conn.execute("PRAGMA table_info(jobs)")]
        assert "half_done" not in columns
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.get(job.id) == job


def test_sql_steps_are_appended_the_same_way(db_path: Path) -> None:
    step = sql_step(NEXT, "an extra index", "CREATE INDEX jobs_by_remote ON jobs (remote_id)")
    with JobStore(db_path, migrations=(*MIGRATIONS, step)) as store:
        names = {row[0] for row in store._conn.execute("SELECT name FROM sqlite_master")}
        assert "jobs_by_remote" in names


def test_misnumbered_steps_are_a_bug(db_path: Path) -> None:
    with pytest.raises(ValueError, match="numbered"):
        JobStore(
            db_path, migrations=(*MIGRATIONS, dataclasses.replace(FAKE_STEP_2, version=NEXT + 1))
        )


def test_newer_file_is_refused_and_left_untouched(db_path: Path, make_job: MakeJob) -> None:
    with JobStore(db_path, migrations=(*MIGRATIONS, FAKE_STEP_2)) as store:
        store.save(make_job(1))
    before = db_path.read_bytes()

    with pytest.raises(NewerDatabaseError) as caught:
        JobStore(db_path)
    assert isinstance(caught.value, StoreError)
    assert (caught.value.found, caught.value.supported) == (NEXT, SCHEMA_VERSION)
    assert "newer version of PoYo Desktop" in str(caught.value)
    assert "left untouched" in str(caught.value)
    assert db_path.read_bytes() == before
    assert not db_path.with_name("jobs.db-wal").exists()


def test_other_programs_database_is_refused(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA application_id = 1234")
        conn.execute("CREATE TABLE notes (x)")
    conn.close()
    with pytest.raises(ForeignDatabaseError, match="another program"):
        JobStore(db_path)


# -- step 2: Retry's intent to buy a new task, saved with the job ----------------------------


def version_1_file(path: Path, jobs: list[Job]) -> None:
    """A history file as the first release wrote it (no buy_if_failed column)."""
    JobStore(path, migrations=MIGRATIONS[:1]).close()
    with sqlite3.connect(path) as conn:
        names = [row[1] for row in conn.execute("PRAGMA table_info(jobs)")]
        assert "buy_if_failed" not in names
        conn.executemany(
            f"INSERT INTO jobs ({', '.join(names)}) VALUES ({', '.join(':' + n for n in names)})",
            [{n: job_to_row(job)[n] for n in names} for job in jobs],
        )
    conn.close()


def test_a_version_1_history_gains_retrys_intent_unset(db_path: Path, make_job: MakeJob) -> None:
    jobs = [make_job(i) for i in range(5)]
    db_path.parent.mkdir(parents=True)
    version_1_file(db_path, jobs)
    with JobStore(db_path) as store:
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert [store.get(job.id) for job in jobs] == jobs
        assert not any(store.get(job.id).buy_if_failed for job in jobs)
    assert db_path.with_name("jobs.db.v1.bak").exists()


def test_rows_written_before_step_2_are_salvaged_from_a_damaged_file(
    db_path: Path, make_job: MakeJob
) -> None:
    """ALTER TABLE does not rewrite old rows: their records lack the new column, and the
    raw page scan of a damaged file must still take them (as SQLite reads them)."""
    from tests.store.test_recovery import overwrite_page

    old = [make_job(i) for i in range(40)]
    db_path.parent.mkdir(parents=True)
    version_1_file(db_path, old)
    newer = make_job(100, state=JobState.QUEUED, buy_if_failed=True)
    with JobStore(db_path) as store:
        store.save(newer)
    overwrite_page(db_path, 1)  # header and schema gone: only the page scan finds rows
    with JobStore(db_path) as store:
        assert store.recovery is not None
        found = {job.id: job for job in store.page(JobQuery(), 0, 1000)}
    assert found[newer.id] == newer
    assert sum(1 for job in old if found.get(job.id) == job) >= 35
