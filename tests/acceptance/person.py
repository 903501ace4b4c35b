"""A person at the keyboard: finds what is visible on screen, and acts only through input
events (mouse clicks, keys, drops of files) on widgets that are shown and enabled.

What a person reads is gathered from visible widgets only: labels, buttons, the window
title, the status bar, the text in fields, the rows of the task list (as a screen reader
says them) and the titles and texts of open dialogs. Nothing here calls into a service or
sets a widget's state: tests built on it prove the product, not its parts. (How one
widget is read, its text cleaned and matched, is in ``reading.py``.)
"""

from __future__ import annotations

import asyncio
import os
import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QEnterEvent,
    QGuiApplication,
    QMouseEvent,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMenuBar,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tests.acceptance import reading

Finder = Callable[[], object]

#: Where screenshots go: $POYO_SCREENSHOTS if set, else the test's own folder.
SCREENSHOT_DIR_VARIABLE = "POYO_SCREENSHOTS"
DRAG_MOVE_SECONDS = 0.03  # between the move events of a held drag (Qt sends one per mouse move)


class NotOnScreen(AssertionError):
    """What the person looked for is not there (or not usable)."""


class Person:
    """Acts on the app's windows as a person would. Every action is ``await``-ed: it lets
    the app's event loop run, as the time between a person's actions does."""

    def __init__(self, screenshots: Path) -> None:
        self.screenshots = screenshots

    # -- looking -------------------------------------------------------------------------

    @staticmethod
    def windows() -> list[QWidget]:
        """Top-level windows on screen, the active (or newest modal) one last."""
        found = [w for w in QApplication.topLevelWidgets() if reading.shown(w)]
        modal = QApplication.activeModalWidget()
        if modal is not None and modal in found:
            found.remove(modal)
            found.append(modal)
        return found

    def main_window(self) -> QMainWindow:
        for window in self.windows():
            if isinstance(window, QMainWindow):
                return window
        raise NotOnScreen("the main window is not on screen")

    def _widgets(self, kind: type[QWidget] = QWidget) -> Iterator[QWidget]:
        for window in self.windows():
            if isinstance(window, kind):
                yield window
            for child in window.findChildren(kind):
                if reading.shown(child):
                    yield child

    def texts(self) -> list[str]:
        """Everything readable on screen, one string per widget or row."""
        seen: list[str] = []
        for window in self.windows():
            if window.windowTitle():
                seen.append(window.windowTitle())
            if isinstance(window, QMainWindow) and window.statusBar().currentMessage():
                seen.append(window.statusBar().currentMessage())
        for widget in self._widgets():
            seen.extend(self._text_of(widget))
        return [reading.clean(text) for text in seen if text and reading.clean(text)]

    @staticmethod
    def _text_of(widget: QWidget) -> Iterable[str]:
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield widget.text()
        elif isinstance(widget, QLineEdit):
            yield widget.text() if widget.echoMode() == QLineEdit.EchoMode.Normal else ""
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            yield widget.toPlainText()
        elif isinstance(widget, QMenu):
            yield from (action.text() for action in widget.actions() if action.isVisible())
        elif isinstance(widget, QAbstractItemView):
            model = widget.model()
            if model is not None and model.rowCount() == 0:
                yield widget.accessibleDescription()  # what an empty list says instead
            yield from Person._rows_of(widget)

    @staticmethod
    def _rows_of(view: QAbstractItemView) -> Iterator[str]:
        """The rows in view, as a screen reader says them (or their shown text)."""
        model = view.model()
        if model is None:
            return
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if not view.visualRect(index).intersects(view.viewport().rect()):
                continue
            yield reading.spoken(index)

    def rows(self, name: str | re.Pattern[str] = "Tasks") -> list[str]:
        """The rows in view of the list called ``name``, as a screen reader says them."""
        return list(self._rows_of(self.find(name, QAbstractItemView)))

    def highlighted_row(self, name: str | re.Pattern[str] = "Tasks") -> str:
        """The row of the list called ``name`` shown as selected, as a screen reader says
        it; "" when none is."""
        view = self.find(name, QAbstractItemView)
        assert isinstance(view, QAbstractItemView)
        index = view.currentIndex()
        selected = index.isValid() and view.selectionModel().isSelected(index)
        return reading.spoken(index) if selected else ""

    def screen_text(self) -> str:
        return "\n".join(self.texts())

    def can_see(self, text: str | re.Pattern[str]) -> bool:
        return any(reading.matches(line, text) for line in self.texts())

    async def sees(self, text: str | re.Pattern[str], timeout: float = 20.0) -> str:
        """Wait until ``text`` is on screen; the line it was found in."""
        found: list[str] = []

        def look() -> bool:
            found[:] = [line for line in self.texts() if reading.matches(line, text)]
            return bool(found)

        await self.waits_for(look, timeout, f"to see {text!r}")
        return found[0]

    async def sees_not(self, text: str | re.Pattern[str], timeout: float = 20.0) -> None:
        await self.waits_for(lambda: not self.can_see(text), timeout, f"{text!r} to go")

    async def waits_for(
        self,
        condition: Callable[[], object],
        timeout: float = 20.0,
        what: str = "a change on screen",
    ) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise NotOnScreen(
                    f"waited {timeout:.0f} s for {what}; the screen shows:\n" + self.screen_text()
                )
            await asyncio.sleep(0.02)

    async def waits(self, seconds: float) -> None:
        """Time passes; the app keeps working."""
        await asyncio.sleep(seconds)

    def find(
        self, name: str | re.Pattern[str], kind: type[QWidget] = QWidget, *, usable: bool = True
    ) -> QWidget:
        """The one visible widget of ``kind`` whose text or accessible name is ``name``."""
        matches = [
            w
            for w in self._widgets(kind)
            if any(
                reading.matches(reading.clean(label), name, whole=True)
                for label in reading.labels_of(w)
            )
        ]
        if usable:
            matches = [w for w in matches if w.isEnabled()] or matches
        if not matches:
            raise NotOnScreen(
                f"no {kind.__name__} called {name!r} on screen; it shows:\n" + self.screen_text()
            )
        # A control rather than a heading of the same words; the newest window's (a dialog
        # above the main window) rather than the window under it.
        controls = [w for w in matches if not isinstance(w, QLabel)]
        return (controls or matches)[-1]

    def is_enabled(self, name: str | re.Pattern[str], kind: type[QWidget] = QWidget) -> bool:
        return self.find(name, kind, usable=False).isEnabled()

    def focused(self) -> QWidget | None:
        return QApplication.focusWidget()

    # -- acting ----------------------------------------------------------------------------

    async def click(
        self,
        target: str | re.Pattern[str] | QWidget,
        kind: type[QWidget] = QWidget,
        *,
        at: QPoint | None = None,
        button: Qt.MouseButton = Qt.MouseButton.LeftButton,
        patience: float = 10.0,
    ) -> None:
        """Click ``target``; a greyed-out one is waited for as long as a person would."""
        widget = target if isinstance(target, QWidget) else self.find(target, kind)
        await self._wait_usable(widget, patience)
        QTest.mouseClick(
            widget,
            button,
            Qt.KeyboardModifier.NoModifier,
            at if at is not None else widget.rect().center(),
        )
        await asyncio.sleep(0)

    async def double_click(self, target: str | QWidget, *, at: QPoint | None = None) -> None:
        """A double-click as the windowing system delivers it: press, release, then the
        second press as a double-click event, and its release (QTest.mouseDClick alone
        sends no press and no release: a push button would see no click at all)."""
        widget = target if isinstance(target, QWidget) else self.find(target)
        self._check_usable(widget)
        where = at if at is not None else widget.rect().center()
        left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        QTest.mouseClick(widget, left, none, where)
        QTest.mouseDClick(widget, left, none, where)
        QTest.mouseRelease(widget, left, none, where)
        await asyncio.sleep(0)

    async def points_at(self, target: str | re.Pattern[str] | QWidget) -> None:
        """The pointer comes to rest on ``target`` (the hover a click always follows): the
        enter and a move, as the windowing system delivers them (QTest.mouseMove would run
        the event loop inside this step)."""
        widget = target if isinstance(target, QWidget) else self.find(target)
        self._check_usable(widget)
        where = QPointF(widget.rect().center())
        on_screen = QPointF(widget.mapToGlobal(widget.rect().center()))
        QApplication.sendEvent(widget, QEnterEvent(where, where, on_screen))
        none = Qt.KeyboardModifier.NoModifier
        move = QMouseEvent(
            QEvent.Type.MouseMove,
            where,
            on_screen,
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            none,
        )
        QApplication.sendEvent(widget, move)
        await asyncio.sleep(0)

    async def right_clicks(self, target: str | re.Pattern[str] | QWidget) -> None:
        """A right-click as the windowing system delivers it: the press and release, then
        the context-menu event (QTest sends the mouse events alone)."""
        widget = target if isinstance(target, QWidget) else self.find(target)
        self._check_usable(widget)
        where = widget.rect().center()
        QTest.mouseClick(widget, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, where)
        reason = QContextMenuEvent.Reason.Mouse
        QApplication.sendEvent(widget, QContextMenuEvent(reason, where, widget.mapToGlobal(where)))
        await asyncio.sleep(0)

    async def drags(
        self, target: str | re.Pattern[str] | QWidget, start: QPoint, end: QPoint, steps: int = 10
    ) -> None:
        """Press the left button at ``start`` on ``target``, move it to ``end`` in
        ``steps`` (as a hand does, the app sees the way), and let go there."""
        widget = target if isinstance(target, QWidget) else self.find(target)
        self._check_usable(widget)
        left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        QTest.mousePress(widget, left, none, start)
        for step in range(1, steps + 1):
            where = start + (end - start) * step / steps
            QTest.mouseMove(widget, where)
            await asyncio.sleep(0.01)
        QTest.mouseRelease(widget, left, none, end)
        await asyncio.sleep(0)

    async def clicks_row(
        self,
        text: str | re.Pattern[str],
        *,
        double: bool = False,
        button: Qt.MouseButton = Qt.MouseButton.LeftButton,
    ) -> None:
        """Click the row of a visible list that reads ``text`` (a double-click opens it)."""
        for view in self._widgets(QAbstractItemView):
            model = view.model()
            for row in range(model.rowCount() if model is not None else 0):
                index = model.index(row, 0)
                rect = view.visualRect(index)
                if not rect.intersects(view.viewport().rect()):
                    continue
                if reading.matches(reading.clean(reading.spoken(index)), text):
                    where, none = rect.center(), Qt.KeyboardModifier.NoModifier
                    QTest.mouseClick(view.viewport(), button, none, where)
                    if double:
                        QTest.mouseDClick(view.viewport(), button, none, where)
                        QTest.mouseRelease(view.viewport(), button, none, where)
                    await asyncio.sleep(0)
                    return
        raise NotOnScreen(f"no row reading {text!r} on screen; it shows:\n" + self.screen_text())

    async def types(
        self,
        text: str,
        into: str | re.Pattern[str] | QWidget | None = None,
    ) -> None:
        """Click into the field (when named), then type ``text`` key by key."""
        widget = await self._clicks_into(into) if into is not None else self.focused()
        if widget is None:
            raise NotOnScreen("nothing has the keyboard focus to type into")
        QTest.keyClicks(widget, text)
        await asyncio.sleep(0)

    async def replaces_text(self, text: str, into: str | re.Pattern[str] | QWidget) -> None:
        """Click into the field, select all it holds (Ctrl+A), delete it, type ``text``."""
        field = await self._clicks_into(into)
        await self.presses(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier, to=field)
        await self.presses(Qt.Key.Key_Delete, to=field)
        QTest.keyClicks(field, text)
        await asyncio.sleep(0)

    async def _clicks_into(self, into: str | re.Pattern[str] | QWidget) -> QWidget:
        """Click a field; the widget its keys go to: the focused one when the click put the
        focus in the field, else the field (offscreen, a window no window manager made
        active again after a dialog closed gives its clicked field no focus)."""
        field = into if isinstance(into, QWidget) else self.find(into)
        await self.click(field)
        focused = self.focused()
        inside = focused is not None and (focused is field or field.isAncestorOf(focused))
        return focused if inside and focused is not None else field

    async def presses(
        self,
        key: Qt.Key | str,
        modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
        to: QWidget | None = None,
    ) -> None:
        """A key on the focused widget (or the active window when nothing has focus)."""
        widget = to or self.focused() or QApplication.activeWindow() or self.main_window()
        QTest.keyClick(widget, key, modifiers)
        await asyncio.sleep(0)

    async def pastes(self, text: str, into: str | QWidget) -> None:
        """Ctrl+V of ``text`` (put on the clipboard as copying it elsewhere would)."""
        QGuiApplication.clipboard().setText(text)
        await self.click(into)
        await self.presses(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)

    async def drops(self, files: Path | list[Path], on: str | QWidget, hold: float = 0.0) -> bool:
        """Drag files from a file manager and drop them on ``on``; False if it refused.
        ``hold``: seconds the drag moves over ``on`` before the button is let go (a person's
        hand takes 0.1-0.3 s; tests drop at once)."""
        widget = on if isinstance(on, QWidget) else self.find(on)
        self._check_usable(widget)
        paths = files if isinstance(files, list) else [files]
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
        where = QPointF(widget.rect().center())
        copy, left = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
        none = Qt.KeyboardModifier.NoModifier
        enter = QDragEnterEvent(where, copy, mime, left, none)
        QApplication.sendEvent(widget, enter)
        if not enter.isAccepted():
            return False
        QApplication.sendEvent(widget, QDragMoveEvent(where, copy, mime, left, none))
        for _ in range(round(hold / DRAG_MOVE_SECONDS)):  # the hand moving over the slot
            await asyncio.sleep(DRAG_MOVE_SECONDS)
            QApplication.sendEvent(widget, QDragMoveEvent(where, copy, mime, left, none))
        drop = QDropEvent(where, copy, mime, left, none)
        QApplication.sendEvent(widget, drop)
        await asyncio.sleep(0)
        return True

    async def chooses_menu(self, *path: str) -> None:
        """Open a menu of the menu bar with the mouse and click an entry: ("Task", "Retry")."""
        window = self.main_window()
        bar = window.menuBar()
        action = self._menu_action(bar, path[0])
        QTest.mouseClick(
            bar,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            bar.actionGeometry(action).center(),
        )
        await self.waits_for(
            lambda: action.menu() is not None and action.menu().isVisible(),
            5,
            f"the {path[0]} menu to open",
        )
        menu = action.menu()
        for step in path[1:]:
            item = self.clicks_in_open_menu(menu, step)
            if item.menu() is not None:
                menu = item.menu()
        await asyncio.sleep(0)
        await self.window_manager_activates(window)

    async def window_manager_activates(
        self, window: QWidget | None = None, *, over_others: bool = False
    ) -> None:
        """What a desktop's window manager does when a popup menu or a dialog closes: the
        window under it (the main window) is the active one again, and keyboard shortcuts
        reach it. Offscreen there is no window manager, so it is done here. A window the
        last action opened (a dialog) keeps the focus, unless ``over_others``: the person
        clicked ``window`` while another program's was in front."""
        window = window or self.main_window()
        await asyncio.sleep(0.05)  # a menu's popup closes; a dialog its entry opens, shows

        def settled() -> bool:
            active = QApplication.activeWindow()
            other = active is not None and active.isVisible() and not isinstance(active, QMenu)
            return not window.isVisible() or active is window or (other and not over_others)

        if not settled():
            window.activateWindow()
            await self.waits_for(settled, 5, "the window to be active again")

    def menu_entry_enabled(self, *path: str) -> bool:
        """Whether a menu entry would be greyed out, as opening the menu would show."""
        bar = self.main_window().menuBar()
        action = self._menu_action(bar, path[0])
        menu = action.menu()
        for step in path[1:]:
            action = self._menu_action(menu, step)
            menu = action.menu()
        return action.isEnabled()

    def clicks_in_open_menu(self, menu: QMenu, text: str) -> Any:
        """Click the entry ``text`` of the open ``menu`` (it closes, with Escape, and the
        person is told why, when the entry is greyed out or not there); the entry."""
        try:
            item = self._menu_action(menu, text)
        except NotOnScreen:
            QTest.keyClick(menu, Qt.Key.Key_Escape)
            raise
        if not item.isEnabled():
            QTest.keyClick(menu, Qt.Key.Key_Escape)
            raise NotOnScreen(f"“{text}” is greyed out in the menu: {reading.clean(item.text())}")
        QTest.mouseClick(
            menu,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            menu.actionGeometry(item).center(),
        )
        return item

    @staticmethod
    def _menu_action(menu: QMenu | QMenuBar, text: str) -> object:
        for action in menu.actions():
            if action.isVisible() and reading.matches(
                reading.clean(action.text()), text, whole=True, prefix=True
            ):
                return action
        names = [reading.clean(a.text()) for a in menu.actions() if a.text()]
        raise NotOnScreen(f"no menu entry {text!r}; the menu has {names}")

    async def answers_dialog(
        self, button: str, title: str | None = None, timeout: float = 10.0
    ) -> str:
        """Wait for a message box (with ``title``), click ``button``; its text."""
        boxes: list[QMessageBox] = []

        def look() -> bool:
            boxes[:] = [
                w
                for w in self.windows()
                if isinstance(w, QMessageBox)
                and (title is None or title in w.windowTitle() + w.text())
            ]
            return bool(boxes)

        await self.waits_for(look, timeout, f"a dialog {title or ''}")
        box = boxes[-1]
        text = reading.clean(box.text() + " " + box.informativeText())
        await self.click(self._button_in(box, button))
        return text

    @staticmethod
    def _button_in(dialog: QWidget, text: str) -> QAbstractButton:
        for candidate in dialog.findChildren(QAbstractButton):
            if reading.shown(candidate) and reading.matches(
                reading.clean(candidate.text()), text, whole=True
            ):
                return candidate
        raise NotOnScreen(f"no button {text!r} in the dialog “{dialog.windowTitle()}”")

    async def _wait_usable(self, widget: QWidget, patience: float) -> None:
        deadline = time.monotonic() + patience
        while True:
            try:
                self._check_usable(widget)
                return
            except NotOnScreen:
                if time.monotonic() > deadline:
                    raise
            await asyncio.sleep(0.02)

    def _check_usable(self, widget: QWidget) -> None:
        if not reading.shown(widget):
            raise NotOnScreen(f"{reading.describe(widget)} is not on screen")
        if not widget.isEnabled():
            raise NotOnScreen(
                f"{reading.describe(widget)} is greyed out; the screen shows:\n"
                + self.screen_text()
            )
        window = widget.window()
        modal = QApplication.activeModalWidget()
        if modal is not None and window is not modal and not modal.isAncestorOf(widget):
            raise NotOnScreen(
                f"{reading.describe(widget)} is behind the dialog “{modal.windowTitle()}”"
            )

    # -- the screen as a picture -----------------------------------------------------------

    def screenshot(self, name: str, widget: QWidget | None = None) -> Path:
        """Save what the window (or ``widget``) shows as a PNG; its path."""
        folder = Path(os.environ.get(SCREENSHOT_DIR_VARIABLE) or self.screenshots)
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{name}.png"
        (widget or self.main_window()).grab().save(str(target))
        return target


class FramesSeen:
    """Counts the frames the visible video area is given to draw (what the person watches)."""

    def __init__(self, person: Person) -> None:
        from PySide6.QtMultimediaWidgets import QVideoWidget

        videos = [w for w in person._widgets(QVideoWidget)]
        if not videos:
            raise NotOnScreen("no video is on screen; it shows:\n" + person.screen_text())
        self.count = 0
        videos[-1].videoSink().videoFrameChanged.connect(self._on_frame)

    def _on_frame(self, frame: object) -> None:
        if getattr(frame, "isValid", lambda: False)():
            self.count += 1

    @classmethod
    async def once_shown(cls, person: Person, seconds: float = 10) -> FramesSeen:
        """The frames of the video once one is on screen: the first video to play comes up
        a moment after the click (QtMultimedia loads on a worker thread first)."""

        def shown() -> bool:
            if "PySide6.QtMultimediaWidgets" not in sys.modules:
                return False
            from PySide6.QtMultimediaWidgets import QVideoWidget

            return any(True for _ in person._widgets(QVideoWidget))

        await person.waits_for(shown, seconds, "a video on screen")
        return cls(person)
