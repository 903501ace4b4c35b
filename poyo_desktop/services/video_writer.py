"""Encode pictures into an MP4 with QtMultimedia, on the worker thread that asks.

Qt's recorder is fed one picture at a time through a frame input; a picture the input
cannot take yet waits (this thread's event loop runs) until the input is ready again.
The input's word is not enough: it may take more pictures than the encoder's queue holds
(ten), and the encoder then drops them, silently (a loop came out with two frames
missing; three recorders at once, with all but ten). So no picture is sent while
``IN_FLIGHT`` wait in the queue, as told by how far the recorder has got.
The end is an empty frame: with the recorder told to stop once its input ends, it
encodes every queued picture before it closes the file (a stop called directly may drop
the last pictures still queued). The LGPL FFmpeg inside Qt has no H.264 encoder, so this
writes MPEG-4 Part 2, which every player plays, at the recorder's highest quality.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QSize, QTimer, QUrl
from PySide6.QtMultimedia import (
    QMediaCaptureSession,
    QMediaFormat,
    QMediaRecorder,
    QVideoFrame,
    QVideoFrameFormat,
    QVideoFrameInput,
)

from poyo_desktop.core.wording import translate
from poyo_desktop.services.video_reader import VideoError

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from PySide6.QtGui import QImage

log = logging.getLogger(__name__)

__all__ = ["VideoWriter"]

WAIT_S = 30.0  # for the input to take a picture, and for the file to be closed
IN_FLIGHT = 6  # pictures sent and not yet encoded, at most (the encoder's queue holds 10)


class VideoWriter:
    """Writes RGB32 pictures of ``size`` as a ``fps`` video to ``target`` (an .mp4)."""

    def __init__(self, target: Path, size: QSize, fps: float) -> None:
        self.target = target
        self._frame_us = 1_000_000 / fps
        self._written = 0
        self._error = ""  # what the person is told of the encoder's failure, once it failed
        self._ready = False
        self._loop = QEventLoop()
        frame_format = QVideoFrameFormat(size, QVideoFrameFormat.PixelFormat.Format_BGRX8888)
        self._input = QVideoFrameInput(frame_format)
        self._session = QMediaCaptureSession()
        self._session.setVideoFrameInput(self._input)
        self._recorder = recorder = QMediaRecorder()
        self._session.setRecorder(recorder)
        media_format = QMediaFormat(QMediaFormat.FileFormat.MPEG4)
        media_format.setVideoCodec(QMediaFormat.VideoCodec.MPEG4)
        recorder.setMediaFormat(media_format)
        recorder.setVideoFrameRate(fps)
        recorder.setVideoResolution(size)
        recorder.setQuality(QMediaRecorder.Quality.VeryHighQuality)
        recorder.setEncodingMode(QMediaRecorder.EncodingMode.ConstantQualityEncoding)
        recorder.setAutoStop(True)  # once the input says it ended (see finish)
        recorder.setOutputLocation(QUrl.fromLocalFile(str(target)))
        self._input.readyToSendVideoFrame.connect(self._on_ready)
        recorder.errorOccurred.connect(self._on_error)
        recorder.recorderStateChanged.connect(lambda _state: self._loop.quit())
        recorder.durationChanged.connect(lambda _ms: self._loop.quit())
        recorder.record()

    def write(self, image: QImage) -> None:
        """Add ``image`` as the next frame; raises VideoError when the encoder fails."""
        waited = self._written - IN_FLIGHT
        if waited > 0:
            self._run(lambda: self._encoded() >= waited or bool(self._error))
            self._raise_error()
            if self._encoded() < waited:
                raise VideoError(
                    translate(
                        "VideoWriter", "The new video could not be written: the encoder stopped."
                    )
                )
        frame = QVideoFrame(image)
        frame.setStartTime(round(self._written * self._frame_us))
        frame.setEndTime(round((self._written + 1) * self._frame_us))
        self._send(frame)
        self._written += 1

    def finish(self) -> None:
        """Encode what is queued and close the file; raises VideoError if it fails."""
        self._send(QVideoFrame())  # the end of the input: the recorder stops by itself
        self._run(lambda: self._stopped() or bool(self._error))
        self._raise_error()
        if not self._stopped():
            raise VideoError(translate("VideoWriter", "The new video took too long to write."))
        self._close()

    def abort(self) -> None:
        """Stop without finishing (the file left behind is the caller's to delete)."""
        if not self._stopped():
            self._recorder.stop()
            self._run(self._stopped)
        self._close()

    # -- internals ----------------------------------------------------------------------------
    def _send(self, frame: QVideoFrame) -> None:
        while True:
            self._raise_error()
            self._ready = False
            if self._input.sendVideoFrame(frame):
                return
            self._run(lambda: self._ready or bool(self._error))
            if not self._ready and not self._error:
                raise VideoError(translate("VideoWriter", "The encoder stopped taking pictures."))

    def _encoded(self) -> int:
        """How many pictures the encoder has taken (its time is the latest one's start)."""
        ms = self._recorder.duration()
        return 0 if ms <= 0 else round(ms * 1000 / self._frame_us) + 1

    def _stopped(self) -> bool:
        return self._recorder.recorderState() == QMediaRecorder.RecorderState.StoppedState

    def _on_ready(self) -> None:
        self._ready = True
        self._loop.quit()

    def _on_error(self, _error: QMediaRecorder.Error, detail: str) -> None:
        log.warning("encoding %s failed: %s", self.target.name, detail)
        if detail:  # Qt's own words for it
            self._error = translate(
                "VideoWriter", "The new video could not be written: {reason}."
            ).format(reason=detail)
        else:
            self._error = translate(
                "VideoWriter", "The new video could not be written: the encoder failed."
            )
        self._loop.quit()

    def _raise_error(self) -> None:
        if self._error:
            raise VideoError(self._error)

    def _run(self, finished: Callable[[], bool]) -> None:
        watchdog = QTimer()
        watchdog.setSingleShot(True)
        watchdog.timeout.connect(self._loop.quit)
        watchdog.start(round(WAIT_S * 1000))
        while not finished() and watchdog.isActive():
            self._loop.exec()
        watchdog.stop()

    def _close(self) -> None:
        """Delete the recorder, session and input here, on their thread."""
        import shiboken6

        for made in (self._recorder, self._session, self._input, self._loop):
            if shiboken6.isValid(made):
                shiboken6.delete(made)
