"""Frames of finished videos, kept as pictures of the history: the next video's start
("Continue from the last frame"), or a start or end taken from the player.

A frame is written as a lossless PNG and kept like every picture a job uses (one copy per
content in the history's ``images`` folder, see store/images.py); the history also notes
which video and moment it came from (store/chains.py), so a video made from it continues
that one. Decoding, converting and writing run on worker threads: the window only hears
the kept picture's path. QtMultimedia itself is imported on those threads, on first use.
"""

from __future__ import annotations

import asyncio
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from poyo_desktop.core.wording import translate

if TYPE_CHECKING:
    from collections.abc import Awaitable

    from PySide6.QtGui import QImage
    from PySide6.QtMultimedia import QVideoFrame

    from poyo_desktop.core.job import Job

log = logging.getLogger(__name__)

__all__ = [
    "Comparison",
    "FrameKeeper",
    "FrameStore",
    "TakenFrame",
    "compare",
    "frame_name",
    "write_png",
]


class FrameStore(Protocol):
    """What keeping a frame needs of the history (AsyncJobStore has it)."""

    def keep_image(self, source: Path) -> Awaitable[Path]: ...
    def remember_frame(self, image: Path, job_id: str, at_ms: int) -> Awaitable[None]: ...


@dataclass(frozen=True, slots=True)
class TakenFrame:
    """A frame kept with the history: ``path`` is the kept PNG, ``original`` the name it
    goes by (beside the video, never written), ``at_ms`` and ``index`` where it was."""

    path: Path
    original: Path
    at_ms: int
    index: int


def frame_name(video: Path, index: int, *, last: bool = False) -> str:
    """``last frame of waves.png`` or ``frame 77 of waves.png``: what the picture is called
    (which frame first: a slot too narrow for the whole name elides its middle)."""
    if last:
        return translate("Frames", "last frame of {name}").format(name=f"{video.stem}.png")
    return translate("Frames", "frame {index} of {name}").format(
        index=index, name=f"{video.stem}.png"
    )


def write_png(image: QImage, folder: Path) -> Path:
    """``image`` as a lossless 8-bit RGB PNG in ``folder`` (a new name); raises OSError."""
    from PySide6.QtGui import QImage

    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"frame-{os.urandom(16).hex()}.png"
    opaque = image.convertToFormat(QImage.Format.Format_RGB888)
    if not opaque.save(str(target)):
        target.unlink(missing_ok=True)
        raise OSError(f"could not write the picture {target.name}")
    return target


class FrameKeeper:
    """Takes frames of finished videos and keeps them as pictures of the history.

    ``work_dir`` holds each PNG for the moment before it is kept (a cache folder).
    """

    def __init__(self, store: FrameStore, work_dir: Path) -> None:
        self._store = store
        self._work_dir = work_dir

    async def keep_last_frame(self, job: Job) -> TakenFrame:
        """The last frame of ``job``'s video, kept; raises VideoError (plain words) or
        OSError/StoreError when it cannot be written."""
        video = _video_of(job)
        png, at_ms, index = await asyncio.to_thread(_last_frame_png, video, self._work_dir)
        taken = await self._keep(job, png, at_ms, index, frame_name(video, index, last=True))
        log.info("kept the last frame (%d) of job %s", index, job.id)
        return taken

    async def keep_frame(self, job: Job, frame: QVideoFrame, fps: float) -> TakenFrame:
        """``frame`` (shown by the player for ``job``'s video), kept."""
        video = _video_of(job)
        start_us = max(0, frame.startTime())
        index = round(start_us * fps / 1_000_000)
        png = await asyncio.to_thread(_frame_png, frame, self._work_dir)
        return await self._keep(job, png, start_us // 1000, index, frame_name(video, index))

    async def _keep(self, job: Job, png: Path, at_ms: int, index: int, name: str) -> TakenFrame:
        try:
            kept = await self._store.keep_image(png)
        finally:
            await asyncio.to_thread(png.unlink, missing_ok=True)
        await self._store.remember_frame(kept, job.id, at_ms)
        original = _video_of(job).with_name(name)
        return TakenFrame(kept, original, at_ms, index)


def _video_of(job: Job) -> Path:
    from poyo_desktop.services.video_reader import VideoError

    if not job.output_path or not Path(job.output_path).is_file():
        raise VideoError(
            translate("Frames", "The video file is missing: it may have been moved or deleted.")
        )
    return Path(job.output_path)


# -- on a worker thread -----------------------------------------------------------------------


def _last_frame_png(video: Path, folder: Path) -> tuple[Path, int, int]:
    from poyo_desktop.runtime.thread_priority import give_way_to_the_gui
    from poyo_desktop.services.video_reader import VideoReader

    give_way_to_the_gui()
    with VideoReader(video) as reader:
        last = reader.last()
        index = last.index(reader.info().fps)
        return write_png(last.image, folder), last.start_us // 1000, index


def _frame_png(frame: QVideoFrame, folder: Path) -> Path:
    from poyo_desktop.services.video_reader import VideoError

    image = frame.toImage()
    if image.isNull():
        raise VideoError(
            translate("Frames", "The frame on screen could not be read. Try again once it shows.")
        )
    return write_png(image, folder)


@dataclass(frozen=True, slots=True)
class Comparison:
    """A finished video's pictures beside its frames, each at most ``COMPARE_EDGE`` wide
    or high: the start image and the first frame, and (on Pro, when it ended on one) the
    end image and the last frame. A picture that is gone is None."""

    start: QImage | None
    first: QImage
    end: QImage | None
    last: QImage


COMPARE_EDGE = 480


async def compare(job: Job) -> Comparison:
    """``job``'s pictures and its video's first and last frames, read on a worker thread;
    raises VideoError (plain words)."""
    video = _video_of(job)
    start = job.start_image or job.start_image_original
    end = (job.end_image or job.end_image_original) if job.sends_end_image else None
    return await asyncio.to_thread(_compare, video, start, end)


def _compare(video: Path, start: str | None, end: str | None) -> Comparison:
    from poyo_desktop.runtime.thread_priority import give_way_to_the_gui
    from poyo_desktop.services.video_reader import VideoReader

    give_way_to_the_gui()
    with VideoReader(video) as reader:
        first = reader.read(0, int(reader.info().frame_us) + 1)
        last = reader.last()
    if not first:
        from poyo_desktop.services.video_reader import VideoError

        raise VideoError(translate("VideoReader", "No picture could be read from the video."))
    return Comparison(
        _small_picture(start), _small(first[0].image), _small_picture(end), _small(last.image)
    )


def _small(image: QImage) -> QImage:
    from PySide6.QtCore import Qt

    if max(image.width(), image.height()) <= COMPARE_EDGE:
        return image
    return image.scaled(
        COMPARE_EDGE,
        COMPARE_EDGE,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


def _small_picture(path: str | None) -> QImage | None:
    """The picture at ``path``, upright and small; None when it is not there."""
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtGui import QImageReader

    if not path or not Path(path).is_file():
        return None
    reader = QImageReader(path)
    reader.setAutoTransform(True)  # as the service sees it: EXIF rotation applied
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > COMPARE_EDGE:
        edge = QSize(COMPARE_EDGE, COMPARE_EDGE)
        reader.setScaledSize(size.scaled(edge, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else image
