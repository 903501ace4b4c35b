"""What the Task menu does to the selected task, and which of its choices it offers.

The same commands answer the task list's right-click menu, its keys (Space, Delete) and a
double-click. Which choices a task allows, and why one is refused (a task of the other
server), is asked of the jobs service; the reason is shown greyed out in the menus and in
the note under the list. Made with the task list, after the window's first paint.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QMenu, QMessageBox

from poyo_desktop.core.draft import JobDraft
from poyo_desktop.core.states import JobState
from poyo_desktop.services.task_choices import TaskRequest
from poyo_desktop.ui.kit.rich_text import escape
from poyo_desktop.ui.kit.translations import translate
from poyo_desktop.ui.tasks.formatting import explain_unavailable
from poyo_desktop.ui.window.frame_actions import frame_actions, has_video
from poyo_desktop.ui.window.queue_menu import QueueMenu

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLabel, QMainWindow

    from poyo_desktop.core.job import Job
    from poyo_desktop.services.app_services import AppServices
    from poyo_desktop.ui.form.form import GenerationForm
    from poyo_desktop.ui.player.player import VideoPreview
    from poyo_desktop.ui.tasks.task_view import TaskListView
    from poyo_desktop.ui.window.actions import WindowActions
    from poyo_desktop.ui.window.frame_commands import FrameCommands


class TaskCommands(QObject):
    """Runs the Task menu's actions on the task selected in ``tasks``."""

    def __init__(
        self,
        window: QMainWindow,
        actions: WindowActions,
        tasks: TaskListView,
        preview: VideoPreview,
        form: GenerationForm,
        note: QLabel,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._actions = actions
        self._tasks = tasks
        self._preview = preview
        self._form = form
        self._note = note
        self._services: AppServices | None = None  # set by attach
        self._refused: set[QAction] = set()  # task choices greyed out with a reason
        # Text and tip of the choices a task may refuse, restored when it no longer does.
        self._usual = {
            action: (action.text(), action.toolTip())
            for action in (
                actions.retry_action,
                actions.check_again_action,
                actions.submit_again_action,
            )
        }
        for action, slot in (
            (actions.play_action, self._play_selected),
            (actions.open_video_action, self._open_selected_video),
            (actions.reveal_action, self._reveal_selected),
            (actions.copy_id_action, self._copy_task_id),
            (actions.copy_json_action, self._copy_json),
            (actions.reuse_action, self._reuse_selected),
            (actions.retry_action, self._retry_selected),
            (actions.check_again_action, self._check_again),
            (actions.submit_again_action, self._submit_again),
            (actions.remove_action, self._remove_selected),
        ):
            action.triggered.connect(slot)
        self.queue = QueueMenu(window, actions, tasks)
        self._frames: FrameCommands | None = None  # made on first use (see frames)
        self.frame_actions = frame_actions(window)
        for action in self.frame_actions:
            command = str(action.data())
            action.triggered.connect(
                lambda _checked=False, command=command: self.frames().run(command, self._selected())
            )
        self._add_to_task_menu(self.frame_actions)
        preview.set_frames_menu_maker(lambda: self.frames().menu)
        tasks.context_menu_requested.connect(self._on_context_menu)
        tasks.activated_job.connect(lambda job: self.play(job))
        tasks.remove_requested.connect(lambda job: self.remove(job))
        tasks.playback_toggled.connect(self._toggle_playback)
        tasks.frame_stepped.connect(self._step_frames)

    def attach(self, services: AppServices) -> None:
        self._services = services
        self.queue.attach(services)
        if self._frames is not None:
            self._frames.attach(services)

    def frames(self) -> FrameCommands:
        """The frame commands, made on first use (a choice, or the first video played)."""
        if self._frames is None:
            from poyo_desktop.ui.window.frame_commands import FrameCommands

            self._frames = FrameCommands(self._window, self._preview, self._form, self._services)
        return self._frames

    def _add_to_task_menu(self, added: list[QAction]) -> None:
        """Put ``added`` in the Task menu after the video's own choices (Show in Folder)."""
        menu = self._actions.task_menu
        items = menu.actions()
        after = items.index(self._actions.reveal_action) + 1
        if after < len(items):
            menu.insertActions(items[after], added)
        else:
            menu.addActions(added)

    def _menu_actions(self) -> list[QAction | None]:
        """The right-click menu's choices, in order; None for a separator."""
        listed: list[QAction | None] = []
        for action in self._actions.task_actions():
            listed.append(action)
            if action is self._actions.reveal_action:
                listed.extend(self.frame_actions)
        return listed

    def _selected(self) -> Job | None:
        return self._tasks.current_job()

    # -- what is offered -------------------------------------------------------------------

    def update(self, job: Job | None) -> None:
        """Enable the choices ``job`` allows; grey out, with the reason, those it refuses."""
        actions = self._actions
        has_file = bool(job and job.output_path and Path(job.output_path).exists())
        actions.play_action.setEnabled(has_file)
        actions.open_video_action.setEnabled(has_file)
        actions.reveal_action.setEnabled(has_file)
        actions.copy_id_action.setEnabled(bool(job and job.remote_id))
        actions.copy_json_action.setEnabled(job is not None)
        actions.reuse_action.setEnabled(job is not None)
        actions.remove_action.setEnabled(job is not None)
        self._offer_refusable(job)
        self.queue.update(job)
        for action in self.frame_actions:
            action.setEnabled(has_video(job))
        # One note names every choice refused, with one reason; the preview and the rows'
        # tooltips say it too, in the same words.
        services = self._services
        why = services.jobs.unavailable(job) if job and services is not None else None
        if services is not None:
            explain_unavailable(services.jobs.unavailable)
        if job is not None:
            self._preview.show_unavailable(job.id, why)
        self._note.setText(_why_not_note(why.heading, why.refusal.message) if why else "")
        self._note.setVisible(why is not None)

    def _offer_refusable(self, job: Job | None) -> None:
        """Retry, Check Again and Submit Again: offered by the task's state, unless the
        jobs service refuses them here (with the reason in their text and tip)."""
        actions = self._actions
        state = job.state if job else None
        self._refused = set()
        for action, offered, request in (
            (actions.retry_action, state is JobState.FAILED, TaskRequest.RETRY),
            (
                actions.check_again_action,
                state is JobState.UNKNOWN and bool(job and job.remote_id),
                TaskRequest.CHECK_AGAIN,
            ),
            (actions.submit_again_action, state is JobState.UNKNOWN, TaskRequest.SUBMIT_AGAIN),
        ):
            refusal = (
                self._services.jobs.refusal(job, request)
                if offered and job is not None and self._services is not None
                else None
            )
            text, tip = self._usual[action]
            if refusal is not None:
                self._refused.add(action)
                text, tip = f"{text} — {refusal.brief}", refusal.message
            action.setEnabled(offered and refusal is None)
            action.setText(text)
            action.setToolTip(tip)
            action.setStatusTip(tip)

    def _on_context_menu(self, job: Job, where: QPoint) -> None:
        """Shown without a nested event loop (popup, not exec): the app's work (and a
        person's next click) carry on while it is open; gone once it closes."""
        menu = self.context_menu(job)
        menu.aboutToHide.connect(menu.deleteLater)  # a chosen action is triggered first
        self._tasks.hold_selection(menu)  # its choice goes to this task, whatever arrives
        menu.popup(where)

    def context_menu(self, job: Job) -> QMenu:
        """The right-click menu for ``job``: what can be done, and what cannot be done here
        (a task of the other server), greyed out with the reason on hover."""
        self.update(job)
        menu = QMenu(self._window)
        menu.setToolTipsVisible(True)
        pending_separator = False
        for action in self._menu_actions():
            if action is None:
                pending_separator = bool(menu.actions())
            elif action.isEnabled() or action in self._refused or action in self.queue.refused:
                if pending_separator:
                    menu.addSeparator()
                    pending_separator = False
                menu.addAction(action)
        return menu

    # -- the video -------------------------------------------------------------------------

    def play(self, job: Job) -> None:
        self._preview.show_job(job)

    def _toggle_playback(self, job: Job) -> None:
        """Space on a task: play or pause its video (the preview shows the selected task)."""
        if self._preview.current_job_id() == job.id:
            self._preview.toggle_playback()

    def _step_frames(self, job: Job, delta: int) -> None:
        """ "," or "." on a task: hold its video a frame back or forward."""
        if self._preview.current_job_id() == job.id:
            self._preview.step_frames(delta)

    def _play_selected(self) -> None:
        if job := self._selected():
            self.play(job)

    def _open_selected_video(self) -> None:
        if (job := self._selected()) and job.output_path:
            from poyo_desktop.ui.player import file_actions  # on first use

            file_actions.open_with_system(Path(job.output_path))

    def _reveal_selected(self) -> None:
        if (job := self._selected()) and job.output_path:
            from poyo_desktop.ui.player import file_actions

            file_actions.show_in_folder(Path(job.output_path))

    # -- copies ----------------------------------------------------------------------------

    def _copy_task_id(self) -> None:
        if (job := self._selected()) and job.remote_id:
            QGuiApplication.clipboard().setText(job.remote_id)
            self._window.statusBar().showMessage(translate("TaskCommands", "Task ID copied."), 3000)

    def _copy_json(self) -> None:
        if job := self._selected():
            keep = (
                "model",
                "prompt",
                "negative_prompt",
                "duration",
                "start_image_original",
                "end_image_original",
                "remote_id",
                "state",
                "credits",
                "output_path",
            )
            data = {k: v for k, v in asdict(job).items() if k in keep}
            data["created_at"] = job.created_at.isoformat()
            QGuiApplication.clipboard().setText(json.dumps(data, indent=2, default=str))
            self._window.statusBar().showMessage(
                translate("TaskCommands", "Task settings copied as JSON."), 3000
            )

    def _reuse_selected(self) -> None:
        if job := self._selected():

            def image(kept: str | None, original: str | None) -> Path | None:
                for candidate in (kept, original):
                    if candidate and Path(candidate).exists():
                        return Path(candidate)
                return None

            def original(picked: str | None) -> Path | None:  # shown by its name
                return Path(picked) if picked else None

            self._form.set_draft(
                JobDraft(
                    model=job.model,
                    prompt=job.prompt,
                    duration=job.duration,
                    negative_prompt=job.negative_prompt,
                    start_image=image(job.start_image, job.start_image_original),
                    end_image=image(job.end_image, job.end_image_original),
                    start_image_original=original(job.start_image_original),
                    end_image_original=original(job.end_image_original),
                )
            )

    # -- again -----------------------------------------------------------------------------

    def _jobs_then(self, request: Callable[[AppServices], None]) -> None:
        """Do a task-menu request once jobs can be sent (the demo server starts on need)."""
        services = self._services
        if services is None:
            return
        started = services.mode.ensure_backend()
        if started is None:
            request(services)
            return

        def then(done: object) -> None:
            if not started.cancelled() and started.exception() is None:
                request(services)

        started.add_done_callback(then)

    def _retry_selected(self) -> None:
        if job := self._selected():
            job_id = job.id
            self._jobs_then(lambda services: services.jobs.retry(job_id))

    def _check_again(self) -> None:
        if job := self._selected():
            job_id = job.id
            self._jobs_then(lambda services: services.jobs.check_again(job_id))

    def _submit_again(self) -> None:
        job = self._selected()
        if job is None:
            return
        answer = QMessageBox.warning(
            self._window,
            "Submit again?",
            "PoYo may already have started this video, because the first request got no "
            "answer. Submitting again could be charged twice.\n\nCheck your History page on "
            "poyo.ai first if you can. Submit again anyway?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            job_id = job.id
            self._jobs_then(lambda services: services.jobs.submit_again(job_id))

    def _remove_selected(self) -> None:
        if job := self._selected():
            self.remove(job)

    def remove(self, job: Job) -> None:
        """Ask, then take ``job`` off the list (and its video off the disk, if ticked)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("TaskCommands", "Remove task"),
            translate("TaskCommands", "Remove this task from your history?"),
            parent=self._window,
        )
        delete_file: QCheckBox | None = None
        if job.output_path and Path(job.output_path).exists():
            delete_file = QCheckBox(translate("TaskCommands", "Also delete the video file"))
            box.setCheckBox(delete_file)
        if not job.state.is_terminal:
            box.setInformativeText(
                translate(
                    "TaskCommands", "It is still in progress; the app will stop following it."
                )
            )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)

        # Opened, not exec()-ed: no nested event loop. Enter answers Yes, Esc Cancel.
        def answered() -> None:
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
                self._remove_now(job, bool(delete_file and delete_file.isChecked()))
            box.deleteLater()

        box.finished.connect(answered)
        box.open()

    def _remove_now(self, job: Job, delete_file: bool) -> None:
        if self._preview.current_job_id() == job.id:
            self._preview.stop()
        if self._services is not None:
            self._services.jobs.remove(job.id, delete_file=delete_file)


def _why_not_note(heading: str, message: str) -> str:
    """The note under the task list: which choices are greyed out, and why, with "Settings"
    as a link to it and a command-line option never broken across lines."""
    text = escape(message)
    text = text.replace(" in Settings", ' in <a href="settings">Settings</a>')
    for option in ("--demo",):
        text = text.replace(option, f"<nobr>{option}</nobr>")
    return f"<b>{escape(heading)}</b> {text}"
