"""Pictures written as a video (services/video_writer.py) all arrive, in order, even with
three recorders at once: Qt's frame input takes more than its encoder's queue holds, and
the encoder drops the rest without a word (three at once came out ten frames long)."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QImage, QPainter

from poyo_desktop.services.video_reader import VideoReader
from poyo_desktop.services.video_writer import VideoWriter

SIZE = QSize(320, 180)
COUNT = 72
BITS = 7


def numbered(index: int) -> QImage:
    """A picture showing ``index`` in binary: seven black or white bars."""
    image = QImage(SIZE, QImage.Format.Format_RGB32)
    image.fill(QColor(0, 0, 0))
    painter = QPainter(image)
    for bit in range(BITS):
        if (index >> bit) & 1:
            painter.fillRect(QRect(bit * 40, 0, 40, SIZE.height()), QColor(255, 255, 255))
    painter.end()
    return image


def number_of(image: QImage) -> int:
    return sum(
        1 << bit for bit in range(BITS) if QColor(image.pixel(bit * 40 + 20, 90)).red() > 128
    )


def test_three_videos_written_at_once_keep_every_frame(qapp: object, tmp_path: Path) -> None:
    number_of(numbered(5))  # Qt's types made once here, before the threads use them
    found: dict[int, list[int]] = {}

    def write(which: int) -> None:
        target = tmp_path / f"video-{which}.mp4"
        writer = VideoWriter(target, SIZE, 24.0)
        for index in range(COUNT):
            writer.write(numbered(index))
        writer.finish()
        with VideoReader(target) as reader:
            found[which] = [number_of(frame.image) for frame in reader.read(0)]

    threads = [threading.Thread(target=write, args=(which,)) for which in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert found == {which: list(range(COUNT)) for which in range(3)}
