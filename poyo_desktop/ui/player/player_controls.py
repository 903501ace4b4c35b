"""The row under the video in the preview pane: the playback controls.

These widgets only show state and report clicks;
:class:`~poyo_desktop.ui.player.player.VideoPreview` owns the media player and decides what a
click means. The still view shown instead of a video lives in
:mod:`poyo_desktop.ui.player.player_still`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QToolButton,
    QWidget,
)

from poyo_desktop.ui.kit.icons import (
    MEDIA_ICON_SIZE,
    MediaGlyph,
    media_icon,
)
from poyo_desktop.ui.kit.translations import translate

if TYPE_CHECKING:
    from PySide6.QtGui import QMouseEvent, QResizeEvent

__all__ = [
    "PlaybackControls",
    "SeekSlider",
    "format_frame_time",
    "format_time",
]


def format_time(ms: int) -> str:
    """``0:03``, ``12:05`` or ``1:02:03``: how people read clip lengths."""
    seconds = max(0, int(ms)) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


COMPACT_WIDTH = 470  # logical pixels of the controls' row


def format_frame_time(ms: int, index: int) -> str:
    """``00:03.208 · frame 77``: where a held picture is, to the frame."""
    ms = max(0, int(ms))
    minutes, rest = divmod(ms, 60_000)
    at = f"{minutes:02d}:{rest // 1000:02d}.{rest % 1000:03d}"
    return translate("PlayerControls", "{time} · frame {index}").format(time=at, index=index)


class SeekSlider(QSlider):
    """A slider that jumps to where it is clicked, like every media player people know.

    A plain QSlider only steps a page towards the click, which feels broken for seeking.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.maximum() > self.minimum():
            option = QStyleOptionSlider()
            self.initStyleOption(option)
            style = self.style()
            handle = style.subControlRect(
                QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, self
            )
            point = event.position().toPoint()
            if not handle.contains(point):
                groove = style.subControlRect(
                    QStyle.ComplexControl.CC_Slider,
                    option,
                    QStyle.SubControl.SC_SliderGroove,
                    self,
                )
                span = max(1, groove.width() - handle.width())
                offset = point.x() - groove.x() - handle.width() // 2
                self.setValue(
                    QStyle.sliderValueFromPosition(
                        self.minimum(), self.maximum(), offset, span, option.upsideDown
                    )
                )
        # The handle is now under the pointer, so the base class starts a normal drag.
        super().mousePressEvent(event)


def _tool_button(parent: QWidget, name: str, tip: str, checkable: bool = False) -> QToolButton:
    button = QToolButton(parent)
    button.setObjectName(name)
    button.setAutoRaise(True)
    button.setIconSize(MEDIA_ICON_SIZE)
    button.setCheckable(checkable)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button


class PlaybackControls(QWidget):
    """Play/pause, a frame back and forward, seek bar with "0:03 / 0:05" (or, while the
    picture is held, the frame shown: "00:03.208 · frame 77"), loop and mute, in one row."""

    seek_requested = Signal(int)  # milliseconds, from the person moving the slider
    step_requested = Signal(int)  # -1 or +1: a frame back or forward

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._duration = 0
        self._updating_slider = False
        self._playing = False
        self._play_shown: bool | None = None  # what the play button's icon shows (None: none)
        self._frame: tuple[int, int] | None = None  # (ms, index) of the picture held

        self.play_button = _tool_button(
            self, "playButton", translate("PlaybackControls", "Play (Space)")
        )
        # A frame back and forward: made with the player, on the first video (add_step_buttons).
        self.back_button: QToolButton | None = None
        self.forward_button: QToolButton | None = None
        self.seek_slider = SeekSlider(self)
        self.seek_slider.setObjectName("seekSlider")
        self.seek_slider.setAccessibleName(translate("PlaybackControls", "Position in the video"))
        self.seek_slider.setToolTip(
            translate("PlaybackControls", "Drag or click to jump within the video")
        )
        self.seek_slider.setRange(0, 0)
        self.seek_slider.setSingleStep(250)
        self.seek_slider.setPageStep(1000)
        self.seek_slider.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.time_label = QLabel(self)
        self.time_label.setObjectName("timeLabel")
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._compact = False  # too narrow for the frame's time: its number only
        self._fit_time_label()
        self.loop_button = _tool_button(
            self,
            "loopButton",
            translate("PlaybackControls", "Loop: play the video again and again"),
            checkable=True,
        )
        self.loop_button.setAccessibleName(translate("PlaybackControls", "Loop"))
        self.mute_button = _tool_button(
            self, "muteButton", translate("PlaybackControls", "Sound off"), checkable=True
        )

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 6, 0)
        layout.setSpacing(6)
        self._row = layout
        layout.addWidget(self.play_button)
        layout.addWidget(self.seek_slider, 1)
        layout.addWidget(self.time_label)
        layout.addWidget(self.loop_button)
        layout.addWidget(self.mute_button)

        self.seek_slider.valueChanged.connect(self._on_slider_value_changed)
        self.mute_button.toggled.connect(self._on_mute_toggled)
        self._refresh_icons()
        self._show_time(0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Below ``COMPACT_WIDTH`` the held frame reads "frame 77" (its time in the tooltip),
        so the seek bar keeps room to be used."""
        super().resizeEvent(event)
        compact = self.width() < COMPACT_WIDTH
        if compact != self._compact:
            self._compact = compact
            self._fit_time_label()
            self._show_time(self.seek_slider.value())

    def _fit_time_label(self) -> None:
        widest = (
            translate("PlayerControls", "frame {index}").format(index="0000")
            if self._compact
            else format_frame_time(0, 1000)
        )
        metrics = self.fontMetrics()
        self.time_label.setMinimumWidth(
            max(metrics.horizontalAdvance(text + " ") for text in (widest, "00:00 / 00:00"))
        )

    def changeEvent(self, event: QEvent) -> None:
        """Redraw the icons in the new colours when the person switches light/dark."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._refresh_icons()

    def add_step_buttons(self) -> None:
        """A frame back and forward, beside Play (once; with the player, see player.py)."""
        if self.back_button is not None:
            return
        self.back_button = _tool_button(
            self, "frameBackButton", translate("PlaybackControls", "One frame back (,)")
        )
        self.forward_button = _tool_button(
            self, "frameForwardButton", translate("PlaybackControls", "One frame forward (.)")
        )
        for place, (button, step) in enumerate(((self.back_button, -1), (self.forward_button, 1))):
            button.setAutoRepeat(True)  # held down, it keeps stepping
            button.setEnabled(self.play_button.isEnabled())
            button.clicked.connect(lambda _checked=False, step=step: self.step_requested.emit(step))
            self._row.insertWidget(1 + place, button)
        self._refresh_icons()

    def _refresh_icons(self) -> None:
        self.loop_button.setIcon(media_icon(MediaGlyph.LOOP, self.palette()))
        if self.back_button is not None and self.forward_button is not None:
            from poyo_desktop.ui.player.frame_icons import FrameGlyph, frame_icon

            self.back_button.setIcon(frame_icon(FrameGlyph.BACK, self.palette()))
            self.forward_button.setIcon(frame_icon(FrameGlyph.FORWARD, self.palette()))
        self._play_shown = None  # drawn again in the new colours
        self.set_playing(self._playing)
        self._on_mute_toggled(self.mute_button.isChecked())

    # -- state shown ---------------------------------------------------------------------
    def set_playing(self, playing: bool) -> None:
        """Show the button for what a click will do next: pause while playing, else play.
        Its icon is drawn only when that changes: 2-3 ms each, and every status of the task
        shown set it again (bench/batch_drop.py)."""
        self._playing = playing
        if playing == self._play_shown:
            self._show_time(self.seek_slider.value())
            return
        self._play_shown = playing
        glyph, name = (
            (MediaGlyph.PAUSE, translate("PlaybackControls", "Pause"))
            if playing
            else (MediaGlyph.PLAY, translate("PlaybackControls", "Play"))
        )
        self.play_button.setIcon(media_icon(glyph, self.palette()))
        self.play_button.setToolTip(
            translate("PlaybackControls", "{action} (Space)").format(action=name)
        )
        self.play_button.setAccessibleName(name)
        self._show_time(self.seek_slider.value())

    def set_frame(self, ms: int, index: int) -> None:
        """The picture on screen, shown to the frame while the video is not playing."""
        self._frame = (ms, index)
        self._show_time(self.seek_slider.value())

    def set_media_available(self, available: bool) -> None:
        """Grey out play and seek when there is nothing to play; reset the time to zero."""
        for widget in (
            self.play_button,
            self.back_button,
            self.forward_button,
            self.seek_slider,
            self.time_label,
        ):
            if widget is not None:
                widget.setEnabled(available)
        if not available:
            self._frame = None
            self.set_duration(0)
            self.set_playing(False)

    def set_duration(self, ms: int) -> None:
        self._duration = max(0, ms)
        self._updating_slider = True
        try:
            self.seek_slider.setRange(0, self._duration)
        finally:
            self._updating_slider = False
        self._show_time(self.seek_slider.value())

    def set_position(self, ms: int) -> None:
        """Follow the player, except while the person holds the handle."""
        if self.seek_slider.isSliderDown():
            return
        self._updating_slider = True
        try:
            self.seek_slider.setValue(ms)
        finally:
            self._updating_slider = False
        self._show_time(ms)

    def set_looping(self, looping: bool) -> None:
        self.loop_button.setChecked(looping)

    def set_muted(self, muted: bool) -> None:
        self.mute_button.setChecked(muted)

    # -- reactions -----------------------------------------------------------------------
    def _show_time(self, ms: int) -> None:
        # 2.999 s reads "0:03": people count a clip's length to the nearest second.
        total = format_time((self._duration + 500) // 1000 * 1000)
        if self._frame is not None and not self._playing:
            full = format_frame_time(*self._frame)
            self.time_label.setText(full.split(" · ")[1] if self._compact else full)
            self.time_label.setToolTip(
                translate(
                    "PlaybackControls", "The frame on screen: {frame}; the video is {total} long"
                ).format(frame=full, total=total)
            )
            return
        self.time_label.setText(f"{format_time(ms)} / {total}")
        self.time_label.setToolTip("")

    def _on_slider_value_changed(self, value: int) -> None:
        self._show_time(value)
        if not self._updating_slider:
            self.seek_requested.emit(value)

    def _on_mute_toggled(self, muted: bool) -> None:
        if muted:
            glyph = MediaGlyph.MUTED
            tip = translate("PlaybackControls", "Sound is off — click to turn it on")
        else:
            glyph = MediaGlyph.VOLUME
            tip = translate("PlaybackControls", "Sound is on — click to turn it off")
        self.mute_button.setIcon(media_icon(glyph, self.palette()))
        self.mute_button.setToolTip(tip)
        self.mute_button.setAccessibleName(translate("PlaybackControls", "Mute"))
