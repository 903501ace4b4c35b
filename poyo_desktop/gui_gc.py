"""Run Python's cyclic garbage collector on the GUI thread only.

CPython collects cycles in whichever thread happens to allocate past the threshold. In this
app that is often a worker (the demo server's thread, a download's file writes), and when the
garbage holds a Qt object (a closed dialog, an old event loop's timer object), Qt destroys it
from the wrong thread: its timers stay registered with the GUI thread's dispatcher and the
next timer event lands on freed memory (seen here: a segfault in
``QCoreApplication::notifyInternal2`` from ``QTimerInfoList::activateTimers``). pyqtgraph's
``GarbageCollector`` settles this the same way: switch automatic collection off and collect,
with the usual generation thresholds, from a timer on the GUI thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class GuiThreadCollector(QObject):
    """While it lives, cycles are collected only on the thread that created it."""

    def __init__(self, interval_ms: int = 1000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> int:
        """Collect the generations whose counts passed their thresholds; objects freed."""
        counts = gc.get_count()
        freed = 0
        for generation in range(3):
            if counts[generation] <= self._thresholds[generation]:
                break
            freed = gc.collect(generation)
        return freed

    def stop(self) -> None:
        """Hand collection back to Python (at exit, once the GUI thread is done with Qt)."""
        self._timer.stop()
        gc.enable()
