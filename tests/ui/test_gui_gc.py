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


def _drive(collector: GuiThreadCollector, rounds: int) -> None:
    """``rounds`` timer checks, each after the app allocated past the young threshold."""
    for _ in range(rounds):
        fresh = [[] for _ in range(2 * gc.get_threshold()[0])]
        collector.check()
        del fresh  # gone again: the old generation does not grow from this


def test_checks_come_often_while_the_app_allocates_and_rarely_when_idle(qapp):
    collector = GuiThreadCollector(interval_ms=1000, busy_interval_ms=100)
    try:
        busy = [[] for _ in range(10 * gc.get_threshold()[0])]
        collector.check()
        assert collector._timer.interval() == 100
        collector.check()  # nothing allocated since
        assert collector._timer.interval() == 1000
        del busy
    finally:
        collector.stop()
        collector.deleteLater()


def test_full_collections_wait_until_the_old_generation_grew_by_a_quarter(qapp):
    gc.collect()
    collector = GuiThreadCollector(interval_ms=60_000)
    try:
        holder = Holder()
        alive = weakref.ref(holder)
        gc.collect(1)  # the cycle survives into the oldest generation...
        del holder  # ...and becomes garbage there
        _, middle, oldest = gc.get_threshold()
        _drive(collector, 2 * middle * oldest)  # two full collections' worth of checks
        assert alive() is not None, "a full collection ran though nothing old was added"

        kept = [[] for _ in range(len(gc.get_objects(generation=2)) // 3)]
        gc.collect(1)  # a third more long-lived objects
        _drive(collector, middle * oldest)
        assert alive() is None
        del kept
    finally:
        collector.stop()
        collector.deleteLater()
