"""Kept images: stored once per content, never half-written, removed only when unused."""

from __future__ import annotations

import hashlib
import os
import time
from datetime import timedelta
from pathlib import Path

import pytest

from poyo_desktop.core.job import Job
from poyo_desktop.store import JobStore, StoreError
from poyo_desktop.store import images as images_module

PHOTO = b"\xff\xd8\xff\xe0 not really a jpeg, but bytes are bytes " * 5000


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "picked" / "Holiday Photo.JPEG"
    path.parent.mkdir()
    path.write_bytes(PHOTO)
    return path


def age(path: Path, seconds: float) -> None:
    """Pretend ``path`` was last touched ``seconds`` ago."""
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_kept_copy_is_named_by_content(store: JobStore, photo: Path) -> None:
    kept = store.keep_image(photo)
    assert kept == store.images_dir / f"{hashlib.sha256(PHOTO).hexdigest()}.jpg"
    assert kept.read_bytes() == PHOTO
    assert kept.is_absolute()


def test_same_image_is_stored_once(store: JobStore, photo: Path, tmp_path: Path) -> None:
    again = tmp_path / "elsewhere.jpg"
    again.write_bytes(PHOTO)
    first = store.keep_image(photo)
    age(first, 3600)
    assert store.keep_image(again) == first
    assert [p.name for p in store.images_dir.iterdir()] == [first.name]
    assert time.time() - first.stat().st_mtime < 60  # refreshed: a clean-up spares it


def test_other_content_gets_another_file(store: JobStore, tmp_path: Path) -> None:
    a, b = tmp_path / "a.png", tmp_path / "b"
    a.write_bytes(b"one")
    b.write_bytes(b"two")
    kept_a, kept_b = store.keep_image(a), store.keep_image(b)
    assert kept_a != kept_b
    assert kept_a.suffix == ".png" and kept_b.suffix == ".bin"


def test_crash_while_copying_leaves_no_file_under_the_final_name(
    store: JobStore, photo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def power_cut(*args: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(images_module.os, "replace", power_cut)
    with pytest.raises(StoreError, match="Could not keep a copy of your image"):
        store.keep_image(photo)
    assert list(store.images_dir.iterdir()) == []  # and no temporary file either


def test_missing_source_is_a_plain_error(store: JobStore, tmp_path: Path) -> None:
    with pytest.raises(StoreError) as caught:
        store.keep_image(tmp_path / "gone.jpg")
    assert str(caught.value) == "Could not keep a copy of your image: the file was not found."


def test_forget_unused_images(store: JobStore, tmp_path: Path) -> None:
    sources = []
    for name in ("start", "end", "orphan", "young"):
        path = tmp_path / f"{name}.png"
        path.write_bytes(name.encode())
        sources.append(path)
    start, end, orphan, young = (store.keep_image(p) for p in sources)
    store.save(Job(model="kling-2.1/pro", prompt="p", start_image=str(start), end_image=str(end)))
    stray = store.images_dir / ".incoming-123.part"  # left by a crash mid-copy
    stray.write_bytes(b"half")
    foreign = store.images_dir / "notes.txt"  # not ours: never touched
    foreign.write_text("hello")
    for path in (start, end, orphan, stray, foreign):
        age(path, 7200)

    removed = store.forget_unused_images()
    assert sorted(removed) == sorted([orphan, stray])
    assert start.exists() and end.exists() and young.exists() and foreign.exists()

    assert store.forget_unused_images(older_than=timedelta(0)) == [young]


def test_images_are_kept_while_a_damaged_history_copy_exists(
    store: JobStore, tmp_path: Path
) -> None:
    source = tmp_path / "x.png"
    source.write_bytes(b"x")
    kept = store.keep_image(source)
    backup = store.path.with_name(f"{store.path.name}.corrupt-20260101T000000Z.bak")
    backup.write_bytes(b"damaged")
    assert store.forget_unused_images(older_than=timedelta(0)) == []
    assert kept.exists()
    backup.unlink()
    assert store.forget_unused_images(older_than=timedelta(0)) == [kept]
