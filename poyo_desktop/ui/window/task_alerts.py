"""Telling the person how their videos are doing when they are not looking at the window.

* When a video finishes or fails while the window is not active (another program in front,
  or the window minimised): a desktop notification with the prompt's start (and the
  reason of a failure), the start image as its picture, and a click on it that brings the
  window forward showing that task (:mod:`poyo_desktop.ui.window.notify`); a chime if wanted.
* While videos are in progress: their count in the window title ("PoYo Desktop — 2 videos
  in progress") and, on Linux docks, a badge and a progress bar
  (:mod:`poyo_desktop.ui.window.launcher_entry`).

Each can be turned off in Settings. Everything here follows the jobs' signals: no timer,
no polling. Made by the window once the services are attached (after the first paint).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from poyo_desktop import APP_NAME
from poyo_desktop.core.states import JobState
from poyo_desktop.ui.kit.translations import translate
from poyo_desktop.ui.window.chime import Chime
from poyo_desktop.ui.window.launcher_entry import LauncherEntry
from poyo_desktop.ui.window.notify import DesktopNotifier, Notice

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path

    from poyo_desktop.core.job import Job
    from poyo_desktop.services.jobs import JobService
    from poyo_desktop.services.settings import Settings
    from poyo_desktop.ui.window.main_window import MainWindow

DONE = (JobState.FINISHED, JobState.FAILED)
PROMPT_CHARS = 60  # of the prompt in a notice: its start, cut at a word
PICTURE = QSize(96, 96)  # the notice's picture (the task's start image), in pixels
REFRESH_MS = 100  # the title and dock count follow the tasks this often at most


class TaskAlerts(QObject):
    """Watches the jobs for ``window``: notices, chime, count in the title and dock."""

    def __init__(
        self, window: MainWindow, jobs: JobService, settings: Settings, cache_dir: Path
    ) -> None:
        """``cache_dir``: where the chime's sound is written, on first need."""
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._cache_dir = cache_dir
        self._states: dict[str, JobState] = {}
        self._running: dict[str, int] = {}  # in progress: job id -> per cent done
        self._images: dict[str, str] = {}  # in progress: job id -> its start image
        self._shown_title = ""
        self._closed = False  # the app is quitting: what the jobs do now is not news
        self._chime: Chime | None = None
        self.notifier = DesktopNotifier(window)
        self.notifier.clicked.connect(self.show_task)
        self.launcher = LauncherEntry()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self._refresh)
        jobs.job_added.connect(self._on_job)
        jobs.job_changed.connect(self._on_job)
        jobs.job_removed.connect(self._on_removed)
        settings.changed.connect(self._on_setting)
        # The person coming back: another window gave it the focus, or it was restored.
        # Signals, not an event filter: nothing runs for each of the window's events.
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._maybe_back)
        if (handle := window.windowHandle()) is not None:
            handle.windowStateChanged.connect(self._maybe_back)
        window.closed.connect(self._on_window_closed)

    def track(self, jobs: Iterable[Job]) -> None:
        """Count jobs already under way (those the start resumed), without telling of them."""
        for job in jobs:
            self._states.setdefault(job.id, job.state)
            if not job.state.is_terminal:
                self._running.setdefault(job.id, job.progress)
                if job.start_image:
                    self._images.setdefault(job.id, job.start_image)
        self._refresh()

    def in_progress(self) -> int:
        return len(self._running)

    # -- the jobs ----------------------------------------------------------------------------

    def _on_job(self, job: Job) -> None:
        if self._closed:
            return
        before = self._states.get(job.id)
        self._states[job.id] = job.state
        if job.state.is_terminal:
            self._running.pop(job.id, None)
            self._images.pop(job.id, None)
        else:
            self._running[job.id] = job.progress
            if job.start_image and job.id not in self._images:
                self._images[job.id] = job.start_image
                if self._away():  # started while away (a queue, a resumed batch)
                    self._picture(job.start_image)
        if job.state in DONE and before != job.state and self._away():
            self._tell(job)
            self._refresh()  # news: in the title at once where no tray shows it
        else:
            self._refresh_soon()

    def _on_window_closed(self) -> None:
        """The person quit: the jobs' last moves while the app closes are not notified,
        and the dock's badge goes with the app."""
        self._closed = True
        self._refresh_timer.stop()
        self.launcher.show(0, None)

    def _on_removed(self, job_id: str) -> None:
        self._states.pop(job_id, None)
        self._running.pop(job_id, None)
        self._images.pop(job_id, None)
        self._refresh_soon()

    def _on_setting(self, name: str) -> None:
        if name == "count_in_title":
            self._refresh()

    def _away(self) -> bool:
        return unwatched(self._window)

    def _tell(self, job: Job) -> None:
        values = self._settings.values
        if values.notify_when_done:
            self.notifier.show(notice_for(job, self._picture(job.start_image)))
        if values.sound_when_done:
            self.chime().play()

    def chime(self) -> Chime:
        if self._chime is None:
            self._chime = Chime(self._cache_dir, self)
        return self._chime

    def _picture(self, path: str | None) -> QIcon | None:
        """The task's start image, as the list already has it in memory (never read here:
        a photo can take a while to decode); None until it is."""
        if not path or not self._window.has_panes():
            return None
        pixmap = self._window.thumbnails.lookup(path, PICTURE)
        return QIcon(pixmap) if pixmap is not None else None

    # -- the person comes back -----------------------------------------------------------------

    def show_task(self, job_id: str) -> None:
        """What a click on a notice does: the window forward, showing that task."""
        window = self._window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()
        window.show_task(job_id)

    def _maybe_back(self, *_: object) -> None:
        if self._closed:
            return
        if self._away():
            # Have the pictures of the videos in progress ready for their notices. Only
            # now: while the person watches, the list shows them anyway, and asking for
            # each new task decoded 100 pictures twice when a batch was sent.
            for path in self._images.values():
                self._picture(path)
            return
        self.notifier.person_is_back()
        self._refresh()

    # -- the count ---------------------------------------------------------------------------

    def _refresh_soon(self) -> None:
        """At most every REFRESH_MS while tasks change: each new title took ~3 ms, once for
        every one of the 100 tasks a batch records in half a second (bench/batch_drop.py)."""
        if not self._refresh_timer.isActive():
            if self._running:
                self.launcher.prepare()  # the dock's count comes with the next refresh
            self._refresh_timer.start()

    def _refresh(self) -> None:
        """The title and the dock entry, from the jobs in progress and a notice waiting."""
        self._refresh_timer.stop()
        counting = self._settings.values.count_in_title
        count = len(self._running) if counting else 0
        parts = []
        waiting = self.notifier.waiting()
        if waiting is not None:  # no tray: the title carries the news until the person is back
            parts.append(waiting.title)
        parts.append(APP_NAME)
        if count:
            parts.append(translate("TaskAlerts", "%n video(s) in progress", "", count))
        title = " — ".join(parts)
        if title != self._shown_title:
            self._shown_title = title
            self._window.setWindowTitle(title)
        done = sum(self._running.values()) / (100 * count) if count else None
        self.launcher.show(count, done)


def unwatched(window: QWidget) -> bool:
    """The person is not looking at ``window``: it is minimised (or hidden), or the window
    in front is another program's. One of the app's own dialogs in front (Settings, a
    question) is the app, in use."""
    if not window.isVisible() or window.isMinimized():
        return True
    front = QApplication.activeWindow()
    while front is not None and front is not window:
        front = front.parentWidget()
    return front is None


def notice_for(job: Job, picture: QIcon | None = None) -> Notice:
    """The words of a notice: "Your video is ready" and the prompt's start; for a failure,
    the reason too."""
    prompt = (
        translate("TaskAlerts", "“{prompt}”").format(prompt=prompt_start(job.prompt))
        if job.prompt.strip()
        else translate("TaskAlerts", "Your video")
    )
    if job.state is JobState.FAILED:
        reason = (job.error_message or translate("TaskAlerts", "Something went wrong.")).strip()
        failed = translate("TaskAlerts", "Your video failed")
        return Notice(failed, f"{prompt}\n{reason}", job.id, picture)
    ready, watch = (
        translate("TaskAlerts", "Your video is ready"),
        translate("TaskAlerts", "Click to watch it."),
    )
    return Notice(ready, f"{prompt}\n{watch}", job.id, picture)


def prompt_start(prompt: str, limit: int = PROMPT_CHARS) -> str:
    """The prompt's beginning on one line, cut at a word with an ellipsis when long."""
    text = " ".join(prompt.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(",.;:") + "…"
