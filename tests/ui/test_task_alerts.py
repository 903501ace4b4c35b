"""Task alerts' parts: notice words, the count in the title, the chime, the dock entry and
the settings that turn them off (the whole path is in tests/acceptance/test_notifications.py)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import wave
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow, QWidget

from poyo_desktop.core.job import Job
from poyo_desktop.core.states import JobState
from poyo_desktop.services.settings import Settings, SettingsValues
from poyo_desktop.ui.window import notify
from poyo_desktop.ui.window.chime import write_chime
from poyo_desktop.ui.window.launcher_entry import INTERFACE
from poyo_desktop.ui.window.task_alerts import REFRESH_MS, TaskAlerts, notice_for, prompt_start


class FakeJobs(QObject):
    job_added = Signal(object)
    job_changed = Signal(object)
    job_removed = Signal(str)


class FakeWindow(QMainWindow):
    closed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.shown_tasks: list[str] = []

    def has_panes(self) -> bool:
        return False

    def show_task(self, job_id: str) -> None:
        self.shown_tasks.append(job_id)


@pytest.fixture
def alerts(tmp_path, qapp, monkeypatch):
    shown: list[notify.Notice] = []
    monkeypatch.setattr(
        notify.DesktopNotifier, "show", lambda self, notice: shown.append(notice) or True
    )
    window = FakeWindow()
    jobs, settings = FakeJobs(), Settings(tmp_path / "settings.json")
    made = TaskAlerts(window, jobs, settings, tmp_path / "cache")  # type: ignore[arg-type]
    made.shown = shown  # type: ignore[attr-defined]
    # What the tests drive it with:
    made.jobs, made.settings = jobs, settings  # type: ignore[attr-defined]
    made.cache_dir = tmp_path / "cache"  # type: ignore[attr-defined]
    yield made
    window.deleteLater()


def job(state: JobState = JobState.DRAFT, **changes) -> Job:
    return replace(
        Job(model="kling-2.1/standard", prompt="Waves roll in slowly", id="job-1"),
        state=state,
        **changes,
    )


def test_old_settings_files_load_with_the_new_choices_at_their_defaults(tmp_path, qapp):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 1, "values": {"poll_interval": 20}}))
    values = Settings(path).values
    assert values.poll_interval == 20
    assert (values.notify_when_done, values.sound_when_done, values.count_in_title) == (
        True,
        False,
        True,
    )
    assert SettingsValues(sound_when_done=1).validated().sound_when_done is True


def test_notice_words():
    assert prompt_start("a  cat\nsurfing") == "a cat surfing"
    long = prompt_start("word " * 30)
    assert long.endswith("…") and len(long) <= 61 and not long.endswith(" …")
    ready = notice_for(job(JobState.FINISHED))
    assert (ready.title, ready.job_id) == ("Your video is ready", "job-1")
    assert ready.body.startswith("“Waves roll in slowly”")
    failed = notice_for(job(JobState.FAILED, error_message="PoYo refused the photo."))
    assert failed.title == "Your video failed"
    assert "PoYo refused the photo." in failed.body


def title_after_changes(window: QWidget) -> str:
    """The title once the tasks' changes are in it (it follows them REFRESH_MS later)."""
    from PySide6.QtTest import QTest

    QTest.qWait(REFRESH_MS + 50)
    return window.windowTitle()


def test_the_title_counts_videos_in_progress_and_the_setting_hides_it(alerts):
    window, jobs = alerts.parent(), alerts.jobs
    jobs.job_added.emit(job())
    assert title_after_changes(window) == "PoYo Desktop — 1 video in progress"
    jobs.job_added.emit(replace(job(), id="job-2"))
    assert title_after_changes(window) == "PoYo Desktop — 2 videos in progress"
    alerts.settings.update(count_in_title=False)
    assert window.windowTitle() == "PoYo Desktop"  # a setting changes it at once
    alerts.settings.update(count_in_title=True)
    jobs.job_removed.emit("job-2")
    jobs.job_changed.emit(job(JobState.RUNNING, progress=50))
    assert title_after_changes(window) == "PoYo Desktop — 1 video in progress"
    jobs.job_changed.emit(job(JobState.FINISHED))
    assert title_after_changes(window) == "PoYo Desktop"


def test_many_changes_at_once_give_one_new_title(alerts):
    """A batch records 100 tasks in half a second: the title follows them, not each one."""
    window, jobs = alerts.parent(), alerts.jobs
    titles: list[str] = []
    window.windowTitleChanged.connect(titles.append)
    for n in range(100):
        jobs.job_added.emit(replace(job(), id=f"job-{n}"))
    assert title_after_changes(window) == "PoYo Desktop — 100 videos in progress"
    assert titles == ["PoYo Desktop — 100 videos in progress"]


def test_one_notice_per_ending_while_away_none_when_quitting(alerts, qloop):
    jobs = alerts.jobs  # the window was never shown: the person is elsewhere
    jobs.job_added.emit(job())
    jobs.job_changed.emit(job(JobState.FINISHED))
    jobs.job_changed.emit(job(JobState.FINISHED))  # the same news again is no news
    assert [n.title for n in alerts.shown] == ["Your video is ready"]
    alerts.settings.update(notify_when_done=False)
    jobs.job_changed.emit(replace(job(JobState.FAILED), id="job-2"))
    assert len(alerts.shown) == 1
    alerts.settings.update(notify_when_done=True)
    alerts.parent().closed.emit()
    jobs.job_changed.emit(replace(job(JobState.FAILED), id="job-3"))
    assert len(alerts.shown) == 1


def test_the_chime_sounds_when_turned_on(alerts, qloop, monkeypatch):
    from PySide6.QtWidgets import QApplication

    beeps: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    jobs = alerts.jobs
    jobs.job_changed.emit(job(JobState.FINISHED))
    assert alerts._chime is None  # off by default: nothing of it is even made
    alerts.settings.update(sound_when_done=True)
    jobs.job_changed.emit(replace(job(JobState.FINISHED), id="job-2"))
    chime = alerts.chime()
    assert chime.played == 1
    qloop.run_until_complete(chime.ready())
    assert (alerts.cache_dir / "done-chime-v1.wav").is_file()


def test_the_chime_file_is_a_short_wav(tmp_path):
    path = write_chime(tmp_path / "c.wav")
    with wave.open(str(path)) as sound:
        assert sound.getnchannels() == 1 and sound.getsampwidth() == 2
        assert 0.3 < sound.getnframes() / sound.getframerate() < 1.0


@pytest.mark.skipif(
    shutil.which("dbus-daemon") is None or shutil.which("dbus-monitor") is None,
    reason="needs dbus-daemon and dbus-monitor",
)
def test_the_dock_entry_gets_count_and_progress_over_dbus(tmp_path):
    """A session bus of its own, in a child process (Qt keeps the first session bus it
    sees for the life of the process)."""
    script = tmp_path / "send.py"
    script.write_text(
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from poyo_desktop.ui.window.launcher_entry import LauncherEntry\n"
        "entry = LauncherEntry()\n"
        "entry.show(0, None); entry.show(2, 0.25); entry.show(2, 0.25); entry.show(0, None)\n"
        "print(entry.updates)\n"
    )
    root = Path(__file__).resolve().parents[2]
    seen_file = tmp_path / "seen.txt"
    command = (
        f"dbus-monitor --session interface={INTERFACE} > {seen_file} 2>/dev/null & "
        f"sleep 0.5; cd {root} && {sys.executable} {script}; sleep 0.3; kill %1"
    )
    started = time.monotonic()
    done = subprocess.run(
        ["dbus-run-session", "--", "bash", "-c", command],
        capture_output=True,
        text=True,
        timeout=30,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    assert done.stdout.strip() == "2", done.stderr  # 2 then 0: no repeat, no first 0
    seen = seen_file.read_text()
    assert "application://ai.poyo.PoyoDesktop.desktop" in seen
    assert "int32 2" in seen and "double 0.25" in seen
    assert time.monotonic() - started < 20


def test_coming_back_after_a_notice_counts_as_its_click(qapp, monkeypatch):
    """Where the platform does not report the click (Qt's Linux bubbles carry no default
    action), the person's return shows the task all the same; once."""
    from PySide6.QtWidgets import QSystemTrayIcon

    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    window = FakeWindow()
    notifier = notify.DesktopNotifier(window)
    clicked: list[str] = []
    notifier.clicked.connect(clicked.append)
    assert notifier.show(notify.Notice("Your video is ready", "“Waves”", "job-1"))
    assert notifier.waiting() is None  # a tray bubble: the title need not say it
    notifier.person_is_back()
    notifier.person_is_back()
    assert clicked == ["job-1"]
    notifier.show(notify.Notice("Your video is ready", "“Waves”", "job-2"))
    notifier._tray.messageClicked.emit()  # the platform reports the click
    notifier.person_is_back()  # and the window comes forward: no second showing
    assert clicked == ["job-1", "job-2"]
    window.deleteLater()


def test_a_dialog_of_the_app_in_front_is_not_being_away(alerts, qloop):
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QDialog

    window, jobs = alerts.parent(), alerts.jobs
    window.show()
    window.activateWindow()
    dialog = QDialog(window)
    dialog.open()
    dialog.activateWindow()
    QTest.qWaitForWindowActive(dialog, 2000)
    jobs.job_changed.emit(job(JobState.FINISHED))
    assert alerts.shown == []
    dialog.close()


class WindowWithList(FakeWindow):
    """A window whose list keeps thumbnails, as the real one does once its panes are built."""

    def __init__(self) -> None:
        super().__init__()
        from poyo_desktop.ui.tasks.thumbnails import ThumbnailCache

        self.thumbnails = ThumbnailCache(self)

    def has_panes(self) -> bool:
        return True


def test_the_notice_shows_the_start_image_decoded_only_once_the_person_left(
    tmp_path, qapp, qloop, monkeypatch
):
    """While the person watches, the list shows the picture: asking for another copy of
    each new task's (100 at once from a batch) only took the CPU from the window."""
    from PySide6.QtTest import QTest

    from tests.images import write_jpeg

    shown: list[notify.Notice] = []
    monkeypatch.setattr(
        notify.DesktopNotifier, "show", lambda self, notice: shown.append(notice) or True
    )
    window, jobs = WindowWithList(), FakeJobs()
    photo = str(write_jpeg(tmp_path / "beach.jpg", 800, 600))
    window.show()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window, 2000)
    # As the app does: the alerts are made once the window is on screen.
    TaskAlerts(window, jobs, Settings(tmp_path / "s.json"), tmp_path / "cache")  # type: ignore[arg-type]
    decoded: list[str] = []
    window.thumbnails.thumbnail_ready.connect(decoded.append)
    jobs.job_added.emit(job(JobState.RUNNING, start_image=photo))
    QTest.qWait(100)
    assert decoded == [] and not window.thumbnails.is_pending(photo)  # watched: not asked
    window.showMinimized()
    for _ in range(250):
        if decoded:
            break
        QTest.qWait(20)
    assert decoded == [photo]  # away: the notice's picture is made ready
    jobs.job_changed.emit(job(JobState.FINISHED, start_image=photo))
    assert [n.title for n in shown] == ["Your video is ready"]
    assert shown[0].icon is not None and not shown[0].icon.isNull()
    window.deleteLater()
