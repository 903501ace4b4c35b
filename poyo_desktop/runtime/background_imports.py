"""Import modules in a worker thread, so their first import does not freeze the window.

A module's first import runs its code with the interpreter lock held; on the GUI thread
that is a stall as long as the import (the services, the history store and keyring, read
after the first paint, stalled the window 40-60 ms twice; bench/first_video.py). In a
worker thread the GUI thread gets the lock back every switch interval (1 ms, boot/main.py),
and the later ``import`` on the GUI thread finds the module in ``sys.modules``.
"""

from __future__ import annotations

import importlib
import sys
import threading

__all__ = ["import_in_background", "start_importing"]


async def import_in_background(*names: str) -> None:
    """Import ``names`` in a worker thread (in order) and wait for it; what the import
    made is then kept out of the collector's young collections (``keep_imported``)."""
    import asyncio  # here: the first frame's modules import this one (start_importing)

    if all(name in sys.modules for name in names):
        return
    await asyncio.to_thread(_import_all, names)
    from poyo_desktop.runtime.gui_collector import keep_imported

    keep_imported()


def start_importing(name: str) -> None:
    """Import ``name`` in a worker thread of its own, not waited for: a module the person
    is about to need (the GUI thread's own ``import`` then finds it, or waits for the rest)."""
    if name not in sys.modules:
        threading.Thread(target=_import_all, args=((name,),), name="import", daemon=True).start()


def _import_all(names: tuple[str, ...]) -> None:
    for name in names:
        importlib.import_module(name)
