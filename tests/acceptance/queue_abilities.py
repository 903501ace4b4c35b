"""What a person does with the send queue, built only on :class:`Person`'s input events:
right-click a task and choose from its menu, press a key on a selected task, set how many
videos are made at once in Settings, and read a task's row.

Its own module: the send queue's tests need these, and the Person stays about seeing and
touching any widget.
"""

from __future__ import annotations

import asyncio
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMenu

from tests.acceptance import reading
from tests.acceptance.person import NotOnScreen, Person
from tests.acceptance.settings_abilities import TITLE, clicks_tab


async def sets_videos_at_once(person: Person, count: int) -> None:
    """Settings ▸ "Videos in progress at once" set to ``count``, saved."""
    await person.click("Settings")
    await person.waits_for(lambda: _settings_open(person), 10, "the Settings dialog")
    await clicks_tab(person, "Videos")
    await person.replaces_text(str(count), into="Videos in progress at once")
    await person.click("Save")
    await person.waits_for(lambda: not _settings_open(person), 15, "Settings to close")
    await person.window_manager_activates()


def row_of(person: Person, prompt: str) -> str:
    """The row (as a screen reader says it) of the task whose prompt is ``prompt``."""
    rows = [row for row in person.rows() if f": {prompt}," in row]
    if len(rows) != 1:
        raise NotOnScreen(f"no single row for {prompt!r}; the list reads {person.rows()}")
    return rows[0]


async def opens_task_menu(person: Person, prompt: str) -> list[str]:
    """Right-click the task row of ``prompt``; the entries of the menu it opens, as read
    (a greyed-out one says why after a dash)."""
    await person.clicks_row(re.compile(re.escape(f": {prompt},")))
    await _right_clicks_row(person, prompt)
    await person.waits_for(lambda: open_menu() is not None, 5, "the task's menu to open")
    return menu_entries(person)


async def closes_menu(person: Person) -> None:
    menu = open_menu()
    if menu is not None:
        QTest.keyClick(menu, Qt.Key.Key_Escape)
    await person.waits_for(lambda: open_menu() is None, 5, "the menu to close")
    await person.window_manager_activates()


def greyed_entries(person: Person) -> list[str]:
    menu = open_menu()
    entries = menu.actions() if menu else []
    return [reading.clean(a.text()) for a in entries if a.text() and not a.isEnabled()]


async def right_clicks_and_chooses(person: Person, prompt: str, entry: str) -> None:
    """Right-click the task row of ``prompt``, then click ``entry`` in the menu it opens."""
    await opens_task_menu(person, prompt)
    menu = open_menu()
    assert menu is not None
    person.clicks_in_open_menu(menu, entry)
    await asyncio.sleep(0)
    await person.window_manager_activates()


async def presses_on_task(
    person: Person, prompt: str, key: Qt.Key, modifiers: Qt.KeyboardModifier
) -> None:
    """Select the task row of ``prompt`` with a click, then press ``key`` on the list."""
    await person.clicks_row(re.compile(re.escape(f": {prompt},")))
    view = person.find("Tasks", QAbstractItemView)
    await person.window_manager_activates()
    await person.presses(key, modifiers, to=view)


async def _right_clicks_row(person: Person, prompt: str) -> None:
    """A right-click as the windowing system delivers it: the press and release, and the
    context-menu event that follows (QTest sends the mouse events alone)."""
    view = person.find("Tasks", QAbstractItemView)
    assert isinstance(view, QAbstractItemView)
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if f": {prompt}," in reading.spoken(index):
            where = view.visualRect(index).center()
            right, none = Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier
            QTest.mouseClick(view.viewport(), right, none, where)
            event = QContextMenuEvent(
                QContextMenuEvent.Reason.Mouse, where, view.viewport().mapToGlobal(where)
            )
            QApplication.sendEvent(view.viewport(), event)
            await asyncio.sleep(0)
            return
    raise NotOnScreen(f"no row for {prompt!r}; the list reads {person.rows()}")


def menu_entries(person: Person) -> list[str]:
    menu = open_menu()
    return [reading.clean(a.text()) for a in menu.actions() if a.text()] if menu else []


def open_menu() -> QMenu | None:
    menus = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]
    return menus[-1] if menus else None


def _settings_open(person: Person) -> bool:
    return any(window.windowTitle() == TITLE for window in person.windows())
