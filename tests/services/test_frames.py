"""Frames of real videos: a sandbox render decoded on a worker thread, against the same
video played through from start to end (services/video_reader.py, services/frames.py).

The reference is what a person's player shows: every frame of a full playback at normal
speed, on the GUI thread. The reader seeks and plays fast on a worker thread; its frames
must be those frames, pixel for pixel.
"""

from __future__ import annotations

import asyncio
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QMediaPlayer, QVideoFrame, QVideoSink

from poyo_desktop.sandbox.render import render_command
from poyo_desktop.sandbox.video import _child_env
from poyo_desktop.services.frames import FrameKeeper, frame_name
from poyo_desktop.services.video_reader import VideoError, VideoReader
from poyo_desktop.store import AsyncJobStore
from tests.images import write_png
from tests.videos import make_corrupt_video

T = TypeVar("T")
FPS = 24


@pytest.fixture(scope="module")
def sandbox_video(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 2 s Pro-like sandbox video (start image, cross-fade to the end image), rendered
    by the sandbox's own renderer as the demo server renders every video."""
    folder = tmp_path_factory.mktemp("render")
    start = write_png(folder / "start.png", 640, 400)
    end = write_png(folder / "end.png", 640, 400, transparent=True)
    out = folder / "waves.mp4"
    args = ["--start", str(start), "--end", str(end), "--out", str(out)]
    args += ["--duration", "2", "--fps", str(FPS), "--long-side", "480", "--seed", "40"]
    done = subprocess.run(render_command(args), env=_child_env(), capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    return out


def played_through(path: Path, qtbot: Any) -> list[tuple[int, QImage]]:
    """Every frame a full playback at normal speed shows, with its start time (µs)."""
    frames: list[tuple[int, QImage]] = []
    player, sink = QMediaPlayer(), QVideoSink()
    player.setVideoSink(sink)

    def on_frame(frame: QVideoFrame) -> None:
        if frame.isValid() and (not frames or frames[-1][0] != frame.startTime()):
            image = frame.toImage().convertToFormat(QImage.Format.Format_RGB32)
            frames.append((frame.startTime(), image))

    sink.videoFrameChanged.connect(on_frame)
    player.setSource(QUrl.fromLocalFile(str(path)))
    player.play()
    ended = (QMediaPlayer.MediaStatus.EndOfMedia, QMediaPlayer.MediaStatus.InvalidMedia)
    qtbot.waitUntil(lambda: player.mediaStatus() in ended, timeout=20_000)
    qtbot.wait(50)
    player.stop()
    sink.videoFrameChanged.disconnect(on_frame)
    player.setSource(QUrl())
    return frames


def on_a_worker_thread(work: Callable[[], T]) -> T:
    return asyncio.run(asyncio.to_thread(work))


def test_the_last_frame_is_the_last_frame_played_pixel_for_pixel(
    sandbox_video: Path, qtbot: Any
) -> None:
    shown = played_through(sandbox_video, qtbot)
    assert len(shown) == 2 * FPS

    def read() -> tuple[int, QImage, int]:
        with VideoReader(sandbox_video) as reader:
            last = reader.last()
            return last.start_us, last.image, last.index(reader.info().fps)

    start_us, image, index = on_a_worker_thread(read)
    assert (start_us, index) == (shown[-1][0], 2 * FPS - 1)
    assert image.size() == shown[-1][1].size()
    assert image == shown[-1][1]  # every pixel


def test_any_frame_and_any_span_match_the_playback(sandbox_video: Path, qtbot: Any) -> None:
    shown = dict(played_through(sandbox_video, qtbot))
    times = sorted(shown)

    def read() -> tuple[list[tuple[int, QImage]], list[tuple[int, QImage]]]:
        with VideoReader(sandbox_video) as reader:
            later = reader.read(times[30], times[40])  # after a seek past keyframes
            earlier = reader.read(0, times[12])  # a seek back
            middle = reader.at(1010)  # the frame shown at 1.010 s
            return [(f.start_us, f.image) for f in (*later, *earlier)], [
                (middle.start_us, middle.image)
            ]

    spans, [(middle_us, middle)] = on_a_worker_thread(read)
    assert [t for t, _ in spans] == times[30:40] + times[:12]
    assert all(image == shown[t] for t, image in spans)
    assert middle_us == max(t for t in times if t <= 1_010_000)
    assert middle == shown[middle_us]


def test_the_kept_last_frame_is_a_lossless_png_of_it(
    sandbox_video: Path, qtbot: Any, tmp_path: Path
) -> None:
    from poyo_desktop.core.job import Job
    from poyo_desktop.core.states import JobState

    last_shown = played_through(sandbox_video, qtbot)[-1][1]
    job = Job(
        model="kling-2.1/pro",
        prompt="Waves",
        state=JobState.FINISHED,
        output_path=str(sandbox_video),
    )

    async def keep() -> tuple[Any, Any]:
        store = await AsyncJobStore.open(tmp_path / "history.sqlite3")
        try:
            taken = await FrameKeeper(store, tmp_path / "work").keep_last_frame(job)
            return taken, await store.frame_source(taken.path)
        finally:
            await store.close()

    taken, source = asyncio.run(keep())
    assert taken.path.parent == tmp_path / "images" and taken.path.suffix == ".png"
    assert taken.original == sandbox_video.with_name("last frame of waves.png")
    assert taken.index == 2 * FPS - 1
    assert source is not None and (source.job_id, source.at_ms) == (job.id, taken.at_ms)
    kept = QImage(str(taken.path))
    assert not kept.hasAlphaChannel() and kept.depth() == 32  # 8 bits a colour, opaque
    assert kept.convertToFormat(QImage.Format.Format_RGB32) == last_shown
    assert not list((tmp_path / "work").iterdir())  # nothing left behind


def test_a_damaged_video_is_refused_in_plain_words(tmp_path: Path) -> None:
    broken = make_corrupt_video(tmp_path / "broken.mp4")

    def read() -> object:
        with VideoReader(broken) as reader:
            return reader.last()

    with pytest.raises(VideoError, match=r"damaged|not a video"):
        on_a_worker_thread(read)


def test_a_frame_is_named_after_its_video() -> None:
    video = Path("/videos/2026-11-25 2231 pro waves.mp4")
    assert frame_name(video, 119, last=True) == "last frame of 2026-11-25 2231 pro waves.png"
    assert frame_name(video, 77) == "frame 77 of 2026-11-25 2231 pro waves.png"
