"""The send queue in the window: the Task menu's Pause, Resume, Edit…, Send Next, Move
Up/Down, Send Last, Cancel (Not Paid) and Send After All; the "Pause Sending" toggle (as
the person left it, read back at start); and the status bar's word on what waits
("Sending paused — 4 waiting, nothing of them paid yet").

Its own module so the task commands stay about one task's video and history: which of
these a task allows, and why one is refused (it was sent: it is paid), is the jobs
service's to decide (services/task_decisions); this offers, greys out and carries out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTimer
from PySide6.QtWidgets import QLabel

from poyo_desktop.services.task_choices import Refusal, TaskRequest
from poyo_desktop.ui.kit.translations import translate

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDialog, QMainWindow

    from poyo_desktop.core.job import Job
    from poyo_desktop.services.app_services import AppServices
    from poyo_desktop.ui.tasks.task_view import TaskListView
    from poyo_desktop.ui.window.actions import WindowActions


class QueueMenu(QObject):
    """Runs the send queue's actions on the selected task; keeps the toggle and the status
    bar's note true."""

    def __init__(self, window: QMainWindow, actions: WindowActions, tasks: TaskListView) -> None:
        super().__init__(window)
        self._window = window
        self._actions = actions
        self._tasks = tasks
        self._services: AppServices | None = None
        self.refused: set[QAction] = set()
        self._requests: dict[QAction, TaskRequest] = {
            actions.pause_action: TaskRequest.PAUSE,
            actions.resume_action: TaskRequest.RESUME,
            actions.send_next_action: TaskRequest.SEND_NEXT,
            actions.move_up_action: TaskRequest.MOVE_UP,
            actions.move_down_action: TaskRequest.MOVE_DOWN,
            actions.send_last_action: TaskRequest.SEND_LAST,
            actions.cancel_action: TaskRequest.CANCEL,
            actions.send_after_all_action: TaskRequest.SEND_AFTER_ALL,
        }
        self._usual = {action: (action.text(), action.toolTip()) for action in self._requests}
        for action, request in self._requests.items():
            action.triggered.connect(lambda _=False, r=request: self._ask(r))
        actions.pause_sending_action.triggered.connect(self._toggle_sending)
        actions.edit_action.triggered.connect(self._edit_current)
        self._editor: QDialog | None = None
        self.note = QLabel()
        self.note.setObjectName("sendQueueNote")
        self.note.setContentsMargins(16, 0, 4, 0)
        self.note.setVisible(False)
        window.statusBar().addPermanentWidget(self.note)
        # Many jobs change at once (a move rewrites a dozen ranks): one refresh for them.
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(50)
        self._refresh.timeout.connect(self._show_line)

    def attach(self, services: AppServices) -> None:
        from poyo_desktop.ui.tasks.formatting import follow_queue

        self._services = services
        jobs = services.jobs
        follow_queue(jobs.place_in_line)
        for signal in (jobs.job_added, jobs.job_changed, jobs.job_removed):
            signal.connect(lambda *_: self._refresh.start())
        services.settings.changed.connect(
            lambda name: jobs.limit_changed() if name == "max_concurrent" else None
        )
        # Pause Sending as it was left: the toggle and the note follow once it is read,
        # and follow a choice made elsewhere (``poyo-desktop pause`` while the window runs).
        jobs.restore_sending_pause().add_done_callback(lambda _: self._refresh.start())
        jobs.sending_pause_chosen.connect(lambda _on: self._refresh.start())
        self._show_line()

    def update(self, job: Job | None) -> None:
        """Offer what ``job`` allows; grey out, with the reason, what it refuses."""
        services = self._services
        self.refused = set()
        for action, request in self._requests.items():
            step = services.jobs.queue_step(job, request) if services and job else None
            text, tip = self._usual[action]
            if isinstance(step, Refusal):
                self.refused.add(action)
                text, tip = f"{text} — {step.brief}", step.message
            action.setEnabled(step is not None and not isinstance(step, Refusal))
            action.setText(text)
            action.setToolTip(tip)
            action.setStatusTip(tip)
        # Edit… only for a task still waiting (paused or not); nothing to explain otherwise.
        edit = services is not None and job is not None and services.jobs.edit_refusal(job) is None
        self._actions.edit_action.setEnabled(edit)

    def _edit_current(self) -> None:
        """Edit… for the task in focus (with several selected, that one): a dialog."""
        from poyo_desktop.ui.window.edit_dialog import EditDialog  # only when asked for

        job = self._tasks.current_job()
        if job is None or self._services is None or self._editor is not None:
            return
        jobs = self._services.jobs
        current = jobs.get(job.id) or job
        if jobs.edit_refusal(current) is not None:
            return
        self._editor = EditDialog(current, jobs, self._tasks.thumbnails, self._window)
        self._editor.finished.connect(self._edit_closed)
        self._editor.open()

    def _edit_closed(self) -> None:
        if self._editor is not None:
            self._editor.deleteLater()
        self._editor = None

    def _ask(self, request: TaskRequest) -> None:
        """For every selected task that allows it; with several, one word on how many."""
        jobs = self._tasks.selected_jobs()
        if not jobs or self._services is None:
            return
        several = len(jobs) > 1
        done = self._services.jobs.ask([job.id for job in jobs], request, quiet=several)
        if several:
            self._window.statusBar().showMessage(
                translate(
                    "QueueMenu",
                    "{what}: {done} of %Ln selected task(s) ({left} not waiting to be sent).",
                    "",
                    len(jobs),
                ).format(what=request.label, done=done, left=len(jobs) - done),
                6000,
            )

    def _toggle_sending(self) -> None:
        if self._services is None:
            return
        jobs = self._services.jobs
        if jobs.queue.all_paused():
            jobs.resume_all()
        else:
            jobs.hold_all()
        self._show_line()

    def _show_line(self) -> None:
        """The toggle's words, and the status bar's note on what waits."""
        if self._services is None:
            return
        queue = self._services.jobs.queue
        line = queue.waiting()
        paused = queue.all_paused()
        toggle = self._actions.pause_sending_action
        toggle.setChecked(paused)
        toggle.setText(
            translate("Actions", "Resume Sending")
            if paused
            else translate("Actions", "Pause Sending")
        )
        held = sum(1 for job in line if job.held)
        count = len(line)
        if paused and not line:
            text = translate("QueueMenu", "Sending paused — new videos wait until you resume")
        elif paused:
            text = translate(
                "QueueMenu", "Sending paused — %Ln waiting, nothing of them paid yet", "", count
            )
        elif held:
            text = translate("QueueMenu", "%Ln waiting ({held} paused) · not paid yet", "", count)
            text = text.format(held=QLocale().toString(held))
        elif line:
            text = translate("QueueMenu", "%Ln waiting · not paid yet", "", count)
        else:
            text = ""
        self.note.setText(text)
        self.note.setVisible(bool(text))
        self._tasks.viewport().update()  # places in line move with every change
        current = self._tasks.current_job()
        if current is not None:
            self.update(self._services.jobs.get(current.id) or current)
