"""What can be done with a finished video's frames: Continue from Last Frame, Make a Loop…
and Compare with Pictures (Task menu, a task's right-click menu, the preview's Frames
menu), and Use This Frame as the start or end image (the Frames menu).

A frame goes into the form the way a picture does (the slot's own ``set_image``), as a
lossless PNG kept with the history (services/frames.py); a video made from it continues
the one it came from. Made on first use (a command chosen, or the first video played,
which brings the Frames button): the Task menu's entries are frame_actions.py's. The frame
work, the loop and the compare window load when first used.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMenu

from poyo_desktop.ui.kit.translations import translate
from poyo_desktop.ui.window.frame_actions import frame_actions, has_video

if TYPE_CHECKING:
    from collections.abc import Coroutine
    from typing import Any

    from PySide6.QtMultimedia import QVideoFrame
    from PySide6.QtWidgets import QMainWindow

    from poyo_desktop.core.job import Job
    from poyo_desktop.services.app_services import AppServices
    from poyo_desktop.services.frames import FrameKeeper, TakenFrame
    from poyo_desktop.ui.form.form import GenerationForm
    from poyo_desktop.ui.player.player import VideoPreview

__all__ = ["FrameCommands"]

HOLD_MS = 150  # after pausing a playing video, for its picture to settle


class FrameCommands(QObject):
    """Runs the frame commands on a job: the selected task's (menus) or the preview's."""

    def __init__(
        self,
        window: QMainWindow,
        preview: VideoPreview,
        form: GenerationForm,
        services: AppServices | None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._preview = preview
        self._form = form
        self._services = services
        self._keeper: FrameKeeper | None = None
        self.menu = self._frames_menu()

    def attach(self, services: AppServices) -> None:
        self._services = services

    def run(self, command: str, job: Job | None) -> None:
        """Run ``command`` (a frame_actions.COMMANDS name) on ``job``, if it has a video."""
        if job is not None and has_video(job):
            getattr(self, command)(job)

    # -- the preview's Frames menu --------------------------------------------------------
    def _frames_menu(self) -> QMenu:
        menu = QMenu(self._preview)
        menu.setObjectName("framesMenu")
        menu.setToolTipsVisible(True)
        self.start_frame_action = menu.addAction(
            translate("FrameCommands", "Use This Frame as &Start Image")
        )
        self.end_frame_action = menu.addAction(
            translate("FrameCommands", "Use This Frame as &End Image")
        )
        self.start_frame_action.triggered.connect(lambda: self.use_frame(end=False))
        self.end_frame_action.triggered.connect(lambda: self.use_frame(end=True))
        menu.addSeparator()
        self._player_actions = frame_actions(menu)
        for action in self._player_actions:
            command = str(action.data())
            action.triggered.connect(
                lambda _checked=False, command=command: self.run(
                    command, self._preview.current_job()
                )
            )
        menu.addActions(self._player_actions)
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
            action.setEnabled(has_video(self._preview.current_job()))

    # -- the commands ---------------------------------------------------------------------
    def continue_from_last(self, job: Job) -> None:
        """Fill the form for the next video: ``job``'s settings, its last frame as the
        start image, and the prompt selected to be written over."""
        self._say(translate("FrameCommands", "Taking the last frame of the video…"))
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
        self._say(
            translate(
                "FrameCommands", "The last frame is the start image now. Write what happens next."
            )
        )

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
            self._say(
                translate("FrameCommands", "Play the video, then pause on the frame you want."),
                error=True,
            )
            return
        self._run(self._use_frame(job, *held, end), "using a frame of the video")

    async def _use_frame(self, job: Job, frame: QVideoFrame, fps: float, end: bool) -> None:
        taken: TakenFrame = await self._frames().keep_frame(job, frame, fps)
        zone = self._form.end_zone if end else self._form.start_zone
        zone.set_image(taken.path, original=taken.original)
        said = (
            translate("FrameCommands", "Frame {index} is the end image now.")
            if end
            else translate("FrameCommands", "Frame {index} is the start image now.")
        )
        self._say(said.format(index=taken.index))

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
            reason = translate("FrameCommands", "The frame could not be kept: {reason}").format(
                reason=error.message  # type: ignore[attr-defined]
            )
        elif isinstance(error, OSError):
            reason = translate("FrameCommands", "The picture could not be saved ({reason}).")
            reason = reason.format(reason=error.strerror or error)
        else:
            reason = translate(
                "FrameCommands", "The frame could not be taken: something went wrong."
            )
        self._say(reason, error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self._window.statusBar().showMessage(text, 10_000)
        self._preview.file_buttons.show_feedback(text, error=error)
