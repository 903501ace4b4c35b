"""A finished video as a seamless loop: forward, then backward, in a new file beside it.

The loop plays every frame once forward and then back, leaving out the two turning
frames the second time (the last, just shown, and the first, which the next round
starts with), so it repeats without a stutter. The video is read in short spans (a
backward span is read forward, then written in reverse), so memory stays at a span's
pictures whatever the video's length; it is re-encoded at the encoder's highest quality
(services/video_writer.py). It all runs on one worker thread, lowered below the GUI
thread; the file appears under its name only once it is whole.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from poyo_desktop.core.wording import translate

if TYPE_CHECKING:
    from poyo_desktop.services.video_reader import DecodedFrame, VideoReader
    from poyo_desktop.services.video_writer import VideoWriter

log = logging.getLogger(__name__)

__all__ = ["LoopCancelled", "LoopExport", "loop_name"]

SPAN_US = 500_000  # read half a second at a time: a dozen 1080p pictures, ~100 MB at most

Progress = Callable[[int, int], None]  # frames written, frames in all


class LoopCancelled(Exception):
    """The person stopped the export; nothing was left behind."""


def loop_name(video: Path) -> str:
    """``waves loop.mp4`` for ``waves.mp4``."""
    return f"{video.stem} loop.mp4"


@dataclass
class LoopExport:
    """One export of ``video`` as a loop, started with :meth:`run` (awaitable).

    ``progress`` hears (frames written, frames in all) on the event loop's thread;
    :meth:`cancel` stops it between two frames.
    """

    video: Path
    progress: Progress | None = None

    def __post_init__(self) -> None:
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    async def run(self) -> Path:
        """The loop's path once written; raises VideoError (plain words), OSError or
        :class:`LoopCancelled`."""
        loop = asyncio.get_running_loop()
        heard = self.progress

        def report(done: int, total: int) -> None:
            if heard is not None:
                loop.call_soon_threadsafe(heard, done, total)

        return await asyncio.to_thread(export_loop, self.video, report, self._cancelled)


def export_loop(video: Path, progress: Progress, cancelled: threading.Event) -> Path:
    """Write ``video`` as a loop beside it (a worker thread's work); its path."""
    from poyo_desktop.runtime.thread_priority import give_way_to_the_gui
    from poyo_desktop.services.downloads import move_into_place
    from poyo_desktop.services.mp4check import check_mp4
    from poyo_desktop.services.naming import unique_path
    from poyo_desktop.services.video_reader import VideoReader

    give_way_to_the_gui()  # and the decoder's and encoder's threads, made from this one
    temp = video.with_name(f".{video.stem}-{os.urandom(4).hex()}.loop.mp4")
    try:
        with VideoReader(video) as reader:
            written = _write(reader, temp, progress, cancelled)
            fps = reader.info().fps
        check_mp4(temp)
        _check_length(temp, written, fps)
        while True:
            final = unique_path(video.parent, loop_name(video))
            if move_into_place(temp, final):
                log.info("wrote a loop of %s as %s", video.name, final.name)
                return final
    finally:
        temp.unlink(missing_ok=True)


def _write(reader: VideoReader, temp: Path, progress: Progress, cancelled: threading.Event) -> int:
    """Write the loop's frames to ``temp``; how many."""
    from PySide6.QtCore import QSize

    from poyo_desktop.services.video_writer import VideoWriter

    info = reader.info()
    count = max(1, round(info.duration_ms * info.fps / 1000))
    total = max(1, 2 * count - 2)
    writer: VideoWriter | None = None
    written = 0
    try:
        for frame in _loop_frames(reader):
            if cancelled.is_set():
                raise LoopCancelled
            if writer is None:
                size = QSize(frame.image.width(), frame.image.height())
                writer = VideoWriter(temp, size, info.fps)
            writer.write(frame.image)
            written += 1
            progress(written, max(total, written))
        if writer is None:
            from poyo_desktop.services.video_reader import VideoError

            raise VideoError(translate("VideoReader", "No picture could be read from the video."))
        writer.finish()
    except BaseException:
        if writer is not None:
            writer.abort()
        raise
    return written


def _check_length(loop: Path, frames: int, fps: float) -> None:
    """The file written is as long as the frames sent: none was lost on the way."""
    from poyo_desktop.services.video_reader import VideoError, VideoReader

    with VideoReader(loop) as reader:
        length = reader.info().duration_ms
    if abs(length - frames * 1000 / fps) > 2000 / fps:
        log.warning("a loop of %d frames came out %d ms long", frames, length)
        raise VideoError(translate("LoopExport", "The loop came out incomplete. Please try again."))


def _loop_frames(reader: VideoReader) -> Iterator[DecodedFrame]:
    """Every frame forward, then backward without the two turning frames."""
    info = reader.info()
    starts = list(range(0, info.duration_ms * 1000, SPAN_US))
    spans: list[tuple[int, int | None]] = list(pairwise(starts))
    spans.append((starts[-1], None))  # the last span runs to the end, whatever it says
    first = last = None
    for a, b in spans:
        for frame in reader.read(a, b):
            first = frame.start_us if first is None else first
            last = frame.start_us
            yield frame
    for a, b in reversed(spans):
        for frame in reversed(reader.read(a, b)):
            if frame.start_us not in (first, last):
                yield frame
