"""What the preview does ahead of a video: the player made while the task runs, and the
task's photo decoded once however often the history keeps it again."""

from __future__ import annotations

import os
from pathlib import Path

from poyo_desktop.core.job import Job
from poyo_desktop.core.states import JobState
from poyo_desktop.ui.player.player import VideoPreview
from poyo_desktop.ui.player.still_pictures import StillPictures
from tests.images import write_png


def test_a_running_task_gets_the_player_ready_before_its_video(qtbot, tmp_path: Path) -> None:
    preview = VideoPreview()
    qtbot.addWidget(preview)
    photo = write_png(tmp_path / "start.png", 320, 200)
    job = Job(model="kling-2.1/standard", prompt="a cat", state=JobState.RUNNING)
    job.start_image = str(photo)
    preview.show_job(job)
    qtbot.waitUntil(preview.has_media_player, timeout=10_000)
    assert not preview.is_showing_video()  # made, not shown: the photo and status stay


def test_a_kept_photo_whose_time_is_refreshed_is_not_decoded_again(qtbot, tmp_path: Path) -> None:
    pictures = StillPictures()
    photo = write_png(tmp_path / "kept.png", 320, 200)
    assert pictures.get(str(photo)) is None  # not decoded yet: on a worker thread now
    with qtbot.waitSignal(pictures.ready, timeout=10_000):
        pass
    first = pictures.get(str(photo))
    os.utime(photo, (1, 1))  # what keeping the same picture for a new task does
    assert first is not None and pictures.get(str(photo)) is first
    write_png(photo, 160, 100)  # a different picture under the same name is read anew
    with qtbot.waitSignal(pictures.ready, timeout=10_000):
        assert pictures.get(str(photo)) is None
    second = pictures.get(str(photo))
    assert second is not None and second.width() == 160


def test_the_preview_shows_the_photo_once_decoded_without_holding_the_window(
    qtbot, tmp_path: Path
) -> None:
    """The photo of a task just selected is decoded off the GUI thread: the still shows
    the status at once, and the photo as soon as it is decoded."""
    preview = VideoPreview()
    qtbot.addWidget(preview)
    preview.show()
    photo = write_png(tmp_path / "start.png", 1280, 800)
    job = Job(model="kling-2.1/standard", prompt="a cat", state=JobState.QUEUED)
    job.start_image = str(photo)
    preview.show_job(job)
    strip = preview.still_view.images
    assert strip.image_count() == 0  # not decoded on the GUI thread
    qtbot.waitUntil(lambda: strip.image_count() == 1, timeout=10_000)
