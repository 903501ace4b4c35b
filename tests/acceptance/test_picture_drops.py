"""Big pictures dropped on the start slot are checked off the GUI thread, once each.

What a person sees: a phone photo stored on its side shows upright (its size and its
thumbnail), and the card's verdict comes from one reading of the file. What keeps the
window responsive meanwhile (bench/picture_drops.py): the picture is decoded once per drop,
not once for the check and again for the thumbnail, and by a thread that gives way to the
GUI thread.
"""

from __future__ import annotations

import os
import re
import sys
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from poyo_desktop.services import preflight
from poyo_desktop.ui.form import image_intake
from tests.acceptance.queue_abilities import open_menu
from tests.images import write_exif_rotated_jpeg, write_noisy_png

START_ZONE = re.compile(r"^Start image")


def test_a_sideways_phone_photo_shows_upright_with_its_thumbnail(desktop, person, play, tmp_path):
    photo = write_exif_rotated_jpeg(tmp_path / "phone.jpg", 600, 800)  # shown 800 × 600

    async def scenario() -> None:
        await desktop.start()
        assert await person.drops(photo, on=person.find(START_ZONE))
        await person.sees("800 × 600 px", timeout=10)
        await person.sees("it will be sent upright, as shown here")
        thumbnail = person.find("Start image preview", QLabel).pixmap()
        assert thumbnail.width() > thumbnail.height()  # upright: landscape, as shown
        await desktop.quit()

    play(scenario)


def test_a_dropped_picture_is_decoded_once_for_its_check_and_thumbnail(
    desktop, person, play, tmp_path, monkeypatch
):
    picture = write_noisy_png(tmp_path / "scan.png", 1200, 900)  # PNG: no decoding small
    reads: list[str] = []

    class CountingReader(preflight.QImageReader):  # type: ignore[misc]
        def read(self):  # type: ignore[no-untyped-def]
            reads.append(self.fileName())
            return super().read()

    monkeypatch.setattr(preflight, "QImageReader", CountingReader)

    async def scenario() -> None:
        await desktop.start()
        assert await person.drops(picture, on=person.find(START_ZONE))
        await person.sees("1200 × 900 px", timeout=10)
        assert person.find("Start image preview", QLabel).pixmap().width() > 0
        await desktop.quit()

    play(scenario)
    assert reads == [str(picture)]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice is Linux's")
def test_the_check_of_a_dropped_picture_gives_way_to_the_gui_thread(
    desktop, person, play, tmp_path, monkeypatch
):
    picture = write_noisy_png(tmp_path / "scan.png", 640, 480)
    gui = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    seen: list[int] = []
    inspect = image_intake.inspect_with_thumbnail

    def watched(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))
        return inspect(*args, **kwargs)

    monkeypatch.setattr(image_intake, "inspect_with_thumbnail", watched)

    async def scenario() -> None:
        await desktop.start()
        assert await person.drops(picture, on=person.find(START_ZONE))
        await person.sees("640 × 480 px", timeout=10)
        await desktop.quit()

    play(scenario)
    assert seen and all(nice > gui for nice in seen), (gui, seen)


def test_what_the_card_says_about_a_picture_can_be_copied(desktop, person, play, tmp_path):
    """The line under the card is words to read, not to select; its right-click menu copies
    it (a person pastes it into a message, say)."""
    picture = write_noisy_png(tmp_path / "panorama.png", 4200, 600)  # too wide for Kling

    async def scenario() -> None:
        await desktop.start()
        assert await person.drops(picture, on=person.find(START_ZONE))
        said = await person.sees(re.compile(r"too wide \(4200 × 600 px\)"), timeout=10)
        card = person.find(START_ZONE)
        line = next(label for label in card.findChildren(QLabel) if label.text() == said)
        await person.right_clicks(line)  # the line under the card, not the form's summary
        await person.waits_for(lambda: open_menu() is not None, 5, "the card's menu")
        person.clicks_in_open_menu(open_menu(), "Copy Message")
        await person.waits_for(lambda: open_menu() is None, 5, "the menu to close")
        await person.window_manager_activates()
        field = person.find("Prompt")
        await person.click(field)
        await person.presses(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        await person.waits_for(lambda: said in field.toPlainText(), 5, "the message pasted")
        await desktop.quit()

    play(scenario)
