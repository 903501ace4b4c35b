"""One app, one history: the first PoYo Desktop started on a data folder owns it, and a later
start on the same folder hands its files to that one and exits.

Two parts, so the first start pays almost nothing before its first paint:

* a lock file in the data folder (``QLockFile``, QtCore: under a millisecond) says which
  process owns the folder. Qt finds a lock stale when the process that wrote it is gone
  (its PID, checked with its name), so a crash never locks a person out; the age of the file
  is not used, as the owner may run for days;
* a local socket named after the folder (``QLocalServer``, QtNetwork: ~6 ms to load), opened
  by the owner after its first paint, takes the files a later start sends.

A later start that finds the folder locked connects to that socket, retrying while the
owner is still starting (it may hold the lock and not listen yet), sends one JSON line and
waits for the owner's ``ok``. Two starting at once are ordered by the lock: one owns, the
other hands over. ``--data-dir`` instances (and tests) have their own folders, hence their own
locks and sockets. QtNetwork and hashlib (OpenSSL, ~1.5 ms) are imported where the socket
is named and used, not with this module, which the first paint waits for.
"""

from __future__ import annotations

import json
import logging
import os
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLockFile, QObject, Signal

from poyo_desktop.boot.instance_protocol import BUSY, Reply, decode, is_request

log = logging.getLogger(__name__)

LOCK_FILE = "instance.lock"
#: How long a later start waits for the owner to answer before it gives up.
HANDOVER_LIMIT_S = 20.0
_RETRY_S = 0.05
_CONNECT_MS = 250
_ANSWER_MS = 10_000


class OwnerNotAnswering(RuntimeError):
    """Another process holds the folder's lock but takes no files: not started in time,
    or stuck."""


class FolderBusy(RuntimeError):
    """The command line owns the folder (it runs no window to take files): its sentence
    says what it is doing."""


class Ownership:
    """This process owns the data folder (holds its lock) until :meth:`release`."""

    def __init__(self, data_dir: Path, lock: QLockFile | None, note: str = "") -> None:
        self.data_dir = data_dir
        self._lock = lock
        self.note = note  # why there is no lock, for the log once it exists
        self._server: InstanceServer | None = None

    @property
    def locked(self) -> bool:
        return self._lock is not None

    def serve(self, busy: str = "") -> InstanceServer | None:
        """Take later starts' files from now on (once; after the first paint); with
        ``busy``, answer every later start with that sentence instead (the command line)."""
        if self._server is None and self._lock is not None:
            self._server = InstanceServer(server_name(self.data_dir), busy=busy)
            if not self._server.listen():
                self._server = None
        return self._server

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None


def server_name(data_dir: Path) -> str:
    """The socket's name: one per person and data folder, the same in every process."""
    import hashlib

    user = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    key = f"{user}:{data_dir.resolve()}".encode()
    return "poyo-desktop-" + hashlib.sha256(key).hexdigest()[:24]


def take_lock(data_dir: Path) -> Ownership | None:
    """Own the folder if no running process does; None when one does."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        return Ownership(data_dir, None, f"cannot create {data_dir}: {error}")
    lock = QLockFile(str(data_dir / LOCK_FILE))
    lock.setStaleLockTime(0)  # stale only when its process is gone, not when it is old
    if lock.tryLock(0):
        return Ownership(data_dir, lock)
    if lock.error() == QLockFile.LockError.LockFailedError:
        return None
    # No permission, or an unknown error: the app runs (unguarded) rather than not at all.
    return Ownership(data_dir, None, f"cannot lock {data_dir / LOCK_FILE}: {lock.error()}")


def claim(
    data_dir: Path, files: list[Path], *, limit_s: float = HANDOVER_LIMIT_S
) -> Ownership | None:
    """Own ``data_dir``, or hand ``files`` to the app that does and return None.

    Raises :class:`OwnerNotAnswering` when another process keeps the lock for ``limit_s``
    without taking the files.
    """
    ownership = take_lock(data_dir)
    if ownership is not None:
        return ownership
    name = server_name(data_dir)
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        answer = hand_over(name, files)
        if answer.startswith(BUSY):
            raise FolderBusy(answer[len(BUSY) :].decode(errors="replace").strip())
        if answer.startswith(b"ok"):
            return None
        ownership = take_lock(data_dir)  # the owner may have quit meanwhile
        if ownership is not None:
            return ownership
        time.sleep(_RETRY_S)
    raise OwnerNotAnswering(
        f"PoYo Desktop is already running on {data_dir}, but it did "
        f"not answer within {limit_s:.0f} s."
    )


def hand_over(name: str, files: list[Path]) -> bytes:
    """Send ``files`` to the app listening as ``name``; its answer (``ok`` once it took
    them, ``busy …`` from the command line, empty when none came)."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(_CONNECT_MS):
        return b""
    message = {"files": [str(path.absolute()) for path in files]}
    socket.write(json.dumps(message).encode() + b"\n")
    socket.waitForBytesWritten(_CONNECT_MS)
    answer = b""
    deadline = time.monotonic() + _ANSWER_MS / 1000
    while b"\n" not in answer and time.monotonic() < deadline:
        if socket.bytesAvailable() or socket.waitForReadyRead(100):
            answer += bytes(socket.readAll().data())
        elif socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
            break
    socket.abort()
    return answer


class InstanceServer(QObject):
    """Takes the files later starts send; ``opened`` says so (an empty list: just come
    forward)."""

    opened = Signal(list)
    #: A command line's request (instance_protocol): the message, and its Reply.
    requested = Signal(object, object)

    def __init__(self, name: str, *, busy: str = "") -> None:
        super().__init__()
        from PySide6.QtNetwork import QLocalServer

        self.name = name
        self.busy = busy
        self._replies: dict[object, Reply] = {}
        self._server = QLocalServer(self)
        # Only this person's processes may connect (the socket file is theirs alone).
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        self._buffers: dict[object, bytes] = {}

    def listen(self) -> bool:
        from PySide6.QtNetwork import QLocalServer

        # A socket file left by a crashed owner: the lock says it is no one's any more.
        QLocalServer.removeServer(self.name)
        if not self._server.listen(self.name):
            log.warning("Cannot take later starts' files: %s", self._server.errorString())
            return False
        return True

    def close(self) -> None:
        # Deleting the server deletes its sockets, which then report "disconnected": not
        # to this object (a slot run from a destructor, re-deleting what is being deleted).
        for socket in self._buffers:
            socket.blockSignals(True)  # type: ignore[attr-defined]
        self._buffers.clear()
        self._server.close()

    def _on_connection(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            self._buffers[socket] = b""
            socket.readyRead.connect(self._on_ready_read)
            socket.disconnected.connect(self._on_disconnected)
            if socket.bytesAvailable():
                self._on_data(socket)

    def _on_ready_read(self) -> None:
        self._on_data(self.sender())

    def _on_disconnected(self) -> None:
        socket = self.sender()
        reply = self._replies.pop(socket, None)
        if reply is not None:
            reply.gone()
        if socket in self._buffers:
            del self._buffers[socket]
            socket.deleteLater()

    def _on_data(self, socket: object) -> None:
        if socket not in self._buffers:
            return
        data = self._buffers[socket] + bytes(socket.readAll().data())  # type: ignore[attr-defined]
        self._buffers[socket] = data
        if b"\n" not in data:
            return
        if self.busy:
            socket.write(BUSY + self.busy.encode() + b"\n")  # type: ignore[attr-defined]
            socket.flush()  # type: ignore[attr-defined]
            self._buffers[socket] = b""
            return
        try:
            message = decode(data.split(b"\n", 1)[0])
            if is_request(message):
                self._buffers[socket] = b""
                self._request(socket, message)
                return
            files = [str(f) for f in message["files"]]
        except (ValueError, KeyError, TypeError):
            log.warning("A later start sent a message this app cannot read")
            socket.disconnectFromServer()  # type: ignore[attr-defined]
            return
        log.info("A later start handed over %d file(s)", len(files))
        socket.write(b"ok\n")  # type: ignore[attr-defined]
        socket.flush()  # type: ignore[attr-defined]
        self._buffers[socket] = b""  # answered; forgotten once the other side hangs up
        self.opened.emit(files)

    def _request(self, socket: Any, message: dict[str, Any]) -> None:
        """A command line's request: answered through a Reply on this socket."""

        def write(line: bytes) -> None:
            socket.write(line)
            socket.flush()

        reply = Reply(write, socket.disconnectFromServer)
        self._replies[socket] = reply
        log.info("The command line asked: %s", message.get("op"))
        self.requested.emit(message, reply)


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
