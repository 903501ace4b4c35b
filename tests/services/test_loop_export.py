"""A finished video as a seamless loop (services/loop_export.py): every frame forward, then
back without the turning frames, re-encoded close to the original, beside it, whole."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from poyo_desktop.services.loop_export import LoopCancelled, LoopExport, export_loop
from poyo_desktop.services.video_reader import VideoReader
from tests.videos import make_video

COUNT = 24  # one second at 24 frames a second


def thumb(image: QImage) -> list[int]:
    small = image.scaled(40, 24, Qt.AspectRatioMode.IgnoreAspectRatio)
    small = small.convertToFormat(QImage.Format.Format_RGB32)
    values: list[int] = []
    for y in range(small.height()):
        for x in range(small.width()):
            colour = QColor(small.pixel(x, y))
            values += [colour.red(), colour.green(), colour.blue()]
    return values


def difference(a: list[int], b: list[int]) -> float:
    """Mean difference of two thumbnails, in levels (0-255)."""
    return sum(abs(x - y) for x, y in zip(a, b, strict=True)) / len(a)


def frames_of(video: Path) -> list[list[int]]:
    def read() -> list[list[int]]:
        with VideoReader(video) as reader:
            return [thumb(frame.image) for frame in reader.read(0)]

    return asyncio.run(asyncio.to_thread(read))


@pytest.fixture
def video(tmp_path: Path, qapp: object) -> Path:
    return make_video(tmp_path / "videos" / "waves.mp4", seconds=1.0, fps=24, size=(320, 180))


def test_the_loop_plays_forward_then_back_and_joins_seamlessly(video: Path) -> None:
    heard: list[tuple[int, int]] = []

    async def run() -> Path:
        return await LoopExport(video, lambda done, total: heard.append((done, total))).run()

    loop = asyncio.run(run())
    assert loop == video.with_name("waves loop.mp4")
    assert heard[-1] == (2 * COUNT - 2, 2 * COUNT - 2)
    source, looped = frames_of(video), frames_of(loop)
    assert len(source) == COUNT and len(looped) == 2 * COUNT - 2
    expected = list(range(COUNT)) + list(range(COUNT - 2, 0, -1))
    for shown, wanted in zip(looped, expected, strict=True):
        # Each frame of the loop is the source frame it should be (closest of them all),
        # and close to it: re-encoded at high quality.
        nearest = min(range(COUNT), key=lambda index: difference(shown, source[index]))
        assert nearest == wanted
        assert difference(shown, source[wanted]) < 4
    # Played again and again, the last frame leads back into the first as frame 1 does.
    assert difference(looped[-1], source[1]) < 4


def test_a_second_loop_gets_a_name_of_its_own(video: Path) -> None:
    first = export_loop(video, lambda done, total: None, threading.Event())
    second = export_loop(video, lambda done, total: None, threading.Event())
    assert (first.name, second.name) == ("waves loop.mp4", "waves loop (2).mp4")
    assert sorted(p.name for p in video.parent.iterdir()) == [
        "waves loop (2).mp4",
        "waves loop.mp4",
        "waves.mp4",
    ]


def test_a_cancelled_loop_leaves_nothing_behind(video: Path) -> None:
    stop = threading.Event()

    def progress(done: int, total: int) -> None:
        if done == 10:
            stop.set()

    with pytest.raises(LoopCancelled):
        export_loop(video, progress, stop)
    assert [p.name for p in video.parent.iterdir()] == ["waves.mp4"]
