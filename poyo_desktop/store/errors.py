"""Store failures a person can read.

Every sqlite3 or OS failure that comes from the machine (a full disk, a read-only file, a
damaged file, another program holding a lock) leaves the store as a :class:`StoreError`
whose ``str()`` is one plain sentence. Programming errors (a bad SQL statement, a closed
store) are not translated: they are bugs and must stay loud.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

# What the store was doing, as the first half of the sentence.
OPEN = "Could not open your task history"
READ = "Could not read your task history"
SAVE = "Could not save your task history"
KEEP_IMAGE = "Could not keep a copy of your image"


class StoreError(Exception):
    """The task history could not be read or written; ``str(error)`` is for a person.

    ``detail`` carries the technical cause for the log and a "copy details" button.
    """

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


class DiskFullError(StoreError):
    """The disk (or the person's quota) is full: freeing space and trying again works."""


class ReadOnlyError(StoreError):
    """The history file or its folder cannot be written: permissions or read-only media."""


class StoreBusyError(StoreError):
    """Another program held the history file locked for longer than the busy timeout."""


class StoreCorruptError(StoreError):
    """The file was found damaged while in use; reopening the store repairs it."""


class NewerDatabaseError(StoreError):
    """The file was written by a newer version of the app; it is left untouched."""

    def __init__(self, found: int, supported: int) -> None:
        super().__init__(
            "Your task history was saved by a newer version of PoYo Desktop "
            f"(history format {found}; this version understands up to {supported}). "
            "Please update PoYo Desktop. Your history was left untouched.",
            f"PRAGMA user_version = {found} > {supported}",
        )
        self.found = found
        self.supported = supported


class ForeignDatabaseError(StoreError):
    """The file is a SQLite database of some other program; it is left untouched."""


# SQLite primary result codes (https://sqlite.org/rescode.html).
_PERM, _BUSY, _LOCKED, _NOMEM, _READONLY, _IOERR, _CORRUPT = 3, 5, 6, 7, 8, 10, 11
_FULL, _CANTOPEN, _PROTOCOL, _AUTH, _NOTADB = 13, 14, 15, 23, 26

_SQLITE_REASONS: dict[int, tuple[type[StoreError], str]] = {
    _FULL: (DiskFullError, "the disk is full"),
    _READONLY: (ReadOnlyError, "the history file is read-only"),
    _PERM: (ReadOnlyError, "PoYo Desktop is not allowed to change the history file"),
    _AUTH: (ReadOnlyError, "PoYo Desktop is not allowed to change the history file"),
    _BUSY: (StoreBusyError, "another program is using the history file; try again"),
    _LOCKED: (StoreBusyError, "another program is using the history file; try again"),
    _PROTOCOL: (StoreBusyError, "another program is using the history file; try again"),
    _CORRUPT: (StoreCorruptError, "the history file is damaged; restart PoYo Desktop to repair it"),
    _NOTADB: (StoreCorruptError, "the history file is damaged; restart PoYo Desktop to repair it"),
    _IOERR: (StoreError, "the disk reported an error"),
    _CANTOPEN: (StoreError, "the history file could not be opened"),
    _NOMEM: (StoreError, "the computer ran out of memory"),
}

_OS_REASONS: dict[int, tuple[type[StoreError], str]] = {
    errno.ENOSPC: (DiskFullError, "the disk is full"),
    errno.EDQUOT: (DiskFullError, "the disk is full"),
    errno.EROFS: (ReadOnlyError, "the disk is read-only"),
    errno.EACCES: (ReadOnlyError, "PoYo Desktop is not allowed to read or write the file"),
    errno.EPERM: (ReadOnlyError, "PoYo Desktop is not allowed to read or write the file"),
    errno.ENOENT: (StoreError, "the file was not found"),
    errno.EISDIR: (StoreError, "that is a folder, not a file"),
    errno.EIO: (StoreError, "the disk reported an error"),
}


def sqlite_code(exc: BaseException) -> int | None:
    """The primary SQLite result code of ``exc``, or None when it carries none."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_corruption(exc: BaseException) -> bool:
    return sqlite_code(exc) in (_CORRUPT, _NOTADB)


def translate(exc: BaseException, action: str) -> StoreError | None:
    """The plain-language error for ``exc``, or None when it is a bug to re-raise as is."""
    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, sqlite3.Error):
        found = _SQLITE_REASONS.get(sqlite_code(exc) or -1)
    elif isinstance(exc, OSError):
        found = _OS_REASONS.get(exc.errno or -1, (StoreError, "the disk reported an error"))
    else:
        found = None
    if found is None:
        return None
    kind, reason = found
    detail = f"{type(exc).__name__}: {exc}"
    name = getattr(exc, "sqlite_errorname", None)
    if name:
        detail += f" ({name})"
    return kind(f"{action}: {reason}.", detail)


@contextmanager
def translated(action: str) -> Iterator[None]:
    """Re-raise machine failures inside the block as :class:`StoreError`."""
    try:
        yield
    except (sqlite3.Error, OSError) as exc:
        error = translate(exc, action)
        if error is None:
            raise
        raise error from exc
