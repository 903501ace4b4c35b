"""A full disk or a read-only file becomes a plain StoreError, and no job is lost.

The real conditions are used where this machine allows: a 1 MiB tmpfs for a full disk
and a read-only bind mount for read-only media (both need root; the tests skip without
it). A full disk is also simulated everywhere with ``PRAGMA max_page_count``, which makes
SQLite itself fail with SQLITE_FULL, the very error a full disk gives: no patching.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from poyo_desktop.core.job import Job
from poyo_desktop.core.query import JobQuery
from poyo_desktop.store import DiskFullError, JobStore, ReadOnlyError, StoreError

from .conftest import build_job

FULL = "Could not save your task history: the disk is full."
READ_ONLY = "Could not save your task history: the history file is read-only."


def run(*command: str | Path) -> bool:
    done = subprocess.run([str(part) for part in command], capture_output=True, check=False)
    return done.returncode == 0


@contextlib.contextmanager
def tiny_disk(where: Path, size: str = "1m") -> Iterator[Path]:
    where.mkdir()
    if os.geteuid() != 0 or not run("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", where):
        pytest.skip("mounting a tmpfs needs root")
    try:
        yield where
    finally:
        run("umount", "-l", where)


@contextlib.contextmanager
def read_only_view(folder: Path, *, whole_folder: bool) -> Iterator[Path]:
    """The folder seen through a read-only bind mount when root (root ignores permissions);
    otherwise with the history file (and, if ``whole_folder``, the folder) made read-only."""
    if os.geteuid() != 0:
        targets = [folder / "jobs.db", *([folder] if whole_folder else [])]
        for path in targets:
            path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield folder
        finally:
            for path in targets:
                path.chmod(0o755 if path.is_dir() else 0o644)
        return
    view = folder.with_name(folder.name + "-ro")
    view.mkdir()
    if not (run("mount", "--bind", folder, view) and run("mount", "-o", "remount,ro,bind", view)):
        run("umount", view)
        pytest.skip("a read-only bind mount is not allowed here")
    try:
        yield view
    finally:
        run("umount", "-l", view)


def fill(folder: Path) -> Path:
    """Write a file until the disk says it is full."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        with contextlib.suppress(OSError):
            while True:
                os.write(fd, b"\0" * 4096)
    finally:
        os.close(fd)
    return filler


def big_job(index: int) -> Job:
    return build_job(index, prompt="long prompt " * 3000, error_detail="x" * 60_000)


def assert_not_lost(store: JobStore, job: Job, before: Job) -> None:
    """The caller's job is unchanged and can be saved once there is room again."""
    assert job == before
    assert store.get(job.id) is None  # nothing half-saved


def test_full_disk_simulated_with_a_page_limit(store: JobStore) -> None:
    small = build_job(1)
    store.save(small)
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages + 2}")

    job = big_job(2)
    before = dataclasses.replace(job)
    with pytest.raises(DiskFullError) as caught:
        store.save(job)
    assert str(caught.value) == FULL
    assert "SQLITE_FULL" in caught.value.detail
    assert_not_lost(store, job, before)
    assert store.get(small.id) == small

    store._conn.execute("PRAGMA max_page_count = 1073741823")  # room again
    store.save(job)
    assert store.get(job.id) == job


def test_full_disk_on_a_real_tiny_disk(tmp_path: Path) -> None:
    with tiny_disk(tmp_path / "tiny") as disk:
        store = JobStore(disk / "jobs.db")
        small = build_job(1)
        store.save(small)
        filler = fill(disk)

        job = big_job(2)
        before = dataclasses.replace(job)
        with pytest.raises(DiskFullError) as caught:
            store.save(job)
        assert str(caught.value) == FULL
        assert_not_lost(store, job, before)
        assert store.count(JobQuery()) == 1

        source = tmp_path / "photo.jpg"
        source.write_bytes(os.urandom(64 * 1024))
        with pytest.raises(DiskFullError, match="Could not keep a copy of your image: the disk"):
            store.keep_image(source)
        assert not store.images_dir.exists() or list(store.images_dir.iterdir()) == []

        filler.unlink()
        store.save(job)
        store.close()
        with JobStore(disk / "jobs.db") as reopened:
            assert reopened.get(job.id) == job
            assert reopened.get(small.id) == small


def test_read_only_history_can_be_read_but_not_written(tmp_path: Path) -> None:
    folder = tmp_path / "history"
    job = build_job(1)
    with JobStore(folder / "jobs.db") as store:
        store.save(job)
    # A second program holding the file open keeps its -wal/-shm, which lets SQLite read
    # a WAL file even on read-only media.
    holder = JobStore(folder / "jobs.db")
    try:
        with read_only_view(folder, whole_folder=False) as view:
            store = JobStore(view / "jobs.db")
            assert store.get(job.id) == job
            changed = job.with_changes(progress=50)
            before = dataclasses.replace(changed)
            with pytest.raises(ReadOnlyError) as caught:
                store.save(changed)
            assert str(caught.value) == READ_ONLY
            assert isinstance(caught.value, StoreError)
            assert changed == before
            assert store.get(job.id) == job
            store.close()
    finally:
        holder.close()


def test_read_only_media_without_companion_files_refuses_to_open(tmp_path: Path) -> None:
    folder = tmp_path / "history"
    with JobStore(folder / "jobs.db") as store:
        store.save(build_job(1))
    with read_only_view(folder, whole_folder=True) as view, pytest.raises(ReadOnlyError) as caught:
        JobStore(view / "jobs.db")
    assert str(caught.value) == (
        "Could not open your task history: the history file or its folder is read-only."
    )


@pytest.mark.parametrize(
    ("number", "kind", "reason"),
    [
        (errno.ENOSPC, DiskFullError, "the disk is full"),
        (errno.EROFS, ReadOnlyError, "the disk is read-only"),
        (errno.EACCES, ReadOnlyError, "PoYo Desktop is not allowed to read or write the file"),
    ],
)
def test_os_errors_from_image_copies_are_translated(
    store: JobStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    number: int,
    kind: type[StoreError],
    reason: str,
) -> None:
    source = tmp_path / "photo.jpg"
    source.write_bytes(b"jpeg")

    def refuse(*args: object) -> None:
        raise OSError(number, os.strerror(number))

    monkeypatch.setattr("poyo_desktop.store.images.os.fsync", refuse)
    with pytest.raises(kind) as caught:
        store.keep_image(source)
    assert str(caught.value) == f"Could not keep a copy of your image: {reason}."
