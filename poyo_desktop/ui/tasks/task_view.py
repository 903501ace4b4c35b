"""The list of tasks: one row per job, a ticking clock on running rows, keyboard and menu.

The view reports what the person did (selected, opened, asked to remove, asked for a
menu) as signals carrying the Job; the window decides what that means. It holds no rule
about jobs beyond "which rows show a clock", which comes from the model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QContextMenuEvent, QFont, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QListView

from poyo_desktop.ui.kit.translations import QT_TRANSLATE_NOOP, translate
from poyo_desktop.ui.tasks.task_delegate import JobDelegate
from poyo_desktop.ui.tasks.task_model import JobListModel, is_active
from poyo_desktop.ui.tasks.thumbnails import ThumbnailCache

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import (
        QAbstractItemModel,
        QItemSelectionModel,
        QModelIndex,
        QObject,
        SignalInstance,
    )
    from PySide6.QtGui import (
        QKeyEvent,
        QMouseEvent,
        QPaintEvent,
    )
    from PySide6.QtWidgets import QWidget

    from poyo_desktop.core.job import Job

__all__ = ["TaskListView"]

_TICK_MS = 1000
KEYS = QT_TRANSLATE_NOOP(
    "TaskListView",
    "Enter plays the video, Space pauses it, Delete removes it, Shift+F10 opens its menu.",
)
_HELD_KEYS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


class TaskListView(QListView):
    """A :class:`QListView` set up for a long history of jobs painted by :class:`JobDelegate`.

    Signals carry the :class:`Job` (never a row number, which shifts as jobs arrive).
    """

    job_selected = Signal(object)  # Job | None: the current row changed
    activated_job = Signal(object)  # Job: Enter/Return or double-click (open/play it)
    remove_requested = Signal(object)  # Job: Delete or Backspace
    playback_toggled = Signal(object)  # Job: Space (play or pause its video, as in a player)
    frame_stepped = Signal(object, int)  # Job, -1 or +1: "," or "." (a frame back or forward)
    context_menu_requested = Signal(object, QPoint)  # Job, global position for the menu
    person_chose = Signal()  # a click, a key or a right-click in the list: theirs to choose

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        thumbnails: ThumbnailCache | None = None,
        delegate: JobDelegate | None = None,
    ) -> None:
        super().__init__(parent)
        self._own_cache = thumbnails is None and delegate is None
        if thumbnails is None:
            thumbnails = delegate.thumbnails() if delegate is not None else ThumbnailCache(self)
        self._thumbnails = thumbnails
        self._delegate = delegate if delegate is not None else JobDelegate(thumbnails, self)
        self._delegate.set_still_shown(self.shows_picture)
        self._job_model: JobListModel | None = None
        self._selection: QItemSelectionModel | None = None
        self._current_id: str | None = None
        # While a task's menu is open the app's own choice of row waits for it to close.
        self._held_by: QObject | None = None
        self._deferred: str | None = None
        self.empty_title = translate("TaskListView", "No videos yet")
        self.empty_hint = translate(
            "TaskListView",
            "Pick a photo, describe what should happen, and your videos appear here.",
        )
        self.no_match_title = translate("TaskListView", "No videos match")
        self.no_match_hint = translate("TaskListView", "Try other words, or clear the filter.")

        self.setItemDelegate(self._delegate)
        self.setUniformItemSizes(True)  # one sizeHint for 10,000 rows, not 10,000 calls
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Shift/Ctrl-click select several: the send queue's choices apply to them all.
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setMouseTracking(True)
        self._hover_enabled = False  # row hover highlight: see paintEvent
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self.setAccessibleName(translate("TaskListView", "Your videos"))
        self.verticalScrollBar().setSingleStep(24)

        self._ticker = QTimer(self)
        self._ticker.setInterval(_TICK_MS)
        self._ticker.timeout.connect(self._on_tick)
        self.doubleClicked.connect(self._on_double_clicked)

    @property
    def thumbnails(self) -> ThumbnailCache:
        return self._thumbnails

    def job_model(self) -> JobListModel | None:
        return self._job_model

    def setModel(self, model: QAbstractItemModel | None) -> None:
        """Also wire thumbnails, the ticking clock and current-row tracking to ``model``."""
        old = self._job_model
        if old is not None:
            for signal, slot in self._model_hooks(old):
                signal.disconnect(slot)
        if self._selection is not None:
            self._selection.currentChanged.disconnect(self._on_current_changed)
        super().setModel(model)
        self._job_model = model if isinstance(model, JobListModel) else None
        if self._job_model is not None:
            shared = self._job_model.thumbnails()
            if shared is not None and self._own_cache and shared is not self._thumbnails:
                # Draw from the cache the model listens to: one cache, one set of loads.
                self._thumbnails = shared
                self._delegate.set_thumbnails(shared)
            elif shared is not self._thumbnails:
                self._job_model.attach_thumbnails(self._thumbnails)
            for signal, slot in self._model_hooks(self._job_model):
                signal.connect(slot)
        self._selection = self.selectionModel()
        if self._selection is not None:
            self._selection.currentChanged.connect(self._on_current_changed)
        self._current_id = None
        self._on_model_changed()

    def current_job(self) -> Job | None:
        model = self._job_model
        return model.job_at(self.currentIndex()) if model is not None else None

    def selected_jobs(self) -> list[Job]:
        """The selected tasks, top to bottom; the current one when none is selected."""
        model, selection = self._job_model, self._selection
        if model is None or selection is None:
            return []
        rows = sorted(index.row() for index in selection.selectedRows())
        jobs = [job for row in rows if (job := model.job_at(row)) is not None]
        current = self.current_job()
        return jobs or ([current] if current is not None else [])

    def select_job(self, job_id: str) -> bool:
        """Make the job with ``job_id`` current and scroll to it; False if it is not loaded.

        While a task's menu is open (see :meth:`hold_selection`) it happens once the menu
        is gone: the menu's choice goes to the task it was opened on.
        """
        if self._held_by is None:
            return self._select_now(job_id)
        self._deferred = job_id
        return self._job_model is not None and self._job_model.index_of(job_id).isValid()

    def _select_now(self, job_id: str) -> bool:
        if self._job_model is None:
            return False
        index = self._job_model.index_of(job_id)
        if not index.isValid():
            return False
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    def hold_selection(self, menu: QObject) -> None:
        """Keep the current row while ``menu`` lives (its chosen action runs before it is
        deleted); a row selected meanwhile by the app is selected after."""
        self._held_by = menu
        menu.destroyed.connect(lambda: self._release_selection(menu))

    def _release_selection(self, menu: QObject) -> None:
        if self._held_by is not menu:
            return  # a later menu holds it now (a right-click while one was open)
        self._held_by = None
        deferred, self._deferred = self._deferred, None
        if deferred is not None:
            self.select_job(deferred)

    def is_ticking(self) -> bool:
        """The once-a-second repaint of running rows is on."""
        return self._ticker.isActive()

    # ----- events --------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.person_chose.emit()
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.person_chose.emit()
        job = self.current_job()
        key = event.key()
        if job is not None and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated_job.emit(job)
            event.accept()
            return
        if job is not None and key == Qt.Key.Key_Space and not event.modifiers():
            self.playback_toggled.emit(job)
            event.accept()
            return
        step = {Qt.Key.Key_Comma: -1, Qt.Key.Key_Period: 1}.get(Qt.Key(key))
        if job is not None and step is not None and not event.modifiers() & _HELD_KEYS:
            self.frame_stepped.emit(job, step)
            event.accept()
            return
        # Backspace too: it is the key labelled "delete" on Mac keyboards.
        if job is not None and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_requested.emit(job)
            event.accept()
            return
        # The Menu key, or Shift+F10 (keyboards without one): the task's menu, at its row.
        shifted = event.modifiers() == Qt.KeyboardModifier.ShiftModifier
        if job is not None and (key == Qt.Key.Key_Menu or (key == Qt.Key.Key_F10 and shifted)):
            here = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(), QPoint())
            self.contextMenuEvent(here)
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.person_chose.emit()
        model = self._job_model
        if model is None:
            return
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            index = self.currentIndex()
            position = self.viewport().mapToGlobal(self.visualRect(index).center())
        else:
            index = self.indexAt(event.pos())
            position = event.globalPos()
        job = model.job_at(index)
        if job is None:
            return
        selection = self.selectionModel()
        if selection is not None and selection.isSelected(index):  # keep a multi-selection
            selection.setCurrentIndex(index, selection.SelectionFlag.NoUpdate)
        else:
            self.setCurrentIndex(index)
        self.context_menu_requested.emit(job, position)
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._hover_enabled:
            # The viewport is fetched once the first frame is out: the first Python call
            # that returns it makes PySide6 resolve its type, creating the enums of every
            # QWidget subclass (~5 ms measured) that the window's first paint need not wait
            # for. Nobody hovers a row in between.
            self._hover_enabled = True
            QTimer.singleShot(0, self, self._enable_hover)
        empty = self.empty_message()
        if empty is not None:
            self._paint_empty_state(*empty)

    def empty_message(self) -> tuple[str, str] | None:
        """The title and hint drawn in place of rows, or None while there are rows (or the
        history is still being read: no "No videos yet" flash)."""
        model = self.model()
        if model is None or model.rowCount() > 0:
            return None
        if self._job_model is not None and self._job_model.is_loading():
            return None
        if self._job_model is not None and self._job_model.is_filtered():
            return self.no_match_title, self.no_match_hint
        return self.empty_title, self.empty_hint

    def _describe_empty_state(self) -> None:
        """Screen readers hear what the empty list shows, as the description of the list;
        with rows, what its keys do."""
        empty = self.empty_message()
        text = f"{empty[0]}. {empty[1]}" if empty is not None else translate("TaskListView", KEYS)
        if self.accessibleDescription() != text:
            self.setAccessibleDescription(text)

    # ----- internals -----------------------------------------------------------------

    def _enable_hover(self) -> None:
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_Hover)

    def _paint_empty_state(self, title: str, hint: str) -> None:
        """A centred message, because a blank white box reads as "broken"."""
        painter = QPainter(self.viewport())
        area = self.viewport().rect().adjusted(24, 0, -24, 0)
        title_font = QFont(self.font())
        title_font.setPointSizeF(max(title_font.pointSizeF(), 1.0) * 1.25)
        title_font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(title_font)
        title_height = painter.fontMetrics().height()
        palette = self.palette()
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        middle = area.center().y()
        title_box = QRect(area.left(), middle - title_height, area.width(), title_height)
        painter.drawText(
            title_box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, title
        )
        painter.setFont(self.font())
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        hint_box = QRect(area.left(), middle + 6, area.width(), area.height() // 2 - 6)
        painter.drawText(
            hint_box,
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            hint,
        )
        painter.end()

    def _model_hooks(self, model: JobListModel) -> list[tuple[SignalInstance, Callable[..., None]]]:
        return [
            (model.rowsInserted, self._on_model_changed),
            (model.rowsRemoved, self._on_model_changed),
            (model.dataChanged, self._on_model_changed),
            (model.modelAboutToBeReset, self._on_model_about_to_be_reset),
            (model.modelReset, self._on_model_reset),
            (model.loading_changed, self._on_loading_changed),
        ]

    def _on_model_changed(self, *_args: object) -> None:
        """Tick only while some loaded job is under way: no timer wakes an idle laptop."""
        active = self._job_model is not None and self._job_model.has_active_jobs()
        if active and not self._ticker.isActive():
            self._ticker.start()
        elif not active and self._ticker.isActive():
            self._ticker.stop()
        self._describe_empty_state()

    def _on_model_about_to_be_reset(self) -> None:
        job = self.current_job()
        self._current_id = job.id if job is not None else None

    def _on_model_reset(self) -> None:
        """Keep the same job selected through a search, or say that nothing is."""
        self._on_model_changed()
        remembered, self._current_id = self._current_id, None
        if remembered is not None and not self._select_now(remembered):
            self.job_selected.emit(None)
        self.viewport().update()  # the empty-state text may have to appear or go

    def _on_loading_changed(self, _loading: bool) -> None:
        self.viewport().update()  # the empty-state text may have to appear
        self._describe_empty_state()

    def _on_tick(self) -> None:
        """Repaint the visible rows whose clock runs, and nothing else."""
        model = self._job_model
        if model is None or not model.has_active_jobs():
            self._ticker.stop()
            return
        for row in self._visible_rows():
            job = model.job_at(row)
            if job is not None and is_active(job.state):
                self.viewport().update(self.visualRect(model.index(row, 0)))

    def shows_picture(self, path: str) -> bool:
        """Whether a row on screen now shows ``path`` (asked before its thumbnail decodes)."""
        jobs = self._job_model
        return jobs is not None and any(
            (job := jobs.job_at(row)) is not None and job.start_image == path
            for row in self._visible_rows()
        )

    def _visible_rows(self) -> range:
        viewport = self.viewport().rect()
        first = self.indexAt(viewport.topLeft())
        if not first.isValid() or self._job_model is None:
            return range(0)
        last = self.indexAt(viewport.bottomLeft())
        end = last.row() + 1 if last.isValid() else self._job_model.rowCount()
        return range(first.row(), end)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        model = self._job_model
        self.job_selected.emit(model.job_at(current) if model is not None else None)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        model = self._job_model
        job = model.job_at(index) if model is not None else None
        if job is not None:
            self.activated_job.emit(job)
