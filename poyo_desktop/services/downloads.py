"""Result downloads that are never shown half-written.

Bytes stream into a hidden temporary file in the destination folder; the size is checked
against what the server announced, the MP4 structure is checked, the data is flushed to
disk, and only then is the file renamed to its final name, which never replaces a file.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
import os
import stat
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from poyo_desktop.api import PoyoClient
from poyo_desktop.services.mp4check import NotAVideo, check_mp4
from poyo_desktop.services.naming import unique_path

log = logging.getLogger(__name__)

WRITE_BATCH = 4 << 20

# Moves the verified temporary file to its final place and says where that is.
Place = Callable[[Path], Awaitable[Path]]


class DownloadError(Exception):
    """A download that did not produce a good file; ``message`` is plain words."""

    def __init__(self, message: str, *, kind: str, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.kind = kind
        self.detail = detail


@dataclass(frozen=True, slots=True)
class Downloaded:
    path: Path
    size: int


def disk_error(exc: OSError, folder: Path) -> DownloadError:
    """Plain words for the ways a disk says no."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        message = f"The disk is full: there is no room to save the video in {folder}."
        kind = "disk_full"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        message = f"The app is not allowed to save files in {folder}."
        kind = "permission"
    elif exc.errno == errno.ENOENT:
        message = f"The download folder {folder} no longer exists or cannot be created."
        kind = "folder_missing"
    else:
        message = f"The video could not be saved in {folder}: {exc.strerror or exc}."
        kind = "disk"
    return DownloadError(message, kind=kind, detail=f"{type(exc).__name__}: {exc}")


def move_into_place(temp: Path, final: Path) -> bool:
    """Rename ``temp`` to ``final``; False (and nothing moved) when ``final`` exists, since
    ``os.replace`` would silently destroy whatever file already has that name."""
    if os.path.lexists(final):
        return False
    os.replace(temp, final)
    return True


def complete_video(path: Path, expected_size: int | None) -> int | None:
    """The size of the complete MP4 video at ``path``, or None when there is none there
    (absent, unreadable, damaged, or not ``expected_size`` bytes when that is known)."""
    try:
        info = path.lstat()  # the app only ever writes regular files, never links
        size = info.st_size
        if not stat.S_ISREG(info.st_mode) or expected_size not in (None, size):
            return None
        check_mp4(path)
    except (OSError, NotAVideo):
        return None
    return size


def _write(handle: BinaryIO, data: bytes) -> None:
    handle.write(data)


def _finish(handle: BinaryIO) -> None:
    handle.flush()
    os.fsync(handle.fileno())
    handle.close()


async def download_video(
    client: PoyoClient,
    url: str,
    folder: Path,
    name: str,
    *,
    expected_size: int | None = None,
    on_progress: Callable[[int, int | None], None] | None = None,
    temp_name: str | None = None,
    place: Place | None = None,
) -> Downloaded:
    """Fetch ``url`` into ``folder/name`` (made unique), or raise :class:`DownloadError`.

    ``temp_name`` (one per job) means a download cut short by a crash leaves one hidden
    file that the next attempt overwrites and removes, never a pile of them. ``place``
    (given the verified temporary file) moves it to where the caller chose and returns
    that path, for callers that record the name before the video arrives.
    """
    try:
        await asyncio.to_thread(folder.mkdir, parents=True, exist_ok=True)
    except OSError as exc:
        raise disk_error(exc, folder) from None
    temp = folder / f".{temp_name or uuid.uuid4().hex}.part"
    received = 0
    try:
        async with client.open_download(url) as download:
            total = download.total
            if expected_size is not None and total is not None and total != expected_size:
                log.warning("download: server announced %d bytes, task said %d",
                            total, expected_size)
            try:
                handle = await asyncio.to_thread(open, temp, "wb")
            except OSError as exc:
                raise disk_error(exc, folder) from None
            try:
                # Network chunks are small; hand the disk a few MB at a time, so the event
                # loop is not paying a thread hop per 64 kB.
                pending: list[bytes] = []
                buffered = 0
                async for chunk in download.chunks():
                    pending.append(chunk)
                    buffered += len(chunk)
                    received += len(chunk)
                    if buffered >= WRITE_BATCH:
                        await asyncio.to_thread(_write, handle, b"".join(pending))
                        pending, buffered = [], 0
                        if on_progress is not None:
                            on_progress(received, total)
                if pending:
                    await asyncio.to_thread(_write, handle, b"".join(pending))
                if on_progress is not None:
                    on_progress(received, total)
                await asyncio.to_thread(_finish, handle)
            except OSError as exc:
                raise disk_error(exc, folder) from None
            finally:
                if not handle.closed:
                    handle.close()
        wanted = total if total is not None else expected_size
        if wanted is not None and received != wanted:
            raise DownloadError(
                "The download was incomplete. It can be downloaded again.",
                kind="incomplete", detail=f"received {received} of {wanted} bytes")
        try:
            await asyncio.to_thread(check_mp4, temp)
        except NotAVideo as exc:
            raise DownloadError(
                "The downloaded file is not a complete video. It can be downloaded again.",
                kind="not_video", detail=str(exc)) from None
        except OSError as exc:  # e.g. the folder was deleted while the video came in
            raise disk_error(exc, folder) from None
        try:
            final = await (place or _next_free_name(folder, name))(temp)
        except OSError as exc:
            raise disk_error(exc, folder) from None
        return Downloaded(final, received)
    finally:
        if temp.exists():
            with contextlib.suppress(OSError):
                temp.unlink()


def _next_free_name(folder: Path, name: str) -> Place:
    """The default ``place``: ``name``, or the first numbered variant no file has."""

    async def place(temp: Path) -> Path:
        while True:
            final = unique_path(folder, name)
            if await asyncio.to_thread(move_into_place, temp, final):
                return final

    return place
