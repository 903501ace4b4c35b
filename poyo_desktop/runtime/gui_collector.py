"""Run Python's cyclic garbage collector on the GUI thread only.

CPython collects cycles in whichever thread happens to allocate past the threshold. In this
app that is often a worker (the demo server's thread, a download's file writes), and when the
garbage holds a Qt object (a closed dialog, an old event loop's timer object), Qt destroys it
from the wrong thread: its timers stay registered with the GUI thread's dispatcher and the
next timer event lands on freed memory (seen here: a segfault in
``QCoreApplication::notifyInternal2`` from ``QTimerInfoList::activateTimers``). pyqtgraph's
``GarbageCollector`` settles this the same way: switch automatic collection off and collect,
with the usual generation thresholds, from a timer on the GUI thread.

Two things Python does on its own have to be done here too, or a collection becomes a
visible freeze (measured with 10,000 tasks in the list: a young collection after a second
of scrolling took 11-17 ms, a full one 30 ms):

* Collect young objects often while the app allocates a lot: the timer checks every
  second when idle and every 100 ms while busy, so a young generation holds a tenth of a
  second's objects, not a whole second's.
* Collect the oldest generation only when it has grown by a quarter since the last full
  collection, as CPython does (its ``long_lived_pending`` rule); otherwise a full pass
  over every long-lived object would run every few seconds of activity.

And three that a timer has to do on purpose (measured in the responsiveness benchmark, 200
tasks polled and 10 downloads, against 24-32 ms pauses):

* Collect the middle generation once it holds what CPython would let it hold (the
  survivors of ten young generations of 700), not after ten young collections: ten checks
  of a busy second left 40,000 objects in it.
* Check every 20 ms while the young generation fills ten times over between two checks,
  so that a burst is collected in small steps.
* Keep what start-up made out of every later collection (:meth:`freeze_start_up`): the
  modules, classes, window and services, ~50,000-100,000 objects, all there to stay. Their
  first young collection was a 25 ms pause a second after start. The same for what a
  module import made later (:func:`keep_imported`): the HTTP stack imported at the first
  Generate left young collections of 6-14 ms, then middle ones of 7-12 ms.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

IDLE_MS = 1000
BUSY_MS = 100
BUSY_FACTOR = 4  # a young generation this many times over its threshold means busy
RUSH_MS = 20
RUSH_FACTOR = 10  # ... and this many times over, a burst
FULL_GROWTH = 0.25  # as CPython: a full collection once the old generation grew by this

_in_charge: GuiThreadCollector | None = None  # the collector made last, until it stops


def keep_imported() -> None:
    """Keep every object there is now out of later collections, as at the end of start-up:
    call on the GUI thread when modules have just been imported (their functions, classes
    and tables stay for the app's life). Nothing while no collector is in charge."""
    if _in_charge is not None:
        _in_charge.freeze_start_up()


class GuiThreadCollector(QObject):
    """While it lives, cycles are collected only on the thread that created it."""

    def __init__(
        self,
        interval_ms: int = IDLE_MS,
        parent: QObject | None = None,
        *,
        busy_interval_ms: int = BUSY_MS,
    ) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._idle_ms = interval_ms
        self._busy_ms = min(busy_interval_ms, interval_ms)
        self._rush_ms = min(RUSH_MS, self._busy_ms)
        self._long_lived = -1  # sized at the first full-collection decision, not at start-up
        self._middle_runs = 0
        self._middle_size = 0  # objects the young collections moved to the middle generation
        gc.disable()
        global _in_charge
        _in_charge = self
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> int:
        """Collect the generations that are due; the number of objects freed."""
        young, middle, _ = gc.get_count()
        threshold0, threshold1, threshold2 = self._thresholds
        self._timer.setInterval(
            self._rush_ms
            if young > RUSH_FACTOR * threshold0
            else self._busy_ms
            if young > BUSY_FACTOR * threshold0
            else self._idle_ms
        )
        if young <= threshold0:
            return 0
        # As CPython, a generation is due once over its threshold; the middle one also once
        # it holds as many objects as CPython's can (some of them may have died since).
        if middle <= threshold1 and self._middle_size <= threshold0 * threshold1:
            freed = gc.collect(0)
            self._middle_size += max(0, young - freed)
            return freed
        self._middle_size = 0
        # Python's own count of middle collections only restarts with a full one, so
        # middle collections are counted here, and the old generation is sized only
        # every ``threshold2`` of them.
        self._middle_runs += 1
        if self._middle_runs < threshold2 or not self._old_generation_grew():
            if self._middle_runs >= threshold2:
                self._middle_runs = 0
            return gc.collect(1)
        self._middle_runs = 0
        freed = gc.collect(2)
        self._long_lived = len(gc.get_objects(generation=2))
        return freed

    def freeze_start_up(self) -> None:
        """Keep every object there is now out of later collections (``gc.freeze``); call
        once, when start-up is done and before the work it resumes begins. Reference
        counting still frees these objects; only a cycle among them that becomes garbage
        later is never freed (the first collection after start-up found ~140 garbage
        objects among 51,000)."""
        gc.freeze()
        self._middle_size = 0
        self._long_lived = -1

    def stop(self) -> None:
        """Hand collection back to Python (at exit, once the GUI thread is done with Qt)."""
        self._timer.stop()
        gc.enable()
        global _in_charge
        if _in_charge is self:
            _in_charge = None

    def _old_generation_grew(self) -> bool:
        # Counting is a walk of the list, ~1 ms per 50,000 objects, paid once per ten
        # middle-generation collections rather than a full collection every time.
        size = len(gc.get_objects(generation=2))
        if self._long_lived < 0:  # the first decision: measure against the start
            self._long_lived = size
            return False
        return size - self._long_lived > FULL_GROWTH * self._long_lived
