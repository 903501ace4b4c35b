"""Item 15: the keyboard reaches only what a person sees and can name, and Space plays and
pauses the video once the preview has the focus (by Tab or by a click).

Issue 20: everything works from the keyboard alone. The form (Tab top to bottom; a picture
box opens Browse with Space or Enter and pastes with Ctrl+V; Ctrl+Enter generates), the
list (Up and Down, Enter plays, the Menu key or Shift+F10 opens the task's menu at its
row, Delete asks first), the preview (Space, Left and Right) and the dialogs (Esc)."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QRect, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QWidget,
)

from tests.acceptance.generate_abilities import START_ZONE, makes_video
from tests.acceptance.person import Person
from tests.acceptance.test_dark_switch import dark_palette, system_colour_scheme
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


# -- Issue 20: everything from the keyboard ------------------------------------------------


def _window_place(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def _out_of_reading_order(stops: list[QWidget]) -> list[str]:
    """Steps of the Tab chain that go back up (reading order is top to bottom; going up is
    right only to the next box of a row begun before, to the right of where it began)."""
    wrong = []
    for before, after in pairwise(stops):
        a, b = _window_place(before), _window_place(after)
        row_begun = any(
            abs(_window_place(w).top() - b.top()) <= 4 and _window_place(w).left() < b.left()
            for w in stops[: stops.index(after)]
        )
        if b.top() < a.top() - 2 and not row_begun:
            wrong.append(
                f"{spoken_name(before)!r} {a.topLeft()} → {spoken_name(after)!r} {b.topLeft()}"
            )
    return wrong


async def tabs_to(
    person: Person, wanted: Callable[[QWidget], bool], what: str, limit: int = 80
) -> QWidget:
    """Press Tab until the focus is on what ``wanted`` says; that widget."""
    for _ in range(limit):
        focused = person.focused()
        if focused is not None and wanted(focused):
            return focused
        await person.presses(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {what}")


def _in_form(widget: QWidget) -> bool:
    while widget is not None:
        if type(widget).__name__ == "GenerationForm":
            return True
        widget = widget.parentWidget()
    return False


def _named(pattern: str) -> Callable[[QWidget], bool]:
    return lambda widget: re.search(pattern, spoken_name(widget)) is not None


def _copies_file(path: Path) -> None:
    """The person copies a picture file in the file manager (Ctrl+C there)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    QGuiApplication.clipboard().setMimeData(mime)


def _open_file_dialog(person: Person) -> QFileDialog | None:
    found = [w for w in person.windows() if isinstance(w, QFileDialog)]
    return found[-1] if found else None


async def shows_focus_in_light_and_dark(person: Person, name: str) -> None:
    """Screenshots of the window where the keyboard is, in the light scheme and the dark
    one (for a person to look at: the focus must be visible in both)."""
    person.screenshot(f"{name}-light")
    with system_colour_scheme(dark_palette()):
        await person.waits(0.2)
        person.screenshot(f"{name}-dark")
    await person.waits(0.2)


def test_the_form_is_filled_and_sent_from_the_keyboard(desktop, person, play, tmp_path):
    photo = write_png(tmp_path / "harbour.png", 640, 400)

    async def scenario() -> None:
        window = await desktop.start(demo=True)
        await person.window_manager_activates(window)
        # The form's Tab stops go top to bottom (a row's left to right).
        start = await tabs_to(person, _named(r"^Start image"), "the start image")
        stops = await tab_through(person)
        entry = next(i for i, w in enumerate(stops) if _in_form(w) and not _in_form(stops[i - 1]))
        form = [w for w in stops[entry:] + stops[:entry] if _in_form(w)]
        assert not _out_of_reading_order(form), _out_of_reading_order(form)
        start = await tabs_to(person, lambda w: w is start, "the start image again")
        await shows_focus_in_light_and_dark(person, "item20-focus-picture-box")
        # Space (and Enter) open Browse; Esc closes it, the picture box keeps the focus.
        for key in (Qt.Key.Key_Space, Qt.Key.Key_Return):
            await person.presses(key)
            await person.waits_for(lambda: _open_file_dialog(person) is not None, 5, "Browse")
            chooser = _open_file_dialog(person)
            await person.presses(Qt.Key.Key_Escape, to=chooser.focusWidget() or chooser)
            await person.waits_for(lambda: _open_file_dialog(person) is None, 5, "Esc to close it")
            await person.window_manager_activates(window)
        # Ctrl+V pastes a copied picture file.
        _copies_file(photo)
        await person.presses(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier, to=start)
        await person.sees("harbour.png")
        await person.sees("640 × 400 px")
        prompt = await tabs_to(person, _named(r"^Prompt$"), "the prompt")
        QTest.keyClicks(prompt, "Boats rock in the harbour")
        await shows_focus_in_light_and_dark(person, "item20-focus-prompt")
        await person.waits_for(lambda: person.is_enabled("Generate video"), 10, "Generate")
        person.screenshot("item20-form-keyboard")
        await person.presses(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        await person.sees(re.compile(r": Boats rock in the harbour,"), timeout=20)
        await desktop.quit()

    play(scenario)


def _slider(person: Person) -> QAbstractSlider:
    slider = person.find("Position in the video", QAbstractSlider, usable=False)
    assert isinstance(slider, QAbstractSlider)
    return slider


def _open_menu() -> QMenu | None:
    menus = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]
    return menus[-1] if menus else None


def test_the_list_and_the_player_are_used_from_the_keyboard(desktop, person, play, tmp_path):
    async def scenario() -> None:
        window = await desktop.start(demo=True, video_size=640)
        await makes_video(person, tmp_path, "Gulls circle the mast")
        await person.sees(re.compile(r"^Finished: Gulls"), timeout=60)
        await makes_video(person, tmp_path, "Sails fill with wind")
        await person.sees(re.compile(r"^Finished: Sails"), timeout=60)
        await person.window_manager_activates(window)
        tasks = await tabs_to(person, lambda w: w is person.find("Tasks"), "the list")
        # Up and Down choose a task, Enter plays it.
        await person.presses(Qt.Key.Key_Home)
        await person.presses(Qt.Key.Key_Down)
        assert person.highlighted_row().startswith("Finished: Gulls"), person.highlighted_row()
        await shows_focus_in_light_and_dark(person, "item20-focus-list-row")
        await person.presses(Qt.Key.Key_Return)
        await person.waits_for(
            lambda: _play_button(person).accessibleName() == "Pause", 20, "Enter to play it"
        )
        # The Menu key, and Shift+F10, open the task's menu at its row; Esc closes it.
        row = tasks.visualRect(tasks.currentIndex())
        row_on_screen = QRect(tasks.viewport().mapToGlobal(row.topLeft()), row.size())
        for key, modifiers in (
            (Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier),
            (Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier),
        ):
            await person.presses(key, modifiers, to=tasks)
            await person.waits_for(lambda: _open_menu() is not None, 5, f"{key.name} to open it")
            menu = _open_menu()
            # At the row (the screen's edge may push it aside, not away from the row).
            assert menu.geometry().intersects(row_on_screen), (menu.geometry(), row_on_screen)
            assert any("Play" in a.text() for a in menu.actions())
            await person.presses(Qt.Key.Key_Escape, to=menu)
            await person.waits_for(lambda: _open_menu() is None, 5, "Esc to close the menu")
            await person.window_manager_activates(window)
        # In the preview: Space pauses, Right and Left jump a second (test_frames: "," ".").
        preview = await tabs_to(person, _named(r"^Video preview$"), "the preview")
        await person.presses(Qt.Key.Key_Space, to=preview)
        await person.waits_for(lambda: _play_button(person).accessibleName() == "Play", 5)
        before = _slider(person).value()
        await person.presses(Qt.Key.Key_Right, to=preview)
        await person.waits_for(lambda: _slider(person).value() >= before + 900, 5, "Right")
        after = _slider(person).value()
        await person.presses(Qt.Key.Key_Left, to=preview)
        await person.waits_for(lambda: _slider(person).value() <= after - 900, 5, "Left")
        # Delete asks first: Esc keeps the task, Enter removes it.
        await tabs_to(person, lambda w: w is tasks, "the list again")
        await person.presses(Qt.Key.Key_Delete, to=tasks)
        await person.sees("Remove this task from your history?", timeout=5)
        box = person.windows()[-1]
        await person.presses(Qt.Key.Key_Escape, to=box.focusWidget() or box)
        await person.sees_not("Remove this task from your history?", timeout=5)
        assert any(row.startswith("Finished: Gulls") for row in person.rows())
        await person.window_manager_activates(window)
        await person.presses(Qt.Key.Key_Delete, to=tasks)
        await person.sees("Remove this task from your history?", timeout=5)
        box = person.windows()[-1]
        await person.presses(Qt.Key.Key_Return, to=box.focusWidget() or box)
        await person.waits_for(
            lambda: not any(r.startswith("Finished: Gulls") for r in person.rows()), 10, "removal"
        )
        await person.window_manager_activates(window)
        await desktop.quit()

    play(scenario)


def _open_dialog(person: Person, title: str) -> QWidget | None:
    found = [w for w in person.windows() if w.windowTitle() == title]
    return found[-1] if found else None


async def opens_presets_by_keyboard(person: Person) -> QMenu:
    """Tab to Presets, Space: its menu, once it has read the presets."""
    await tabs_to(person, _named(r"^Presets"), "Presets")
    await person.presses(Qt.Key.Key_Space)
    await person.waits_for(lambda: _open_menu() is not None, 5, "the Presets menu")
    menu = _open_menu()
    assert menu is not None
    await person.waits_for(
        lambda: all("Reading" not in a.text() for a in menu.actions()), 10, "the presets"
    )
    return menu


def test_a_dialog_is_answered_from_the_keyboard(desktop, person, play):
    """Enter accepts where it is safe (a preset's name), Esc cancels."""

    async def scenario() -> None:
        window = await desktop.start(demo=True)
        await person.window_manager_activates(window)
        for key, name in ((Qt.Key.Key_Escape, "Not kept"), (Qt.Key.Key_Return, "Windy beach")):
            menu = await opens_presets_by_keyboard(person)
            await person.presses(Qt.Key.Key_Down, to=menu)  # its first entry: Save as Preset…
            await person.presses(Qt.Key.Key_Return, to=menu)
            await person.waits_for(lambda: _open_dialog(person, "Save as Preset") is not None, 5)
            dialog = _open_dialog(person, "Save as Preset")
            assert dialog is not None
            # Offscreen, the closing menu hands the focus back to the main window; a
            # desktop's window manager keeps it on the new (modal) dialog.
            await person.window_manager_activates(dialog, over_others=True)
            field = QApplication.focusWidget()
            assert field is not None and spoken_name(field) == "Preset name", field
            QTest.keyClicks(field, name)
            await person.presses(key, to=field)
            await person.waits_for(lambda: _open_dialog(person, "Save as Preset") is None, 5)
            await person.window_manager_activates(window)
        menu = await opens_presets_by_keyboard(person)
        await person.waits_for(
            lambda: any(a.text() == "Windy beach" for a in menu.actions()), 5, "the preset"
        )
        assert not any(a.text() == "Not kept" for a in menu.actions())
        await person.presses(Qt.Key.Key_Escape, to=menu)
        await desktop.quit()

    play(scenario)
