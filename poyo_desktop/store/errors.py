"""Store failures a person can read.

Every sqlite3 or OS failure that comes from the machine (a full disk, a read-only file, a
damaged file, another program holding a lock) leaves the store as a :class:`StoreError`
whose ``str()`` is one plain sentence. Programming errors (a bad SQL statement, a closed
store) are not translated: they are bugs and must stay loud. The sentences are said in the
window's language when the error is made (``core.wording``; English on the command line).
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

from poyo_desktop.core.wording import QT_TRANSLATE_NOOP, translate

# What the store was doing, as the first half of the sentence (in English: translated
# when said, by :func:`told`).
OPEN = QT_TRANSLATE_NOOP("StoreErrors", "Could not open your task history")
READ = QT_TRANSLATE_NOOP("StoreErrors", "Could not read your task history")
SAVE = QT_TRANSLATE_NOOP("StoreErrors", "Could not save your task history")
KEEP_IMAGE = QT_TRANSLATE_NOOP("StoreErrors", "Could not keep a copy of your image")


class StoreError(Exception):
    """The task history could not be read or written; ``str(error)`` is for a person.

    ``detail`` carries the technical cause for the log and a "copy details" button;
    ``action`` what the store was doing (one of :data:`OPEN`, :data:`SAVE`… in English,
    "" when unknown) and ``reason`` the cause alone ("the disk is full", said in the
    window's language), for sentences that tell it inside their own.
    """

    def __init__(
        self, message: str, detail: str = "", *, action: str = "", reason: str = ""
    ) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail
        self.action = action
        self.reason = reason


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
            translate(
                "StoreErrors",
                "Your task history was saved by a newer version of PoYo Desktop "
                "(history format {found}; this version understands up to {supported}). "
                "Please update PoYo Desktop. Your history was left untouched.",
            ).format(found=found, supported=supported),
            f"PRAGMA user_version = {found} > {supported}",
        )
        self.found = found
        self.supported = supported


class ForeignDatabaseError(StoreError):
    """The file is a SQLite database of some other program; it is left untouched."""


# Why, as the second half of the sentence (translated when said, by :func:`told`).
_DISK_ERROR = QT_TRANSLATE_NOOP("StoreErrors", "the disk reported an error")
_DISK_FULL = QT_TRANSLATE_NOOP("StoreErrors", "the disk is full")
_NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "StoreErrors", "PoYo Desktop is not allowed to change the history file"
)
_IN_USE = QT_TRANSLATE_NOOP("StoreErrors", "another program is using the history file; try again")
_DAMAGED = QT_TRANSLATE_NOOP(
    "StoreErrors", "the history file is damaged; restart PoYo Desktop to repair it"
)
_NO_ACCESS = QT_TRANSLATE_NOOP(
    "StoreErrors", "PoYo Desktop is not allowed to read or write the file"
)

# SQLite primary result codes (https://sqlite.org/rescode.html).
_PERM, _BUSY, _LOCKED, _NOMEM, _READONLY, _IOERR, _CORRUPT = 3, 5, 6, 7, 8, 10, 11
_FULL, _CANTOPEN, _PROTOCOL, _AUTH, _NOTADB = 13, 14, 15, 23, 26

_SQLITE_REASONS: dict[int, tuple[type[StoreError], str]] = {
    _FULL: (DiskFullError, _DISK_FULL),
    _READONLY: (ReadOnlyError, QT_TRANSLATE_NOOP("StoreErrors", "the history file is read-only")),
    _PERM: (ReadOnlyError, _NOT_ALLOWED),
    _AUTH: (ReadOnlyError, _NOT_ALLOWED),
    _BUSY: (StoreBusyError, _IN_USE),
    _LOCKED: (StoreBusyError, _IN_USE),
    _PROTOCOL: (StoreBusyError, _IN_USE),
    _CORRUPT: (StoreCorruptError, _DAMAGED),
    _NOTADB: (StoreCorruptError, _DAMAGED),
    _IOERR: (StoreError, _DISK_ERROR),
    _CANTOPEN: (
        StoreError,
        QT_TRANSLATE_NOOP("StoreErrors", "the history file could not be opened"),
    ),
    _NOMEM: (StoreError, QT_TRANSLATE_NOOP("StoreErrors", "the computer ran out of memory")),
}

_OS_REASONS: dict[int, tuple[type[StoreError], str]] = {
    errno.ENOSPC: (DiskFullError, _DISK_FULL),
    errno.EDQUOT: (DiskFullError, _DISK_FULL),
    errno.EROFS: (ReadOnlyError, QT_TRANSLATE_NOOP("StoreErrors", "the disk is read-only")),
    errno.EACCES: (ReadOnlyError, _NO_ACCESS),
    errno.EPERM: (ReadOnlyError, _NO_ACCESS),
    errno.ENOENT: (StoreError, QT_TRANSLATE_NOOP("StoreErrors", "the file was not found")),
    errno.EISDIR: (StoreError, QT_TRANSLATE_NOOP("StoreErrors", "that is a folder, not a file")),
    errno.EIO: (StoreError, _DISK_ERROR),
}


def sqlite_code(exc: BaseException) -> int | None:
    """The primary SQLite result code of ``exc``, or None when it carries none."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_corruption(exc: BaseException) -> bool:
    return sqlite_code(exc) in (_CORRUPT, _NOTADB)


_Kind = TypeVar("_Kind", bound=StoreError)


def told(kind: type[_Kind], action: str, reason: str, detail: str = "") -> _Kind:
    """A ``kind`` saying "``action``: ``reason``." in the window's language; both are
    English texts marked with ``QT_TRANSLATE_NOOP("StoreErrors", …)``."""
    why = translate("StoreErrors", reason)
    message = translate("StoreErrors", "{action}: {reason}.").format(
        action=translate("StoreErrors", action), reason=why
    )
    return kind(message, detail, action=action, reason=why)


def plain_error(exc: BaseException, action: str) -> StoreError | None:
    """The plain-language error for ``exc``, or None when it is a bug to re-raise as is."""
    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, sqlite3.Error):
        found = _SQLITE_REASONS.get(sqlite_code(exc) or -1)
    elif isinstance(exc, OSError):
        found = _OS_REASONS.get(exc.errno or -1, (StoreError, _DISK_ERROR))
    else:
        found = None
    if found is None:
        return None
    kind, reason = found
    detail = f"{type(exc).__name__}: {exc}"
    name = getattr(exc, "sqlite_errorname", None)
    if name:
        detail += f" ({name})"
    return told(kind, action, reason, detail)


@contextmanager
def translated(action: str) -> Iterator[None]:
    """Re-raise machine failures inside the block as :class:`StoreError`."""
    try:
        yield
    except (sqlite3.Error, OSError) as exc:
        error = plain_error(exc, action)
        if error is None:
            raise
        raise error from exc
