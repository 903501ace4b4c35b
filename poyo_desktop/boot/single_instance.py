"""One app, one history: the first PoYo Desktop started on a data folder owns it, and a later
start on the same folder hands its files to that one and exits.

Two parts, so the first start pays almost nothing before its first paint:

* a lock file in the data folder (``QLockFile``, QtCore: under a millisecond) says which
  process owns the folder. Qt finds a lock stale when the process that wrote it is gone
  (its PID, checked with its name), so a crash never locks a person out; the age of the file
  is not used, as the owner may run for days;
* a channel (``instance_channel``: loopback socket, port and secret in the folder), opened
  by the owner after its first paint (``instance_server``), takes the files a later start
  sends. Neither is loaded before the first start's first paint (~3 ms of sockets).

A later start that finds the folder locked connects to that channel, retrying while the
owner is still starting (it may hold the lock and not listen yet), sends one JSON line and
waits for the owner's ``ok``. Two starting at once are ordered by the lock: one owns, the
other hands over. ``--data-dir`` instances (and tests) have their own folders, hence their own
locks and channels.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile

from poyo_desktop.boot.instance_protocol import BUSY

if TYPE_CHECKING:
    from poyo_desktop.boot.instance_server import InstanceServer

LOCK_FILE = "instance.lock"
#: How long a later start waits for the owner to answer before it gives up.
HANDOVER_LIMIT_S = 20.0
_RETRY_S = 0.05
_CONNECT_S = 0.25
_ANSWER_S = 10.0


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
            from poyo_desktop.boot.instance_server import InstanceServer

            self._server = InstanceServer(self.data_dir, busy=busy)
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
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        answer = hand_over(data_dir, files)
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


def hand_over(data_dir: Path, files: list[Path]) -> bytes:
    """Send ``files`` to the app that owns ``data_dir``; its answer (``ok`` once it took
    them, ``busy …`` from the command line, empty when none came)."""
    from poyo_desktop.boot import instance_channel  # sockets: only a later start needs them

    sock = instance_channel.connect(data_dir, _CONNECT_S)
    if sock is None:
        return b""
    try:
        message = {"files": [str(path.absolute()) for path in files]}
        sock.sendall(json.dumps(message).encode() + b"\n")
        answer = instance_channel.LineReader(sock).line(time.monotonic() + _ANSWER_S)
    except OSError:
        return b""
    finally:
        sock.close()
    return b"" if answer is None else answer + b"\n"
