"""The preview pane: plays a finished video, or shows the photos and where the job stands.

Everything here is presentation. The widget never changes a job; it reads the
:class:`~poyo_desktop.core.job.Job` it is given and offers the finished file to the person.
This module decides what the pane shows; the media player's lifecycle (made on the first
video to play) is :mod:`~poyo_desktop.ui.player.media_playback`, the words for a job's
state :mod:`~poyo_desktop.ui.player.job_status`, and Save as… runs in
:mod:`~poyo_desktop.ui.player.copy_saving`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFileDialog, QFrame, QStackedWidget, QVBoxLayout, QWidget

from poyo_desktop.core.states import JobState
from poyo_desktop.ui.kit.theme import PREVIEW_MINIMUM, SCREEN_COLOUR, SCREEN_TEXT_COLOUR
from poyo_desktop.ui.kit.translations import translate
from poyo_desktop.ui.player.copy_saving import CopySaver
from poyo_desktop.ui.player.failure_details import FailureDetails
from poyo_desktop.ui.player.file_bar import FileActionsBar
from poyo_desktop.ui.player.frame_tools import FrameTools
from poyo_desktop.ui.player.job_status import job_status_text, video_file
from poyo_desktop.ui.player.media_playback import MediaPlayback
from poyo_desktop.ui.player.player_controls import PlaybackControls
from poyo_desktop.ui.player.player_keys import KEYS_SAID, preview_action
from poyo_desktop.ui.player.player_still import Glyph, StillView, paint_ring
from poyo_desktop.ui.player.still_pictures import StillPictures
from poyo_desktop.ui.player.system_open import open_buttons

if TYPE_CHECKING:
    from collections.abc import Callable

    # QtMultimedia is loaded on the first video to play (see media_playback).
    from PySide6.QtGui import QFocusEvent, QKeyEvent, QPaintEvent, QPixmap
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer, QVideoFrame, QVideoSink
    from PySide6.QtMultimediaWidgets import QVideoWidget
    from PySide6.QtWidgets import QMenu

    from poyo_desktop.core.job import Job
    from poyo_desktop.services.task_choices import Unavailable

__all__ = ["VideoPreview"]

FOCUS_RING = 2  # logical pixels around the screen, in the accent colour while focused


class VideoPreview(QWidget):
    """Plays the selected job's video, or shows its photos and status when there is none.

    Give it jobs with :meth:`show_job`; call :meth:`stop` before deleting or renaming the
    file it plays, because a media player keeps the file open (and Windows forbids
    touching open files).
    """

    saved = Signal(str)  # a copy was written to this path
    save_failed = Signal(str)  # why a copy could not be written, in plain words
    playback_failed = Signal(str)  # the file could not be played; the message shown
    looping_changed = Signal(bool)
    muted_changed = Signal(bool)

    def __init__(
        self, parent: QWidget | None = None, *, looping: bool = True, muted: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("videoPreview")
        self.setMinimumSize(*PREVIEW_MINIMUM)
        # A stop of the Tab chain, and a click on the picture focuses it: then Space plays
        # and pauses (see keyPressEvent), and a ring around the screen shows it.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("VideoPreview", "Video preview"))
        self.setAccessibleDescription(translate("VideoPreview", KEYS_SAID))  # marked there
        self._job: Job | None = None
        self._unavailable: dict[str, Unavailable] = {}  # see show_unavailable
        self._pixmaps = StillPictures(self)
        self._pixmaps.ready.connect(self._on_picture_decoded)

        self.still_view = StillView(self)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.still_view)
        self._screen = self._build_screen()

        self.details: FailureDetails | None = None  # made for the first failed task shown
        self.controls = PlaybackControls(self)
        self.file_buttons = FileActionsBar(self)
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(FOCUS_RING, FOCUS_RING, FOCUS_RING, 0)
        self._column.setSpacing(4)
        self._column.addWidget(self._screen, 1)
        self._column.addWidget(self.controls)
        self._column.addWidget(self.file_buttons)

        self.controls.set_looping(looping)
        self.controls.set_muted(muted)
        self._playback = MediaPlayback(self, self._stack, self._screen_palette, self.controls)
        self._playback.failed.connect(self._on_playback_failed)
        self._frames = FrameTools(self._playback, self.controls, self.file_buttons)
        self._saver = CopySaver(self)
        self._saver.finished.connect(self._on_copy_finished)

        self.controls.play_button.clicked.connect(self.toggle_playback)
        self.controls.seek_requested.connect(self._playback.seek)
        self.controls.loop_button.toggled.connect(self._on_loop_toggled)
        self.controls.mute_button.toggled.connect(self._on_mute_toggled)
        self.file_buttons.save_button.clicked.connect(self._on_save_clicked)
        open_buttons(self.file_buttons, lambda: video_file(self._job))

        self.show_job(None)

    def _build_screen(self) -> QFrame:
        """The dark frame the still view and the video are shown in."""
        screen = QFrame(self)
        screen.setObjectName("previewScreen")
        screen.setAutoFillBackground(True)
        self._screen_palette = screen.palette()
        self._screen_palette.setColor(QPalette.ColorRole.Window, SCREEN_COLOUR)
        self._screen_palette.setColor(QPalette.ColorRole.WindowText, SCREEN_TEXT_COLOUR)
        screen.setPalette(self._screen_palette)
        screen_layout = QVBoxLayout(screen)
        screen_layout.setContentsMargins(0, 0, 0, 0)
        screen_layout.addWidget(self._stack)
        return screen

    # -- what tests and the app reach for -----------------------------------------------------
    @property
    def player(self) -> QMediaPlayer:
        """The media player (made now if no video has played yet)."""
        return self._playback.player()

    @property
    def audio_output(self) -> QAudioOutput:
        return self._playback.audio_output()

    @property
    def video_widget(self) -> QVideoWidget:
        return self._playback.video_widget()

    def video_sink(self) -> QVideoSink:
        """Decoded frames arrive here; count ``videoFrameChanged`` to prove playback works."""
        return self.video_widget.videoSink()

    def has_media_player(self) -> bool:
        """Whether the media player exists yet (it is made on the first video to play)."""
        return self._playback.exists()

    def current_job(self) -> Job | None:
        return self._job

    def current_job_id(self) -> str | None:
        """The shown job's id, so the window knows whether to :meth:`stop` before a delete."""
        return self._job.id if self._job is not None else None

    def error_text(self) -> str:
        """Why the last file could not be played ("" when it played), for logs and self-test."""
        return self._playback.error_text

    def is_showing_video(self) -> bool:
        return self._playback.is_on_screen()

    def message(self) -> str:
        """What the still view currently says ("" while a video is on screen)."""
        return "" if self.is_showing_video() else self.still_view.text()

    def is_looping(self) -> bool:
        return self.controls.loop_button.isChecked()

    def set_looping(self, looping: bool) -> None:
        self.controls.set_looping(looping)

    def is_muted(self) -> bool:
        return self._playback.is_muted()

    def set_muted(self, muted: bool) -> None:
        self.controls.set_muted(muted)

    # -- showing jobs -------------------------------------------------------------------------
    def show_job(self, job: Job | None) -> None:
        """Show ``job``: play its video when finished, else its photos and status.

        Calling it again for the job already playing (say, after a list refresh) leaves the
        video running instead of starting it over.
        """
        previous, self._job = self._job, job
        if previous is None or job is None or previous.id != job.id:
            self.file_buttons.show_feedback("")
        self._show_details(job)
        if job is None:
            self._playback.release()
            self.still_view.show_message(
                translate("VideoPreview", "Your videos appear here."),
                translate("VideoPreview", "Choose a photo, write a sentence, press Generate."),
                glyph=Glyph.FILM,
            )
            self._show_still(file_available=False)
            return
        if job.state is not JobState.FINISHED:
            self._playback.release()
            # Its video is being made: the player's modules load meanwhile. Not while it is
            # only queued: a batch's first task is queued in the second its 100 tasks are
            # recorded, and the loading thread holds the interpreter lock up to ~5 ms at a time.
            if job.state in (JobState.RUNNING, JobState.DOWNLOADING):
                self._playback.prepare()
            why = self._unavailable.get(job.id)
            self._show_job_still(job_status_text(job), why.text if why is not None else "")
            self._show_still(file_available=False)
            return
        path = video_file(job)
        if path is None:
            self._playback.release()
            self._show_job_still(
                job_status_text(job),
                translate("VideoPreview", "It may have been moved, renamed or deleted."),
                error=True,
            )
            self._show_still(file_available=False)
            return
        playback = self._playback
        if path == playback.loaded_path and not playback.has_failed and self.is_showing_video():
            return
        self._load(path)

    def _on_picture_decoded(self) -> None:
        if self._job is not None and self._stack.currentWidget() is self.still_view:
            self.still_view.show_pictures(*self._job_pictures())

    def show_unavailable(self, job_id: str, why: Unavailable | None) -> None:
        """Say, under the task's status, why some of its choices cannot be done here (a
        task of the other server), in the words of the note under the task list; None
        takes it away (the mode changed). Shown for that task only."""
        self._unavailable = {job_id: why} if why is not None else {}
        job = self._job
        if job is not None and job.id == job_id and job.state is not JobState.FINISHED:
            self.show_job(job)

    def stop(self) -> None:
        """Stop playing and let go of the file, so the app may delete or rename it.

        The job stays selected; pressing Play loads the file again.
        """
        self._playback.release()
        job = self._job
        if job is not None and job.state is JobState.FINISHED and video_file(job):
            self._show_job_still(translate("VideoPreview", "Stopped. Press Play to watch again."))
            self._show_still(file_available=True)
            self.controls.play_button.setEnabled(True)

    def toggle_playback(self) -> None:
        """Play or pause; after :meth:`stop` or at the end of a clip, play from the start."""
        if self._playback.loaded_path is None:
            job = self._job
            path = video_file(job) if job and job.state is JobState.FINISHED else None
            if path is not None:
                self._load(path)
            return
        self._playback.toggle()

    def save_copy(self, target: str | Path) -> None:
        """Copy the finished video to ``target`` in the background; ends in saved/save_failed."""
        source = video_file(self._job)
        if source is None:
            self._report_save_error(translate("VideoPreview", "The video file is missing."))
            return
        self.file_buttons.show_feedback(translate("VideoPreview", "Saving…"))
        self._saver.start(source, Path(target))

    # -- overridable seams --------------------------------------------------------------------
    def _ask_save_path(self, suggested: Path) -> Path | None:
        """Ask where to save; tests replace this so no modal dialog ever opens."""
        name, _filter = QFileDialog.getSaveFileName(
            self,
            translate("VideoPreview", "Save video as"),
            str(suggested),
            translate("VideoPreview", "MP4 video (*.mp4)"),
        )
        return Path(name) if name else None

    # -- internals ----------------------------------------------------------------------------
    def _load(self, path: Path) -> None:
        self.file_buttons.set_file_available(True)
        self._playback.load(path)

    def _show_details(self, job: Job | None) -> None:
        """A failed task's technical detail, on demand, under the screen."""
        if self.details is None:
            if job is None or job.state not in (JobState.FAILED, JobState.UNKNOWN):
                return
            self.details = FailureDetails(self)
            self._column.insertWidget(1, self.details)
        self.details.show_job(job)

    def _show_still(self, *, file_available: bool) -> None:
        self._stack.setCurrentWidget(self.still_view)
        self.controls.set_media_available(False)
        self.file_buttons.set_file_available(file_available)

    def _show_job_still(self, title: str, detail: str = "", *, error: bool = False) -> None:
        pixmaps, captions = self._job_pictures()
        glyph = Glyph.WARNING if error else Glyph.FILM
        self.still_view.show_message(
            title, detail, error=error, pixmaps=pixmaps, captions=captions, glyph=glyph
        )

    def _job_pictures(self) -> tuple[list[QPixmap], list[str]]:
        """The photos decoded so far (the others come with ``StillPictures.ready``)."""
        pixmaps = self._pixmaps.of_job(self._job) if self._job is not None else []
        start, end = translate("VideoPreview", "Start"), translate("VideoPreview", "End")
        return pixmaps, [start, end] if len(pixmaps) == 2 else []

    def _report_save_error(self, reason: str) -> None:
        message = translate("VideoPreview", "Could not save the video: {reason}").format(
            reason=reason
        )
        self.file_buttons.show_feedback(message, error=True)
        self.save_failed.emit(message)

    # -- frame by frame (from the first video on: frame_tools.py) ------------------------------
    def step_frames(self, delta: int) -> None:
        """Hold the video ``delta`` frames later (earlier when negative; 0: where it is)."""
        self._frames.step(delta)

    def seek_by(self, delta_ms: int) -> None:
        """Jump ``delta_ms`` later in the video (earlier when negative)."""
        self._playback.seek_by(delta_ms)

    def current_frame(self) -> tuple[QVideoFrame, float] | None:
        """The picture on screen and the video's frames a second, once one shows."""
        return self._frames.current_frame() if self.is_showing_video() else None

    def set_frames_menu_maker(self, maker: Callable[[], QMenu]) -> None:
        """Offer ``maker()``'s menu under the video (the window's: use this frame, …)."""
        self._frames.set_menu_maker(maker)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The focus ring: the screen outlined in the accent colour while the preview has
        the keyboard focus (Space then plays and pauses)."""
        super().paintEvent(event)
        if self.hasFocus():
            paint_ring(self, self._screen.geometry().toRectF(), FOCUS_RING)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys as in a media player (player_keys.py), with focus anywhere in the preview."""
        action = preview_action(event, self)
        if action is None:
            return super().keyPressEvent(event)
        action()
        event.accept()

    # -- slots --------------------------------------------------------------------------------
    def _on_loop_toggled(self, looping: bool) -> None:
        self._playback.set_looping(looping)
        self.looping_changed.emit(looping)

    def _on_mute_toggled(self, muted: bool) -> None:
        self._playback.set_muted(muted)
        self.muted_changed.emit(muted)

    def _on_playback_failed(self, detail: str) -> None:
        message = translate(
            "VideoPreview", "This video can't be played. The file may be damaged or incomplete."
        )
        self._show_job_still(message, detail, error=True)
        self._show_still(file_available=video_file(self._job) is not None)
        self.playback_failed.emit(message)

    def _on_save_clicked(self) -> None:
        source = video_file(self._job)
        if source is None:
            self._report_save_error(translate("VideoPreview", "The video file is missing."))
            return
        target = self._ask_save_path(self._saver.suggested_target(source))
        if target is None:
            return
        if not target.suffix:
            target = target.with_suffix(source.suffix or ".mp4")
        self.save_copy(target)

    def _on_copy_finished(self, target: str, error: str) -> None:
        if error:
            self._report_save_error(error)
            return
        # The person just picked the folder, so the name is enough; the tooltip has the path.
        self.file_buttons.show_feedback(
            translate("VideoPreview", "Saved “{name}”").format(name=Path(target).name),
            tooltip=target,
        )
        self.saved.emit(target)
