"""Issue 19, the start-image fixer, as a person meets it.

A panorama Kling would refuse is offered a fix instead: the crop window opens on it, the
person drags the frame, sees the result, uses it and makes the video; PoYo receives the
cropped picture. The same window works from the keyboard alone, and on Pro it makes an
end image of another shape match the start image. What sending will change in a picture
(CMYK converted, the place a photo was taken removed) is said under it, as the person's
setting makes it.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog

from tests.acceptance.generate_abilities import END_ZONE, START_ZONE
from tests.acceptance.person import Person
from tests.acceptance.settings_abilities import clicks_tab, saves_settings
from tests.conftest import TEST_KEY
from tests.images import encode, write_png
from tests.picture_files import BANDS, panorama, phone_photo, write_cmyk_jpeg

TOO_WIDE = "The start image is too wide (3000 × 400 px)"
FIX = "Fix this picture"


def _write_panorama(folder: Path) -> Path:
    path = folder / "harbour panorama.jpg"
    path.write_bytes(encode(panorama(), "JPEG", 92))
    return path


def _is_fixer(window) -> bool:
    return window.windowTitle().startswith("Fix the")


def _fixer_open(person: Person) -> bool:
    return any(_is_fixer(w) for w in person.windows())


def _fix_window(person: Person) -> QDialog:
    windows = [
        w for w in person.windows() if isinstance(w, QDialog) and "Fix the" in w.windowTitle()
    ]
    assert windows, "the fixer is not on screen:\n" + person.screen_text()
    return windows[-1]


async def _opens_the_fixer(person: Person) -> QDialog:
    await person.click(FIX)
    await person.waits_for(lambda: _fixer_open(person), 10, "the fixer")
    await person.sees_not("Loading the picture", timeout=10)
    return _fix_window(person)


def _near(colour, rgb, tolerance=30) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(colour.getRgb()[:3], rgb, strict=True))


def _uploaded_pictures(poyo) -> list[Path]:
    """What PoYo (the sandbox) stored of the uploads, oldest first."""
    found = [p for p in Path(poyo.config.uploads_root).rglob("*") if p.is_file()]
    return sorted(found, key=lambda p: p.stat().st_mtime)


def test_a_panorama_is_cropped_by_dragging_the_frame_and_sent_cropped(
    desktop, person, play, poyo, tmp_path
):
    pano = _write_panorama(tmp_path)

    async def scenario() -> None:
        await desktop.start()
        await saves_settings(person, key=TEST_KEY, server=poyo.base_url)
        assert await person.drops(pano, on=person.find(START_ZONE))
        await person.sees(TOO_WIDE, timeout=10)
        assert not person.is_enabled("Generate video")

        window = await _opens_the_fixer(person)
        await person.sees("Too wide for Kling")
        await person.sees("Result: 711 × 400 px (16:9).")
        frame = person.find("Crop frame")
        person.screenshot("issue19-crop-dialog", widget=window)
        # The frame starts in the middle; the person drags it as far right as it goes.
        middle = frame.rect().center()
        await person.drags(frame, middle, middle + QPoint(frame.width(), 0))
        await person.sees("Result: 711 × 400 px (16:9).")
        person.screenshot("issue19-crop-dialog-dragged", widget=window)
        await person.click("Use this picture")
        await person.waits_for(lambda: not _fixer_open(person), 20, "the fixer to close")

        await person.sees("Cropped to 16:9 (711 × 400 px).", timeout=10)
        await person.sees("711 × 400 px")
        await person.sees_not(TOO_WIDE, timeout=5)
        assert person.can_see("harbour panorama.jpg")  # still the person's name for it
        person.screenshot("issue19-form-after-crop")
        await person.replaces_text("Boats rock gently in the harbour", into="Prompt")
        await person.click("Generate video")
        await person.sees(re.compile(r"^Finished.*Boats rock"), timeout=60)

        sent = QImage(str(_uploaded_pictures(poyo)[-1]))
        assert (sent.width(), sent.height()) == (711, 400)
        # The right end of the panorama: a strip of its blue band, then the purple one.
        assert _near(sent.pixelColor(40, 200), BANDS[3])
        assert _near(sent.pixelColor(400, 200), BANDS[4])
        assert _near(sent.pixelColor(700, 200), BANDS[4])
        await desktop.quit()

    play(scenario)


async def _tabs_to(person: Person, name: str, limit: int = 15) -> None:
    for _ in range(limit):
        focused = person.focused()
        if focused is not None and focused.accessibleName() == name:
            return
        await person.presses(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name!r}")


def test_on_pro_an_end_image_of_another_shape_is_cropped_to_match_with_the_keyboard(
    desktop, person, play, tmp_path
):
    start = write_png(tmp_path / "start.png", 1280, 720)  # 16:9
    end = write_png(tmp_path / "end.png", 800, 800)  # 1:1

    async def scenario() -> None:
        await desktop.start()
        await person.click("Pro model")
        assert await person.drops(start, on=person.find(START_ZONE))
        assert await person.drops(end, on=person.find(END_ZONE))
        await person.sees("The end image is 1:1 and the start image 16:9", timeout=10)
        person.screenshot("issue19-pro-shapes-differ")

        await person.click("Crop to match the start image")
        await person.waits_for(lambda: _fixer_open(person), 10, "the fixer")
        assert _fix_window(person).windowTitle() == "Fix the end image"
        await person.sees_not("Loading the picture", timeout=10)
        await person.sees("Result: 800 × 450 px (16:9).")  # the start image's shape, first
        # Only keys: to the frame, up to the top edge, then Enter uses the picture.
        await _tabs_to(person, "Crop frame")
        for _ in range(3):
            await person.presses(Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
        await person.presses(Qt.Key.Key_Return)
        await person.waits_for(lambda: not _fixer_open(person), 20, "the fixer to close")

        await person.sees("Cropped to 16:9 (800 × 450 px).", timeout=10)
        await person.sees_not("The end image is 1:1", timeout=10)
        await desktop.quit()

    play(scenario)


def test_what_sending_changes_is_said_under_the_picture(desktop, person, play, tmp_path):
    cmyk = write_cmyk_jpeg(tmp_path / "flyer.jpg")
    photo = phone_photo(tmp_path / "beach.jpg")

    async def scenario() -> None:
        await desktop.start()
        assert await person.drops(cmyk, on=person.find(START_ZONE))
        await person.sees("Before sending: converted from CMYK.", timeout=10)
        assert await person.drops(photo, on=person.find(START_ZONE))
        await person.sees("Before sending: location removed, camera details removed.", timeout=10)
        person.screenshot("issue19-location-removed")

        # The person keeps their photos' details: nothing is said of removing them.
        await person.click("Settings")
        await person.waits_for(
            lambda: any(w.windowTitle() == "Settings" for w in person.windows()), 10, "Settings"
        )
        await clicks_tab(person, "Advanced")
        await person.click("Keep the place and camera details in photos I send")
        await person.click("Save")
        await person.waits_for(
            lambda: not any(w.windowTitle() == "Settings" for w in person.windows()),
            10,
            "Settings to close",
        )
        await person.sees_not("location removed", timeout=10)
        await desktop.quit()

    play(scenario)
