"""The channel between the app that owns a data folder and a later start: JSON lines over a
loopback TCP socket, whose port and secret the owner writes to the folder's ``instance.port``.

Plain sockets rather than QtNetwork's local socket: QtNetwork, loaded for nothing else, was
2.7 MB of the idle app's memory (bench/cold_start.py). Loopback TCP behaves the same on every
platform (Python has no Unix sockets on Windows). The first line a caller sends is the secret,
from a file only this person can read, so other users' processes are turned away as
QLocalServer's user-only socket did. No Qt here: the server side hands what arrives to
callbacks on its own threads (``instance_server`` takes it to the GUI thread).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

PORT_FILE = "instance.port"
_HOST = "127.0.0.1"
_SEND_TIMEOUT_S = 5.0
_READ_STEP_S = 0.1
_LINE_LIMIT = 1 << 20  # a request is a few kB; more is not a PoYo Desktop talking


def _port_file(data_dir: Path) -> Path:
    return data_dir / PORT_FILE


def read_address(data_dir: Path) -> tuple[int, str] | None:
    """The owner's (port, secret), or None while it is not listening (yet)."""
    try:
        record = json.loads(_port_file(data_dir).read_text(encoding="utf-8"))
        return int(record["port"]), str(record["secret"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def connect(data_dir: Path, timeout_s: float) -> socket.socket | None:
    """A connection to the folder's owner, the secret already sent; None when none answers."""
    address = read_address(data_dir)
    if address is None:
        return None
    port, secret = address
    try:
        sock = socket.create_connection((_HOST, port), timeout=timeout_s)
    except OSError:
        return None  # not listening (yet, or any more)
    try:
        sock.sendall(secret.encode() + b"\n")
    except OSError:
        sock.close()
        return None
    return sock


class LineReader:
    """Reads lines from a blocking socket in short steps, so Ctrl+C reaches Python at once."""

    def __init__(self, sock: socket.socket) -> None:
        self._sock = sock
        self._buffer = b""
        sock.settimeout(_READ_STEP_S)

    def line(self, deadline: float | None = None) -> bytes | None:
        """The next line without its newline; None at the end of the stream or the deadline."""
        while b"\n" not in self._buffer:
            if deadline is not None and time.monotonic() > deadline:
                return None
            try:
                chunk = self._sock.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                return None
            if not chunk or len(self._buffer) > _LINE_LIMIT:
                return None
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line


class Connection:
    """One caller, as the server sees it; :meth:`send` may be called from any thread."""

    def __init__(self, sock: socket.socket) -> None:
        self._sock = sock
        self._lock = threading.Lock()
        self.closed = False

    def send(self, data: bytes) -> None:
        with self._lock:
            if self.closed:
                return
            try:
                self._sock.settimeout(_SEND_TIMEOUT_S)
                self._sock.sendall(data)
            except OSError:
                self._close_locked()

    def close(self) -> None:
        with self._lock:
            self._close_locked()

    def _close_locked(self) -> None:
        if not self.closed:
            self.closed = True
            with contextlib.suppress(OSError):
                self._sock.shutdown(socket.SHUT_RDWR)
            self._sock.close()


#: Called on a connection's thread with each line it sends (after the secret).
OnLine = Callable[[Connection, bytes], None]
#: Called on a connection's thread once it is closed (the caller hung up, or it was answered).
OnGone = Callable[[Connection], None]


class Listener:
    """Listens for later starts of ``data_dir``: a thread takes connections, one thread a
    caller reads its lines."""

    def __init__(self, data_dir: Path, on_line: OnLine, on_gone: OnGone) -> None:
        self._data_dir = data_dir
        self._on_line = on_line
        self._on_gone = on_gone
        self._secret = os.urandom(16).hex()
        self._server: socket.socket | None = None
        self._connections: set[Connection] = set()
        self._lock = threading.Lock()

    def listen(self) -> bool:
        """Open the socket and publish its port; False (logged) when that cannot be done."""
        try:
            server = socket.create_server((_HOST, 0))
            port = server.getsockname()[1]
            self._publish(port)
        except OSError as error:
            log.warning("Cannot take later starts' files: %s", error)
            return False
        self._server = server
        threading.Thread(target=self._accept, name="instance-listener", daemon=True).start()
        return True

    def _publish(self, port: int) -> None:
        """Written whole (a reader never sees half) and readable by this person alone."""
        target = _port_file(self._data_dir)
        partial = target.with_suffix(".part")
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump({"port": port, "secret": self._secret, "pid": os.getpid()}, out)
        os.replace(partial, target)

    def close(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        if read_address(self._data_dir) == (server.getsockname()[1], self._secret):
            with contextlib.suppress(OSError):
                _port_file(self._data_dir).unlink()
        server.close()
        with self._lock:
            connections, self._connections = self._connections, set()
        for connection in connections:
            connection.close()

    def _accept(self) -> None:
        while (server := self._server) is not None:
            try:
                sock, _peer = server.accept()
            except OSError:
                return  # closed
            connection = Connection(sock)
            with self._lock:
                self._connections.add(connection)
            threading.Thread(
                target=self._serve, args=(sock, connection), name="instance-caller", daemon=True
            ).start()

    def _serve(self, sock: socket.socket, connection: Connection) -> None:
        import hmac  # here: hashlib's OpenSSL set-up costs the idle app 0.7 MB

        reader = LineReader(sock)
        secret = reader.line(deadline=time.monotonic() + 5)
        if secret is not None and hmac.compare_digest(secret, self._secret.encode()):
            while not connection.closed and (line := reader.line()) is not None:
                self._on_line(connection, line)
        else:
            log.warning("A connection without this folder's secret was turned away")
        with self._lock:
            self._connections.discard(connection)
        connection.close()
        self._on_gone(connection)
