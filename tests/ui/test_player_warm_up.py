"""What the preview does ahead of a video: the player made while the task runs, and the
task's photo decoded once however often the history keeps it again."""

from __future__ import annotations

import os
from pathlib import Path

from poyo_desktop.core.job import Job
from poyo_desktop.core.states import JobState
from poyo_desktop.ui.player.player import VideoPreview
from poyo_desktop.ui.player.player_still import PixmapCache
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


def test_a_kept_photo_whose_time_is_refreshed_is_not_decoded_again(qapp, tmp_path: Path) -> None:
    cache = PixmapCache()
    photo = write_png(tmp_path / "kept.png", 320, 200)
    first = cache.get(str(photo))
    os.utime(photo, (1, 1))  # what keeping the same picture for a new task does
    assert first is not None and cache.get(str(photo)) is first
    write_png(photo, 160, 100)  # a different picture under the same name is read anew
    assert cache.get(str(photo)) is not first
