"""The messages a later start sends the app that owns the data folder, one JSON line each.

Version 0 (the first): ``{"files": [...]}``, answered ``ok``: a second window start hands its
pictures over. Version 1 adds the command line's requests, ``{"v": 1, "op": ...}``
(generate, list, status, ledger, review: a batch's review sheet, as data, and pause and
resume: the Pause Sending toggle), answered by
JSON lines (``{"v": 1, "event": ...}``) until ``end``: the app performs them with its own
services, so what the command line starts is in its list at once.
A process that owns the folder but runs no window (the command line itself) answers
``busy`` and a sentence, so the later start can say why it cannot come in.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

VERSION = 1
OPS = frozenset({"generate", "list", "status", "ledger", "review", "pause", "resume"})
BUSY = b"busy "


def encode(message: dict[str, Any]) -> bytes:
    return json.dumps({"v": VERSION, **message}).encode() + b"\n"


def decode(line: bytes) -> dict[str, Any]:
    """One message; ValueError when it is not a JSON object."""
    message = json.loads(line)
    if not isinstance(message, dict):
        raise ValueError("not a JSON object")
    return message


def is_request(message: dict[str, Any]) -> bool:
    return message.get("op") in OPS


class Reply:
    """Where the answer to one request goes, line by line (the socket, or a test)."""

    def __init__(self, write: Callable[[bytes], None], close: Callable[[], None]) -> None:
        self._write = write
        self._close = close
        self.closed = False

    def send(self, event: str, **fields: Any) -> None:
        if not self.closed:
            self._write(encode({"event": event, **fields}))

    def end(self, **fields: Any) -> None:
        if self.closed:
            return
        self.send("end", **fields)
        self.closed = True
        self._close()

    def gone(self) -> None:
        """The other side hung up (Ctrl+C): nothing more is sent; the work goes on."""
        self.closed = True
