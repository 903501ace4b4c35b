"""Issue 20, accessibility: what a screen reader is told. From the main window and from every
dialog a person can open, the accessibility tree (``QAccessible.queryAccessibleInterface``,
what Qt hands AT-SPI, UI Automation and VoiceOver) is walked, and every interactive element
on screen (buttons, fields, combo boxes, check boxes, sliders, tabs, list items) must have a
name. A failure lists each nameless one by class and place.

The app is the real one, driven as in the acceptance tests (``tests/acceptance``): the
dialogs are opened the way a person opens them, and closed with Esc, which also shows that
Esc cancels each of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from poyo_desktop.services import away_summary
from tests.acceptance import conftest as acceptance
from tests.acceptance.batch_abilities import drops_pictures, good_pictures, opens_review
from tests.acceptance.generate_abilities import START_ZONE, fills_the_form, makes_video
from tests.acceptance.notification_abilities import minimises, restores_from_taskbar
from tests.acceptance.person import Person
from tests.acceptance.preset_abilities import chooses_preset
from tests.acceptance.queue_abilities import right_clicks_and_chooses
from tests.acceptance.settings_abilities import clicks_tab, tab_names
from tests.images import encode
from tests.picture_files import panorama

# The app and the person of the acceptance tests (their conftest is not this folder's).
desktop, person, play = acceptance.desktop, acceptance.person, acceptance.play

Role = QAccessible.Role
INTERACTIVE = frozenset(
    {
        Role.Button,
        Role.CheckBox,
        Role.RadioButton,
        Role.ComboBox,
        Role.EditableText,
        Role.SpinBox,
        Role.Slider,
        Role.Dial,
        Role.PageTab,
        Role.ListItem,
        Role.TreeItem,
        Role.ButtonMenu,
        Role.ButtonDropDown,
        Role.Link,
        Role.HotkeyField,
    }
)
ITEMS_PER_VIEW = 40  # rows of a long list looked at (they are all named the same way)


def _place(widget: QWidget | None) -> str:
    """Where a widget is: its window down to it, by class (and object name)."""
    parts: list[str] = []
    while widget is not None:
        name = widget.objectName()
        parts.append(f"{type(widget).__name__}#{name}" if name else type(widget).__name__)
        if widget.isWindow():
            break
        widget = widget.parentWidget()
    return " > ".join(reversed(parts))


def _owner(node: QAccessibleInterface, parents: list[QAccessibleInterface]) -> QWidget | None:
    for candidate in [node, *reversed(parents)]:
        obj = candidate.object()
        if isinstance(obj, QWidget):
            return obj
    return None


def _nameless(node: QAccessibleInterface) -> bool:
    obj = node.object()
    if node.role() == Role.ComboBox and isinstance(obj, QWidget):
        # On Linux Qt gives a combo box its value ("Standard") as its name, and says what
        # it chooses through the label that names it: its buddy, or an accessible name.
        labels = obj.window().findChildren(QLabel)
        return not obj.accessibleName() and not any(label.buddy() is obj for label in labels)
    return not node.text(QAccessible.Text.Name).strip()


def _interactive(node: QAccessibleInterface) -> bool:
    """A control by its role, or a custom widget the keyboard can reach (a picture box,
    the preview, the crop frame): a Tab stop a screen reader must name."""
    if node.role() in INTERACTIVE:
        return True
    obj = node.object()
    return (
        isinstance(obj, QWidget)
        and bool(obj.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and node.role() in (Role.Client, Role.Graphic, Role.Grouping, Role.Pane)
        and not isinstance(obj, QAbstractScrollArea)
    )


def _walk(
    node: QAccessibleInterface, parents: list[QAccessibleInterface]
) -> Iterator[tuple[QAccessibleInterface, list[QAccessibleInterface]]]:
    state = node.state()
    if state.invisible or state.offscreen:
        return
    yield node, parents
    count = node.childCount()
    if node.role() in (Role.List, Role.Tree, Role.Table):
        count = min(count, ITEMS_PER_VIEW)
    for index in range(count):
        child = node.child(index)
        if child is not None and child.isValid():
            yield from _walk(child, [*parents, node])


def nameless_controls(window: QWidget) -> list[str]:
    """Every interactive element on screen in ``window`` with an empty accessible name,
    as "role: place (what it shows)"."""
    root = QAccessible.queryAccessibleInterface(window)
    assert root is not None and root.isValid(), f"{_place(window)} has no accessible interface"
    found: list[str] = []
    for node, parents in _walk(root, []):
        if not _interactive(node) or not _nameless(node):
            continue
        owner = _owner(node, parents)
        hint = node.text(QAccessible.Text.Value) or (owner.toolTip() if owner else "")
        where = _place(owner)
        if node.object() is None:
            where += f" [item {parents[-1].indexOfChild(node) if parents else '?'}]"
        found.append(f"{node.role().name}: {where}" + (f" ({hint[:40]!r})" if hint else ""))
    return found


def _top_dialog(person: Person, title: str | re.Pattern[str]) -> QWidget | None:
    for window in reversed(person.windows()):
        if isinstance(title, re.Pattern):
            if title.search(window.windowTitle()):
                return window
        elif window.windowTitle() == title:
            return window
    return None


class Audit:
    """The nameless controls found, window by window."""

    def __init__(self, person: Person) -> None:
        self.person = person
        self.found: dict[str, list[str]] = {}

    def walk(self, label: str, window: QWidget) -> None:
        if missing := nameless_controls(window):
            self.found[label] = missing

    async def dialog(self, title: str | re.Pattern[str], label: str | None = None) -> QWidget:
        """Wait for the dialog, walk it, close it with Esc (which must close it)."""
        person = self.person
        await person.waits_for(lambda: _top_dialog(person, title) is not None, 15, f"“{title}”")
        await person.waits(0.2)  # what it reads in the background arrives
        window = _top_dialog(person, title)
        assert window is not None
        self.walk(label or str(title), window)
        await self.escapes(window)
        return window

    async def escapes(self, window: QWidget) -> None:
        person, where = self.person, _place(window)
        await person.presses(Qt.Key.Key_Escape, to=window.focusWidget() or window)
        await person.waits_for(
            lambda: not isValid(window) or not window.isVisible(), 5, f"Esc to close {where}"
        )
        await person.window_manager_activates()

    def check(self) -> None:
        report = "\n".join(
            f"{label}:\n  " + "\n  ".join(items) for label, items in self.found.items()
        )
        assert not self.found, "interactive elements without an accessible name:\n" + report


def _close_message_box_soon(audit: Audit, label: str) -> None:
    """A message box that runs its own event loop (About) is walked and closed from inside
    that loop, as the person's Esc would: the click that opened it returns only then."""

    def look() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        shown = [box for box in boxes if box.isVisible()]
        if not shown:
            QTimer.singleShot(50, look)
            return
        audit.walk(label, shown[-1])
        QTest.keyClick(shown[-1], Qt.Key.Key_Escape)

    QTimer.singleShot(50, look)


def test_the_window_and_the_dialogs_of_its_menus_name_every_control(desktop, person, play):
    async def scenario() -> None:
        window = await desktop.start(demo=True)
        audit = Audit(person)
        await person.sees("Make your first video")  # the first-run guide is in the window
        audit.walk("main window (first start)", window)

        await person.chooses_menu("Help", "Keyboard Shortcuts")
        await audit.dialog("Keyboard Shortcuts")
        _close_message_box_soon(audit, "About")
        await person.chooses_menu("Help", "About PoYo Desktop")

        await person.click("Settings")
        await person.waits_for(lambda: _top_dialog(person, "Settings") is not None, 15, "Settings")
        settings = _top_dialog(person, "Settings")
        assert settings is not None
        for tab in tab_names(person):
            await clicks_tab(person, tab)
            await person.waits(0.2)
            audit.walk(f"Settings ▸ {tab}", settings)
        await audit.escapes(settings)

        await person.chooses_menu("File", "Spending…")
        await audit.dialog("Spending", "Spending ledger")
        await chooses_preset(person, "Save as Preset…")
        await person.waits_for(lambda: _top_dialog(person, "Save as Preset") is not None, 10)
        saving = _top_dialog(person, "Save as Preset")
        assert saving is not None
        audit.walk("Save as Preset", saving)
        await person.types("Windy beach", into="Preset name")
        await person.click("Save")
        await person.waits_for(lambda: not isValid(saving) or not saving.isVisible(), 10)
        await person.window_manager_activates()
        await chooses_preset(person, "Manage Presets…")
        await audit.dialog("Presets", "Manage Presets")
        audit.check()
        await desktop.quit()

    play(scenario)


@pytest.fixture
def short_while(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(away_summary, "AWAY_AFTER", timedelta(seconds=1))


def test_the_dialogs_of_a_video_and_its_pictures_name_every_control(
    desktop, person, play, tmp_path, short_while
):
    wide = tmp_path / "harbour panorama.jpg"
    wide.write_bytes(encode(panorama(), "JPEG", 92))

    async def scenario() -> None:
        window = await desktop.start(demo=True, video_size=640)
        audit = Audit(person)
        await person.click("Got it")  # the guide, walked in the other test
        await makes_video(person, tmp_path, "Waves roll in slowly")
        await minimises(person)
        await person.waits_for(
            lambda: any(r.startswith("Finished: Waves") for r in person.rows()), 60, "the video"
        )
        await person.waits(1.3)
        await restores_from_taskbar(person)
        await person.sees(re.compile(r"^While you were away:"), timeout=10)
        await person.clicks_row(re.compile(r"^Finished: Waves"))
        await person.waits(0.5)
        audit.walk("main window (a finished video, the away card)", window)

        await person.chooses_menu("Task", "Compare with Pictures")
        await audit.dialog("Compare with Pictures")
        await person.chooses_menu("Task", "Make a Loop…")
        await person.sees(re.compile(r"The loop is ready"), timeout=60)
        await audit.dialog("Make a Loop")

        assert await person.drops(wide, on=person.find(START_ZONE))
        await person.sees("Fix this picture", timeout=15)
        await person.click("Fix this picture")
        await audit.dialog(re.compile(r"^Fix the"), "Picture fixer")

        await drops_pictures(person, good_pictures(tmp_path, 2))
        await opens_review(person, 2)
        audit.walk("main window (a batch)", window)
        await audit.dialog("Review the batch", "Batch review sheet")
        await person.click("Clear batch")

        await person.chooses_menu("Task", "Pause Sending")
        await fills_the_form(person, tmp_path / "photo-01.png", "Juliet waves")
        await person.click("Generate video")
        await person.sees(re.compile(r"Paused · not paid yet: Juliet waves"))
        await right_clicks_and_chooses(person, "Juliet waves", "Edit…")
        await audit.dialog("Edit Video", "Queue edit dialog")
        audit.check()
        await desktop.quit()

    play(scenario)


def test_the_walk_finds_what_a_screen_reader_could_not_name(qapp):
    """The audit itself: a button with only an icon, a field and a combo box with no
    label are found; the same with names are not."""
    window = QWidget()
    column = QVBoxLayout(window)
    bare = [QPushButton(), QLineEdit(), QComboBox()]
    bare[2].addItems(["Standard", "Pro"])
    named = [QPushButton("Save"), QLineEdit(), QComboBox()]
    named[1].setAccessibleName("Prompt")
    named[2].addItems(["Standard", "Pro"])
    label = QLabel("Model:")
    label.setBuddy(named[2])
    for widget in [*bare, *named, label]:
        column.addWidget(widget)
    window.show()
    qapp.processEvents()
    try:
        found = nameless_controls(window)
        assert [line.split(":")[0] for line in found] == ["Button", "EditableText", "ComboBox"]
        assert all("QWidget > " in line for line in found), found
    finally:
        window.close()


def test_a_screen_reader_hears_each_rows_state_and_prompt(qapp):
    """The list's rows through the accessibility tree: the name says the state and the
    prompt, the description the rest (when, how long, what it cost)."""
    from datetime import UTC, datetime, timedelta

    from poyo_desktop.core.job import Job
    from poyo_desktop.core.states import JobState
    from poyo_desktop.ui.tasks.task_model import JobListModel
    from poyo_desktop.ui.tasks.task_view import TaskListView

    made = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
    model = JobListModel()
    model.set_jobs(
        [
            Job(
                model="kling-2.1/standard",
                prompt="Waves roll in",
                created_at=made,
                finished_at=made + timedelta(seconds=90),
                state=JobState.FINISHED,
                output_size=2_400_000,
            ),
            Job(
                model="kling-2.1/pro",
                prompt="A kite rises",
                created_at=made + timedelta(minutes=1),
                state=JobState.FAILED,
                error_message="PoYo refused the picture.",
            ),
        ]
    )
    view = TaskListView()
    view.setModel(model)
    view.resize(500, 300)
    view.show()
    qapp.processEvents()
    try:
        root = QAccessible.queryAccessibleInterface(view)
        items = [
            root.child(i) for i in range(root.childCount()) if root.child(i).role() == Role.ListItem
        ]
        said = [
            (i.text(QAccessible.Text.Name), i.text(QAccessible.Text.Description)) for i in items
        ]
        assert said[0][0].startswith("Failed: A kite rises, Pro"), said
        assert "PoYo refused the picture." in said[0][0], said
        assert said[1][0].startswith("Finished: Waves roll in, Standard, 5 s"), said
        assert said[1][1].startswith("Created 5 Dec 2026"), said
        assert "took 1 min" in said[1][1] and "MB" in said[1][1], said
    finally:
        view.close()
