"""The preview pane with real widgets and real MP4 files, offscreen."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtMultimedia import QMediaPlayer, QVideoFrame

from poyo_desktop.core.job import Job
from poyo_desktop.core.states import JobState
from poyo_desktop.ui.player import file_actions
from poyo_desktop.ui.player.job_status import job_status_text
from poyo_desktop.ui.player.player import VideoPreview
from poyo_desktop.ui.player.player_controls import format_time
from tests.videos import make_corrupt_video, make_photo, make_video

Playing = QMediaPlayer.PlaybackState.PlayingState
Paused = QMediaPlayer.PlaybackState.PausedState
Stopped = QMediaPlayer.PlaybackState.StoppedState


@pytest.fixture(scope="module")
def clip(qapp, tmp_path_factory) -> Path:
    """One real 1-second MPEG-4 clip shared by the module: encoding it takes ~0.1 s."""
    return make_video(tmp_path_factory.mktemp("clips") / "clip.mp4", seconds=1.0)


@pytest.fixture(scope="module")
def photo(qapp, tmp_path_factory) -> Path:
    return make_photo(tmp_path_factory.mktemp("photos") / "start.png")


@pytest.fixture
def preview(qtbot):
    widget = VideoPreview()
    qtbot.addWidget(widget)
    widget.resize(480, 360)
    widget.show()
    yield widget
    widget.stop()


def finished(path: Path | str, **changes) -> Job:
    return Job(
        model="kling-2.1/standard",
        prompt="a cat waves",
        state=JobState.FINISHED,
        output_path=str(path),
        **changes,
    )


def count_frames(preview: VideoPreview) -> list[int]:
    counter = [0]

    def on_frame(frame: QVideoFrame) -> None:
        if frame.isValid():
            counter[0] += 1

    preview.video_sink().videoFrameChanged.connect(on_frame)
    return counter


def wait_playing(qtbot, preview: VideoPreview) -> None:
    qtbot.waitUntil(
        lambda: preview.player.playbackState() == Playing and preview.player.position() > 0,
        timeout=5000,
    )


def test_finished_job_plays_and_decodes_frames(qtbot, preview, clip):
    frames = count_frames(preview)
    preview.show_job(finished(clip))

    qtbot.waitUntil(lambda: frames[0] >= 10, timeout=5000)
    assert preview.is_showing_video()
    assert preview.player.playbackState() == Playing
    assert abs(preview.player.duration() - 1000) <= 100
    assert preview.controls.time_label.text().endswith("/ 0:01")
    assert preview.controls.seek_slider.maximum() == preview.player.duration()
    assert preview.file_buttons.save_button.isEnabled()
    assert preview.error_text() == ""


def test_play_button_and_space_toggle_pause(qtbot, preview, clip):
    preview.show_job(finished(clip))
    wait_playing(qtbot, preview)

    qtbot.mouseClick(preview.controls.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: preview.player.playbackState() == Paused)
    assert preview.controls.play_button.accessibleName() == "Play"

    qtbot.mouseClick(preview.controls.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: preview.player.playbackState() == Playing)
    assert preview.controls.play_button.accessibleName() == "Pause"

    qtbot.keyClick(preview, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: preview.player.playbackState() == Paused)


def test_loop_is_on_by_default_and_restarts_the_clip(qtbot, preview, clip):
    assert preview.is_looping()
    preview.show_job(finished(clip))
    seen = {"late": False, "wrapped": False}

    def on_position(ms: int) -> None:
        if ms >= 700:
            seen["late"] = True
        elif seen["late"] and ms < 300:
            seen["wrapped"] = True

    preview.player.positionChanged.connect(on_position)
    qtbot.waitUntil(lambda: seen["wrapped"], timeout=5000)
    assert preview.player.playbackState() == Playing


def test_without_loop_the_clip_stops_at_the_end(qtbot, preview, clip):
    with qtbot.waitSignal(preview.looping_changed) as changed:
        qtbot.mouseClick(preview.controls.loop_button, Qt.MouseButton.LeftButton)
    assert changed.args == [False]
    preview.show_job(finished(clip))
    qtbot.waitUntil(
        lambda: preview.player.mediaStatus() == QMediaPlayer.MediaStatus.EndOfMedia, timeout=5000
    )
    assert preview.player.playbackState() == Stopped
    # Play after the end starts the clip again.
    preview.toggle_playback()
    qtbot.waitUntil(lambda: preview.player.playbackState() == Playing)


def test_seek_slider_moves_the_position(qtbot, preview, clip):
    preview.show_job(finished(clip))
    wait_playing(qtbot, preview)
    preview.player.pause()
    qtbot.waitUntil(lambda: preview.player.playbackState() == Paused)

    preview.controls.seek_slider.setValue(600)
    qtbot.waitUntil(lambda: abs(preview.player.position() - 600) <= 60, timeout=3000)
    # Paused, the time names the frame held (frame 14 starts at 0.583 s, 24 a second).
    qtbot.waitUntil(
        lambda: preview.controls.time_label.text() == "00:00.583 · frame 14", timeout=3000
    )

    # A click on the groove jumps there rather than stepping a page towards it.
    slider = preview.controls.seek_slider
    qtbot.mouseClick(
        slider, Qt.MouseButton.LeftButton, pos=QPoint(slider.width() * 3 // 4, slider.height() // 2)
    )
    qtbot.waitUntil(lambda: abs(preview.player.position() - 750) <= 120, timeout=3000)


def test_mute_button_mutes_the_audio_output(qtbot, preview, clip):
    preview.show_job(finished(clip))
    assert not preview.audio_output.isMuted()
    with qtbot.waitSignal(preview.muted_changed) as changed:
        qtbot.mouseClick(preview.controls.mute_button, Qt.MouseButton.LeftButton)
    assert changed.args == [True]
    assert preview.audio_output.isMuted()
    assert preview.is_muted()
    qtbot.mouseClick(preview.controls.mute_button, Qt.MouseButton.LeftButton)
    assert not preview.audio_output.isMuted()


def test_media_player_is_made_on_the_first_video_with_the_chosen_loop_and_mute(
    qtbot, preview, clip, photo
):
    """Loading QtMultimedia costs start-up time and memory: photos and statuses never do."""
    preview.show_job(None)
    preview.show_job(
        Job(
            model="kling-2.1/standard",
            prompt="a cat",
            state=JobState.RUNNING,
            start_image=str(photo),
        )
    )
    preview.set_looping(False)
    preview.set_muted(True)
    assert not preview.has_media_player()
    assert not preview.is_showing_video()
    assert preview.is_muted() and not preview.is_looping()

    preview.show_job(finished(clip))  # QtMultimedia loads on a worker thread first
    qtbot.waitUntil(preview.has_media_player, timeout=5000)
    assert preview.audio_output.isMuted()
    assert preview.player.loops() == QMediaPlayer.Loops.Once.value
    qtbot.waitUntil(
        lambda: preview.player.mediaStatus() == QMediaPlayer.MediaStatus.EndOfMedia, timeout=5000
    )
    assert preview.is_showing_video()


def test_the_first_video_plays_once_multimedia_loaded_off_the_gui_thread(qtbot, preview, clip):
    """The first video to play does not load QtMultimedia and its backend on the GUI thread
    (12-31 ms there): the still stays up until the worker thread has loaded them, then the
    video starts by itself."""
    preview.show_job(finished(clip))
    assert not preview.has_media_player()  # nothing made yet: the worker's signal is queued
    assert not preview.is_showing_video()
    qtbot.waitUntil(preview.is_showing_video, timeout=5000)
    qtbot.waitUntil(lambda: preview.player.position() > 0, timeout=5000)


def test_stopping_before_the_first_video_has_loaded_plays_nothing(qtbot, preview, clip):
    preview.show_job(finished(clip))
    preview.stop()
    qtbot.waitUntil(preview.has_media_player, timeout=5000)
    qtbot.wait(200)
    assert not preview.is_showing_video()
    assert preview.player.playbackState() != QMediaPlayer.PlaybackState.PlayingState


def test_nothing_selected_shows_a_friendly_empty_state(preview):
    preview.show_job(None)
    assert not preview.is_showing_video()
    assert "Your videos appear here." in preview.message()
    assert "press Generate" in preview.message()
    assert not preview.file_buttons.save_button.isEnabled()
    assert not preview.controls.play_button.isEnabled()


@pytest.mark.parametrize(
    ("state", "changes", "text"),
    [
        (JobState.RUNNING, {"progress": 40}, "Running — 40 %"),
        (JobState.QUEUED, {}, "Queued"),
        (
            JobState.FAILED,
            {"error_message": "The photo is too small."},
            "Failed: The photo is too small.",
        ),
        (JobState.UNKNOWN, {}, "Unknown — may have been created"),
    ],
)
def test_unfinished_job_shows_photo_and_status(preview, photo, state, changes, text, qtbot):
    job = Job(
        model="kling-2.1/standard", prompt="p", state=state, start_image=str(photo), **changes
    )
    preview.show_job(job)
    assert not preview.is_showing_video()
    assert preview.message() == text == job_status_text(job)
    qtbot.waitUntil(lambda: preview.still_view.images.image_count() == 1)  # decoded aside
    assert not preview.file_buttons.save_button.isEnabled()
    assert not preview.file_buttons.open_button.isEnabled()
    assert not preview.controls.play_button.isEnabled()


def test_why_a_tasks_choices_are_unavailable_is_shown_for_that_task_only(preview, photo):
    from poyo_desktop.services.task_choices import Refusal, TaskRequest, Unavailable

    failed = Job(
        model="kling-2.1/standard",
        prompt="a cat",
        state=JobState.FAILED,
        start_image=str(photo),
        error_message="The download broke off.",
    )
    other = Job(
        model="kling-2.1/standard",
        prompt="a dog",
        state=JobState.FAILED,
        start_image=str(photo),
        error_message="It failed.",
    )
    why = Unavailable((TaskRequest.RETRY,), Refusal("Only in demo mode, here is why.", "demo"))
    preview.show_job(failed)
    preview.show_unavailable(failed.id, why)
    shown = preview.message()
    preview.show_job(failed.with_changes(progress=3))  # the same task, updated
    again = preview.message()
    preview.show_job(other)
    elsewhere = preview.message()
    preview.show_job(failed)
    preview.show_unavailable(failed.id, None)  # e.g. after the mode changed
    cleared = preview.message()
    assert shown.startswith(job_status_text(failed)) and why.text in shown.replace("\n", " ")
    assert why.text in again.replace("\n", " ")
    assert "not available" not in elsewhere and "not available" not in cleared


def test_pro_job_shows_start_and_end_photos(preview, photo, tmp_path, qtbot):
    end = make_photo(tmp_path / "end.png", hue=30)
    job = Job(
        model="kling-2.1/pro",
        prompt="p",
        state=JobState.RUNNING,
        progress=10,
        start_image=str(photo),
        end_image=str(end),
    )
    preview.show_job(job)
    qtbot.waitUntil(lambda: preview.still_view.images.image_count() == 2)  # decoded aside
    # Standard never sends the end image, so it is not shown either.
    preview.show_job(job.with_changes(model="kling-2.1/standard"))
    assert preview.still_view.images.image_count() == 1


def test_finished_job_with_missing_file_says_so_and_disables_actions(preview, tmp_path):
    missing = tmp_path / "gone.mp4"
    preview.show_job(finished(missing))
    assert not preview.is_showing_video()
    assert preview.message().splitlines()[0] == f"The video file is missing: {missing}"
    for button in (
        preview.file_buttons.save_button,
        preview.file_buttons.open_button,
        preview.file_buttons.reveal_button,
        preview.controls.play_button,
    ):
        assert not button.isEnabled()


def test_corrupt_file_shows_a_message_and_recovers(qtbot, preview, clip, tmp_path):
    broken = make_corrupt_video(tmp_path / "broken.mp4")
    with qtbot.waitSignal(preview.playback_failed, timeout=5000) as failed:
        preview.show_job(finished(broken))
    assert "can't be played" in failed.args[0]
    assert "can't be played" in preview.message()
    assert preview.error_text()
    assert not preview.is_showing_video()
    assert preview.player.source().isEmpty()
    # The file is still there, so the person can still look at it or save it.
    assert preview.file_buttons.reveal_button.isEnabled()

    frames = count_frames(preview)
    preview.show_job(finished(clip))
    qtbot.waitUntil(lambda: frames[0] >= 3, timeout=5000)
    assert preview.error_text() == ""


def test_showing_the_same_job_again_does_not_restart_it(qtbot, preview, clip):
    job = finished(clip)
    preview.show_job(job)
    wait_playing(qtbot, preview)
    states: list[QMediaPlayer.PlaybackState] = []
    preview.player.playbackStateChanged.connect(states.append)
    preview.show_job(job.with_changes(credits=1.0))
    qtbot.wait(100)
    assert states == []
    assert preview.player.playbackState() == Playing


def test_save_as_copies_the_file(qtbot, preview, clip, tmp_path):
    target = tmp_path / "out" / "my video"  # no suffix: ".mp4" is added
    asked: list[Path] = []

    def ask(suggested: Path) -> Path:
        asked.append(suggested)
        return target

    preview._ask_save_path = ask
    preview.show_job(finished(clip))
    with qtbot.waitSignal(preview.saved, timeout=5000) as saved:
        qtbot.mouseClick(preview.file_buttons.save_button, Qt.MouseButton.LeftButton)
    written = Path(saved.args[0])
    assert written == target.with_suffix(".mp4")
    assert written.read_bytes() == clip.read_bytes()
    assert asked[0].name == clip.name
    assert sorted(p.name for p in written.parent.iterdir()) == ["my video.mp4"]
    assert preview.file_buttons.feedback_label.full_text() == "Saved “my video.mp4”"
    assert preview.file_buttons.feedback_label.toolTip() == str(written)


def test_save_as_reports_a_failure(qtbot, preview, clip, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    preview._ask_save_path = lambda suggested: blocker / "video.mp4"
    preview.show_job(finished(clip))
    with qtbot.waitSignal(preview.save_failed, timeout=5000) as failed:
        qtbot.mouseClick(preview.file_buttons.save_button, Qt.MouseButton.LeftButton)
    assert failed.args[0].startswith("Could not save the video")


def test_cancelled_dialog_saves_nothing(qtbot, preview, clip):
    preview._ask_save_path = lambda suggested: None
    preview.show_job(finished(clip))
    with qtbot.assertNotEmitted(preview.saved, wait=100):
        qtbot.mouseClick(preview.file_buttons.save_button, Qt.MouseButton.LeftButton)


def test_open_and_reveal_hand_the_file_to_the_desktop(qtbot, preview, clip, monkeypatch):
    calls: list[tuple[str, Path]] = []
    monkeypatch.setattr(
        file_actions, "open_with_system", lambda path: calls.append(("open", Path(path))) or True
    )
    monkeypatch.setattr(
        file_actions, "show_in_folder", lambda path: calls.append(("reveal", Path(path))) or True
    )
    preview.show_job(finished(clip))
    qtbot.mouseClick(preview.file_buttons.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(preview.file_buttons.reveal_button, Qt.MouseButton.LeftButton)
    assert calls == [("open", clip), ("reveal", clip)]


def _open_files() -> set[str]:
    fd_dir = Path("/proc/self/fd")
    names = set()
    for entry in fd_dir.iterdir():
        try:
            names.add(os.readlink(entry))
        except OSError:
            continue
    return names


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/fd")
def test_stop_releases_the_file(qtbot, preview, clip):
    preview.show_job(finished(clip))
    wait_playing(qtbot, preview)
    assert str(clip.resolve()) in _open_files()

    preview.stop()
    assert preview.player.source().isEmpty()
    assert preview.player.playbackState() == Stopped
    qtbot.waitUntil(lambda: str(clip.resolve()) not in _open_files(), timeout=3000)
    assert "Press Play" in preview.message()
    assert preview.controls.play_button.isEnabled()

    preview.toggle_playback()  # Play loads the file again
    wait_playing(qtbot, preview)
    assert preview.is_showing_video()


def test_copy_file_replaces_the_target_atomically(tmp_path):
    source = tmp_path / "a.mp4"
    source.write_bytes(b"new" * 1000)
    target = tmp_path / "b.mp4"
    target.write_bytes(b"old")
    assert file_actions.copy_file(source, target) == target
    assert target.read_bytes() == source.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.mp4", "b.mp4"]
    assert file_actions.copy_file(source, source) == source  # same file: left alone


@pytest.mark.parametrize(
    ("platform", "program", "first_argument"),
    [("win32", "explorer.exe", "/select,"), ("darwin", "open", "-R")],
)
def test_show_in_folder_asks_the_platform_file_manager(
    monkeypatch, clip, platform, program, first_argument
):
    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(file_actions.sys, "platform", platform)
    monkeypatch.setattr(
        file_actions,
        "_start_detached",
        lambda prog, args, target: started.append((prog, args)) or True,
    )
    assert file_actions.show_in_folder(clip)
    assert started == [(program, [first_argument, os.path.normpath(clip.absolute())])]


def test_show_in_folder_on_linux_falls_back_to_opening_the_folder(monkeypatch, clip):
    opened: list[str] = []

    class FakeDesktop:
        @staticmethod
        def openUrl(url) -> bool:
            opened.append(url.toLocalFile())
            return True

    monkeypatch.setattr(file_actions.sys, "platform", "linux")
    monkeypatch.setattr(file_actions, "_show_items_over_dbus", lambda target: False)
    monkeypatch.setattr(file_actions, "QDesktopServices", FakeDesktop)
    assert file_actions.show_in_folder(clip)
    assert opened == [str(clip.parent.absolute())]


def test_format_time():
    assert format_time(0) == "0:00"
    assert format_time(3_400) == "0:03"
    assert format_time(65_000) == "1:05"
    assert format_time(3_725_000) == "1:02:05"
