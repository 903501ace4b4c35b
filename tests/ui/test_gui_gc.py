"""Cycles holding Qt objects are freed on the GUI thread, never by a worker's GC pass."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject, QThread

from poyo_desktop.gui_gc import GuiThreadCollector


class Holder:
    """A Python cycle that owns a parentless QObject (as a closed dialog or old loop does)."""

    def __init__(self) -> None:
        self.me = self
        self.qobject = QObject()


def test_worker_allocations_never_free_qt_objects_and_the_gui_thread_does(qapp):
    collector = GuiThreadCollector(interval_ms=60_000)
    freed_on: list[QThread] = []
    try:
        holder = Holder()
        holder.qobject.destroyed.connect(lambda: freed_on.append(QThread.currentThread()))
        alive = weakref.ref(holder)
        del holder

        junk: list[list] = []

        def churn() -> None:  # far past every threshold: Python would collect here
            for _ in range(200_000):
                junk.append([[]])

        worker = threading.Thread(target=churn)
        worker.start()
        worker.join()
        assert alive() is not None, "a worker's allocation freed the cycle"
        assert gc.get_count()[0] > gc.get_threshold()[0]

        collector.check()
        if alive() is not None:  # the cycle had reached an older generation
            gc.collect()
        assert alive() is None
        junk.clear()
        assert freed_on == [qapp.thread()]
    finally:
        collector.stop()
        collector.deleteLater()
    assert gc.isenabled()
