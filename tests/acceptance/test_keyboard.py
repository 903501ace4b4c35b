"""Item 15: the keyboard reaches only what a person sees and can name, and Space plays and
pauses the video once the preview has the focus (by Tab or by a click)."""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from tests.acceptance.generate_abilities import START_ZONE
from tests.acceptance.person import Person
from tests.images import write_png


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says for a focus stop: its accessible name, else its text,
    else the text of the label that names it (a field's buddy)."""
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text():
        return widget.text()
    if isinstance(widget, (QLineEdit, QPlainTextEdit)) and widget.placeholderText():
        return widget.placeholderText()
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.text():
            return label.text()
    return ""


def in_sight(widget: QWidget) -> bool:
    """Shown, with some size, inside its window."""
    if not (widget.isVisible() and widget.width() > 0 and widget.height() > 0):
        return False
    window = widget.window()
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return window.rect().intersects(rect)


async def tab_through(person: Person, limit: int = 80) -> list[QWidget]:
    """Press Tab until the focus comes back where it started; the stops on the way."""
    stops: list[QWidget] = []
    for _ in range(limit):
        await person.presses(Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None, "Tab left nothing with the focus"
        if stops and focused is stops[0]:
            return stops
        stops.append(focused)
    raise AssertionError(f"the Tab chain did not come round in {limit} presses")


def test_every_tab_stop_of_the_window_is_visible_and_named(desktop, person, play):
    async def scenario() -> None:
        window = await desktop.start()
        await person.waits(0.2)
        await person.click("Prompt")
        stops = await tab_through(person)
        described = [(type(w).__name__, spoken_name(w), in_sight(w)) for w in stops]
        nameless = [d for d in described if not d[1]]
        unseen = [d for d in described if not d[2]]
        assert not nameless, f"tab stops without a name: {nameless}\nchain: {described}"
        assert not unseen, f"tab stops out of sight: {unseen}\nchain: {described}"
        names = [d[1] for d in described]
        assert "Video preview" in names, names  # the preview takes the focus by Tab
        assert all(w.window() is window for w in stops)
        await desktop.quit()

    play(scenario)


def _play_button(person: Person) -> QWidget:
    return person.find(re.compile(r"^(Play|Pause)$"), QAbstractButton, usable=False)


def test_space_plays_and_pauses_the_focused_preview(desktop, person, play, tmp_path):
    photo = write_png(tmp_path / "field.png", 640, 400)

    async def scenario() -> None:
        await desktop.start()
        assert await person.drops(photo, on=person.find(START_ZONE))
        await person.types("Grass sways in the wind", into="Prompt")
        await person.click("Generate video")
        await person.sees(re.compile(r"Finished"), timeout=60)
        await person.waits_for(
            lambda: _play_button(person).accessibleName() == "Pause", 20, "the video to play"
        )
        preview = person.find("Video preview")
        await person.click(preview)
        assert person.focused() is preview, person.focused()
        person.screenshot("item15-preview-focused")
        await person.presses(Qt.Key.Key_Space)
        await person.waits_for(
            lambda: _play_button(person).accessibleName() == "Play", 5, "Space to pause the video"
        )
        await person.presses(Qt.Key.Key_Space)
        await person.waits_for(
            lambda: _play_button(person).accessibleName() == "Pause",
            5,
            "Space to play the video again",
        )
        # Space on the task in the list does the same.
        await person.clicks_row(re.compile(r"^Finished"))
        assert person.focused() is person.find("Tasks")
        await person.presses(Qt.Key.Key_Space)
        await person.waits_for(
            lambda: _play_button(person).accessibleName() == "Play",
            5,
            "Space on the task to pause the video",
        )
        await person.presses(Qt.Key.Key_Space)
        await person.waits_for(
            lambda: _play_button(person).accessibleName() == "Pause",
            5,
            "Space on the task to play the video again",
        )
        # Space in a text field types a space; it does not pause the video.
        await person.click("Prompt")
        await person.presses(Qt.Key.Key_Space)
        await person.waits(0.2)
        assert _play_button(person).accessibleName() == "Pause"
        assert person.find("Prompt").toPlainText().endswith(" ")
        await desktop.quit()

    play(scenario)
