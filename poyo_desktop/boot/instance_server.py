"""The owner's side of the single instance (single_instance.py): later starts' files and
the command line's requests, taken on the channel after the first paint; and macOS's own
"Open With" events."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal

from poyo_desktop.boot import instance_channel
from poyo_desktop.boot.instance_protocol import BUSY, Reply, decode, is_request

log = logging.getLogger(__name__)


class InstanceServer(QObject):
    """Takes the files later starts send; ``opened`` says so (an empty list: just come
    forward). What arrives on the channel's threads is handed to the GUI thread here."""

    opened = Signal(list)
    #: A command line's request (instance_protocol): the message, and its Reply.
    requested = Signal(object, object)
    _arrived = Signal(object, object)  # (Connection, message), from a channel thread
    _hung_up = Signal(object)  # Connection, from a channel thread once it is closed

    def __init__(self, data_dir: Path, *, busy: str = "") -> None:
        super().__init__()
        self.busy = busy
        self._replies: dict[instance_channel.Connection, Reply] = {}
        self._listener = instance_channel.Listener(data_dir, self._on_line, self._hung_up.emit)
        # Emitted on the channel's threads: Qt queues them to this object's (GUI) thread.
        self._arrived.connect(self._take)
        self._hung_up.connect(self._on_gone)

    def listen(self) -> bool:
        return self._listener.listen()

    def close(self) -> None:
        self._replies.clear()
        self._listener.close()

    def _on_line(self, connection: instance_channel.Connection, line: bytes) -> None:
        """A channel thread: answer what needs no app (busy, a bad line), pass on the rest."""
        if self.busy:
            connection.send(BUSY + self.busy.encode() + b"\n")
            connection.close()
            return
        try:
            message = decode(line)
            if not is_request(message):
                message = {"files": [str(f) for f in message["files"]]}
        except (ValueError, KeyError, TypeError):
            log.warning("A later start sent a message this app cannot read")
            connection.close()
            return
        if not is_request(message):
            connection.send(b"ok\n")  # taken; the other side hangs up
        self._arrived.emit(connection, message)

    def _take(self, connection: instance_channel.Connection, message: dict[str, Any]) -> None:
        if not is_request(message):
            log.info("A later start handed over %d file(s)", len(message["files"]))
            self.opened.emit(message["files"])
            return
        if connection.closed:
            return
        reply = Reply(connection.send, connection.close)
        self._replies[connection] = reply
        log.info("The command line asked: %s", message.get("op"))
        self.requested.emit(message, reply)

    def _on_gone(self, connection: instance_channel.Connection) -> None:
        reply = self._replies.pop(connection, None)
        if reply is not None:
            reply.gone()


class FileOpenEvents(QObject):
    """macOS's own single instance: "Open With" on a running app is an event to it (a
    ``QFileOpenEvent``), not a new process. ``opened`` says so, like :class:`InstanceServer`."""

    opened = Signal(list)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen:
            file = event.file()  # type: ignore[attr-defined]
            if file:
                self.opened.emit([file])
                return True
        return False
