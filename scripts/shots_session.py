"""One run of the real window for the screenshots: its own data folder, its own sandbox,
a person at the keyboard (the acceptance tests' :class:`Person`: clicks, keys and drops
only), and grabs of what the X server shows.

A session is in demo mode, or, with ``key``, in the mode of a person with a PoYo key,
the sandbox standing in for PoYo (a made-up key the sandbox alone accepts: no request
leaves the computer, and the key is never on screen). The key's mode is what shows
prices in credits and dollars, the balance, and tasks that are paid.
"""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from poyo_desktop.boot.compose import AppContext, build_context
from poyo_desktop.boot.options import Options
from poyo_desktop.sandbox import Sandbox
from poyo_desktop.ui.window.main_window import MainWindow
from tests.acceptance.person import Person

WINDOW_SIZE = (1280, 800)
WINDOW_AT = (20, 20)
#: A key only the screenshots' sandbox takes: never PoYo's, and never shown.
SANDBOX_KEY = "sk-screenshots-sandbox-only"


@dataclass
class Session:
    home: Path
    sandbox: Sandbox
    ctx: AppContext
    window: MainWindow
    person: Person

    async def close(self) -> None:
        self.window.close()
        await self.ctx.close()
        await asyncio.to_thread(self.sandbox.stop)
        self.window.deleteLater()
        await asyncio.sleep(0.2)
        gc.collect()


async def open_session(
    home: Path,
    renders: Path,
    *,
    key: bool = False,
    task_seconds: float = 6.0,
    credits: float = 1000,
) -> Session:
    """The window at 1280 × 800, its services started, talking to a sandbox of its own
    (whose rendered videos are kept in ``renders`` between sessions)."""
    sandbox = Sandbox(
        task_seconds=task_seconds,
        video_long_side=640,
        data_dir=renders,
        api_key=SANDBOX_KEY if key else None,
        credits=credits,
    )
    url = await asyncio.to_thread(sandbox.start)
    options = Options(
        data_dir=home,
        force_demo=not key,
        base_url=url,
        api_key=SANDBOX_KEY if key else None,
        poll_interval=0.5,
    )
    ctx = await build_context(options)
    ctx.settings.update(download_dir=str(home / "Videos"))
    window = MainWindow(ctx.services())
    window.resize(*WINDOW_SIZE)
    window.move(*WINDOW_AT)
    window.show()
    await window.start()
    await asyncio.sleep(0.8)
    return Session(home, sandbox, ctx, window, Person(home / "person"))


async def until(predicate: Callable[[], object], timeout: float = 90.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"the window did not reach the expected state: {what}")
        await asyncio.sleep(0.05)


async def grab(widget: QWidget, path: Path, settle: float = 0.3) -> None:
    """``widget``'s window as it is on screen, saved as ``path``. The main window is taken
    from the X server (a playing video's frame is in it); a dialog is drawn by Qt on its
    own (without a window manager, X may stack it under the main window)."""
    window = widget.window()
    window.raise_()
    window.update()
    # Let Qt paint through the event loop: processEvents() here, inside a task, would run
    # other tasks re-entrantly (qasync refuses: "Cannot enter into task").
    await asyncio.sleep(settle)
    if isinstance(window, QMainWindow):
        geometry = window.frameGeometry()
        screen = QGuiApplication.primaryScreen()
        picture = screen.grabWindow(
            0, geometry.x(), geometry.y(), geometry.width(), geometry.height()
        )
    else:
        picture = window.grab()
    picture.save(str(path))
    print(f"saved {path}")


def newest_dialog(title_start: str) -> QWidget:
    """The open window whose title starts with ``title_start`` (the newest one)."""
    found = [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and w.windowTitle().startswith(title_start)
    ]
    if not found:
        raise LookupError(f"no window titled {title_start!r} is open")
    return found[-1]
