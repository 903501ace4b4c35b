"""Frame by frame in the preview: a step back or forward holds the picture there, and the
controls say which frame is on screen ("00:03.208 · frame 77").

A step pauses the video and asks the player for the middle of the wanted frame (never its
edge, which rounding could put in the frame before). Which frame is on screen is read from
the frames the player hands its video widget, so the time shown is the picture's own. Made
with the player, on the first video (see media_playback.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QMediaPlayer, QVideoFrame

    from poyo_desktop.ui.player.media_playback import MediaPlayback
    from poyo_desktop.ui.player.player_controls import PlaybackControls

__all__ = ["FrameStepper"]


class FrameStepper(QObject):
    """Steps ``playback``'s video a frame at a time; shows the frame on ``controls``."""

    def __init__(self, playback: MediaPlayback, controls: PlaybackControls) -> None:
        super().__init__(playback)
        self._playback = playback
        self._controls = controls
        self._shown_us: int | None = None  # the start of the picture on screen
        self._target: int | None = None  # the frame a step asked for, until it shows
        self._frame: QVideoFrame | None = None
        controls.step_requested.connect(self.step)
        player = playback.player()  # made by now: the stepper comes with it (see player.py)
        playback.video_widget().videoSink().videoFrameChanged.connect(self._on_frame)
        player.playbackStateChanged.connect(self._on_state)
        player.sourceChanged.connect(self._forget)

    # -- what is on screen ----------------------------------------------------------------
    def current_frame(self) -> QVideoFrame | None:
        """The picture on screen (None before the first one shows)."""
        frame = self._frame
        return frame if frame is not None and frame.isValid() else None

    def frame_rate(self) -> float:
        return self._playback.frame_rate()

    def index(self) -> int | None:
        """The number of the frame on screen (from 0), or of the one a step asked for."""
        if self._target is not None:
            return self._target
        if self._shown_us is None:
            return None
        return round(self._shown_us * self.frame_rate() / 1_000_000)

    # -- stepping -------------------------------------------------------------------------
    def step(self, delta: int) -> None:
        """Hold the video ``delta`` frames later (earlier when negative)."""
        playback = self._playback
        if playback.loaded_path is None or not playback.exists():
            return
        player = playback.player()
        fps = self.frame_rate()
        last = max(0, round(player.duration() * fps / 1000) - 1)
        current = self.index()
        if current is None:
            current = round(player.position() * fps / 1000)
        wanted = min(last, max(0, current + delta))
        playback.pause()
        if wanted == self._target or (self._target is None and wanted == self.index()):
            self._show()  # at the first or last frame already: it stays
            return
        self._target = wanted
        player.setPosition(round((wanted + 0.5) * 1000 / fps))

    # -- the player's news ----------------------------------------------------------------
    def _on_frame(self, frame: QVideoFrame) -> None:
        if not frame.isValid():
            return
        self._frame = frame
        self._shown_us = max(0, frame.startTime())
        if self._target is not None and self.index_of(self._shown_us) == self._target:
            self._target = None
        if not self._playback.is_playing():
            self._show()

    def index_of(self, start_us: int) -> int:
        return round(start_us * self.frame_rate() / 1_000_000)

    def _on_state(self, _state: QMediaPlayer.PlaybackState) -> None:
        if self._playback.is_playing():
            self._target = None
        else:
            self._show()

    def _forget(self) -> None:
        self._shown_us = self._target = self._frame = None

    def _show(self) -> None:
        index = self.index()
        if index is None or self._playback.loaded_path is None:
            return  # nothing held, or the video let go of (its stop comes before the reset)
        ms = (
            self._shown_us // 1000
            if self._target is None and self._shown_us is not None
            else int(index * 1000 / self.frame_rate())
        )
        self._controls.set_frame(ms, index)
