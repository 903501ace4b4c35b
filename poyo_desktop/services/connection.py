"""The truth about the connection, in one place: demo, connecting, connected (with the
balance), key refused, PoYo cannot be reached (retrying), PoYo in trouble (retrying).

Every request the current client makes tells :class:`ConnectionStatus` how it went (see
``PoyoClient.on_answer``), so a lost connection shows within a failed request, not after
a timer. While PoYo cannot be reached it is asked again (the free balance call) with a
growing pause, so its return is noticed even with nothing running; when it answers
again, ``came_back`` lets the jobs ask about their tasks at once instead of after their
own longer pause. One label renders :class:`Connection`; nothing else writes it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from poyo_desktop.api.errors import (
    AuthenticationError,
    MalformedResponse,
    NetworkError,
    PoyoError,
    RateLimited,
    ServerError,
)
from poyo_desktop.api.retry import NO_RETRY
from poyo_desktop.services.background import run_in_background
from poyo_desktop.services.connection_state import RETRYING, Connection, Link

if TYPE_CHECKING:
    from poyo_desktop.api import PoyoClient

log = logging.getLogger(__name__)

FIRST_PROBE = 2.0  # seconds before PoYo, not reached, is asked again; doubled each time
LAST_PROBE = 30.0  # the longest pause between two such tries


def link_for(error: PoyoError | None) -> Link:
    """What one request's outcome says about the connection."""
    if error is None:
        return Link.CONNECTED
    if isinstance(error, AuthenticationError):
        return Link.KEY_REFUSED
    if isinstance(error, NetworkError):
        return Link.UNREACHABLE
    if isinstance(error, (ServerError, RateLimited, MalformedResponse)):
        return Link.TROUBLE
    return Link.CONNECTED  # PoYo answered (a refusal of this request, not of the link)


class ConnectionStatus(QObject):
    """Follows the client that new work goes to; ``changed`` carries a :class:`Connection`
    each time what a person should be told changes."""

    changed = Signal(object)  # Connection
    came_back = Signal()  # PoYo answers again after it could not be reached
    note = Signal(str)  # a passing remark for the status bar (a changed server address)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = Connection(Link.DEMO)
        self._client: PoyoClient | None = None
        self._reading: asyncio.Task[None] | None = None
        self._probing: asyncio.Task[None] | None = None

    @property
    def current(self) -> Connection:
        return self._state

    def known_credits(self) -> float | None:
        """The balance last read from the server new work goes to (None in demo mode)."""
        return self._state.credits if self._state.link is not Link.DEMO else None

    # -- what the app tells it -------------------------------------------------------------

    def use_demo(self) -> None:
        self._follow(None)
        self._set(Connection(Link.DEMO))

    def use(self, client: PoyoClient) -> None:
        """New work goes to ``client`` from now on: say "connecting", read the balance."""
        self._follow(client)
        self._set(Connection(Link.CONNECTING, server=client.base_url))
        self.refresh()

    def refresh(self) -> None:
        """Read the balance again (once at a time; the answer updates the state)."""
        client = self._client
        if client is None or (self._reading is not None and not self._reading.done()):
            return
        self._reading = run_in_background(self._read_balance(client), name="reading the balance")

    async def close(self) -> None:
        self._follow(None)
        for task in (self._reading, self._probing):
            if task is not None and not task.done():
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task

    # -- internals -------------------------------------------------------------------------

    def _follow(self, client: PoyoClient | None) -> None:
        if self._client is not None and self._client is not client:
            self._client.on_answer = None  # its running tasks go on; it no longer speaks here
        self._client = client
        if client is not None:
            client.on_answer = lambda error: self._answered(client, error)
        if self._probing is not None:
            self._probing.cancel()
            self._probing = None

    def _answered(self, client: PoyoClient, error: PoyoError | None) -> None:
        if client is not self._client:
            return
        link = link_for(error)
        before = self._state
        if link is Link.CONNECTED:
            if before.link is Link.CONNECTED:
                return
            self._set(replace(before, link=Link.CONNECTED, message=""))
            if before.retrying:
                self.came_back.emit()
            if before.credits is None or before.retrying:
                self.refresh()
            return
        self._set(replace(before, link=link, message=error.message if error else ""))
        if link in RETRYING and (self._probing is None or self._probing.done()):
            self._probing = run_in_background(self._probe(client), name="asking PoYo again")

    async def _read_balance(self, client: PoyoClient) -> None:
        try:
            balance = await client.balance()
        except PoyoError as exc:  # already told through on_answer
            log.info("balance not read: %s", exc.detail or exc.message)
            return
        except Exception:
            log.exception("reading the balance crashed")
            return
        if client is self._client:
            self._set(
                replace(
                    self._state,
                    credits=balance.credits,
                    read_at=balance.fetched_at or datetime.now(),
                )
            )

    async def _probe(self, client: PoyoClient) -> None:
        """Ask again, less and less often, until PoYo answers (or another client is used)."""
        pause = FIRST_PROBE
        while client is self._client and self._state.retrying:
            await asyncio.sleep(pause)
            pause = min(LAST_PROBE, pause * 2)
            if client is not self._client or not self._state.retrying:
                return
            with contextlib.suppress(PoyoError):
                await client.balance(retry=NO_RETRY)  # the outcome is told by on_answer

    def _set(self, state: Connection) -> None:
        if state != self._state:
            self._state = state
            self.changed.emit(state)
