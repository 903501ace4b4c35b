"""The command line's side of the single-instance socket: a request sent to the app that
owns the history, its events read back line by line.

Blocking reads in short steps (no event loop here), so Ctrl+C reaches Python at once.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from poyo_desktop.boot import instance_channel
from poyo_desktop.boot.instance_protocol import BUSY, decode, encode
from poyo_desktop.boot.single_instance import HANDOVER_LIMIT_S

_CONNECT_S = 0.25
CLOSED = "The running PoYo Desktop did not take the request (an older version?). Nothing was sent."
STOPPED = "PoYo Desktop stopped answering before the command ended; see its task list."


class NoAnswer(RuntimeError):
    """The owner of the history took no request: still starting for too long, stuck, an
    older version, or the command line itself (``busy``: its sentence says so)."""

    def __init__(self, message: str, *, busy: bool = False) -> None:
        super().__init__(message)
        self.busy = busy


def _connect(data_dir: Path, limit_s: float) -> socket.socket:
    deadline = time.monotonic() + limit_s
    while True:
        sock = instance_channel.connect(data_dir, _CONNECT_S)
        if sock is not None:
            return sock
        if time.monotonic() > deadline:
            raise NoAnswer(
                f"PoYo Desktop is running on {data_dir}, but it did not answer within "
                f"{limit_s:.0f} s. Nothing was sent."
            )
        time.sleep(0.05)


def ask(
    data_dir: Path,
    message: dict[str, Any],
    on_event: Callable[[dict[str, Any]], None],
    *,
    limit_s: float = HANDOVER_LIMIT_S,
) -> None:
    """Send ``message`` to the owner and pass each event to ``on_event`` until ``end``."""
    sock = _connect(data_dir, limit_s)
    try:
        try:
            sock.sendall(encode(message))
        except OSError as error:
            raise NoAnswer(CLOSED) from error
        reader = instance_channel.LineReader(sock)
        heard = False
        while (raw := reader.line()) is not None:
            if raw.startswith(BUSY):
                raise NoAnswer(raw[len(BUSY) :].decode(errors="replace"), busy=True)
            event = decode(raw)
            heard = True
            on_event(event)
            if event.get("event") == "end":
                return
        raise NoAnswer(STOPPED if heard else CLOSED)
    finally:
        sock.close()
