"""Result downloads that are never shown half-written.

Bytes stream into a hidden temporary file in the destination folder; the size is checked
against what the server announced, the MP4 structure is checked, the data is flushed to
disk, and only then is the file renamed to its final name, which never replaces a file.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import io
import logging
import os
import stat
import threading
import time
import weakref
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from poyo_desktop.core.job import new_id
from poyo_desktop.core.wording import translate
from poyo_desktop.runtime.thread_priority import give_way_to_the_gui
from poyo_desktop.services.mp4check import NotAVideo, check_mp4
from poyo_desktop.services.naming import unique_path

if TYPE_CHECKING:
    from poyo_desktop.api.protocol import PoyoApi

log = logging.getLogger(__name__)

SYNC_EVERY = 16 << 20  # bytes written between two background syncs (200 MB: 16 MB ~1.0x curl,
# 32 MB ~0.9x, 64 MB ~0.9x, one sync at the end ~0.6x; bench/throughput.py)
PROGRESS_EVERY = 0.1  # seconds between two progress reports
# Transfers at once; more wait their turn. A real link is shared anyway, and each transfer is
# a thread: ten at loopback speed on two cores starve the GUI thread (stalls of 100+ ms in
# the responsiveness benchmark; two at once keep it near the idle window).
TRANSFERS_AT_ONCE = 2

_gates: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = (
    weakref.WeakKeyDictionary()
)


def _transfer_gate() -> asyncio.Semaphore:
    """The running loop's limit on transfers (a semaphore belongs to one loop)."""
    loop = asyncio.get_running_loop()
    gate = _gates.get(loop)
    if gate is None:
        gate = _gates[loop] = asyncio.Semaphore(TRANSFERS_AT_ONCE)
    return gate


# Moves the verified temporary file to its final place and says where that is.
Place = Callable[[Path], Awaitable[Path]]


class DownloadError(Exception):
    """A download that did not produce a good file; ``message`` is plain words, in the
    window's language (``core.wording``; English on the command line)."""

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
        words = translate(
            "Downloads", "The disk is full: there is no room to save the video in {folder}."
        )
        kind = "disk_full"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        words = translate("Downloads", "The app is not allowed to save files in {folder}.")
        kind = "permission"
    elif exc.errno == errno.ENOENT:
        words = translate(
            "Downloads", "The download folder {folder} no longer exists or cannot be created."
        )
        kind = "folder_missing"
    else:
        words = translate("Downloads", "The video could not be saved in {folder}: {reason}.")
        kind = "disk"
    message = words.format(folder=folder, reason=exc.strerror or exc)
    return DownloadError(message, kind=kind, detail=f"{type(exc).__name__}: {exc}")


_MOVING = threading.Lock()  # a free name is checked and taken in one step


def move_into_place(temp: Path, final: Path) -> bool:
    """Rename ``temp`` to ``final``; False (and nothing moved) when ``final`` exists, since
    ``os.replace`` would silently destroy whatever file already has that name.

    Downloads finish in worker threads, and two of them may want the same free name at the
    same moment: without the lock, both could find it free and the second rename would
    replace the first video.
    """
    with _MOVING:
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


class _Stopped(Exception):
    """The download's coroutine was cancelled: the fetching thread stops writing."""


def _settle(future: asyncio.Future[int], result: int | None, error: BaseException | None) -> None:
    if future.done():  # cancelled meanwhile
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result or 0)


class _FileSink:
    """The temporary file a download is written into, from the fetching thread.

    Durability without paying for it at the end: every ``SYNC_EVERY`` bytes, a helper
    thread starts ``fdatasync`` on what is written so far while the download goes on, so
    the disk writes overlap the network and the final ``fsync`` has little left to do.
    Writes are unbuffered: each block the network brought (~0.5 MB at loopback speed) goes
    to the OS as it is, where a buffer would copy every byte once more (~0.1x curl's
    speed). Progress goes to the event loop at most every ``PROGRESS_EVERY`` seconds.
    """

    def __init__(
        self,
        temp: Path,
        loop: asyncio.AbstractEventLoop,
        on_progress: Callable[[int, int | None], None] | None,
        stop: threading.Event,
    ) -> None:
        self.temp = temp
        self.total: int | None = None
        self.received = 0
        self._handle: io.FileIO | None = None
        self._loop = loop
        self._on_progress = on_progress
        self._stop = stop
        self._reported = 0.0
        self._unsynced = 0
        self._syncer: threading.Thread | None = None
        self._sync_error: OSError | None = None

    def begin(self, total: int | None) -> None:
        self.total = total
        self._handle = io.FileIO(self.temp, "wb")
        self._report()

    def write(self, data: bytes) -> None:
        if self._stop.is_set():
            raise _Stopped
        assert self._handle is not None
        left = memoryview(data)
        while left:  # an unbuffered write may take only part
            written = self._handle.write(left)
            if not written:  # never for a file; a loop that cannot end otherwise
                raise OSError(errno.EIO, "the file took no bytes", str(self.temp))
            left = left[written:]
        self.received += len(data)
        self._unsynced += len(data)
        if self._unsynced >= SYNC_EVERY:
            self._start_writeback()
        if time.monotonic() - self._reported >= PROGRESS_EVERY:
            self._report()

    def finish(self) -> None:
        """Everything on the disk (a sync error seen in the background counts here)."""
        assert self._handle is not None
        self._join_syncer()
        os.fsync(self._handle.fileno())
        self._handle.close()
        self._report()

    def close(self) -> None:
        if self._handle is not None and not self._handle.closed:
            self._join_syncer()
            self._handle.close()

    def _start_writeback(self) -> None:
        self._unsynced = 0
        if self._syncer is not None and self._syncer.is_alive():
            return  # still busy: the next one will take more at once
        assert self._handle is not None  # unbuffered: what was written is with the OS
        self._syncer = threading.Thread(
            target=self._sync, args=(self._handle.fileno(),), name="poyo-download-sync", daemon=True
        )
        self._syncer.start()

    def _sync(self, fd: int) -> None:
        try:
            os.fdatasync(fd) if hasattr(os, "fdatasync") else os.fsync(fd)
        except OSError as exc:  # reported once per file by the kernel: keep it for finish
            self._sync_error = exc

    def _join_syncer(self) -> None:
        if self._syncer is not None:
            self._syncer.join()
            self._syncer = None
        if self._sync_error is not None:
            error, self._sync_error = self._sync_error, None
            raise error

    def _report(self) -> None:
        self._reported = time.monotonic()
        if self._on_progress is not None:
            with contextlib.suppress(RuntimeError):  # the loop closed at exit
                self._loop.call_soon_threadsafe(self._on_progress, self.received, self.total)


def _fetch(client: PoyoApi, url: str, sink: _FileSink, stop: threading.Event) -> int:
    """The whole transfer, in a worker thread: bytes never cross the event loop."""
    try:
        received = client.fetch_to(url, sink)
        sink.finish()
        return received
    finally:
        sink.close()
        if stop.is_set():  # cancelled: the coroutine has gone, so clean up here
            with contextlib.suppress(OSError):
                sink.temp.unlink()


async def _fetch_in_thread(
    client: PoyoApi, url: str, sink: _FileSink, stop: threading.Event
) -> int:
    """Run :func:`_fetch` in a thread of its own; cancelling stops it at its next chunk.

    A thread per download rather than the loop's executor: ten downloads must not take
    every worker the store and the checks need.
    """
    loop = asyncio.get_running_loop()
    done: asyncio.Future[int] = loop.create_future()

    def work() -> None:
        give_way_to_the_gui()  # a transfer at loopback speed must not preempt painting
        try:
            result, error = _fetch(client, url, sink, stop), None
        except BaseException as exc:  # handed to the coroutine, whatever it is
            result, error = None, exc
        with contextlib.suppress(RuntimeError):  # the loop closed at exit
            loop.call_soon_threadsafe(_settle, done, result, error)

    threading.Thread(target=work, name="poyo-download", daemon=True).start()
    try:
        return await done
    except asyncio.CancelledError:
        stop.set()
        raise


async def download_video(
    client: PoyoApi,
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
    temp = folder / f".{temp_name or new_id()}.part"
    stop = threading.Event()
    sink = _FileSink(temp, asyncio.get_running_loop(), on_progress, stop)
    try:
        try:
            async with _transfer_gate():
                received = await _fetch_in_thread(client, url, sink, stop)
        except OSError as exc:
            raise disk_error(exc, folder) from None
        await _check_whole(temp, received, sink.total, expected_size, folder)
        try:
            final = await (place or _next_free_name(folder, name))(temp)
        except OSError as exc:
            raise disk_error(exc, folder) from None
        return Downloaded(final, received)
    finally:
        if temp.exists():
            with contextlib.suppress(OSError):
                temp.unlink()


async def _check_whole(
    temp: Path, received: int, total: int | None, expected_size: int | None, folder: Path
) -> None:
    """Every byte came (as the server announced, else as the task said), and they make an
    MP4 video; else :class:`DownloadError`."""
    if expected_size is not None and total is not None and total != expected_size:
        log.warning("download: server announced %d bytes, task said %d", total, expected_size)
    wanted = total if total is not None else expected_size
    if wanted is not None and received != wanted:
        raise DownloadError(
            translate("Downloads", "The download was incomplete. It can be downloaded again."),
            kind="incomplete",
            detail=f"received {received} of {wanted} bytes",
        )
    try:
        await asyncio.to_thread(check_mp4, temp)
    except NotAVideo as exc:
        raise DownloadError(
            translate(
                "Downloads",
                "The downloaded file is not a complete video. It can be downloaded again.",
            ),
            kind="not_video",
            detail=str(exc),
        ) from None
    except OSError as exc:  # e.g. the folder was deleted while the video came in
        raise disk_error(exc, folder) from None


def _next_free_name(folder: Path, name: str) -> Place:
    """The default ``place``: ``name``, or the first numbered variant no file has."""

    async def place(temp: Path) -> Path:
        while True:
            final = unique_path(folder, name)
            if await asyncio.to_thread(move_into_place, temp, final):
                return final

    return place
