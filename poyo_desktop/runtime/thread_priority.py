"""Worker threads that give way to the GUI thread.

On two cores, a thread that decodes thumbnails or writes a download at loopback speed
competes with the GUI thread for the CPU at equal priority, and the scheduler preempts the
GUI thread in the middle of a frame or a timer tick. Measured with bench/responsiveness.py
(200 tasks polled, 10 downloads): p99 timer lateness 6-8 ms with downloads at the normal
priority, 3.1-3.4 ms with them lowered. A lowered thread still gets a busy core's spare
time, so a transfer on an otherwise quiet machine is as fast as before.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import threading

__all__ = ["CHILD_CREATION_FLAGS", "child_gives_way", "give_way_to_the_gui"]

NICENESS = 10  # steps below its creator: a tenth or so of a contended core
CHILD_NICENESS = 19  # the demo server: below the app's own workers too (child_gives_way)

_lowered = threading.local()


def give_way_to_the_gui() -> None:
    """Lower the calling thread's scheduling priority, once per thread.

    Linux only: there "nice" is per thread (Qt's thread priorities do nothing for ordinary
    threads). Elsewhere Qt's pool priority, where used, does the job.
    """
    if getattr(_lowered, "done", False):
        return
    _lowered.done = True
    if sys.platform.startswith("linux"):
        _lower(threading.get_native_id())


def child_gives_way(pid: int) -> None:
    """Lower a child process (the demo server) below the app, as the threads above are.

    The demo server stands in for PoYo's machines: its uploads, picture checks and videos
    must not take a core from the GUI thread. At equal priority, 100 pictures sent at once
    left the window's timer up to 60 ms late while its own thread ran 4 ms of it
    (bench/batch_drop.py). It goes below the app's lowered workers as well: a worker
    holds the interpreter lock at times, and a worker waiting for a core behind the
    server's threads kept the GUI thread waiting for that lock, up to 30-60 ms while 100
    pictures were sent. Windows: the child is made below normal instead
    (:data:`CHILD_CREATION_FLAGS`).
    """
    if sys.platform != "win32":
        _lower(pid, CHILD_NICENESS)


def _lower(who: int, steps: int = NICENESS) -> None:
    """``who`` (a Linux thread id or a process id) ``steps`` down."""
    with contextlib.suppress(OSError):  # gone, or a sandbox forbids it: it runs as is
        # Relative to what it inherited: an app started with "nice" stays below it.
        current = os.getpriority(os.PRIO_PROCESS, who)
        os.setpriority(os.PRIO_PROCESS, who, min(19, current + steps))


#: ``subprocess.Popen`` flags that start a child below the app's priority (Windows only).
CHILD_CREATION_FLAGS: int = getattr(subprocess, "BELOW_NORMAL_PRIORITY_CLASS", 0)
