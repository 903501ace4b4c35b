"""SIGTERM, SIGINT and SIGHUP (logout, ``kill``, Ctrl+C or a closed terminal) close the app
the way its Quit menu does, so work is saved, downloads stay resumable and nothing is left
half-written.

Python's own handlers would run only when the interpreter next gets control, which a Qt
event loop idling in C++ may not give it for a long time, and SIGTERM's default kills the
process on the spot. On Unix the asyncio loop (qasync's, over Qt's socket notifiers) is
woken through its self-pipe (``loop.add_signal_handler``); where that is not offered
(Windows) a plain handler is paired with a short timer, so Python runs often enough to
notice.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer

log = logging.getLogger(__name__)

SIGNAL_NAMES = ("SIGTERM", "SIGINT", "SIGHUP")
_TICK_MS = 200  # Windows: how often Python gets a chance to run its signal handlers


class QuitOnSignals:
    """While installed, each of :data:`SIGNAL_NAMES` calls ``quit`` once (a second signal
    while the app is closing is logged and otherwise ignored: closing is bounded)."""

    def __init__(self, quit: Callable[[], None]) -> None:
        self._quit = quit
        self._asked = False
        self._loop: asyncio.AbstractEventLoop | None = None
        self._looped: dict[int, Any] = {}  # signal -> the handler it had before
        self._plain: dict[int, Any] = {}
        self._ticker: Any = None

    @property
    def asked(self) -> bool:
        return self._asked

    def install(self) -> None:
        """Take the signals (in the running loop, on the main thread)."""
        self._loop = asyncio.get_running_loop()
        for name in SIGNAL_NAMES:
            number = getattr(signal, name, None)
            if number is None:
                continue
            before = signal.getsignal(number)
            try:
                self._loop.add_signal_handler(number, self._received, number)
                self._looped[number] = before
            except (NotImplementedError, RuntimeError, ValueError):
                self._plain[number] = signal.signal(number, self._received_plain)
        if self._plain:
            self._ticker = QTimer()
            self._ticker.timeout.connect(lambda: None)  # a chance for Python to run
            self._ticker.start(_TICK_MS)

    def remove(self) -> None:
        """Give the signals back to the handlers they had before :meth:`install`."""
        for number, before in self._looped.items():
            if self._loop is not None and not self._loop.is_closed():
                self._loop.remove_signal_handler(number)
            if before is not None:
                signal.signal(number, before)
        for number, before in self._plain.items():
            signal.signal(number, before)
        self._looped.clear()
        self._plain.clear()
        if self._ticker is not None:
            self._ticker.stop()
            self._ticker = None

    def _received_plain(self, number: int, frame: object) -> None:
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._received, number)

    def _received(self, number: int) -> None:
        name = signal.Signals(number).name
        if self._asked:
            log.info("Received %s again: already closing", name)
            return
        self._asked = True
        log.info("Received %s: closing as Quit does", name)
        self._quit()
