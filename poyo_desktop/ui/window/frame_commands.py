"""What can be done with a finished video's frames: Continue from Last Frame, Make a Loop…
and Compare with Pictures (Task menu, a task's right-click menu, the preview's Frames
menu), and Use This Frame as the start or end image (the Frames menu).

A frame goes into the form the way a picture does (the slot's own ``set_image``), as a
lossless PNG kept with the history (services/frames.py); a video made from it continues
the one it came from. Made with the task list, after the window's first paint: only the
actions and the menu are made here; the frame work, the loop and the compare window load
when first used.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from poyo_desktop.core.states import JobState

if TYPE_CHECKING:
    from collections.abc import Callable, Coroutine
    from typing import Any

    from PySide6.QtMultimedia import QVideoFrame
    from PySide6.QtWidgets import QMainWindow

    from poyo_desktop.core.job import Job
    from poyo_desktop.services.app_services import AppServices
    from poyo_desktop.services.frames import FrameKeeper, TakenFrame
    from poyo_desktop.ui.form.form import GenerationForm
    from poyo_desktop.ui.player.player import VideoPreview
    from poyo_desktop.ui.tasks.task_view import TaskListView

__all__ = ["FrameCommands"]

HOLD_MS = 150  # after pausing a playing video, for its picture to settle


def _action(parent: QObject, text: str, tip: str) -> QAction:
    action = QAction(text, parent)
    action.setToolTip(tip)
    action.setStatusTip(tip)
    return action


class FrameCommands(QObject):
    """Runs the frame commands on the selected task (menus) or the preview's (Frames)."""

    def __init__(
        self,
        window: QMainWindow,
        tasks: TaskListView,
        preview: VideoPreview,
        form: GenerationForm,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._tasks = tasks
        self._preview = preview
        self._form = form
        self._services: AppServices | None = None
        self._keeper: FrameKeeper | None = None
        self.continue_action, self.loop_action, self.compare_action = self._video_actions(
            lambda: tasks.current_job()
        )
        self.menu = self._frames_menu()
        preview.set_frames_menu(self.menu)

    def attach(self, services: AppServices) -> None:
        self._services = services

    def task_actions(self) -> list[QAction]:
        """The Task menu's and a task's right-click menu's, in order."""
        return [self.continue_action, self.loop_action, self.compare_action]

    def update(self, job: Job | None) -> None:
        """Offer the task actions when ``job`` is finished and its video is on disk."""
        for action in self.task_actions():
            action.setEnabled(_has_video(job))

    # -- the actions ----------------------------------------------------------------------
    def _video_actions(self, job: Callable[[], Job | None]) -> tuple[QAction, QAction, QAction]:
        """Continue, Loop and Compare, acting on the job ``job()`` names when triggered."""
        made = (
            _action(
                self,
                "Continue from &Last Frame",
                "Start a new video where this one ends: its last frame becomes the start image",
            ),
            _action(self, "Make a &Loop…", "Save the video played forward then backward"),
            _action(
                self,
                "&Compare with Pictures",
                "The start (and end) image beside the video's first (and last) frame",
            ),
        )
        for action, command in zip(
            made, (self.continue_from_last, self.make_loop, self.compare), strict=True
        ):
            action.triggered.connect(lambda _checked=False, run=command: _if_job(job(), run))
        return made

    def _frames_menu(self) -> QMenu:
        menu = QMenu(self._preview)
        menu.setObjectName("framesMenu")
        menu.setToolTipsVisible(True)
        self.start_frame_action = menu.addAction("Use This Frame as &Start Image")
        self.end_frame_action = menu.addAction("Use This Frame as &End Image")
        self.start_frame_action.triggered.connect(lambda: self.use_frame(end=False))
        self.end_frame_action.triggered.connect(lambda: self.use_frame(end=True))
        menu.addSeparator()
        self._player_actions = self._video_actions(lambda: self._preview.current_job())
        menu.addActions(list(self._player_actions))
        menu.aboutToShow.connect(self._offer_frames_menu)
        return menu

    def _offer_frames_menu(self) -> None:
        on_screen = self._preview.current_frame() is not None
        self.start_frame_action.setEnabled(on_screen)
        end_zone = self._form.end_zone
        self.end_frame_action.setEnabled(on_screen and end_zone.is_available())
        self.end_frame_action.setToolTip(
            "" if end_zone.is_available() else end_zone.disabled_reason()
        )
        for action in self._player_actions:
            action.setEnabled(_has_video(self._preview.current_job()))

    # -- the commands ---------------------------------------------------------------------
    def continue_from_last(self, job: Job) -> None:
        """Fill the form for the next video: ``job``'s settings, its last frame as the
        start image, and the prompt selected to be written over."""
        self._say("Taking the last frame of the video…")
        self._run(self._continue(job), "continuing from the last frame")

    async def _continue(self, job: Job) -> None:
        from poyo_desktop.core.draft import JobDraft

        taken = await self._frames().keep_last_frame(job)
        self._form.set_draft(
            JobDraft(
                model=job.model,
                prompt=job.prompt,
                duration=job.duration,
                negative_prompt=job.negative_prompt,
                start_image=taken.path,
                start_image_original=taken.original,
            )
        )
        self._form.prompt_edit.setFocus()
        self._form.prompt_edit.selectAll()
        self._say("The last frame is the start image now. Write what happens next.")

    def use_frame(self, *, end: bool) -> None:
        """Put the preview's picture on screen into the start (or end) slot."""
        playing = self._preview.has_media_player() and self._preview.player.isPlaying()
        self._preview.step_frames(0)  # held there, and shown to the frame
        if playing:  # what shows once paused is what goes in
            QTimer.singleShot(HOLD_MS, lambda: self._use_frame_now(end))
        else:
            self._use_frame_now(end)

    def _use_frame_now(self, end: bool) -> None:
        job, held = self._preview.current_job(), self._preview.current_frame()
        if job is None or held is None:
            self._say("Play the video, then pause on the frame you want.", error=True)
            return
        self._run(self._use_frame(job, *held, end), "using a frame of the video")

    async def _use_frame(self, job: Job, frame: QVideoFrame, fps: float, end: bool) -> None:
        taken: TakenFrame = await self._frames().keep_frame(job, frame, fps)
        zone = self._form.end_zone if end else self._form.start_zone
        zone.set_image(taken.path, original=taken.original)
        slot = "end" if end else "start"
        self._say(f"Frame {taken.index} is the {slot} image now.")

    def make_loop(self, job: Job) -> None:
        from poyo_desktop.ui.player.loop_dialog import LoopDialog

        LoopDialog(Path(str(job.output_path)), self._window).show()

    def compare(self, job: Job) -> None:
        from poyo_desktop.ui.player.compare_view import CompareView

        CompareView(job, self._window).show()

    # -- helpers --------------------------------------------------------------------------
    def _frames(self) -> FrameKeeper:
        if self._keeper is None:
            from poyo_desktop.services.frames import FrameKeeper

            services = self._services
            if services is None:
                raise RuntimeError("the window has no services yet")
            self._keeper = FrameKeeper(services.store, services.paths.cache_dir / "frames")
        return self._keeper

    def _run(self, work: Coroutine[Any, Any, None], name: str) -> None:
        from poyo_desktop.services.background import run_in_background

        run_in_background(work, name=name, on_exception=self._failed)

    def _failed(self, error: BaseException) -> None:
        from poyo_desktop.services.video_reader import VideoError

        if isinstance(error, VideoError):
            reason = str(error)
        elif isinstance(getattr(error, "message", None), str):  # the history's, in words
            reason = f"The frame could not be kept: {error.message}"  # type: ignore[attr-defined]
        elif isinstance(error, OSError):
            reason = f"The picture could not be saved ({error.strerror or error})."
        else:
            reason = "The frame could not be taken: something went wrong."
        self._say(reason, error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self._window.statusBar().showMessage(text, 10_000)
        self._preview.file_buttons.show_feedback(text, error=error)


def _has_video(job: Job | None) -> bool:
    return bool(
        job is not None
        and job.state is JobState.FINISHED
        and job.output_path
        and Path(job.output_path).is_file()
    )


def _if_job(job: Job | None, command: Callable[[Job], None]) -> None:
    if _has_video(job):
        assert job is not None
        command(job)
