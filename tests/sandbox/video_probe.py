"""Decode an MP4 with Qt Multimedia (as the app's player will) and report what it contains."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage
from PySide6.QtMultimedia import QMediaPlayer, QVideoFrame, QVideoSink


@dataclass
class VideoFacts:
    duration_ms: int = 0
    frames: int = 0
    sizes: set[tuple[int, int]] = field(default_factory=set)
    first: QImage | None = None
    last: QImage | None = None
    error: str = ""


def mean_colour(image: QImage) -> tuple[int, int, int]:
    pixel = QColor(image.scaled(1, 1).pixel(0, 0))  # smooth-free average is close enough
    return pixel.red(), pixel.green(), pixel.blue()


def average_colour(image: QImage) -> tuple[int, int, int]:
    """Mean colour over a coarse grid (robust, unlike a 1-pixel scale)."""
    small = image.convertToFormat(QImage.Format.Format_RGB32)
    total = [0, 0, 0]
    count = 0
    step_x = max(1, small.width() // 16)
    step_y = max(1, small.height() // 16)
    for y in range(0, small.height(), step_y):
        for x in range(0, small.width(), step_x):
            c = QColor(small.pixel(x, y))
            total[0] += c.red()
            total[1] += c.green()
            total[2] += c.blue()
            count += 1
    return total[0] // count, total[1] // count, total[2] // count


def probe(path: Path, qtbot, rate: float = 8.0, timeout_ms: int = 20_000) -> VideoFacts:
    """Play ``path`` at ``rate``× into a video sink, counting every valid frame."""
    facts = VideoFacts()
    player = QMediaPlayer()
    sink = QVideoSink()
    player.setVideoSink(sink)

    def on_frame(frame: QVideoFrame) -> None:
        if not frame.isValid():
            return
        facts.frames += 1
        facts.sizes.add((frame.width(), frame.height()))
        image = frame.toImage()
        if facts.first is None:
            facts.first = image
        facts.last = image

    def on_error() -> None:
        facts.error = player.errorString() or "playback error"

    sink.videoFrameChanged.connect(on_frame)
    player.errorOccurred.connect(on_error)
    player.setSource(QUrl.fromLocalFile(str(path)))
    player.setPlaybackRate(rate)
    player.play()
    qtbot.waitUntil(
        lambda: (
            bool(facts.error)
            or player.mediaStatus()
            in (QMediaPlayer.MediaStatus.EndOfMedia, QMediaPlayer.MediaStatus.InvalidMedia)
        ),
        timeout=timeout_ms,
    )
    facts.duration_ms = player.duration()
    player.stop()
    sink.videoFrameChanged.disconnect(on_frame)
    player.setVideoSink(None)
    return facts
