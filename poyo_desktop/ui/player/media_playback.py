"""The preview pane's media player: made on the first video to play, let go of on demand.

The media player, its audio output and the video widget are made on the first video to
play, not with the pane: loading QtMultimedia and starting FFmpeg costs tens of
milliseconds and megabytes that a window showing only photos and statuses never needs.
This module is that lifecycle (make, load, play and pause, release the file, notice a
file that cannot be played); :class:`~poyo_desktop.ui.player.player.VideoPreview` decides
what is on screen around it.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal

if TYPE_CHECKING:
    from pathlib import Path

    # QtMultimedia is loaded on the first video to play (see player).
    from PySide6.QtGui import QPalette
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
    from PySide6.QtMultimediaWidgets import QVideoWidget
    from PySide6.QtWidgets import QStackedWidget, QWidget

    from poyo_desktop.ui.player.player_controls import PlaybackControls

log = logging.getLogger(__name__)

__all__ = ["MediaPlayback"]


class MediaPlayback(QObject):
    """Owns the media player of one preview pane and the file it has loaded.

    The player, audio output and video widget are children of ``host`` (the pane); the
    video widget becomes a page of ``stack``, drawn with ``palette``. The player's time,
    length and state are shown on ``controls``.
    """

    failed = Signal(str)  # the file could not be played and was let go; the player's detail
    made = Signal()  # the player and its video widget exist now (the first video)
    _modules_loaded = Signal()  # emitted by prepare's worker thread

    def __init__(
        self, host: QWidget, stack: QStackedWidget, palette: QPalette, controls: PlaybackControls
    ) -> None:
        super().__init__(host)
        self._host = host
        self._stack = stack
        self._palette = palette
        self._controls = controls
        self._audio: QAudioOutput | None = None
        self._player: QMediaPlayer | None = None
        self._video: QVideoWidget | None = None
        self.loaded_path: Path | None = None
        self.has_failed = False
        self.error_text = ""  # why the last file could not be played ("" when it played)
        self._preparing = False
        self._pending: Path | None = None  # to play once the player exists
        self._modules_loaded.connect(self._make_when_loaded, Qt.ConnectionType.QueuedConnection)

    # -- the objects, made on first use -------------------------------------------------------
    def prepare(self) -> None:
        """A video is on its way: load QtMultimedia in a worker thread now, then make the
        player on the GUI thread, so the finished video does not pay for both at once
        (their ~20 ms in one step was the first video's stall; bench/first_video.py)."""
        if self._player is not None or self._preparing:
            return
        self._preparing = True
        import threading

        from PySide6.QtCore import QCoreApplication

        plugin_dirs = QCoreApplication.libraryPaths()  # read here: it is the GUI's state
        threading.Thread(
            target=self._load_modules, args=(plugin_dirs,), name="load-multimedia", daemon=True
        ).start()

    def _load_modules(self, plugin_dirs: list[str]) -> None:  # the worker thread
        try:
            from poyo_desktop.runtime import library_preload as preload

            # The libraries first, letting the GUI thread run (runtime/library_preload.py).
            preload.preload_extension("PySide6.QtMultimedia")
            preload.preload_extension("PySide6.QtMultimediaWidgets")
            preload.preload_qt_plugins(plugin_dirs, "multimedia", "ffmpegmediaplugin")
            import PySide6.QtMultimediaWidgets  # noqa: F401
            from PySide6.QtMultimedia import QMediaFormat

            # Asking what can be decoded loads the media backend (the FFmpeg plugin and its
            # libraries) here; otherwise the first QAudioOutput loads it on the GUI thread,
            # 12-31 ms (bench/interactions.py, starting playback).
            QMediaFormat().supportedFileFormats(QMediaFormat.ConversionMode.Decode)
        finally:
            self._modules_loaded.emit()  # queued to the GUI thread

    def _make_when_loaded(self) -> None:
        """QtMultimedia is loaded: make the player a piece per turn of the event loop (the
        audio output, then the player and its video widget, then what comes with it via
        ``made``, then the video waiting for it), 1-5 ms each. In one step they held the
        window 6-12 ms, in the second a batch of 100 tasks is recorded (bench batch_drop)."""
        self._make_audio()
        QTimer.singleShot(0, self, self.player)

    def _make_audio(self) -> QAudioOutput:
        if self._audio is None:
            from PySide6.QtMultimedia import QAudioOutput

            self._audio = QAudioOutput(self._host)
            self._audio.setMuted(self._controls.mute_button.isChecked())
        return self._audio

    def exists(self) -> bool:
        """Whether the media player exists yet (it is made on the first video to play)."""
        return self._player is not None

    def player(self) -> QMediaPlayer:
        """The player, made (with its audio output and video widget) on first use; ``made``
        follows a turn later."""
        if self._player is not None:
            return self._player
        from PySide6.QtMultimedia import QMediaPlayer
        from PySide6.QtMultimediaWidgets import QVideoWidget

        host, controls = self._host, self._controls
        player = QMediaPlayer(host)
        player.setAudioOutput(self._make_audio())
        self._video = QVideoWidget(host)
        self._video.setObjectName("videoWidget")
        self._video.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self._video.setAutoFillBackground(True)
        self._video.setPalette(self._palette)
        player.setVideoOutput(self._video)
        shown = self._stack.currentWidget()  # the still view: no video was on screen yet
        self._stack.insertWidget(0, self._video)
        if shown is not None:
            self._stack.setCurrentWidget(shown)  # inserting may not change the page
        player.durationChanged.connect(controls.set_duration)
        player.positionChanged.connect(controls.set_position)
        player.playbackStateChanged.connect(self._on_playback_state_changed)
        player.errorOccurred.connect(self._on_error_occurred)
        player.mediaStatusChanged.connect(self._on_media_status_changed)
        self._player = player
        self.set_looping(controls.loop_button.isChecked())
        QTimer.singleShot(0, self, self._announce)
        return player

    def _announce(self) -> None:
        self.made.emit()
        if self._pending is not None:
            QTimer.singleShot(0, self, self._start_pending)

    def _start_pending(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None and pending == self.loaded_path:
            self._start(pending)

    def audio_output(self) -> QAudioOutput:
        self.player()
        assert self._audio is not None
        return self._audio

    def video_widget(self) -> QVideoWidget:
        self.player()
        assert self._video is not None
        return self._video

    def is_on_screen(self) -> bool:
        return self._video is not None and self._stack.currentWidget() is self._video

    # -- playing ------------------------------------------------------------------------------
    def load(self, path: Path) -> None:
        """Put the video on screen and play ``path`` from the start; the first time, once
        QtMultimedia has loaded on a worker thread (the still stays up until then)."""
        self.has_failed = False
        self.error_text = ""
        self.loaded_path = path
        self._controls.set_media_available(True)
        if self._player is None:
            self._pending = path  # started as the player is made
            self.prepare()
            return
        self._start(path)

    def _start(self, path: Path) -> None:
        player = self.player()
        assert self._video is not None
        self._stack.setCurrentWidget(self._video)
        player.setSource(QUrl.fromLocalFile(str(path)))
        player.play()

    def release(self) -> None:
        """Stop and drop the source: only an empty source closes the file handle."""
        self.loaded_path = None
        player = self._player
        if player is None:
            return
        player.stop()
        if not player.source().isEmpty():
            player.setSource(QUrl())

    def toggle(self) -> None:
        """Pause a playing video, play a paused or ended one."""
        from PySide6.QtMultimedia import QMediaPlayer

        player = self._player
        if player is None:  # the first video is still loading: it plays once loaded
            return
        if player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            player.pause()
        else:
            player.play()

    def is_playing(self) -> bool:
        from PySide6.QtMultimedia import QMediaPlayer

        player = self._player
        return (
            player is not None and player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
        )

    def pause(self) -> None:
        """Hold the picture: a playing or ended video stops on the frame it is at."""
        from PySide6.QtMultimedia import QMediaPlayer

        player = self._player
        if (
            player is not None
            and self.loaded_path is not None
            and player.playbackState() != QMediaPlayer.PlaybackState.PausedState
        ):
            player.pause()

    def frame_rate(self) -> float:
        """Frames a second of the loaded video, as its file says (24 when it does not)."""
        from PySide6.QtMultimedia import QMediaMetaData

        player = self._player
        rate = player.metaData().value(QMediaMetaData.Key.VideoFrameRate) if player else None
        return float(rate) if isinstance(rate, int | float) and 1 <= rate <= 240 else 24.0

    def seek(self, ms: int) -> None:
        if self.loaded_path is not None and self._player is not None:
            self._player.setPosition(ms)

    def seek_by(self, delta_ms: int) -> None:
        """Jump ``delta_ms`` later (earlier when negative), within the video."""
        player = self._player
        if self.loaded_path is not None and player is not None:
            end = max(0, player.duration())
            player.setPosition(max(0, min(end, player.position() + delta_ms)))

    def set_looping(self, looping: bool) -> None:
        if self._player is not None:
            from PySide6.QtMultimedia import QMediaPlayer

            self._player.setLoops(
                QMediaPlayer.Loops.Infinite.value if looping else QMediaPlayer.Loops.Once.value
            )

    def is_muted(self) -> bool:
        return (
            self._audio.isMuted()
            if self._audio is not None
            else (self._controls.mute_button.isChecked())
        )

    def set_muted(self, muted: bool) -> None:
        if self._audio is not None:
            self._audio.setMuted(muted)

    # -- the player's slots: they run only once it exists, so QtMultimedia is loaded ----------
    def _on_playback_state_changed(self, state: QMediaPlayer.PlaybackState) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        self._controls.set_playing(state == QMediaPlayer.PlaybackState.PlayingState)

    def _on_media_status_changed(self, status: QMediaPlayer.MediaStatus) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        player = self._player
        if (
            player is not None
            and status == QMediaPlayer.MediaStatus.InvalidMedia
            and not self.has_failed
        ):
            self._on_error_occurred(player.error(), player.errorString())

    def _on_error_occurred(self, error: QMediaPlayer.Error, detail: str) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if error == QMediaPlayer.Error.NoError or self.has_failed or self.loaded_path is None:
            return
        self.has_failed = True
        self.error_text = f"{detail} ({error.name})" if detail else error.name
        log.warning("cannot play %s: %s (%s)", self.loaded_path, detail, error)
        self.release()
        self.failed.emit(detail)
