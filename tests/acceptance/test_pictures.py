"""Items 3, 13 and 16: the pictures a person brings, as they see them.

3: a damaged (cut off) picture is refused with a plain reason, and nothing can be sent.
13: "Use These Settings Again" shows the person's own file name, not the kept copy's.
16: Browse… opens in a folder that exists, with an empty name box, on a fresh account.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QLineEdit

from tests.acceptance.generate_abilities import START_ZONE
from tests.acceptance.person import Person
from tests.images import encode, make_image, write_png, write_text_as_png

DAMAGED = "only part of it could be read"


def _cut_in_half(source: bytes, target: Path) -> Path:
    """A download that stopped halfway: the first half of the file's bytes."""
    target.write_bytes(source[: len(source) // 2])
    return target


def _start_zone_texts(person: Person) -> list[str]:
    """What the Start image card shows: the text of its visible labels."""
    zone = person.find(START_ZONE)
    return [label.text() for label in zone.findChildren(QLabel) if label.isVisible()]


def test_a_cut_off_jpeg_is_refused_and_cannot_be_sent(desktop, person, play, tmp_path):
    photo = make_image(1024, 768)
    broken = _cut_in_half(encode(photo, "JPG"), tmp_path / "holiday.jpg")
    whole = tmp_path / "whole.jpg"
    whole.write_bytes(encode(photo, "JPG"))

    async def scenario() -> None:
        await desktop.start()
        await person.types("A dog runs on the beach", into="Prompt")
        assert await person.drops(broken, on=person.find(START_ZONE))
        refusal = await person.sees(DAMAGED, timeout=10)
        assert "Save it again or pick another" in refusal
        assert not person.is_enabled("Generate video")
        person.screenshot("item03-damaged-jpeg")

        # The same photo, whole, is taken.
        assert await person.drops(whole, on=person.find(START_ZONE))
        await person.sees("1024 × 768 px", timeout=10)
        await person.sees_not(DAMAGED, timeout=5)
        await person.waits_for(
            lambda: person.is_enabled("Generate video"), 10, "Generate to be usable"
        )
        await desktop.quit()

    play(scenario)


def test_files_that_are_no_pictures_are_refused_in_plain_words(desktop, person, play, tmp_path):
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    notes = write_text_as_png(tmp_path / "notes.jpg")
    misnamed = tmp_path / "really a png.jpg"  # the wrong extension: taken by its content
    misnamed.write_bytes(encode(make_image(640, 480), "PNG"))

    async def scenario() -> None:
        await desktop.start()
        await person.types("A dog runs on the beach", into="Prompt")
        for file, reason in (
            (empty, "The start image is an empty file."),
            (notes, "The start image is not a picture, or the file is damaged."),
        ):
            assert await person.drops(file, on=person.find(START_ZONE))
            await person.sees(reason, timeout=10)
            assert not person.is_enabled("Generate video")
        assert await person.drops(misnamed, on=person.find(START_ZONE))
        await person.sees("640 × 480 px", timeout=10)
        await person.waits_for(
            lambda: person.is_enabled("Generate video"), 10, "Generate to be usable"
        )
        await desktop.quit()

    play(scenario)


def test_settings_used_again_show_the_persons_file_name(desktop, person, play, tmp_path):
    cat = write_png(tmp_path / "my cat.png", 640, 480)

    async def scenario() -> None:
        await desktop.start()
        assert await person.drops(cat, on=person.find(START_ZONE))
        await person.sees("640 × 480 px", timeout=10)
        await person.types("The cat yawns", into="Prompt")
        await person.click("Generate video")
        await person.sees(re.compile(r"Finished"), timeout=60)

        await person.click("Remove start image")
        await person.waits_for(
            lambda: "my cat.png" not in _start_zone_texts(person), 5, "the start image to go"
        )
        await person.chooses_menu("Task", "Use These Settings Again")
        await person.waits_for(
            lambda: "my cat.png" in _start_zone_texts(person),
            10,
            "the start image to show “my cat.png”",
        )
        await person.sees("640 × 480 px", timeout=10)
        person.screenshot("item13-settings-again")

        # A video made from the settings used again keeps the person's name too.
        await person.click("Generate video")
        await person.waits_for(
            lambda: len(_finished_rows(person)) == 2, 60, "the second video to finish"
        )
        await person.click("Remove start image")
        await person.chooses_menu("Task", "Use These Settings Again")
        await person.waits_for(
            lambda: "my cat.png" in _start_zone_texts(person),
            10,
            "the start image to show “my cat.png” again",
        )
        await desktop.quit()

    play(scenario)


def _finished_rows(person: Person) -> list[str]:
    return [line for line in person.texts() if line.startswith("Finished:")]


def _open_file_dialog(person: Person) -> QFileDialog | None:
    dialogs = [w for w in person.windows() if isinstance(w, QFileDialog)]
    return dialogs[-1] if dialogs else None


def test_browse_opens_in_an_existing_folder_with_an_empty_name(desktop, person, play, tmp_path):
    beach = write_png(tmp_path / "beach.png", 800, 600)
    home = Path.home()
    assert not (home / "Pictures").exists()  # a fresh account

    async def scenario() -> None:
        await desktop.start()
        await person.click("Browse for the start image")
        await person.waits_for(
            lambda: _open_file_dialog(person) is not None, 5, "the file dialog to open"
        )
        dialog = _open_file_dialog(person)
        assert dialog is not None
        name_box = dialog.findChild(QLineEdit, "fileNameEdit")
        look_in = dialog.findChild(QComboBox, "lookInCombo")
        assert name_box.isVisible() and look_in.isVisible()
        assert name_box.text() == "", f"the name box shows {name_box.text()!r}"
        shown_folder = Path(look_in.currentText())
        assert shown_folder.is_dir(), f"the dialog shows {shown_folder}, not a folder"
        assert shown_folder == home
        person.screenshot("item16-browse-dialog", dialog)

        await person.types(str(beach), into=name_box)
        await person.presses(Qt.Key.Key_Return)
        await person.waits_for(
            lambda: _open_file_dialog(person) is None, 5, "the file dialog to close"
        )
        await person.sees("beach.png", timeout=10)
        await person.sees("800 × 600 px", timeout=10)

        # The next Browse… opens where the last picture came from.
        await person.click("Browse for the start image")
        await person.waits_for(
            lambda: _open_file_dialog(person) is not None, 5, "the file dialog to open again"
        )
        dialog = _open_file_dialog(person)
        name_box = dialog.findChild(QLineEdit, "fileNameEdit")
        assert Path(dialog.findChild(QComboBox, "lookInCombo").currentText()) == tmp_path
        assert name_box.text() == ""
        # The keyboard is in the dialog at once (the cursor blinks in its name box) ...
        await person.waits_for(
            lambda: person.focused() is name_box, 5, "the cursor to be in the dialog's name box"
        )
        await person.presses(Qt.Key.Key_Escape)
        await person.waits_for(
            lambda: _open_file_dialog(person) is None, 5, "the file dialog to close"
        )
        # ... and back on Browse… when it closes; the picture stays.
        browse = person.find("Browse for the start image")
        await person.waits_for(
            lambda: person.focused() is browse, 5, "the keyboard to be back on Browse…"
        )
        await person.sees("beach.png", timeout=5)
        await desktop.quit()

    play(scenario)
