""" "Pause Sending" as a lasting choice: kept in the history, and read back when the window
starts, so the toggle, the status bar and the next new video are as the person left them.

Its own module because the flag is the one part of the send queue that is not a job's:
each paused job keeps its own pause, while this says what happens to the jobs made from
now on. The window asks for it at start (:meth:`SendingPause.restore`); a new job waits
for that answer before it is recorded, so one made in the first moment is held too. The
command line run on its own (window closed) reads it too, and offers ``poyo-desktop resume``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, Protocol

from poyo_desktop.core.wording import translate
from poyo_desktop.services.history_trouble import store_reason

log = logging.getLogger(__name__)


class PauseStore(Protocol):
    def sending_paused(self) -> Awaitable[bool]: ...
    def keep_sending_paused(self, paused: bool) -> Awaitable[None]: ...


class SendingPause:
    """Whether sending is paused (``on``); ``report`` tells the person of a failed save,
    ``spawn`` runs background work as the jobs service does, ``changed`` hears each new
    choice (the window's toggle follows one made from the command line)."""

    def __init__(
        self,
        store: PauseStore,
        *,
        spawn: Callable[[str, Coroutine[Any, Any, Any]], asyncio.Task[Any]],
        report: Callable[[str], None],
        changed: Callable[[bool], None] = lambda on: None,
    ) -> None:
        self.on = False
        self._store = store
        self._spawn = spawn
        self._report = report
        self._changed = changed
        self._restoring: asyncio.Task[Any] | None = None
        self._choices = 0  # the person's, counted: a later choice beats the saved one

    def restore(self) -> asyncio.Task[Any]:
        """Read the saved choice (once the window starts); done when it is known."""
        if self._restoring is None:
            reading = self._store.sending_paused()
            self._restoring = self._spawn("queue-restore-pause", self._read(reading, self._choices))
        return self._restoring

    async def _read(self, reading: Awaitable[bool], choices: int) -> None:
        try:
            saved = await reading
        except Exception as error:  # sending as if never paused; each paused job stays so
            log.warning("could not read whether sending was paused: %s", error)
            return
        if self._choices == choices:  # not toggled while it was read
            self.on = saved

    async def for_new_job(self) -> bool:
        """Whether a job made now is to wait, paused: asked before it is recorded."""
        restoring = self._restoring
        if restoring is not None and not restoring.done():
            with contextlib.suppress(Exception):
                await asyncio.shield(restoring)
        return self.on

    def choose(self, on: bool) -> None:
        """The person's Pause Sending (or Resume Sending): in effect now, saved for later."""
        self.on = on
        self._choices += 1
        saving = self._store.keep_sending_paused(on)  # queued now: in the order chosen
        self._spawn(f"queue-keep-pause-{int(on)}", self._kept(on, saving))
        self._changed(on)

    async def _kept(self, on: bool, saving: Awaitable[None]) -> None:
        try:
            await saving
        except Exception as error:
            log.error("could not save that sending is %s: %s", "paused" if on else "on", error)
            self._report(not_kept_words(on, store_reason(error)))


def not_kept_words(on: bool, reason: str) -> str:
    """Pause Sending (``on``) or Resume Sending is in effect, but not kept for a restart."""
    if on:
        words = translate(
            "SendingPause",
            "Sending is paused, but this could not be kept for the next start, because "
            "your task history could not be saved ({reason}).",
        )
    else:
        words = translate(
            "SendingPause",
            "Sending is resumed, but this could not be kept for the next start, because "
            "your task history could not be saved ({reason}).",
        )
    return words.format(reason=reason)
