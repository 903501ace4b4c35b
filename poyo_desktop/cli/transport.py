"""The command line's side of the single-instance socket: a request sent to the app that
owns the history, its events read back line by line.

Blocking reads in short steps (no event loop here), so Ctrl+C reaches Python at once.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from poyo_desktop.boot.instance_protocol import BUSY, decode, encode
from poyo_desktop.boot.single_instance import HANDOVER_LIMIT_S, server_name

_CONNECT_MS = 250
CLOSED = "The running PoYo Desktop did not take the request (an older version?). Nothing was sent."
STOPPED = "PoYo Desktop stopped answering before the command ended; see its task list."
_STEP_MS = 100


class NoAnswer(RuntimeError):
    """The owner of the history took no request: still starting for too long, stuck, an
    older version, or the command line itself (``busy``: its sentence says so)."""

    def __init__(self, message: str, *, busy: bool = False) -> None:
        super().__init__(message)
        self.busy = busy


def _connect(data_dir: Path, limit_s: float) -> Any:
    from PySide6.QtNetwork import QLocalSocket

    deadline = time.monotonic() + limit_s
    while True:
        socket = QLocalSocket()
        socket.connectToServer(server_name(data_dir))
        if socket.waitForConnected(_CONNECT_MS):
            return socket
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
    from PySide6.QtNetwork import QLocalSocket

    socket = _connect(data_dir, limit_s)
    try:
        socket.write(encode(message))
        socket.waitForBytesWritten(_CONNECT_MS)
        buffer = b""
        heard = False
        while True:
            got = socket.bytesAvailable() or socket.waitForReadyRead(_STEP_MS)
            if got:
                buffer += bytes(socket.readAll().data())
            while b"\n" in buffer:
                raw, buffer = buffer.split(b"\n", 1)
                if raw.startswith(BUSY):
                    raise NoAnswer(raw[len(BUSY) :].decode(errors="replace"), busy=True)
                event = decode(raw)
                heard = True
                on_event(event)
                if event.get("event") == "end":
                    return
            if not got and socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
                raise NoAnswer(STOPPED if heard else CLOSED)
    finally:
        socket.abort()
