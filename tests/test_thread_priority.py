"""Worker threads lower their own priority, and only their own."""

from __future__ import annotations

import os
import sys
import threading

import pytest

from poyo_desktop.runtime.thread_priority import NICENESS, give_way_to_the_gui


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice is Linux's")
def test_a_worker_gives_way_and_the_gui_thread_keeps_its_priority():
    mine = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    seen: list[int] = []

    def worker() -> None:
        give_way_to_the_gui()
        give_way_to_the_gui()  # once per thread: not lowered further
        seen.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert seen == [min(19, mine + NICENESS)]
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == mine


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice is Linux's")
def test_the_demo_server_goes_below_the_apps_own_workers():
    import subprocess

    from poyo_desktop.runtime.thread_priority import CHILD_NICENESS, child_gives_way

    mine = os.getpriority(os.PRIO_PROCESS, 0)
    child = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE
    )
    try:
        child_gives_way(child.pid)
        lowered = os.getpriority(os.PRIO_PROCESS, child.pid)
    finally:
        child.communicate(b"")
    assert lowered == min(19, mine + CHILD_NICENESS)
    assert lowered >= min(19, mine + NICENESS)  # never above a worker of the app
