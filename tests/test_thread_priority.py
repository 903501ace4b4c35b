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
