"""GUI test fixtures: one qasync loop per test, driving the real window offscreen."""

from __future__ import annotations

import asyncio

import pytest
import qasync


@pytest.fixture
def qloop(qapp):
    """A qasync event loop on the test's QApplication; closing a window never quits it."""
    qapp.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    yield loop
    # Join the loop's worker threads, or Qt aborts at exit ("QThread: Destroyed while …").
    loop.run_until_complete(loop.shutdown_default_executor())
    loop.close()
    asyncio.set_event_loop(None)
