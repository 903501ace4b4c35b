"""Real MP4 files for tests, encoded by Qt's bundled FFmpeg.

Tests play genuine files rather than mocks so that decoding, durations and file handles
behave as they do for a person. The LGPL FFmpeg inside the Qt wheel has no H.264 encoder,
so these are MPEG-4 Part 2 in an MP4 container — the same thing the local sandbox makes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QRect, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtMultimedia import (
    QMediaCaptureSession,
    QMediaFormat,
    QMediaRecorder,
    QVideoFrame,
    QVideoFrameFormat,
    QVideoFrameInput,
)
from PySide6.QtWidgets import QApplication

__all__ = ["make_corrupt_video", "make_photo", "make_video"]


def _ensure_app() -> QCoreApplication:
    """Recording needs an application object; a widgets one so later widget tests still work."""
    app = QCoreApplication.instance()
    return app if app is not None else QApplication(sys.argv[:1])


def _frame_image(index: int, count: int, size: tuple[int, int]) -> QImage:
    """A frame that changes visibly every time, so decoders cannot collapse frames."""
    width, height = size
    image = QImage(width, height, QImage.Format.Format_RGBA8888)
    image.fill(QColor.fromHsv((index * 360 // max(count, 1)) % 360, 160, 200))
    painter = QPainter(image)
    box = max(8, height // 4)
    x = (width - box) * index // max(count - 1, 1)
    painter.fillRect(QRect(x, (height - box) // 2, box, box), Qt.GlobalColor.white)
    font = QFont()
    font.setPixelSize(max(8, height // 6))
    painter.setFont(font)
    painter.setPen(Qt.GlobalColor.black)
    painter.drawText(QRect(0, 0, width, height // 3), Qt.AlignmentFlag.AlignCenter, str(index))
    painter.end()
    return image


def make_video(
    path: str | Path,
    seconds: float = 1.0,
    fps: int = 24,
    size: tuple[int, int] = (160, 90),
    timeout: float = 20.0,
) -> Path:
    """Encode ``seconds`` of moving colour frames to an MPEG-4 MP4 at ``path`` and return it.

    Runs a local event loop until the recorder has closed the file, so the file is complete
    (and playable) when this returns. Raises ``RuntimeError`` if Qt cannot record.
    """
    _ensure_app()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    count = max(1, round(seconds * fps))
    width, height = size

    frame_input = QVideoFrameInput(
        QVideoFrameFormat(QSize(width, height), QVideoFrameFormat.PixelFormat.Format_RGBA8888)
    )
    session = QMediaCaptureSession()
    session.setVideoFrameInput(frame_input)
    recorder = QMediaRecorder()
    session.setRecorder(recorder)
    media_format = QMediaFormat(QMediaFormat.FileFormat.MPEG4)
    media_format.setVideoCodec(QMediaFormat.VideoCodec.MPEG4)
    recorder.setMediaFormat(media_format)
    recorder.setVideoFrameRate(fps)
    recorder.setVideoResolution(QSize(width, height))
    recorder.setQuality(QMediaRecorder.Quality.HighQuality)
    recorder.setOutputLocation(QUrl.fromLocalFile(str(path.resolve())))

    loop = QEventLoop()
    sent = 0
    errors: list[str] = []

    def send() -> None:
        nonlocal sent
        while sent < count:
            frame = QVideoFrame(_frame_image(sent, count, size))
            frame.setStartTime(int(sent * 1_000_000 / fps))
            frame.setEndTime(int((sent + 1) * 1_000_000 / fps))
            if not frame_input.sendVideoFrame(frame):
                return  # the encoder's queue is full; readyToSendVideoFrame calls us again
            sent += 1
        # Every frame is queued: stop once the encoder has taken them all (see wait_then_stop).
        wait_then_stop(recorder, count, fps)

    def on_state(state: QMediaRecorder.RecorderState) -> None:
        if state == QMediaRecorder.RecorderState.StoppedState:
            loop.quit()

    def on_error(_error: QMediaRecorder.Error, message: str) -> None:
        errors.append(message)
        loop.quit()

    frame_input.readyToSendVideoFrame.connect(send)
    recorder.recorderStateChanged.connect(on_state)
    recorder.errorOccurred.connect(on_error)
    QTimer.singleShot(int(timeout * 1000), loop.quit)
    recorder.record()
    QTimer.singleShot(0, send)
    loop.exec()

    if errors:
        raise RuntimeError(f"could not record {path}: {'; '.join(errors)}")
    if recorder.recorderState() != QMediaRecorder.RecorderState.StoppedState:
        recorder.stop()
        raise RuntimeError(f"recording {path} did not finish within {timeout} s")
    if not path.is_file() or path.stat().st_size == 0:
        raise RuntimeError(f"the recorder wrote nothing to {path}")
    return path


def wait_then_stop(
    recorder: QMediaRecorder, frames: int, fps: int, patience_ms: int = 5000
) -> None:
    """Stop ``recorder`` once it has encoded ``frames`` frames, not as soon as they are queued:
    a stop while frames wait in the encoder's queue may drop them (a 1 s clip came out
    0.58 s long). Stops anyway after ``patience_ms``, so a stuck encoder cannot hang a test."""
    if recorder.recorderState() == QMediaRecorder.RecorderState.StoppedState:
        return
    last_frame_ms = (frames - 1) * 1000 // fps

    def check(*_args: object) -> None:
        if recorder.recorderState() == QMediaRecorder.RecorderState.StoppedState:
            return
        if recorder.duration() >= last_frame_ms:
            recorder.stop()

    recorder.durationChanged.connect(check)
    QTimer.singleShot(patience_ms, recorder, recorder.stop)  # cancelled if it is gone
    check()


def make_corrupt_video(path: str | Path) -> Path:
    """An ``.mp4`` that starts like one and then is noise: what a broken download looks like."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    header = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"
    path.write_bytes(header + bytes((i * 37 + 11) % 251 for i in range(4096)))
    return path


def make_photo(path: str | Path, size: tuple[int, int] = (320, 240), hue: int = 200) -> Path:
    """A simple PNG standing in for the person's photo in still-view tests."""
    _ensure_app()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    image.fill(QColor.fromHsv(hue, 120, 220))
    painter = QPainter(image)
    painter.setBrush(QColor.fromHsv((hue + 180) % 360, 160, 160))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(image.rect().center(), size[0] // 5, size[1] // 5)
    painter.end()
    if not image.save(str(path)):
        raise RuntimeError(f"could not write {path}")
    return path
