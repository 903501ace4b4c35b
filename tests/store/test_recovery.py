"""A damaged history file is moved aside, salvaged as far as possible, and replaced."""

from __future__ import annotations

import errno
import os
import random
import shutil
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from poyo_desktop.core.job import Job
from poyo_desktop.core.query import JobQuery
from poyo_desktop.store import (
    DiskFullError,
    JobStore,
    RecoveryReport,
    StoreCorruptError,
    StoreError,
)
from poyo_desktop.store import store as store_module
from poyo_desktop.store.errors import READ
from poyo_desktop.store.salvage import salvage

from .conftest import BASE_TIME, build_job

PAGE = 4096


def filled(path: Path, count: int) -> dict[str, Job]:
    jobs = [build_job(i, random.Random(i)) for i in range(count)]
    with JobStore(path) as store:
        store.save_many(jobs)
    assert not Path(f"{path}-wal").exists()  # closed cleanly: everything is in the file
    return {job.id: job for job in jobs}


def overwrite_page(path: Path, number: int, seed: int = 1) -> None:
    with path.open("r+b") as file:
        file.seek((number - 1) * PAGE)
        file.write(random.Random(seed).randbytes(PAGE))


def backups(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.corrupt-*.bak"))


def check_recovered(path: Path, store: JobStore, originals: dict[str, Job]) -> RecoveryReport:
    report = store.recovery
    assert report is not None
    assert backups(path) == [report.backup_path]
    assert report.message.startswith("Your history file was damaged. A copy was kept at ")
    assert str(report.backup_path) in report.message
    # Every salvaged job is exactly a job that was saved: nothing invented, nothing mangled.
    recovered = store.page(JobQuery(), 0, 10_000)
    assert len(recovered) == report.rows_salvaged == store.count(JobQuery())
    for job in recovered:
        assert job == originals[job.id]
    # The fresh file is healthy and usable.
    extra = build_job(99_999)
    store.save(extra)
    assert store.get(extra.id) == extra
    return report


def test_random_bytes(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    garbage = random.Random(3).randbytes(50_000)
    db_path.write_bytes(garbage)
    Path(f"{db_path}-wal").write_bytes(b"wal junk")
    Path(f"{db_path}-shm").write_bytes(b"shm junk")

    with JobStore(db_path) as store:
        report = check_recovered(db_path, store, {})
        assert report.rows_salvaged == 0
        assert report.message.endswith("; none of your tasks could be recovered.")
        assert "not a database" in report.problem
    # The damaged file and its WAL are kept byte for byte (the -shm is only an index
    # SQLite rebuilds from the WAL; looking at the file rewrites it).
    assert report.backup_path.read_bytes() == garbage
    assert Path(f"{report.backup_path}-wal").read_bytes() == b"wal junk"
    assert Path(f"{report.backup_path}-shm").exists()

    with JobStore(db_path) as store:  # repaired once: no report the next time
        assert store.recovery is None
        assert store.count(JobQuery()) == 1


def test_truncated_file(db_path: Path) -> None:
    originals = filled(db_path, 300)
    size = db_path.stat().st_size
    os.truncate(db_path, size // 2 + 1234)  # mid-page, like a copy that stopped

    with JobStore(db_path) as store:
        report = check_recovered(db_path, store, originals)
    assert 0 < report.rows_salvaged < 300
    assert report.message.endswith(f"; {report.rows_salvaged} of your tasks were recovered.")


@pytest.mark.parametrize("where", ["middle", "last"])
def test_page_overwritten_with_garbage(db_path: Path, where: str) -> None:
    originals = filled(db_path, 300)
    pages = db_path.stat().st_size // PAGE
    overwrite_page(db_path, pages // 2 if where == "middle" else pages)

    with JobStore(db_path) as store:
        report = check_recovered(db_path, store, originals)
    assert report.rows_salvaged >= 280  # one page holds a few rows at most


def test_first_page_overwritten(db_path: Path) -> None:
    # The header and the schema are gone: only reading raw pages can find the rows.
    originals = filled(db_path, 300)
    overwrite_page(db_path, 1)

    with JobStore(db_path) as store:
        report = check_recovered(db_path, store, originals)
    assert report.rows_salvaged >= 280


def test_deleted_jobs_do_not_come_back(db_path: Path) -> None:
    originals = filled(db_path, 200)
    kept = dict(list(originals.items())[::2])
    with JobStore(db_path) as store:
        for job_id in originals.keys() - kept.keys():
            store.delete(job_id)
    overwrite_page(db_path, 1)  # force the raw page scan, which would see stale cells

    with JobStore(db_path) as store:
        check_recovered(db_path, store, kept)
        assert store.count(JobQuery()) - 1 >= 90


def test_rows_still_in_the_wal_are_salvaged(db_path: Path, tmp_path: Path) -> None:
    store = JobStore(db_path)
    jobs = [build_job(i) for i in range(40)]
    for job in jobs:
        store.save(job)  # committed to the WAL, not yet checkpointed into the file
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal"):
        shutil.copyfile(f"{db_path}{suffix}", crashed / f"jobs.db{suffix}")
    store.close()
    damaged = crashed / "jobs.db"
    damaged.write_bytes(bytes(damaged.stat().st_size))  # the main file is all zeros

    found = salvage(damaged, crashed / "jobs.db-wal")
    assert sorted(found, key=lambda j: j.id) == sorted(jobs, key=lambda j: j.id)


def test_newest_copy_of_a_job_wins(db_path: Path) -> None:
    job = build_job(1)
    with JobStore(db_path) as store:
        store.save(job)
    later = job.with_changes(progress=99)
    with JobStore(db_path) as store:
        store.save(later)
        assert salvage(db_path, Path(f"{db_path}-wal")) == [later]


def test_a_file_that_cannot_be_opened_is_not_taken_for_damage(db_path: Path) -> None:
    db_path.mkdir(parents=True)  # a folder where the file should be: not corruption
    with pytest.raises(StoreError, match="Could not open your task history"):
        JobStore(db_path)
    assert db_path.is_dir()
    assert backups(db_path) == []


def test_damage_seen_at_run_time_gets_a_thorough_check(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = JobStore(db_path)

    malformed = sqlite3.DatabaseError("database disk image is malformed")
    malformed.sqlite_errorcode = 11  # SQLITE_CORRUPT
    with (
        pytest.raises(StoreCorruptError, match="restart PoYo Desktop to repair it"),
        store._guard(READ),
    ):
        raise malformed
    store.close()

    calls: list[bool] = []
    real = store_module.find_damage

    def spy(conn: sqlite3.Connection, *, thorough: bool = False) -> str | None:
        calls.append(thorough)
        return real(conn, thorough=thorough)

    monkeypatch.setattr(store_module, "find_damage", spy)
    JobStore(db_path).close()  # healthy after all: the mark is cleared
    JobStore(db_path).close()
    assert calls == [True, False]


def test_a_failed_repair_leaves_the_damaged_file_in_place(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    originals = filled(db_path, 50)
    overwrite_page(db_path, 3)
    damaged = db_path.read_bytes()

    def disk_full(self: JobStore, target: Path, jobs: list[Job]) -> None:
        target.write_bytes(b"half a new file")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(JobStore, "_build", disk_full)
    with pytest.raises(DiskFullError, match="Could not open your task history: the disk is full"):
        JobStore(db_path)
    assert db_path.read_bytes() == damaged
    assert backups(db_path) == []
    # Only the file and the (empty) companions the read-only look at it left.
    assert {p.name for p in db_path.parent.iterdir()} <= {"jobs.db", "jobs.db-wal", "jobs.db-shm"}

    monkeypatch.undo()  # room again: the next start repairs it
    with JobStore(db_path) as store:
        check_recovered(db_path, store, originals)


def test_a_rebuilt_history_still_counts_what_its_salvaged_jobs_spent(db_path: Path) -> None:
    # The ledger lives in the same file: lost with it, today's spending must not be
    # forgotten, or the daily limit would let a second day's worth through.
    originals = filled(db_path, 300)
    overwrite_page(db_path, 1)
    with JobStore(db_path) as store:
        check_recovered(db_path, store, originals)
        salvaged = store.page(JobQuery(), 0, 10_000)
        sent = [j for j in salvaged if j.submitted_at is not None and j.id in originals]
        rows = store.spend_rows(BASE_TIME - timedelta(days=1), BASE_TIME + timedelta(days=30))
    assert sent and len(rows) == len(sent)
    by_job = {row.job_id: row for row in rows}
    for job in sent:
        row = by_job[job.id]
        assert (row.model, row.duration) == (job.model, job.duration)
