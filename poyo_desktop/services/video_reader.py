"""Decode a video's frames with QtMultimedia, on the worker thread that asks.

Qt's media player is the only decoder this app has (its FFmpeg is inside PySide6; there is
no ffmpeg program to call). A :class:`VideoReader` makes a player and a video sink on the
calling thread, runs that thread's own event loop while frames arrive, and hands back
whole frames as images, keyed by when they start. It is meant for a worker thread: the
GUI thread never waits on a decode, and gets back only what it shows.

Reading a span seeks to its start and plays fast (no audio output, so nothing is heard
and the clock is free to run ahead) until a frame past its end shows up. A span read
with frames missing (the renderer skipped some) is read again at normal speed. Frames
are decoded by the same code whatever the path to them, so a frame read after a seek is
the same, pixel for pixel, as the frame a full playback shows.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QTimer, QUrl
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QMediaMetaData, QMediaPlayer, QVideoFrame, QVideoSink

from poyo_desktop.core.wording import translate

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

log = logging.getLogger(__name__)

__all__ = ["DecodedFrame", "VideoError", "VideoInfo", "VideoReader"]

FAST = 16.0  # playback rate while reading: every frame still arrives (checked, see read)
DEFAULT_FPS = 24.0  # when the file does not say
OPEN_TIMEOUT_S = 20.0
END_GRACE_MS = 30  # frames already on their way when the end is reported
END_NEAR_MS = 250  # where the player says it is, at the end (it may stop a little short)


class VideoError(Exception):
    """A video that could not be read; the message is plain words for a person."""


@dataclass(frozen=True, slots=True)
class VideoInfo:
    duration_ms: int
    fps: float

    @property
    def frame_us(self) -> float:
        """How long one frame lasts, in microseconds."""
        return 1_000_000 / self.fps


@dataclass(frozen=True, slots=True)
class DecodedFrame:
    """One frame: when it starts (µs from the video's start) and its picture (RGB32)."""

    start_us: int
    image: QImage

    def index(self, fps: float) -> int:
        """The frame's number, counting from 0 at the start."""
        return round(self.start_us * fps / 1_000_000)


class VideoReader:
    """The frames of the video at ``path``, read on the calling (worker) thread.

    Use as a context manager, or call :meth:`close`: the player and sink belong to the
    thread that made them and must go before it ends.
    """

    def __init__(self, path: Path, *, rate: float = FAST) -> None:
        self.path = path
        self._rate = rate
        self._loop = QEventLoop()
        self._player = QMediaPlayer()
        self._sink = QVideoSink()
        self._player.setVideoSink(self._sink)
        self._error = ""
        self._ended = False
        self._span: _Span | None = None
        self._info: VideoInfo | None = None
        self._sink.videoFrameChanged.connect(self._on_frame)
        self._player.mediaStatusChanged.connect(self._on_status)
        self._player.errorOccurred.connect(self._on_error)

    def __enter__(self) -> VideoReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Let go of the file, and delete the player and sink here, on their thread."""
        import shiboken6

        self._span = None
        self._player.stop()
        self._player.setSource(QUrl())
        for made in (self._player, self._sink, self._loop):
            if shiboken6.isValid(made):
                shiboken6.delete(made)

    # -- what the file is ---------------------------------------------------------------------
    def info(self) -> VideoInfo:
        """Its length and frame rate (the file is opened on the first call)."""
        if self._info is None:
            self._info = self._open()
        return self._info

    def _open(self) -> VideoInfo:
        self._player.setSource(QUrl.fromLocalFile(str(self.path)))
        self._run(OPEN_TIMEOUT_S, lambda: self._loaded() or bool(self._error))
        self._raise_error()
        if not self._loaded():
            raise VideoError(translate("VideoReader", "The video took too long to open."))
        rate = self._player.metaData().value(QMediaMetaData.Key.VideoFrameRate)
        fps = float(rate) if isinstance(rate, int | float) and 1 <= rate <= 240 else DEFAULT_FPS
        duration = self._player.duration()
        if duration <= 0:
            raise VideoError(
                translate("VideoReader", "The video has no length: the file may be incomplete.")
            )
        return VideoInfo(duration, fps)

    def _loaded(self) -> bool:
        status = self._player.mediaStatus()
        return status in (
            QMediaPlayer.MediaStatus.LoadedMedia,
            QMediaPlayer.MediaStatus.BufferedMedia,
            QMediaPlayer.MediaStatus.EndOfMedia,
        )

    # -- frames -------------------------------------------------------------------------------
    def read(self, start_us: int, end_us: int | None = None) -> list[DecodedFrame]:
        """The frames that start in ``[start_us, end_us)`` (to the end when None), in order."""
        info = self.info()
        frames = self._read_at(start_us, end_us, self._rate)
        if self._rate > 1 and _has_gaps(frames, start_us, end_us, info):
            log.info("frames were skipped reading %s fast; reading again", self.path.name)
            frames = self._read_at(start_us, end_us, 1.0)
        return frames

    def last(self) -> DecodedFrame:
        """The video's last frame."""
        info = self.info()
        for back_ms in (250, 2000, info.duration_ms):
            frames = self.read(max(0, info.duration_ms - back_ms) * 1000)
            if frames:
                return frames[-1]
        raise VideoError(translate("VideoReader", "No picture could be read from the video."))

    def at(self, ms: int) -> DecodedFrame:
        """The frame shown at ``ms`` (the last one when ``ms`` is past the end)."""
        info = self.info()
        if ms >= info.duration_ms:
            return self.last()
        start = int(ms * 1000 - info.frame_us)  # the frame holding ``ms`` starts before it
        frames = [f for f in self.read(max(0, start), ms * 1000 + 1)]
        if not frames:
            raise VideoError(
                translate("VideoReader", "No picture could be read at that moment of the video.")
            )
        return frames[-1]

    def _read_at(self, start_us: int, end_us: int | None, rate: float) -> list[DecodedFrame]:
        info = self.info()
        span = self._span = _Span(start_us, end_us)
        self._ended = False
        self._player.setPlaybackRate(rate)
        self._player.setPosition(start_us // 1000)
        self._player.play()
        length_s = ((end_us or info.duration_ms * 1000) - start_us) / 1_000_000
        self._run(OPEN_TIMEOUT_S + length_s / rate * 2, lambda: span.done or bool(self._error))
        self._span = None
        self._player.pause()
        self._raise_error()
        if not span.done:
            raise VideoError(translate("VideoReader", "Reading the video took too long."))
        return [DecodedFrame(t, span.images[t]) for t in sorted(span.images)]

    # -- the player's signals (this thread's loop) --------------------------------------------
    def _on_frame(self, frame: QVideoFrame) -> None:
        span = self._span
        if span is None or span.done or not frame.isValid():
            return
        start = frame.startTime()
        if start < span.start_us:
            return
        if span.end_us is not None and start >= span.end_us:
            # Past the end. Only once a frame of the span came: a frame still on its way
            # from before the seek can be later than the span too.
            if span.images:
                span.done = True
                self._loop.quit()
            return
        if start not in span.images:
            span.images[start] = frame.toImage().convertToFormat(QImage.Format.Format_RGB32)

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.InvalidMedia:
            self._error = self._error or translate(
                "VideoReader", "This file is not a video the app can read."
            )
            self._loop.quit()
        elif status == QMediaPlayer.MediaStatus.EndOfMedia and self._span is not None:
            QTimer.singleShot(END_GRACE_MS, self._end_reached)
        elif status == QMediaPlayer.MediaStatus.LoadedMedia:
            self._loop.quit()

    def _end_reached(self) -> None:
        """The end, unless the news is from before this span's seek (a read that stopped
        just short of the end, then a seek back): the player is then far from its end."""
        span, info = self._span, self._info
        if span is None or info is None:
            return
        if self._player.position() >= info.duration_ms - END_NEAR_MS:
            span.done = True
            self._loop.quit()

    def _on_error(self, error: QMediaPlayer.Error, detail: str) -> None:
        if error != QMediaPlayer.Error.NoError:
            log.warning("cannot read %s: %s (%s)", self.path, detail, error)
            self._error = translate(
                "VideoReader", "The video could not be read: the file may be damaged or incomplete."
            )
            self._loop.quit()

    def _raise_error(self) -> None:
        if self._error:
            raise VideoError(self._error)

    def _run(self, timeout_s: float, finished: Callable[[], bool]) -> None:
        """Run this thread's event loop until ``finished()`` or ``timeout_s``."""
        if finished():
            return
        watchdog = QTimer()
        watchdog.setSingleShot(True)
        watchdog.timeout.connect(self._loop.quit)
        watchdog.start(round(timeout_s * 1000))
        while not finished() and watchdog.isActive():
            self._loop.exec()
        watchdog.stop()


class _Span:
    """One read in progress: its bounds, the frames so far, and whether it is over."""

    __slots__ = ("done", "end_us", "images", "start_us")

    def __init__(self, start_us: int, end_us: int | None) -> None:
        self.start_us = start_us
        self.end_us = end_us
        self.images: dict[int, QImage] = {}
        self.done = False


def _has_gaps(
    frames: list[DecodedFrame], start_us: int, end_us: int | None, info: VideoInfo
) -> bool:
    """Whether frames seem to be missing: a hole longer than a frame and a half between two,
    at the start of the span, or at its end (the video's end, give or take two frames, for
    a span to the end)."""
    limit = info.frame_us * 1.5
    if not frames:
        return True
    times = [start_us, *(f.start_us for f in frames)]
    if end_us is not None:
        times.append(min(end_us, info.duration_ms * 1000))
    elif frames[-1].start_us < info.duration_ms * 1000 - 2 * info.frame_us - limit:
        return True
    return any(later - earlier > limit for earlier, later in pairwise(times))
