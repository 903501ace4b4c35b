"""The main window: form, preview and task list side by side, wired to the services.

The window can be built and painted before the services exist (``MainWindow(paths=...)``,
then :meth:`MainWindow.attach`): the app shows it first and loads the network stack, the
key and the history after its first paint. Until then the form works, the list is empty,
and a Generate, Settings or Open Folder asked for meanwhile is carried out on attach. With
``panes_later``, the first paint does not wait for the preview and the task list either
(their modules and widgets: ~20 ms): it shows their places, and :meth:`build_panes` fills
them in right after. So this module, part of the first frame, imports the panes, the
services' helpers and the dialogs in the methods that use them, not at its top.

The window ties its parts together: menus and toolbar (actions.py), the Task menu's
commands (task_commands.py), the panes' places (panes.py), what the jobs' news shows
(job_display.py), the layout kept between sessions (window_state.py). It is given the
named services (services/app_services.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QSplitter, QVBoxLayout, QWidget

from poyo_desktop import APP_NAME
from poyo_desktop.ui.form.form import GenerationForm
from poyo_desktop.ui.form.picture_slots import follow_settings
from poyo_desktop.ui.form.presets_button import offer_presets
from poyo_desktop.ui.kit.translations import translate
from poyo_desktop.ui.window.actions import WindowActions, open_url
from poyo_desktop.ui.window.banner import DemoBanner
from poyo_desktop.ui.window.job_display import SENDING, JobDisplay
from poyo_desktop.ui.window.panes import fill_places, right_split_with_places, tasks_box
from poyo_desktop.ui.window.status_line import StatusLine
from poyo_desktop.ui.window.window_state import (
    last_mode_was_demo,
    restore_layout,
    save_layout,
    window_state,
)

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtGui import QCloseEvent, QPaintEvent
    from PySide6.QtWidgets import QLabel

    from poyo_desktop.core.draft import JobDraft
    from poyo_desktop.services.app_services import AppServices
    from poyo_desktop.services.paths import AppPaths
    from poyo_desktop.ui.form.draft_keeper import DraftKeeper
    from poyo_desktop.ui.player.player import VideoPreview
    from poyo_desktop.ui.tasks.history_filter import HistoryFilter
    from poyo_desktop.ui.tasks.task_model import JobListModel
    from poyo_desktop.ui.tasks.task_view import TaskListView
    from poyo_desktop.ui.tasks.thumbnails import ThumbnailCache
    from poyo_desktop.ui.window.task_commands import TaskCommands
    from poyo_desktop.ui.window.window_helpers import WindowHelpers


class MainWindow(QMainWindow):
    first_painted = Signal()  # once, when the window has been drawn for the first time
    closed = Signal()  # the person closed the window (Quit, the close button, a signal)

    window_actions: WindowActions
    # Made by build_panes (at once, unless panes_later).
    thumbnails: ThumbnailCache
    model: JobListModel
    preview: VideoPreview
    tasks: TaskListView
    filter: HistoryFilter
    task_note: QLabel
    task_commands: TaskCommands
    job_display: JobDisplay
    helpers: WindowHelpers  # made by attach

    def __init__(
        self,
        services: AppServices | None = None,
        *,
        paths: AppPaths | None = None,
        demo: bool | None = None,
        panes_later: bool = False,
    ) -> None:
        """``MainWindow(services)`` is ready at once. ``MainWindow(paths=...)`` is the window
        alone, to paint before the services are built; :meth:`attach` wires them. ``demo``
        says which mode to show until then (by default the last session's).
        ``panes_later`` (without ``services``): the preview and the task list wait for
        :meth:`build_panes`, which :meth:`attach` calls if nothing did before."""
        super().__init__()
        if services is not None:
            paths = services.paths
        if paths is None:
            raise TypeError("MainWindow needs its services or the app's paths")
        self._services: AppServices | None = None
        self._paths = paths
        self._painted = False
        self._on_attach: list[Callable[[], None]] = []
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(960, 600)
        self._panes_built = False
        self._drafts: DraftKeeper | None = None  # made by start()

        self.form = GenerationForm(paste_dir=paths.cache_dir / "pasted")
        offer_presets(self.form, paths.data_dir)
        # After the first frame is out, not inside its paint event.
        self.first_painted.connect(lambda: QTimer.singleShot(0, self.form.fit_to_style))
        self.form.generate_requested.connect(self._on_generate_requested)
        self.form.sending_changed.connect(
            lambda busy: self.window_actions.generate_action.setEnabled(not busy)
        )

        self.banner = DemoBanner()
        self.banner.settings_requested.connect(self.open_settings)
        self._build_layout()
        self.window_actions = WindowActions(self)
        self._connect_actions()
        self._build_status_bar()
        restore_layout(
            paths.config_dir, self, self.main_split, self.right_split, self.form.sizeHint().width()
        )
        if services is not None or not panes_later:
            self.build_panes()
        if services is not None:
            self.attach(services)
        else:
            self._show_expected_mode(demo)

    @property
    def services(self) -> AppServices:
        if self._services is None:
            raise RuntimeError("the window has no services yet: call attach() first")
        return self._services

    def is_attached(self) -> bool:
        return self._services is not None

    def attach(self, services: AppServices) -> None:
        """Wire the window to the services, then do what was asked for meanwhile."""
        if self._services is not None:
            raise RuntimeError("the window is already attached")
        self.build_panes()
        self._services = services
        self.task_commands.attach(services)
        self._connect_services(services)
        from poyo_desktop.ui.window.window_helpers import make_helpers  # after the first paint

        self.helpers = make_helpers(self, self.form, services)
        self._on_mode_changed(services.mode.demo)
        waiting, self._on_attach = self._on_attach, []
        for request in waiting:
            request()

    def _when_attached(self, request: Callable[[], None]) -> None:
        if self._services is not None:
            request()
        else:
            self._on_attach.append(request)

    # -- construction ----------------------------------------------------------------------

    def _build_layout(self) -> None:
        # The form scrolls its own fields and keeps Generate in view below them.
        self.form.setMinimumWidth(360)
        self.right_split = right_split_with_places(self.fontMetrics().height())

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
        from poyo_desktop.ui.window.task_commands import TaskCommands

        self.thumbnails = ThumbnailCache(self)
        self.model = JobListModel(self.thumbnails, self)
        self.preview = VideoPreview()
        self.tasks = TaskListView()
        self.tasks.setModel(self.model)
        self.tasks.setAccessibleName(translate("MainWindow", "Tasks"))
        self.filter = HistoryFilter()
        self.filter.query_changed.connect(self.model.set_query)
        # Kept as attributes: PySide6's replaceWidget leaves them owned by Python.
        self._tasks_box, self.task_note = tasks_box(self.filter, self.tasks, self.open_settings)
        fill_places(self.right_split, (self.preview, self._tasks_box))
        self.task_commands = TaskCommands(
            self, self.window_actions, self.tasks, self.preview, self.form, self.task_note
        )
        self.job_display = JobDisplay(
            self.model, self.tasks, self.preview, self.task_commands, self.statusBar()
        )
        self.tasks.job_selected.connect(self.job_display.selected)
        if self._services is None:
            self.model.expect_source()  # the history is read once attached
        self.task_commands.update(None)

    def _connect_actions(self) -> None:
        """What the window's own commands do (the Task menu's: TaskCommands)."""
        actions = self.window_actions
        slots: tuple[tuple[object, Callable[[], object]], ...] = (
            (actions.generate_action, self.form.try_generate),
            (actions.settings_action, lambda: self.open_settings()),
            (actions.quit_action, self.close),
            (actions.open_folder_action, self._open_download_dir),
            (actions.find_action, lambda: self.filter.search.setFocus()),
            (actions.about_action, self._show_about),
            (actions.shortcuts_action, self._show_shortcuts),
        )
        for action, slot in slots:
            action.triggered.connect(slot)  # type: ignore[attr-defined]

    def _build_status_bar(self) -> None:
        self.status_line = StatusLine(self.statusBar())  # the one truth about the connection
        self.mode_label = self.status_line.label

    def _connect_services(self, services: AppServices) -> None:
        # Demo videos are free: the form's prices follow the mode.
        mode = services.mode
        self.form.set_demo(mode.demo)
        mode.notifier.mode_changed.connect(self.form.set_demo)
        jobs = services.jobs
        jobs.job_added.connect(self.job_display.added)
        jobs.job_changed.connect(self.job_display.changed)
        jobs.job_removed.connect(self.job_display.removed)
        jobs.problem_reported.connect(lambda text: self.statusBar().showMessage(text, 10000))
        mode.notifier.mode_changed.connect(self._on_mode_changed)
        mode.notifier.problem.connect(lambda text: self.statusBar().showMessage(text))
        self.status_line.bind(services.connection)
        follow_settings((self.form.start_zone, self.form.end_zone), services.settings)

    def _show_expected_mode(self, demo: bool | None) -> None:
        """Before the key is read: the mode of the last session (a first start has no key,
        so demo), corrected on :meth:`attach` if it changed."""
        if demo is None:
            demo = last_mode_was_demo(self._paths.config_dir)
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
        job = self.services.jobs.get(job_id)
        if not self.tasks.select_job(job_id) and job is None:
            return
        self.job_display.selected(job or self.tasks.current_job())

    # -- start-up --------------------------------------------------------------------------

    async def start(self) -> None:
        """Load history and resume unfinished work (the window is already visible)."""
        from PySide6.QtWidgets import QMessageBox

        from poyo_desktop.runtime.next_turn import next_turn

        services = self.services
        self.keep_draft()
        self.model.set_source(services.store)
        await next_turn()
        # In demo mode, this starts the demo server only if there is work to resume.
        await services.mode.resume()
        self.helpers.alerts.track(services.jobs.jobs())  # the resumed ones count as in progress
        for note in services.notes:  # non-modal: start-up never waits on a click
            box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, note, parent=self)
            box.setObjectName("startupNote")
            box.open()

    def keep_draft(self) -> None:
        """The last session's form back and this one's kept, once (ui/form/draft_keeper.py):
        the app asks as soon as it is attached, before the person can act."""
        if self._drafts is None:
            from poyo_desktop.services.background import run_in_background
            from poyo_desktop.ui.form.draft_keeper import DraftKeeper

            self._drafts = DraftKeeper(self.form, self._paths.data_dir, self)
            run_in_background(self._drafts.restore(), name="restoring the last draft")

    def open_start_image(self, path: Path) -> None:
        self.form.start_zone.set_image(path)

    def offer_first_run_guide(self) -> None:
        """The three-step guide over the preview, on a first start until dismissed (the app
        calls this; windows made by other code never show it)."""
        from poyo_desktop.ui.window.first_run import offer_guide

        self.build_panes()
        offer_guide(
            self.preview, window_state(self._paths.config_dir), self.form.generate_requested
        )

    # -- generate --------------------------------------------------------------------------

    def _on_generate_requested(self, draft: JobDraft) -> None:
        # Busy until the task is recorded (or refused): one press, one video.
        self.form.set_sending(True)
        if self._services is None:  # pressed in the moment before the services are up
            self.statusBar().showMessage(translate("JobDisplay", SENDING), 4000)
            self._when_attached(lambda: self._on_generate_requested(draft))
            return
        from poyo_desktop.ui.spending.window_hooks import confirm_then_send  # price, balance

        confirm_then_send(
            self,
            self._services,
            draft,
            lambda: self._send(draft),
            lambda: self.form.set_sending(False),
        )

    def _send(self, draft: JobDraft) -> None:
        from poyo_desktop.ui.form.sending import follow_send

        services = self.services
        services.settings.update(last_model=draft.model, last_duration=draft.duration)
        started = services.mode.ensure_backend()  # the demo server starts on the first Generate
        follow_send(self.form, draft, services.jobs.generate(draft), started)
        self.statusBar().showMessage(translate("JobDisplay", SENDING), 4000)

    # -- the mode --------------------------------------------------------------------------

    def _on_mode_changed(self, demo: bool) -> None:
        self.banner.setVisible(demo)  # the status line follows the connection by itself
        # What the other server's tasks allow.
        self.task_commands.update(self.tasks.current_job())

    # -- the window's own commands ---------------------------------------------------------

    def _open_download_dir(self) -> None:
        if self._services is None:
            self._when_attached(self._open_download_dir)
            return
        folder = self._services.settings.download_dir
        folder.mkdir(parents=True, exist_ok=True)
        open_url(folder)

    def _show_shortcuts(self) -> None:
        from poyo_desktop.ui.window.shortcuts_dialog import show_shortcuts

        show_shortcuts(self.menuBar(), self)

    def _show_about(self) -> None:
        from poyo_desktop.ui.window.about import show_about

        show_about(self)

    def open_settings(
        self, section: str | None = None, on_saved: Callable[[], object] | None = None
    ) -> None:
        """Settings, at the tab ``section`` if given; ``on_saved`` runs once it is saved."""
        if self._services is None:
            self._when_attached(lambda: self.open_settings(section, on_saved))
            return
        self.helpers.settings.open(section, on_saved)

    def closeEvent(self, event: QCloseEvent) -> None:
        save_layout(
            self._paths.config_dir,
            self,
            self.main_split,
            self.right_split,
            self._services.mode.demo if self._services is not None else None,
        )
        if self._drafts is not None:
            self._drafts.save_now()  # what was typed in the last moment, too
        if self._panes_built:
            self.preview.stop()
            self.thumbnails.shutdown()
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()
