"""The task list, the preview and the Task menu kept in step with the jobs service.

Its own module so the window only wires signals: what a new or changed job shows (its
row, and the preview and the Task menu when it is the selected one) is decided here, in
one place. Made with the panes; the window imports it before its first paint, so it
imports nothing heavier than the job's states.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from poyo_desktop.core.states import JobState
from poyo_desktop.ui.kit.translations import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar

    from poyo_desktop.core.job import Job
    from poyo_desktop.ui.player.player import VideoPreview
    from poyo_desktop.ui.tasks.task_model import JobListModel
    from poyo_desktop.ui.tasks.task_view import TaskListView
    from poyo_desktop.ui.window.task_commands import TaskCommands

SENDING = QT_TRANSLATE_NOOP("JobDisplay", "Sending your video request…")
# Tasks recorded closer together than this are one burst (a batch): the first is selected
# at once, the newest once the burst is over (unless the person chose a row meanwhile).
# Selecting each of a hundred in turn showed each in the preview and held the window for
# about 5 ms a task (bench/batch_drop.py).
BURST_MS = 250
# Within a burst, new rows go into the list together this often, not one by one: each
# insert at the top moves every row, and the list's repaint cost 4-11 ms a time while a
# batch of 100 was recorded (bench/batch_drop.py).
ROWS_EVERY_MS = 50


class JobDisplay:
    """Shows the jobs service's news in the list, the preview and the Task menu."""

    def __init__(
        self,
        model: JobListModel,
        tasks: TaskListView,
        preview: VideoPreview,
        task_commands: TaskCommands,
        status_bar: QStatusBar,
    ) -> None:
        self._model = model
        self._tasks = tasks
        self._preview = preview
        self._task_commands = task_commands
        self._status_bar = status_bar
        self._newest: str | None = None  # the newest task of a burst, selected at its end
        self._person_has_row = False  # they chose a row during the burst: it stays
        self._burst = QTimer(tasks)  # goes with the list
        self._burst.setSingleShot(True)
        self._burst.setInterval(BURST_MS)
        self._burst.timeout.connect(self._end_burst)
        tasks.person_chose.connect(self._person_chose)
        self._coming: dict[str, Job] = {}  # recorded in a burst, in the list at the next tick
        self._rows_tick = QTimer(tasks)
        self._rows_tick.setSingleShot(True)
        self._rows_tick.setInterval(ROWS_EVERY_MS)
        self._rows_tick.timeout.connect(self._put_in_list)

    def added(self, job: Job) -> None:
        if self._status_bar.currentMessage() == translate("JobDisplay", SENDING):
            self._status_bar.clearMessage()  # recorded: its row says how it goes from here
        if self._burst.isActive():
            self._coming[job.id] = job
            if not self._rows_tick.isActive():
                self._rows_tick.start()
            self._newest = None if self._person_has_row else job.id
        else:
            self._model.upsert(job)
            self._person_has_row = False
            self._tasks.select_job(job.id)
        self._burst.start()

    def removed(self, job_id: str) -> None:
        if self._coming.pop(job_id, None) is None:
            self._model.remove(job_id)

    def _put_in_list(self) -> None:
        coming, self._coming = self._coming, {}
        self._model.upsert_many(coming.values())

    def _person_chose(self) -> None:
        """A click or key in the list while tasks keep coming: the row is theirs now."""
        if self._burst.isActive():
            self._person_has_row = True
            self._newest = None

    def _end_burst(self) -> None:
        self._rows_tick.stop()
        self._put_in_list()
        newest, self._newest = self._newest, None
        self._person_has_row = False
        if newest is not None:
            self._tasks.select_job(newest)

    def changed(self, job: Job) -> None:
        if job.id in self._coming:  # not in the list yet: it goes in as it is now
            self._coming[job.id] = job
            return
        self._model.upsert(job)
        selected = self._tasks.current_job()
        if selected is not None and selected.id == job.id:
            self._task_commands.update(job)
            # Compared with what the preview shows, not with the list's row: the row is
            # already this job, so a task that just finished would never be shown.
            shown = self._preview.current_job()
            if (
                shown is None
                or shown.id != job.id
                or shown.state != job.state
                or job.state is not JobState.FINISHED
            ):
                self._preview.show_job(job)

    def selected(self, job: Job | None) -> None:
        self._preview.show_job(job)
        self._task_commands.update(job)
