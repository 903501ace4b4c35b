"""Cycles holding Qt objects are freed on the GUI thread, never by a worker's GC pass."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject, QThread

from poyo_desktop.runtime.gui_collector import GuiThreadCollector


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
    young = gc.get_threshold()[0]
    try:
        collector.check()
        busy = [[] for _ in range(6 * young)]
        collector.check()
        assert collector._timer.interval() == 100
        burst = [[] for _ in range(12 * young)]
        collector.check()
        assert collector._timer.interval() == 20
        collector.check()  # nothing allocated since
        assert collector._timer.interval() == 1000
        del busy, burst
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


def test_a_burst_of_long_lived_objects_is_collected_in_small_steps(qapp):
    """Measured in the responsiveness benchmark: 40,000 objects that a second of work left
    alive were all in the middle generation at its collection (24-32 ms on the GUI thread).
    The middle generation is collected once it holds what CPython would let it hold
    (ten young generations' worth), and checks come every 20 ms while the young generation
    fills ten times over between two of them."""
    collector = GuiThreadCollector(interval_ms=1000, busy_interval_ms=100)
    young, middle, _ = gc.get_threshold()
    kept: list[list] = []
    try:
        collector.check()
        gc.collect(1)  # an empty middle generation to start from
        collector._middle_size = 0
        batches = []
        for _ in range(middle):
            kept.extend([] for _ in range(3 * young))  # survivors, as loaded history is
            before = gc.get_count()[1]
            collector.check()
            batches.append(gc.get_count()[1] <= before)  # True: the middle one was collected
        assert any(batches), "the middle generation grew to ten young ones' survivors"
        assert collector._middle_size <= young * middle

        kept.extend([] for _ in range(20 * young))
        collector.check()
        assert collector._timer.interval() == 20
    finally:
        kept.clear()
        collector.stop()
        collector.deleteLater()


def test_what_start_up_made_is_kept_out_of_later_collections(qapp):
    """~100,000 objects here (modules, classes, the window, the services): collecting them
    cost a 25 ms pause a second after start, and again at every full collection."""
    collector = GuiThreadCollector(interval_ms=60_000)
    try:
        start_up = [[] for _ in range(5 * gc.get_threshold()[0])]
        collector.freeze_start_up()
        assert gc.get_freeze_count() >= len(start_up)
        assert gc.get_count()[0] < gc.get_threshold()[0]
        assert collector.check() == 0  # nothing young to collect
        holder = Holder()  # made after start-up: collected as usual
        alive = weakref.ref(holder)
        del holder
        _ = [[] for _ in range(2 * gc.get_threshold()[0])]
        collector.check()
        assert alive() is None
    finally:
        gc.unfreeze()
        collector.stop()
        collector.deleteLater()


def test_what_an_import_made_is_kept_out_of_young_collections_while_a_collector_is_in_charge(
    qapp,
):
    from poyo_desktop.runtime.gui_collector import keep_imported

    collector = GuiThreadCollector(interval_ms=60_000)
    try:
        gc.collect()
        made_by_import = [{"table": n} for n in range(5_000)]  # as a module's tables
        before = gc.get_freeze_count()
        keep_imported()
        assert gc.get_freeze_count() >= before + len(made_by_import)
        assert gc.get_count()[0] < 100, "the young generation still holds them"
    finally:
        collector.stop()
        gc.unfreeze()
    frozen = gc.get_freeze_count()
    keep_imported()  # no collector in charge: Python's own collection is left alone
    assert gc.get_freeze_count() == frozen == 0


def test_a_background_import_keeps_what_it_made(qapp, tmp_path, monkeypatch):
    import asyncio
    import sys

    from poyo_desktop.runtime.background_imports import import_in_background

    (tmp_path / "poyo_made_by_import.py").write_text("TABLE = [{'n': n} for n in range(3000)]\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    collector = GuiThreadCollector(interval_ms=60_000)
    try:
        asyncio.run(import_in_background("poyo_made_by_import"))
        table = sys.modules["poyo_made_by_import"].TABLE
        assert gc.get_freeze_count() >= len(table)
        young = {id(o) for o in gc.get_objects(generation=0)}
        assert id(table) not in young and id(table[0]) not in young
    finally:
        collector.stop()
        gc.unfreeze()
        sys.modules.pop("poyo_made_by_import", None)
