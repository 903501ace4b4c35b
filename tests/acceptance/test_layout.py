"""Item 11: the whole form is in view at 1280×800, and reachable at 1024×640.

"In view" is what a person sees without scrolling: each control lies wholly inside the
visible part of the form's scroll area (or below it, in the footer that never scrolls) and
inside the window. The check reads geometry; acting is only through the person.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from tests.acceptance.generate_abilities import END_ZONE, START_ZONE
from tests.acceptance.person import Person
from tests.images import write_exif_rotated_jpeg, write_png

#: What a person needs to make a video, by its visible name or accessible name.
FORM_CONTROLS: tuple[str | re.Pattern[str], ...] = (
    "Standard model",
    "Pro model",
    START_ZONE,
    END_ZONE,
    "Prompt",
    "Negative prompt (optional)",
    "Length 5 seconds",
    "Length 10 seconds",
    "Price",
    "Generate video",
)


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return parent
        parent = parent.parentWidget()
    return None


def hidden_part(widget: QWidget) -> str:
    """How much of ``widget`` a person cannot see ("" when it is all in view)."""
    window = widget.window()
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    area = _scroll_area_of(widget)
    if area is not None:
        port = area.viewport()
        visible = QRect(port.mapTo(window, QPoint(0, 0)), port.size())
        if not visible.contains(rect):
            return f"scrolled out of view ({rect}, the form shows {visible})"
    if not window.rect().contains(rect):
        return f"outside the window ({rect} in {window.rect()})"
    return ""


def visible_height(widget: QWidget) -> int:
    """How many rows of ``widget`` the form's scroll area shows."""
    area = _scroll_area_of(widget)
    assert area is not None
    port = area.viewport()
    rect = QRect(widget.mapTo(port, QPoint(0, 0)), widget.size())
    return rect.intersected(port.rect()).height()


def out_of_view(person: Person) -> dict[str, str]:
    hidden: dict[str, str] = {}
    for name in FORM_CONTROLS:
        widget = person.find(name, usable=False)
        if part := hidden_part(widget):
            hidden[str(name)] = part
    return hidden


def test_the_whole_form_is_in_view_at_1280_by_800(desktop, person, play):
    async def scenario() -> None:
        await desktop.start(size=(1280, 800))
        await person.waits(0.3)  # the window has settled (first paint, panes built)
        person.screenshot("item11-form-1280x800")
        assert out_of_view(person) == {}
        await desktop.quit()

    play(scenario)


def _edges(widget: QWidget) -> tuple[int, int]:
    """Where ``widget``'s left and right edges are in its window."""
    left = widget.mapTo(widget.window(), QPoint(0, 0)).x()
    return left, left + widget.width()


def test_a_picture_and_its_note_do_not_shift_the_form_sideways(desktop, person, play, tmp_path):
    """At 1280×800 the form is about as tall as its place: a picture with the line under its
    card (a phone photo stored on its side) makes it just taller. The fields keep their
    width and place as it does, and when the picture is removed again; a scroll bar shown
    only as needed made every field narrower, re-wrapped and redrawn the form each time."""
    photo = write_exif_rotated_jpeg(tmp_path / "phone.jpg", 600, 800)

    async def scenario() -> None:
        await desktop.start(size=(1280, 800))
        await person.waits(0.3)
        prompt, length = person.find("Prompt"), person.find("Length 10 seconds")
        before = _edges(prompt), _edges(length)
        assert await person.drops(photo, on=person.find(START_ZONE))
        await person.sees("will be sent upright")
        await person.waits(0.2)
        person.screenshot("form-with-phone-photo-1280x800")
        assert (_edges(prompt), _edges(length)) == before
        await person.click(person.find("Remove start image"))
        await person.sees("Drop a photo here")
        await person.waits(0.2)
        assert (_edges(prompt), _edges(length)) == before
        await desktop.quit()

    play(scenario)


def test_at_1024_by_640_length_and_generate_are_reached_by_keyboard(
    desktop, person, play, tmp_path
):
    photo = write_png(tmp_path / "lake.png", 640, 400)

    async def scenario() -> None:
        await desktop.start(size=(1024, 640))
        await person.waits(0.3)
        person.screenshot("item11-form-1024x640")
        # More of the form than the model and the start image is in view: both pictures,
        # and the prompt box to click into.
        hidden = out_of_view(person)
        for name in (
            "Standard model",
            "Pro model",
            str(START_ZONE),
            str(END_ZONE),
            "Generate video",
        ):
            assert name not in hidden, hidden
        assert visible_height(person.find("Prompt")) >= 60, hidden
        assert await person.drops(photo, on=person.find(START_ZONE))
        await person.types("A boat drifts across the lake", into="Prompt")
        # Tab on from the prompt until the 10-second length has the focus.
        for _ in range(12):
            if person.focused() is person.find("Length 5 seconds", usable=False):
                break
            await person.presses(Qt.Key.Key_Tab)
        length = person.find("Length 5 seconds")
        assert person.focused() is length, person.focused()
        assert hidden_part(length) == "", hidden_part(length)  # scrolled into view
        await person.presses(Qt.Key.Key_Right)  # arrows move between radio buttons
        assert person.find("Length 10 seconds").isChecked()
        await person.sees(re.compile(r"\b(60|55|30) credits|Free"))
        generate = person.find("Generate video")
        assert hidden_part(generate) == ""
        person.screenshot("item11-form-1024x640-length")
        await person.click(generate)
        await person.sees(re.compile(r"Finished"), timeout=60)
        await desktop.quit()

    play(scenario)
