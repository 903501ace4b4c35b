"""The main window: form, preview and task list side by side, wired to the services.

The window can be built and painted before the services exist (``MainWindow(paths=...)``,
then :meth:`MainWindow.attach`): the app shows it first and loads the network stack, the
key and the history after its first paint. Until then the form works, the list is empty,
and a Generate, Settings or Open Folder asked for meanwhile is carried out on attach. With
``panes_later``, the first paint does not wait for the preview and the task list either
(their modules and widgets: ~20 ms): it shows their places, and :meth:`build_panes` fills
them in right after.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from poyo_desktop import APP_NAME
from poyo_desktop.core.states import JobState
from poyo_desktop.ui.form.form import GenerationForm
from poyo_desktop.ui.kit.icons import ActionGlyph, themed_icon
from poyo_desktop.ui.kit.lazy_qt import Qt, set_qt_property
from poyo_desktop.ui.kit.theme import PREVIEW_MINIMUM, SCREEN_COLOUR
from poyo_desktop.ui.window.banner import DemoBanner

if TYPE_CHECKING:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QCloseEvent, QPaintEvent

    from poyo_desktop.boot.compose import AppContext
    from poyo_desktop.core.draft import JobDraft
    from poyo_desktop.core.job import Job
    from poyo_desktop.services.paths import AppPaths
    from poyo_desktop.ui.form.draft_keeper import DraftKeeper
    from poyo_desktop.ui.player.player import VideoPreview
    from poyo_desktop.ui.tasks.history_filter import HistoryFilter
    from poyo_desktop.ui.tasks.task_model import JobListModel
    from poyo_desktop.ui.tasks.task_view import TaskListView
    from poyo_desktop.ui.tasks.thumbnails import ThumbnailCache
    from poyo_desktop.ui.window.task_alerts import TaskAlerts

log = logging.getLogger(__name__)

SENDING = "Sending your video request…"


class MainWindow(QMainWindow):
    first_painted = Signal()  # once, when the window has been drawn for the first time
    closed = Signal()  # the person closed the window (Quit, the close button, a signal)

    # Made by build_panes (at once, unless panes_later).
    thumbnails: ThumbnailCache
    model: JobListModel
    preview: VideoPreview
    tasks: TaskListView
    filter: HistoryFilter
    task_note: QLabel
    alerts: TaskAlerts  # made by attach

    def __init__(self, ctx: AppContext | None = None, *, paths: AppPaths | None = None,
                 demo: bool | None = None, panes_later: bool = False) -> None:
        """``MainWindow(ctx)`` is ready at once. ``MainWindow(paths=...)`` is the window
        alone, to paint before the services are built; :meth:`attach` wires them. ``demo``
        says which mode to show until then (by default the last session's).
        ``panes_later`` (without ``ctx``): the preview and the task list wait for
        :meth:`build_panes`, which :meth:`attach` calls if nothing did before."""
        super().__init__()
        if ctx is not None:
            paths = ctx.paths
        if paths is None:
            raise TypeError("MainWindow needs a context or the app's paths")
        self._ctx: AppContext | None = None
        self._paths = paths
        self._painted = False
        self._on_attach: list[Callable[[], None]] = []
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(960, 600)
        self._closing = False
        self._panes_built = False
        self._drafts: DraftKeeper | None = None  # made by start()

        self.form = GenerationForm(paste_dir=paths.cache_dir / "pasted")
        # After the first frame is out, not inside its paint event.
        self.first_painted.connect(lambda: QTimer.singleShot(0, self.form.fit_to_style))
        self.form.generate_requested.connect(self._on_generate_requested)
        self.form.sending_changed.connect(lambda busy: self.generate_action.setEnabled(not busy))

        self.banner = DemoBanner()
        self.banner.settings_requested.connect(self.open_settings)
        self._refused: set[QAction] = set()  # task choices greyed out with a reason
        self._build_layout()
        self._build_actions()
        self._build_status_bar()
        self._restore_state()
        if ctx is not None or not panes_later:
            self.build_panes()
        if ctx is not None:
            self.attach(ctx)
        else:
            self._show_expected_mode(demo)

    @property
    def ctx(self) -> AppContext:
        if self._ctx is None:
            raise RuntimeError("the window has no services yet: call attach() first")
        return self._ctx

    def is_attached(self) -> bool:
        return self._ctx is not None

    def attach(self, ctx: AppContext) -> None:
        """Wire the window to the services, then do what was asked for meanwhile."""
        if self._ctx is not None:
            raise RuntimeError("the window is already attached")
        self.build_panes()
        self._ctx = ctx
        self._connect_services()
        from poyo_desktop.ui.window.task_alerts import TaskAlerts  # after the first paint

        self.alerts = TaskAlerts(self, ctx)  # notices, chime, count in the title
        self._on_mode_changed(ctx.demo)
        waiting, self._on_attach = self._on_attach, []
        for request in waiting:
            request()

    def _when_attached(self, request: Callable[[], None]) -> None:
        if self._ctx is not None:
            request()
        else:
            self._on_attach.append(request)

    # -- construction ----------------------------------------------------------------------

    def _build_layout(self) -> None:
        # The form scrolls its own fields and keeps Generate in view below them.
        self.form.setMinimumWidth(360)

        # The places of the preview and the task list, until build_panes fills them: the
        # preview's dark screen above the room of its two rows of buttons (about two lines
        # of text each), and the window's own background where the list will be.
        preview_place = QWidget()
        preview_place.setMinimumSize(*PREVIEW_MINIMUM)  # so the splitter lays it out alike
        rows = QVBoxLayout(preview_place)
        rows.setContentsMargins(0, 0, 0, 2 * (self.fontMetrics().height() + 14))
        screen = QFrame()
        screen.setAutoFillBackground(True)
        palette = screen.palette()
        palette.setColor(palette.ColorRole.Window, SCREEN_COLOUR)
        screen.setPalette(palette)
        rows.addWidget(screen)
        self.right_split = QSplitter()
        set_qt_property(self.right_split, "orientation", "Vertical")
        self.right_split.addWidget(preview_place)
        self.right_split.addWidget(QWidget())
        self.right_split.setStretchFactor(0, 3)
        self.right_split.setStretchFactor(1, 2)
        self.right_split.setChildrenCollapsible(False)

        self.main_split = QSplitter()  # side by side
        self.main_split.addWidget(self.form)
        self.main_split.addWidget(self.right_split)
        self.main_split.setStretchFactor(0, 0)
        self.main_split.setStretchFactor(1, 1)
        self.main_split.setChildrenCollapsible(False)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.banner)
        layout.addWidget(self.main_split, 1)
        self.setCentralWidget(central)

    def build_panes(self) -> None:
        """Make the preview and the task list, in the places kept for them; once."""
        if self._panes_built:
            return
        self._panes_built = True
        from poyo_desktop.ui.player.player import VideoPreview
        from poyo_desktop.ui.tasks.history_filter import HistoryFilter
        from poyo_desktop.ui.tasks.task_model import JobListModel
        from poyo_desktop.ui.tasks.task_view import TaskListView
        from poyo_desktop.ui.tasks.thumbnails import ThumbnailCache

        self.thumbnails = ThumbnailCache(self)
        self.model = JobListModel(self.thumbnails, self)
        self.preview = VideoPreview()
        self.tasks = TaskListView()
        self.tasks.setModel(self.model)
        self.tasks.setAccessibleName("Tasks")
        self.filter = HistoryFilter()
        self.filter.query_changed.connect(self.model.set_query)
        # Same geometry as the places they take (QSplitter.replaceWidget): restored sizes hold.
        # Kept as attributes: PySide6's replaceWidget leaves them owned by Python.
        self._tasks_box = self._build_tasks_box()
        for index, pane in enumerate((self.preview, self._tasks_box)):
            place = self.right_split.replaceWidget(index, pane)
            if place is not None:
                place.deleteLater()
        self._connect()
        if self._ctx is None:
            self.model.expect_source()  # the history is read once attached
        self._update_task_actions(None)

    def _build_tasks_box(self) -> QWidget:
        tasks_box = QWidget()
        tasks_layout = QVBoxLayout(tasks_box)
        tasks_layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel("<b>Your videos</b>")
        tasks_layout.addWidget(title)
        tasks_layout.addWidget(self.filter)
        tasks_layout.addWidget(self.tasks)
        # Why the selected task cannot be retried (or checked) here, where a person looks
        # when its Retry is greyed out: beside the list, not in a passing status message.
        self.task_note = QLabel()
        self.task_note.setObjectName("taskNote")
        self.task_note.setStyleSheet(
            "#taskNote { background: rgba(33, 150, 243, 0.10); padding: 6px 8px; "
            "border: 1px solid rgba(33, 150, 243, 0.45); border-radius: 6px; }")
        self.task_note.setWordWrap(True)
        self.task_note.setTextFormat(Qt.TextFormat.RichText)
        self.task_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.task_note.linkActivated.connect(lambda _link: self.open_settings())
        self.task_note.setAccessibleName("About the selected task")
        self.task_note.hide()
        tasks_layout.addWidget(self.task_note)
        return tasks_box

    def _action(self, text: str, slot: object,
                shortcut: QKeySequence.StandardKey | str | None = None,
                tip: str = "") -> QAction:
        """A menu action; a standard ``shortcut`` gives it all the platform's keys for it."""
        action = QAction(text, self)
        # setShortcuts, as setShortcut(…) makes the Qt namespace (see ui/kit/lazy_qt.py).
        if isinstance(shortcut, str):
            action.setShortcuts([QKeySequence(shortcut)])
        elif shortcut is not None:
            action.setShortcuts(shortcut)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        return action

    def _build_actions(self) -> None:
        self.generate_action = self._action("&Generate", self.form.try_generate, "Ctrl+Return",
                                            "Make a video from the form (Ctrl+Enter)")
        self.generate_action.setShortcuts([QKeySequence("Ctrl+Return"),
                                           QKeySequence("Ctrl+Enter")])
        self.settings_action = self._action("&Settings…", self.open_settings,
                                            QKeySequence.StandardKey.Preferences)
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcuts([QKeySequence("Ctrl+,")])
        self.quit_action = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit)
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcuts([QKeySequence("Ctrl+Q")])
        self.open_folder_action = self._action("Open Videos &Folder", self._open_download_dir)
        self.find_action = self._action("&Find…", lambda: self.filter.search.setFocus(),
                                        QKeySequence.StandardKey.Find)

        self.play_action = self._action("&Play", self._play_selected)
        self.open_video_action = self._action("&Open Video", self._open_selected_video)
        self.reveal_action = self._action("Show in &Folder", self._reveal_selected)
        self.copy_id_action = self._action("&Copy Task ID", self._copy_task_id)
        self.copy_json_action = self._action("Copy Settings as &JSON", self._copy_json)
        self.reuse_action = self._action("&Use These Settings Again", self._reuse_selected,
                                         "Ctrl+R")
        self.retry_action = self._action(
            "&Retry", self._retry_selected,
            tip="Try this task again: fetch its video, or make it again if it failed")
        self.check_again_action = self._action(
            "Check &Status Again", self._check_again,
            tip="Ask PoYo whether this task was created and how it is doing")
        self.submit_again_action = self._action(
            "Submit &Again…", self._submit_again,
            tip="Send this task again (it may be charged twice)")
        # Text and tip of the choices a task may refuse, restored when it no longer does.
        self._usual = {action: (action.text(), action.toolTip()) for action in
                       (self.retry_action, self.check_again_action, self.submit_again_action)}
        self.remove_action = self._action("Re&move from List…", self._remove_selected)
        self.about_action = self._action("&About PoYo Desktop", self._show_about)
        self.shortcuts_action = self._action("&Keyboard Shortcuts", self._show_shortcuts,
                                             "F1", "Every key the app answers to")
        self.shortcuts_action.setShortcuts([QKeySequence("F1"), QKeySequence("Ctrl+?")])
        self.website_action = self._action(
            "PoYo &Website", lambda: _open_url("https://poyo.ai"))

        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.generate_action)
        file_menu.addAction(self.open_folder_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu("&Edit")
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.settings_action)
        self.task_menu = bar.addMenu("&Task")
        for action in self._task_actions():
            self.task_menu.addAction(action) if action else self.task_menu.addSeparator()
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.website_action)
        help_menu.addAction(self.about_action)

        toolbar = QToolBar("Main")
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        set_qt_property(toolbar, "toolButtonStyle", "ToolButtonTextBesideIcon")
        for action, theme, glyph in (
            (self.generate_action, "media-playback-start", ActionGlyph.GENERATE),
            (self.open_folder_action, "folder-videos", ActionGlyph.FOLDER),
            (self.settings_action, "preferences-system", ActionGlyph.SETTINGS),
        ):
            action.setIcon(themed_icon(theme, glyph, self.palette()))
            toolbar.addAction(action)
        self.addToolBar(toolbar)
        for action in self._task_actions():  # until a task is selected (see build_panes)
            if action is not None:
                action.setEnabled(False)

    def _task_actions(self) -> list[QAction | None]:
        return [self.play_action, self.open_video_action, self.reveal_action, None,
                self.reuse_action, self.retry_action, self.check_again_action,
                self.submit_again_action, None, self.copy_id_action, self.copy_json_action,
                None, self.remove_action]

    def _build_status_bar(self) -> None:
        from poyo_desktop.ui.window.status_line import StatusLine

        self.status_line = StatusLine(self.statusBar())  # the one truth about the connection
        self.mode_label = self.status_line.label

    def _connect(self) -> None:
        self.tasks.job_selected.connect(self._on_job_selected)
        self.tasks.context_menu_requested.connect(self._on_context_menu)
        self.tasks.activated_job.connect(lambda job: self._play(job))
        self.tasks.remove_requested.connect(lambda job: self._remove(job))
        self.tasks.playback_toggled.connect(self._toggle_playback)

    def _connect_services(self) -> None:
        # Demo videos are free: the form's prices follow the mode.
        self.form.set_demo(self.ctx.demo)
        self.ctx.notifier.mode_changed.connect(self.form.set_demo)
        jobs = self.ctx.jobs
        jobs.job_added.connect(self._on_job_added)
        jobs.job_changed.connect(self._on_job_changed)
        jobs.job_removed.connect(self._on_job_removed)
        jobs.problem_reported.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.ctx.notifier.mode_changed.connect(self._on_mode_changed)
        self.ctx.notifier.problem.connect(lambda text: self.statusBar().showMessage(text))
        self.status_line.bind(self.ctx.connection)

    def _show_expected_mode(self, demo: bool | None) -> None:
        """Before the key is read: the mode of the last session (a first start has no key,
        so demo), corrected on :meth:`attach` if it changed."""
        if demo is None:
            demo = bool(self._window_state().value("window/demo", True, type=bool))
        self.banner.setVisible(demo)
        self.form.set_demo(demo)
        self.status_line.show_expected(demo)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def has_painted(self) -> bool:
        return self._painted

    def has_panes(self) -> bool:
        return self._panes_built

    def show_task(self, job_id: str) -> None:
        """Select the task ``job_id`` and show it in the preview (a notice was clicked)."""
        job = self.ctx.jobs.get(job_id)
        if not self.tasks.select_job(job_id) and job is None:
            return
        self._on_job_selected(job or self.tasks.current_job())

    # -- start-up --------------------------------------------------------------------------

    async def start(self) -> None:
        """Load history and resume unfinished work (the window is already visible)."""
        from PySide6.QtWidgets import QMessageBox

        self.model.set_source(self.ctx.store)
        self._keep_draft()
        await self.ctx.resume()  # in demo mode, starts the demo server only if there is work
        self.alerts.track(self.ctx.jobs.jobs())  # the resumed ones count as in progress
        for note in self.ctx.notes:  # non-modal: start-up never waits on a click
            box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, note, parent=self)
            box.setObjectName("startupNote")
            box.open()

    def _keep_draft(self) -> None:
        """The last session's form back, and this one's kept (ui/form/draft_keeper.py)."""
        from poyo_desktop.services.background import run_in_background
        from poyo_desktop.ui.form.draft_keeper import DraftKeeper

        self._drafts = DraftKeeper(self.form, self._paths.data_dir, self)
        self._drafts_restoring = run_in_background(self._drafts.restore(),
                                                   name="restoring the last draft")

    def open_start_image(self, path: Path) -> None:
        self.form.start_zone.set_image(path)

    # -- slots -----------------------------------------------------------------------------

    def _on_generate_requested(self, draft: JobDraft) -> None:
        # Busy until the task is recorded (or refused): one press, one video.
        self.form.set_sending(True)
        if self._ctx is None:  # pressed in the moment before the services are up
            self.statusBar().showMessage(SENDING, 4000)
            self._when_attached(lambda: self._on_generate_requested(draft))
            return
        from poyo_desktop.ui.form.balance_check import send_if_affordable

        send_if_affordable(self, self.ctx.connection, draft, lambda: self._send(draft),
                           cancelled=lambda: self.form.set_sending(False))

    def _send(self, draft: JobDraft) -> None:
        from poyo_desktop.ui.form.sending import follow_send

        self.ctx.settings.update(last_model=draft.model, last_duration=draft.duration)
        started = self.ctx.ensure_backend()  # the demo server starts on the first Generate
        follow_send(self.form, draft, self.ctx.jobs.generate(draft), started)
        self.statusBar().showMessage(SENDING, 4000)

    def _on_job_added(self, job: Job) -> None:
        if self.statusBar().currentMessage() == SENDING:
            self.statusBar().clearMessage()  # recorded: its row says how it goes from here
        self.model.upsert(job)
        self.tasks.select_job(job.id)

    def _on_job_changed(self, job: Job) -> None:
        self.model.upsert(job)
        selected = self.tasks.current_job()
        if selected is not None and selected.id == job.id:
            self._update_task_actions(job)
            # Compared with what the preview shows, not with the list's row: the row is
            # already this job, so a task that just finished would never be shown.
            shown = self.preview.current_job()
            if (shown is None or shown.id != job.id or shown.state != job.state
                    or job.state is not JobState.FINISHED):
                self.preview.show_job(job)

    def _on_job_removed(self, job_id: str) -> None:
        self.model.remove(job_id)

    def _on_job_selected(self, job: Job | None) -> None:
        self.preview.show_job(job)
        self._update_task_actions(job)

    def _on_context_menu(self, job: Job, where: QPoint) -> None:
        menu = self.task_context_menu(job)
        menu.exec(where)
        menu.deleteLater()

    def task_context_menu(self, job: Job) -> QMenu:
        """The right-click menu for ``job``: what can be done, and what cannot be done here
        (a task of the other server), greyed out with the reason on hover."""
        self._update_task_actions(job)
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        pending_separator = False
        for action in self._task_actions():
            if action is None:
                pending_separator = bool(menu.actions())
            elif action.isEnabled() or action in self._refused:
                if pending_separator:
                    menu.addSeparator()
                    pending_separator = False
                menu.addAction(action)
        return menu

    def _on_mode_changed(self, demo: bool) -> None:
        self.banner.setVisible(demo)  # the status line follows ctx.connection by itself
        self._update_task_actions(self._selected())  # what the other server's tasks allow

    # -- task actions ----------------------------------------------------------------------

    def _selected(self) -> Job | None:
        return self.tasks.current_job()

    def _update_task_actions(self, job: Job | None) -> None:
        has_file = bool(job and job.output_path and Path(job.output_path).exists())
        state = job.state if job else None
        self.play_action.setEnabled(has_file)
        self.open_video_action.setEnabled(has_file)
        self.reveal_action.setEnabled(has_file)
        self.copy_id_action.setEnabled(bool(job and job.remote_id))
        self.copy_json_action.setEnabled(job is not None)
        self.reuse_action.setEnabled(job is not None)
        self.remove_action.setEnabled(job is not None)
        from poyo_desktop.services.task_choices import TaskRequest

        self._refused = set()
        for action, offered, request in (
            (self.retry_action, state is JobState.FAILED, TaskRequest.RETRY),
            (self.check_again_action, state is JobState.UNKNOWN and bool(job and job.remote_id),
             TaskRequest.CHECK_AGAIN),
            (self.submit_again_action, state is JobState.UNKNOWN, TaskRequest.SUBMIT_AGAIN),
        ):
            refusal = (self._ctx.jobs.refusal(job, request)
                       if offered and job is not None and self._ctx is not None else None)
            text, tip = self._usual[action]
            if refusal is not None:
                self._refused.add(action)
                text, tip = f"{text} — {refusal.brief}", refusal.message
            action.setEnabled(offered and refusal is None)
            action.setText(text)
            action.setToolTip(tip)
            action.setStatusTip(tip)
        # One note names every choice refused, with one reason; the preview and the rows'
        # tooltips say it too, in the same words.
        why = self._ctx.jobs.unavailable(job) if job and self._ctx is not None else None
        if self._ctx is not None:
            from poyo_desktop.ui.tasks.formatting import explain_unavailable

            explain_unavailable(self._ctx.jobs.unavailable)
        if job is not None:
            self.preview.show_unavailable(job.id, why)
        self.task_note.setText(_why_not_note(why.heading, why.refusal.message) if why else "")
        self.task_note.setVisible(why is not None)

    def _play(self, job: Job) -> None:
        self.preview.show_job(job)

    def _toggle_playback(self, job: Job) -> None:
        """Space on a task: play or pause its video (the preview shows the selected task)."""
        if self.preview.current_job_id() == job.id:
            self.preview.toggle_playback()

    def _play_selected(self) -> None:
        if job := self._selected():
            self._play(job)

    def _open_selected_video(self) -> None:
        if (job := self._selected()) and job.output_path:
            from poyo_desktop.ui.player.file_actions import open_with_system

            open_with_system(Path(job.output_path))

    def _reveal_selected(self) -> None:
        if (job := self._selected()) and job.output_path:
            from poyo_desktop.ui.player.file_actions import show_in_folder

            show_in_folder(Path(job.output_path))

    def _open_download_dir(self) -> None:
        if self._ctx is None:
            self._when_attached(self._open_download_dir)
            return
        folder = self.ctx.settings.download_dir
        folder.mkdir(parents=True, exist_ok=True)
        _open_url(folder)

    def _copy_task_id(self) -> None:
        if (job := self._selected()) and job.remote_id:
            QGuiApplication.clipboard().setText(job.remote_id)
            self.statusBar().showMessage("Task ID copied.", 3000)

    def _copy_json(self) -> None:
        if job := self._selected():
            import json

            keep = ("model", "prompt", "negative_prompt", "duration", "start_image_original",
                    "end_image_original", "remote_id", "state", "credits", "output_path")
            data = {k: v for k, v in asdict(job).items() if k in keep}
            data["created_at"] = job.created_at.isoformat()
            QGuiApplication.clipboard().setText(json.dumps(data, indent=2, default=str))
            self.statusBar().showMessage("Task settings copied as JSON.", 3000)

    def _reuse_selected(self) -> None:
        if job := self._selected():
            def image(kept: str | None, original: str | None) -> Path | None:
                for candidate in (kept, original):
                    if candidate and Path(candidate).exists():
                        return Path(candidate)
                return None

            def original(picked: str | None) -> Path | None:  # shown by its name
                return Path(picked) if picked else None

            from poyo_desktop.core.draft import JobDraft

            self.form.set_draft(JobDraft(
                model=job.model, prompt=job.prompt, duration=job.duration,
                negative_prompt=job.negative_prompt,
                start_image=image(job.start_image, job.start_image_original),
                end_image=image(job.end_image, job.end_image_original),
                start_image_original=original(job.start_image_original),
                end_image_original=original(job.end_image_original)))

    def _with_backend(self, request: Callable[[], None]) -> None:
        """Do a task-menu request once jobs can be sent (the demo server starts on need)."""
        started = self.ctx.ensure_backend()
        if started is None:
            request()
            return

        def then(done: object) -> None:
            if not started.cancelled() and started.exception() is None:
                request()

        started.add_done_callback(then)

    def _retry_selected(self) -> None:
        if job := self._selected():
            job_id = job.id
            self._with_backend(lambda: self.ctx.jobs.retry(job_id))

    def _check_again(self) -> None:
        if job := self._selected():
            job_id = job.id
            self._with_backend(lambda: self.ctx.jobs.check_again(job_id))

    def _show_shortcuts(self) -> None:
        from poyo_desktop.ui.window.shortcuts_dialog import show_shortcuts

        show_shortcuts(self.menuBar(), self)

    def offer_first_run_guide(self) -> None:
        """The three-step guide over the preview, on a first start until dismissed (the app
        calls this; windows made by other code never show it)."""
        from poyo_desktop.ui.window.first_run import offer_guide

        self.build_panes()
        offer_guide(self.preview, self._window_state(), self.form.generate_requested)

    def _show_about(self) -> None:
        from poyo_desktop.ui.window.about import show_about

        show_about(self)

    # Dialogs: QMessageBox and QCheckBox are imported when needed, not to draw the window
    # (each Qt class costs its first use the creation of its Python enums).

    def _submit_again(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        job = self._selected()
        if job is None:
            return
        answer = QMessageBox.warning(
            self, "Submit again?",
            "PoYo may already have started this video, because the first request got no "
            "answer. Submitting again could be charged twice.\n\nCheck your History page on "
            "poyo.ai first if you can. Submit again anyway?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            job_id = job.id
            self._with_backend(lambda: self.ctx.jobs.submit_again(job_id))

    def _remove_selected(self) -> None:
        if job := self._selected():
            self._remove(job)

    def _remove(self, job: Job) -> None:
        from PySide6.QtWidgets import QCheckBox, QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, "Remove task",
                          "Remove this task from your history?", parent=self)
        delete_file: QCheckBox | None = None
        if job.output_path and Path(job.output_path).exists():
            delete_file = QCheckBox("Also delete the video file")
            box.setCheckBox(delete_file)
        if not job.state.is_terminal:
            box.setInformativeText("It is still in progress; the app will stop following it.")
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        if self.preview.current_job_id() == job.id:
            self.preview.stop()
        self.ctx.jobs.remove(job.id, delete_file=bool(delete_file and delete_file.isChecked()))

    # -- settings and state ----------------------------------------------------------------

    def open_settings(self) -> None:
        if self._ctx is None:
            self._when_attached(self.open_settings)
            return
        from poyo_desktop.ui.settings.settings_dialog import SettingsDialog  # keyring, on demand

        dialog = SettingsDialog(self.ctx, self)
        dialog.key_saved.connect(self.ctx.use_key)
        dialog.open()

    def _window_state(self) -> QSettings:
        """Window layout lives beside the settings file, not in a global registry."""
        return QSettings(str(self._paths.config_dir / "window.ini"),
                         QSettings.Format.IniFormat)

    def _restore_state(self) -> None:
        state = self._window_state()
        geometry = state.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        # The form's preferred width fits it whole in a 1280×800 window (see
        # GenerationForm.wide_width); the widths of the narrower form before it are not
        # restored (hence "-2").
        form_width = self.form.sizeHint().width()
        for key, splitter, sizes in (
                ("split-main-2", self.main_split, [form_width, 1260 - form_width]),
                ("split-right", self.right_split, [380, 400])):
            saved = state.value(f"window/{key}")
            if not (isinstance(saved, QByteArray) and splitter.restoreState(saved)):
                splitter.setSizes(sizes)

    def _save_state(self) -> None:
        state = self._window_state()
        state.setValue("window/geometry", self.saveGeometry())
        state.setValue("window/split-main-2", self.main_split.saveState())
        state.setValue("window/split-right", self.right_split.saveState())
        if self._ctx is not None:
            state.setValue("window/demo", self._ctx.demo)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_state()
        if self._drafts is not None:
            self._drafts.save_now()  # what was typed in the last moment, too
        if self._panes_built:
            self.preview.stop()
            self.thumbnails.shutdown()
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()


def _why_not_note(heading: str, message: str) -> str:
    """The note under the task list: which choices are greyed out, and why, with "Settings"
    as a link to it and a command-line option never broken across lines."""
    import html

    text = html.escape(message)
    text = text.replace(" in Settings", ' in <a href="settings">Settings</a>')
    for option in ("--demo",):
        text = text.replace(option, f"<nobr>{option}</nobr>")
    return f"<b>{html.escape(heading)}</b> {text}"


def _open_url(target: str | Path) -> None:
    """A web address or a local folder, in the program the desktop chooses for it.

    QUrl is imported here: its type is created on first use, which the first paint need not
    wait for.
    """
    from PySide6.QtCore import QUrl

    url = QUrl.fromLocalFile(str(target)) if isinstance(target, Path) else QUrl(target)
    QDesktopServices.openUrl(url)
