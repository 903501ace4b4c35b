"""The preview's frame tools, made with the player on the first video: the frame stepper
(frame_steps.py), its two buttons, and the Frames menu the window gives (a maker, called
then). Before the first video nothing of them is made or loaded: a window with no video
needs none of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtMultimedia import QVideoFrame
    from PySide6.QtWidgets import QMenu

    from poyo_desktop.ui.player.file_bar import FileActionsBar
    from poyo_desktop.ui.player.frame_steps import FrameStepper
    from poyo_desktop.ui.player.media_playback import MediaPlayback
    from poyo_desktop.ui.player.player_controls import PlaybackControls

__all__ = ["FrameTools"]


class FrameTools:
    """Frame by frame, and the Frames menu, for one preview."""

    def __init__(
        self, playback: MediaPlayback, controls: PlaybackControls, files: FileActionsBar
    ) -> None:
        self._playback = playback
        self._controls = controls
        self._files = files
        self._steps: FrameStepper | None = None
        self._menu_maker: Callable[[], QMenu] | None = None
        playback.made.connect(self._add)

    def step(self, delta: int) -> None:
        if self._steps is not None:
            self._steps.step(delta)

    def current_frame(self) -> tuple[QVideoFrame, float] | None:
        steps = self._steps
        frame = steps.current_frame() if steps is not None else None
        return (frame, steps.frame_rate()) if frame is not None and steps is not None else None

    def set_menu_maker(self, maker: Callable[[], QMenu]) -> None:
        self._menu_maker = maker
        if self._steps is not None:  # added already: the player was made
            self._files.set_frames_menu(maker())

    def _add(self) -> None:
        from poyo_desktop.ui.player.frame_steps import FrameStepper

        self._steps = FrameStepper(self._playback, self._controls)
        self._controls.add_step_buttons()
        if self._menu_maker is not None:
            self._files.set_frames_menu(self._menu_maker())
