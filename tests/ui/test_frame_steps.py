"""Frame by frame in the preview pane (ui/player/frame_steps.py), with a real MP4: keys and
buttons step one frame, pausing; the controls name the frame on screen; the picture
handed on is that frame's, pixel for pixel."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtTest import QTest

from poyo_desktop.core.job import Job
from poyo_desktop.core.states import JobState
from poyo_desktop.services.video_reader import VideoReader
from poyo_desktop.ui.player.player import VideoPreview
from poyo_desktop.ui.player.player_controls import format_frame_time
from tests.videos import make_video

FPS = 24


@pytest.fixture(scope="module")
def clip(qapp, tmp_path_factory) -> Path:
    return make_video(tmp_path_factory.mktemp("clips") / "clip.mp4", seconds=1.0, fps=FPS)


@pytest.fixture
def preview(qtbot, clip):
    widget = VideoPreview()
    qtbot.addWidget(widget)
    widget.resize(520, 380)
    widget.show()
    job = Job(model="kling-2.1/standard", prompt="a cat", output_path=str(clip))
    job.state = JobState.FINISHED
    widget.show_job(job)
    qtbot.waitUntil(
        lambda: widget.has_media_player() and widget.player.position() > 0, timeout=5000
    )
    yield widget
    widget.stop()


def shown(preview: VideoPreview) -> str:
    return preview.controls.time_label.text()


def settled(qtbot, preview: VideoPreview) -> str:
    """What the time reads once it has stopped changing (the step's frame came)."""
    text, count = [shown(preview)], [0]

    def still() -> bool:
        if shown(preview) != text[0]:
            text[0], count[0] = shown(preview), 0
        count[0] += 1
        return count[0] > 10

    qtbot.waitUntil(still, timeout=10_000)
    return shown(preview)


def test_frame_times_read_to_the_millisecond() -> None:
    assert format_frame_time(3208, 77) == "00:03.208 · frame 77"
    assert format_frame_time(61_005, 1464) == "01:01.005 · frame 1464"


def test_full_stop_and_comma_step_a_frame_pausing_the_video(qtbot, preview) -> None:
    preview.setFocus()
    QTest.keyClick(preview, Qt.Key.Key_Period)
    qtbot.waitUntil(lambda: "frame" in shown(preview), timeout=10_000)
    assert preview.player.playbackState() == QMediaPlayer.PlaybackState.PausedState
    first = int(settled(qtbot, preview).rsplit(" ", 1)[1])
    QTest.keyClick(preview, Qt.Key.Key_Period)
    qtbot.waitUntil(lambda: shown(preview).endswith(f"frame {first + 1}"), timeout=10_000)
    QTest.keyClick(preview, Qt.Key.Key_Comma)
    qtbot.waitUntil(lambda: shown(preview).endswith(f"frame {first}"), timeout=10_000)
    # The time is the frame's own start: frame n starts at n / 24 s.
    assert shown(preview) == format_frame_time(int(first * 1000 / FPS), first)


def test_the_buttons_step_too_and_stop_at_either_end(qtbot, preview) -> None:
    back, forward = preview.controls.back_button, preview.controls.forward_button
    for _ in range(FPS + 4):
        QTest.mouseClick(back, Qt.MouseButton.LeftButton)
        qtbot.wait(5)
    qtbot.waitUntil(lambda: shown(preview) == "00:00.000 · frame 0", timeout=10_000)
    for _ in range(FPS + 4):
        QTest.mouseClick(forward, Qt.MouseButton.LeftButton)
        qtbot.wait(5)
    qtbot.waitUntil(lambda: shown(preview).endswith(f"frame {FPS - 1}"), timeout=10_000)
    # Playing again shows the running time, not a frame.
    QTest.keyClick(preview, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "/" in shown(preview), timeout=10_000)


def test_the_frame_handed_on_is_the_one_on_screen(qtbot, preview, clip) -> None:
    preview.setFocus()
    for _ in range(3):
        QTest.keyClick(preview, Qt.Key.Key_Comma)
    qtbot.waitUntil(lambda: "frame" in shown(preview), timeout=10_000)
    index = int(settled(qtbot, preview).rsplit(" ", 1)[1])
    held = preview.current_frame()
    assert held is not None
    frame, fps = held
    assert fps == pytest.approx(FPS, abs=0.01)
    assert round(frame.startTime() * fps / 1_000_000) == index

    def decoded() -> QImage:
        with VideoReader(clip) as reader:
            return reader.read(0)[index].image

    on_screen = frame.toImage().convertToFormat(QImage.Format.Format_RGB32)
    assert on_screen == asyncio.run(asyncio.to_thread(decoded))


def test_a_task_without_a_video_does_not_keep_the_last_videos_frame(qtbot, preview) -> None:
    """A frame's time belongs to its video: a task still on its way shows none, also when
    the video was playing as the person chose the task (frames still arrive meanwhile)."""
    assert preview.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
    waiting = Job(model="kling-2.1/standard", prompt="a dog", state=JobState.QUEUED)
    preview.show_job(waiting)
    qtbot.wait(200)  # the player's stop and reset arrive after it
    assert shown(preview) == "0:00 / 0:00"
