"""Qt + asyncio the way the app runs them (qasync), and a monitor of event-loop stalls."""

from __future__ import annotations

import asyncio
import os
import sys
import time
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from poyo_desktop.runtime.pyside_refcounts import pin_none_refcount

T = TypeVar("T")


def application() -> Any:
    """The process's QApplication (offscreen), made on first use like the app makes it."""
    pin_none_refcount()  # before any Qt call (PySide6 6.12 on Python 3.11)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from poyo_desktop.runtime.gui_collector import GuiThreadCollector

    app = QApplication.instance() or QApplication(["poyo-bench"])
    app.setQuitOnLastWindowClosed(False)
    if app.findChild(GuiThreadCollector) is None:  # as the app does
        GuiThreadCollector(parent=app)
        from poyo_desktop.boot.main import GIL_SWITCH_INTERVAL

        sys.setswitchinterval(GIL_SWITCH_INTERVAL)
    return app


def start_up_done() -> None:
    """As the app does once its window is attached, before the work it resumes: what
    start-up made is kept out of later garbage collections (GuiThreadCollector)."""
    from poyo_desktop.runtime.gui_collector import GuiThreadCollector

    application().findChild(GuiThreadCollector).freeze_start_up()


def run_qasync(make: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Run ``make()`` to completion on a fresh qasync loop over the QApplication."""
    import qasync

    loop = qasync.QEventLoop(application())
    asyncio.set_event_loop(loop)
    try:
        return loop.run_until_complete(make())
    finally:
        # Join the loop's worker threads, or Qt aborts at exit ("QThread: Destroyed…").
        loop.run_until_complete(loop.shutdown_default_executor())
        loop.close()
        asyncio.set_event_loop(None)


# With POYO_BENCH_VERBOSE, ticks later than this are told (POYO_BENCH_LATE_MS to change it).
_REPORTED_LATE_MS = float(os.environ.get("POYO_BENCH_LATE_MS", "8"))


class StallMonitor:
    """A precise ``interval_ms`` QTimer; each tick records how late it came (ms).

    Qt does not queue missed ticks, so a 50 ms freeze shows as one tick about 45 ms late.
    """

    def __init__(self, interval_ms: int = 5) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.interval_ms = interval_ms
        self.lateness_ms: list[float] = []
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self._last_cpu = 0.0

    def start(self) -> None:
        self.lateness_ms.clear()
        self._last = self._started = time.perf_counter()
        self._last_cpu = time.thread_time()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        late = max(0.0, (now - self._last) * 1000 - self.interval_ms)
        self.lateness_ms.append(late)
        if os.environ.get("POYO_BENCH_VERBOSE") and late > _REPORTED_LATE_MS:
            # The GUI thread's own CPU time since the last tick: a late tick with little
            # of it was the machine's doing (another process ran), not the app's.
            busy = (time.thread_time() - self._last_cpu) * 1000
            print(
                f"late {late:5.1f} ms at {now - self._started:6.3f} s, GUI thread busy "
                f"{busy:5.1f} ms of it",
                file=sys.stderr,
            )
        self._last = now
        self._last_cpu = time.thread_time()

    @property
    def worst_ms(self) -> float:
        return max(self.lateness_ms, default=0.0)


async def wait_until(
    predicate: Callable[[], bool], timeout: float, what: str, step: float = 0.02
) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what}")
        await asyncio.sleep(step)
