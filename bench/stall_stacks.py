"""Investigation aid (POYO_BENCH_STACKS): what the GUI thread was doing during a stall.

On every tick of the stall monitor, faulthandler's watchdog is re-armed for
``threshold_ms``; if the next tick is that late, it prints every thread's Python stack.
faulthandler's watchdog is a C thread that needs no GIL, so it also sees a stall spent in a
Qt call that holds the GIL (PySide6 keeps it for most calls), which a Python thread
sampling ``sys._current_frames`` cannot. It reads the other threads' frames without the
GIL, which faulthandler documents as unsafe: 2 of 5 batch flows died of SIGSEGV while a
dump was printed, so it is armed only when asked for.
"""

from __future__ import annotations

import faulthandler
import sys
from typing import Any


def watch_stalls(monitor: Any, threshold_ms: float = 12.0) -> None:
    """Dump the stacks whenever ``monitor`` (a bench.qtloop.StallMonitor) is that late."""
    seconds = (monitor.interval_ms + threshold_ms) / 1000

    def rearm() -> None:
        faulthandler.dump_traceback_later(seconds, repeat=False, file=sys.stderr)

    monitor._timer.timeout.connect(rearm)
