"""CPU time the hypervisor gave to other machines ("steal" in Linux's /proc/stat).

On a shared virtual machine a frame can take 60 ms while the process ran for 3: the
virtual CPU itself was not running. Steal is how Linux counts that time, so a worst case
can be told apart from the app's own work. Counted in clock ticks (10 ms on Linux), for
all CPUs together: coarse, but a slow frame the machine caused shows it.
"""

from __future__ import annotations

import os

_STEAL_FIELD = 8  # "cpu user nice system idle iowait irq softirq steal ..."
_TICK_MS = 1000 / os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 10.0


def stolen_ms() -> float | None:
    """CPU milliseconds stolen since boot, all CPUs; None where Linux does not count it."""
    try:
        with open("/proc/stat", encoding="ascii") as stat:
            fields = stat.readline().split()
    except OSError:
        return None
    if len(fields) <= _STEAL_FIELD or fields[0] != "cpu":
        return None
    return int(fields[_STEAL_FIELD]) * _TICK_MS
