"""The app started as its command starts it, and a person in front of it.

``desktop.start()`` runs the same steps as ``poyo-desktop`` (the window painted first, then
the services, the history and the key; see ``poyo_desktop/boot/main.py``) inside the test's event
loop, with a fresh data folder per test unless one is given (a restart reuses it).
``desktop.quit()`` closes it as a person does (Ctrl+Q) and waits until the app has saved
and stopped. The demo server the app starts is its own; ``poyo`` (from the suite's
conftest) is a PoYo stand-in that accepts only ``TEST_KEY``, for a person with a key.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from poyo_desktop.boot import main as entry
from poyo_desktop.boot.options import Options
from poyo_desktop.services.paths import AppPaths
from poyo_desktop.ui.window.main_window import MainWindow
from tests.acceptance.person import Person

#: Quick simulated videos: a demo task takes this long, checked this often.
DEMO_SECONDS = 1.0
POLL_SECONDS = 0.1
VIDEO_SIZE = 320


class Desktop:
    """Starts the app, quits it, starts it again on the same data."""

    def __init__(self, home: Path, person: Person) -> None:
        self.home = home
        self.person = person
        self.window: MainWindow | None = None
        self._running: asyncio.Task[int] | None = None
        self._collector: Any = None

    @property
    def data_dir(self) -> Path:
        return self.home / "poyo-data"

    async def start(
        self,
        *files: Path,
        demo_seconds: float = DEMO_SECONDS,
        poll_seconds: float = POLL_SECONDS,
        demo: bool = False,
        size: tuple[int, int] = (1280, 800),
        video_size: int = VIDEO_SIZE,
    ) -> MainWindow:
        """Start the app (with ``files`` as on its command line); once its window shows
        the history it read. Demo videos are ``video_size`` pixels on their long side."""
        from PySide6.QtWidgets import QApplication

        from poyo_desktop.runtime.gui_collector import GuiThreadCollector

        app = QApplication.instance()
        self._collector = app.findChild(GuiThreadCollector) or GuiThreadCollector(parent=app)
        paths = AppPaths.default(self.data_dir)
        window = entry.show_window(paths)
        window.resize(*size)
        if files:
            window.open_start_image(files[0])
        options = Options(
            data_dir=self.data_dir,
            force_demo=demo,
            demo_task_seconds=demo_seconds,
            poll_interval=poll_seconds,
            demo_video_long_side=video_size,
        )
        self.window = window
        self._running = asyncio.ensure_future(entry.run_app(window, options, self._collector))
        await self.person.waits_for(
            lambda: window.is_attached() or self._running.done(), 30, "the app to start"
        )
        if self._running.done():
            self._running.result()  # raise what stopped it
        return window

    async def quit(self) -> None:
        """File ▸ Quit, then wait until the app has closed its services (saved everything).

        The menu, not Ctrl+Q: offscreen, no window manager makes the window active again
        after a dialog closes, and a shortcut only reaches the active window."""
        if self.window is None or self._running is None:
            return
        if self.window.isVisible():
            await self.person.chooses_menu("File", "Quit")
        await self.person.waits_for(self._running.done, 30, "the app to quit")
        self._running.result()
        self.window.deleteLater()
        self.window = None
        self._running = None
        gc.unfreeze()  # run_app froze the start-up objects (see runtime/gui_collector.py)

    async def restart(self, **start: Any) -> MainWindow:
        await self.quit()
        return await self.start(**start)

    async def stop_if_running(self) -> None:
        if self._running is not None and not self._running.done():
            if self.window is not None:
                self.window.close()
            await asyncio.wait_for(asyncio.shield(self._running), 30)
        gc.unfreeze()


@pytest.fixture
def person(tmp_path: Path) -> Person:
    return Person(tmp_path / "screenshots")


@pytest.fixture
def desktop(_isolated_dirs: Path, person: Person, qloop: Any) -> Iterator[Desktop]:
    """The app, ready to start; stopped (if a test left it running) afterwards."""
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():  # a window an earlier test left open
        if widget.isVisible():
            widget.close()
    running = Desktop(_isolated_dirs, person)
    yield running
    qloop.run_until_complete(running.stop_if_running())
    for widget in QApplication.topLevelWidgets():  # a dialog a failed test left open
        widget.close()
        widget.deleteLater()


@pytest.fixture
def play(qloop: Any) -> Callable[[Callable[[], Awaitable[None]]], None]:
    """Run a scenario (an async function) in the app's event loop."""

    def run(scenario: Callable[[], Awaitable[None]]) -> None:
        qloop.run_until_complete(scenario())

    return run
