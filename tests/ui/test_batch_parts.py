"""The batch's parts without a window: opening folders (ui/batch/intake.gather), a
picture's check and fingerprint, and the words when a batch's sending stops."""

from __future__ import annotations

import hashlib
from pathlib import Path

from poyo_desktop.ui.batch.batch_flow import not_sent_words
from poyo_desktop.ui.batch.intake import check_picture, folder_note, gather
from tests.images import write_png, write_text_as_png


def test_gather_opens_folders_and_keeps_files_as_given(tmp_path: Path) -> None:
    folder = tmp_path / "Trip"
    for name in ("b10.png", "b2.png", "notes.txt", ".hidden.png"):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(b"x")
    (folder / "inner").mkdir()
    loose = tmp_path / "z.txt"
    loose.write_text("a file given on purpose is checked, not skipped")
    gone = tmp_path / "gone.png"  # checked like any file: "could not be found"
    gathered = gather([loose, folder, gone])
    assert gathered.files == [loose, folder / "b2.png", folder / "b10.png", gone]
    assert gathered.notes[0] == (
        "From the folder “Trip”: 2 pictures, those directly inside it, by name; "
        "1 other file ignored, 1 folder inside it not opened."
    )
    assert folder_note("Empty", 0, 0, 0) == (
        "From the folder “Empty”: 0 pictures, those directly inside it, by name."
    )


def test_a_picture_is_checked_and_fingerprinted_and_a_bad_one_named(qapp, tmp_path: Path) -> None:
    good = write_png(tmp_path / "good.png", 640, 400)
    checked = check_picture(good, "good.png", 48)
    assert checked.check.ok
    assert checked.digest == hashlib.sha256(good.read_bytes()).hexdigest()
    assert max(checked.thumb.width(), checked.thumb.height()) == 48
    bad = check_picture(write_text_as_png(tmp_path / "notes.jpg"), "notes.jpg", 48)
    assert not bad.check.ok and bad.digest == ""
    assert bad.check.problems[0].startswith("notes.jpg is not a picture")


def test_the_words_when_sending_stops() -> None:
    problem = (
        "Your video “Waves” was not sent: the disk is full. Free some space and press "
        "Generate again."
    )
    assert not_sent_words(3, 0, problem) == (
        "None of the 3 videos was sent; they are still in the batch: the disk is full. "
        "Free some space and press Review again."
    )
    assert not_sent_words(5, 2, problem).startswith(
        "2 of 5 videos are in the queue; the other 3 were not sent and are still in the batch"
    )
