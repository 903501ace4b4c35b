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
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from collections.abc import Awaitable

    from PySide6.QtGui import QImage
    from PySide6.QtMultimedia import QVideoFrame

    from poyo_desktop.core.job import Job

log = logging.getLogger(__name__)

__all__ = ["FrameKeeper", "FrameStore", "TakenFrame", "frame_name", "write_png"]


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
    """``waves (last frame).png`` or ``waves (frame 77).png``: what the picture is called."""
    which = "last frame" if last else f"frame {index}"
    return f"{video.stem} ({which}).png"


def write_png(image: QImage, folder: Path) -> Path:
    """``image`` as a lossless 8-bit RGB PNG in ``folder`` (a new name); raises OSError."""
    from PySide6.QtGui import QImage

    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"frame-{uuid.uuid4().hex}.png"
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
        raise VideoError("The video file is missing: it may have been moved or deleted.")
    return Path(job.output_path)


# -- on a worker thread -----------------------------------------------------------------------


def _last_frame_png(video: Path, folder: Path) -> tuple[Path, int, int]:
    from poyo_desktop.services.video_reader import VideoReader

    with VideoReader(video) as reader:
        last = reader.last()
        index = last.index(reader.info().fps)
        return write_png(last.image, folder), last.start_us // 1000, index


def _frame_png(frame: QVideoFrame, folder: Path) -> Path:
    from poyo_desktop.services.video_reader import VideoError

    image = frame.toImage()
    if image.isNull():
        raise VideoError("The frame on screen could not be read. Try again once it shows.")
    return write_png(image, folder)
