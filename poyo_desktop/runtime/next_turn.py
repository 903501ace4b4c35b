"""A turn of the event loop between the steps of a long piece of GUI-thread work."""

from __future__ import annotations

import asyncio

__all__ = ["next_turn"]


async def next_turn() -> None:
    """Let Qt paint, take input and fire its due timers before the next step.

    Under qasync the coroutine resumes from a zero-time Qt timer, so whatever came due
    meanwhile runs first: start-up's steps after the first paint (attach, the first-run
    guide, the history, the draft) ran as one block of 13-26 ms before (bench/app_session).
    """
    await asyncio.sleep(0)
