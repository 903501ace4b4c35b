"""The form's draft on disk: pictures kept as copies, written off the caller's thread."""

from __future__ import annotations

from poyo_desktop.services.draft_store import (
    DRAFT_FILE,
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
