"""The form's draft on disk: pictures kept as copies, written off the caller's thread; a
batch kept by its pictures' paths, one gone meanwhile read back as missing; the first
version of the file still read."""

from __future__ import annotations

import json

from poyo_desktop.core.draft import DraftBatch, DraftItem
from poyo_desktop.services.draft_store import (
    DRAFT_FILE,
    DRAFT_VERSION,
    MISSING,
    DraftPicture,
    DraftStore,
    SavedDraft,
)
from tests.images import write_png


def test_a_draft_comes_back_with_its_pictures_after_the_originals_are_gone(tmp_path):
    photo = write_png(tmp_path / "beach.png", 320, 200)
    store = DraftStore.for_folder(tmp_path / "data")
    store.save_later(
        SavedDraft(
            model="kling-2.1/pro",
            duration=10,
            prompt="Waves",
            negative_prompt="blur",
            start=DraftPicture(photo, "beach.png"),
        )
    )
    store.flush()
    photo.unlink()
    again = DraftStore.for_folder(tmp_path / "data")
    assert again is store  # one writer per file in a process
    loaded = again.load()
    assert loaded is not None
    assert (loaded.model, loaded.duration, loaded.prompt, loaded.negative_prompt) == (
        "kling-2.1/pro",
        10,
        "Waves",
        "blur",
    )
    assert loaded.start is not None and loaded.start.name == "beach.png"
    assert loaded.start.path.parent == store.images_dir and loaded.start.path.is_file()
    assert loaded.end is None


def test_copies_no_longer_in_the_draft_are_deleted(tmp_path):
    one = write_png(tmp_path / "one.png", 320, 200)
    two = write_png(tmp_path / "two.png", 330, 200)
    store = DraftStore.for_folder(tmp_path / "data")
    store.save_later(SavedDraft("kling-2.1/standard", 5, start=DraftPicture(one, "one.png")))
    store.flush()
    store.save_later(SavedDraft("kling-2.1/standard", 5, start=DraftPicture(two, "two.png")))
    loaded = store.load()  # waits for the write
    assert loaded is not None and loaded.start is not None
    assert [p.name for p in store.images_dir.iterdir()] == [loaded.start.path.name]
    store.save_later(SavedDraft("kling-2.1/standard", 5))  # the person removed it
    assert store.load() == SavedDraft("kling-2.1/standard", 5)
    assert list(store.images_dir.iterdir()) == []


def test_a_damaged_draft_is_ignored(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / DRAFT_FILE).write_text("{not json", encoding="utf-8")
    assert DraftStore.for_folder(folder).load() is None
    assert DraftStore.for_folder(tmp_path / "empty").load() is None


def test_a_batch_comes_back_with_each_pictures_own_prompt_and_copies(tmp_path):
    pictures = [write_png(tmp_path / f"p{n}.png", 320 + n, 200) for n in range(3)]
    batch = DraftBatch(
        items=(
            DraftItem(pictures[0]),
            DraftItem(pictures[1], prompt="A cat jumps", copies=3),
            DraftItem(pictures[2], include=True),
        ),
        left_out=(("tiny.png", "tiny.png is too small."),),
        notes=("The folder “trip”: 3 pictures.",),
    )
    store = DraftStore.for_folder(tmp_path / "data")
    store.save_later(SavedDraft("kling-2.1/standard", 5, prompt="Waves", copies=2, batch=batch))
    loaded = store.load()
    assert loaded == SavedDraft("kling-2.1/standard", 5, prompt="Waves", copies=2, batch=batch)
    assert not store.images_dir.exists()  # a batch's pictures are not copied aside


def test_a_picture_of_the_batch_gone_meanwhile_is_read_back_as_missing(tmp_path):
    kept, gone = (write_png(tmp_path / f"{n}.png", 320, 200) for n in ("kept", "gone"))
    store = DraftStore.for_folder(tmp_path / "data")
    batch = DraftBatch(items=(DraftItem(kept), DraftItem(gone, prompt="Own")))
    store.save_later(SavedDraft("kling-2.1/standard", 5, batch=batch))
    store.flush()
    gone.unlink()
    loaded = store.load()
    assert loaded is not None and loaded.batch is not None
    assert loaded.batch.items == (DraftItem(kept),)
    assert loaded.batch.missing == (DraftItem(gone, prompt="Own"),)
    assert MISSING.format(name="gone.png") == (
        "gone.png is missing: it was moved, renamed or deleted since the app was last open."
    )
    store.save_later(loaded)  # written again: the missing one too, should it come back
    write_png(gone, 320, 200)
    again = store.load()
    assert again is not None and again.batch is not None
    assert again.batch.items == (DraftItem(kept), DraftItem(gone, prompt="Own"))


def test_a_draft_of_version_1_is_read_as_one_without_a_batch(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    old = {
        "version": 1,
        "draft": {"model": "kling-2.1/pro", "duration": 10, "prompt": "Old", "start": None},
    }
    (folder / DRAFT_FILE).write_text(json.dumps(old), encoding="utf-8")
    loaded = DraftStore(folder).load()
    assert loaded == SavedDraft("kling-2.1/pro", 10, prompt="Old")
    assert (loaded.copies, loaded.batch) == (1, None)


def test_entries_of_a_batch_that_cannot_be_read_are_skipped_the_rest_kept(tmp_path):
    photo = write_png(tmp_path / "ok.png", 320, 200)
    folder = tmp_path / "data"
    folder.mkdir()
    draft = {
        "version": DRAFT_VERSION,
        "draft": {
            "model": "kling-2.1/standard",
            "duration": 5,
            "batch": {
                "items": [
                    {"picture": "relative.png"},
                    {"picture": 12},
                    "nonsense",
                    {"picture": str(photo), "copies": -4, "prompt": 7},
                ],
                "left_out": [{"name": "x.png"}, {"name": "y.png", "reason": "y.png is empty."}],
            },
        },
    }
    (folder / DRAFT_FILE).write_text(json.dumps(draft), encoding="utf-8")
    loaded = DraftStore(folder).load()
    assert loaded is not None
    assert loaded.batch == DraftBatch(
        items=(DraftItem(photo),), left_out=(("y.png", "y.png is empty."),)
    )
