"""The rows under the video in the preview pane: playback controls and the file's actions.

These widgets only show state and report clicks;
:class:`~poyo_desktop.ui.player.player.VideoPreview` owns the media player and decides what a
click means. The still view shown instead of a video lives in
:mod:`poyo_desktop.ui.player.player_still`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QToolButton,
    QWidget,
)

from poyo_desktop.ui.kit.elided_label import ElidedLabel
from poyo_desktop.ui.kit.icons import (
    MEDIA_ICON_SIZE,
    ActionGlyph,
    MediaGlyph,
    media_icon,
    themed_icon,
)
from poyo_desktop.ui.kit.theme import error_color

if TYPE_CHECKING:
    from PySide6.QtGui import QMouseEvent, QResizeEvent

__all__ = [
    "FileActionsBar",
    "PlaybackControls",
    "SeekSlider",
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
    """Play/pause, seek bar with "0:03 / 0:05", loop and mute, in one row."""

    seek_requested = Signal(int)  # milliseconds, from the person moving the slider

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._duration = 0
        self._updating_slider = False
        self._playing = False

        self.play_button = _tool_button(self, "playButton", self.tr("Play (Space)"))
        self.seek_slider = SeekSlider(self)
        self.seek_slider.setObjectName("seekSlider")
        self.seek_slider.setAccessibleName(self.tr("Position in the video"))
        self.seek_slider.setToolTip(self.tr("Drag or click to jump within the video"))
        self.seek_slider.setRange(0, 0)
        self.seek_slider.setSingleStep(250)
        self.seek_slider.setPageStep(1000)
        self.seek_slider.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.time_label = QLabel(self)
        self.time_label.setObjectName("timeLabel")
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.time_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("00:00 / 00:00 "))
        self.loop_button = _tool_button(
            self, "loopButton", self.tr("Loop: play the video again and again"), checkable=True
        )
        self.loop_button.setAccessibleName(self.tr("Loop"))
        self.mute_button = _tool_button(self, "muteButton", self.tr("Sound off"), checkable=True)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 6, 0)
        layout.setSpacing(6)
        layout.addWidget(self.play_button)
        layout.addWidget(self.seek_slider, 1)
        layout.addWidget(self.time_label)
        layout.addWidget(self.loop_button)
        layout.addWidget(self.mute_button)

        self.seek_slider.valueChanged.connect(self._on_slider_value_changed)
        self.mute_button.toggled.connect(self._on_mute_toggled)
        self._refresh_icons()
        self._show_time(0)

    def changeEvent(self, event: QEvent) -> None:
        """Redraw the icons in the new colours when the person switches light/dark."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._refresh_icons()

    def _refresh_icons(self) -> None:
        self.loop_button.setIcon(media_icon(MediaGlyph.LOOP, self.palette()))
        self.set_playing(self._playing)
        self._on_mute_toggled(self.mute_button.isChecked())

    # -- state shown ---------------------------------------------------------------------
    def set_playing(self, playing: bool) -> None:
        """Show the button for what a click will do next: pause while playing, else play."""
        self._playing = playing
        glyph, name = (
            (MediaGlyph.PAUSE, self.tr("Pause")) if playing else (MediaGlyph.PLAY, self.tr("Play"))
        )
        self.play_button.setIcon(media_icon(glyph, self.palette()))
        self.play_button.setToolTip(self.tr("{action} (Space)").format(action=name))
        self.play_button.setAccessibleName(name)

    def set_media_available(self, available: bool) -> None:
        """Grey out play and seek when there is nothing to play; reset the time to zero."""
        self.play_button.setEnabled(available)
        self.seek_slider.setEnabled(available)
        self.time_label.setEnabled(available)
        if not available:
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
        self.time_label.setText(f"{format_time(ms)} / {total}")

    def _on_slider_value_changed(self, value: int) -> None:
        self._show_time(value)
        if not self._updating_slider:
            self.seek_requested.emit(value)

    def _on_mute_toggled(self, muted: bool) -> None:
        if muted:
            glyph = MediaGlyph.MUTED
            tip = self.tr("Sound is off — click to turn it on")
        else:
            glyph = MediaGlyph.VOLUME
            tip = self.tr("Sound is on — click to turn it off")
        self.mute_button.setIcon(media_icon(glyph, self.palette()))
        self.mute_button.setToolTip(tip)
        self.mute_button.setAccessibleName(self.tr("Mute"))


class FileActionsBar(QWidget):
    """Save as…, Open with system player, Show in folder, and a line saying what happened."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.save_button = self._button(
            "saveButton",
            self.tr("Save as…"),
            self.tr("Save a copy of the video somewhere"),
            QIcon.ThemeIcon.DocumentSaveAs,
            ActionGlyph.SAVE,
        )
        self.open_button = self._button(
            "openButton",
            self.tr("Open with system player"),
            self.tr("Play the video in your computer's usual video player"),
            QIcon.ThemeIcon.MultimediaPlayer,
            ActionGlyph.OPEN_EXTERNALLY,
        )
        self.reveal_button = self._button(
            "revealButton",
            self.tr("Show in folder"),
            self.tr("Open the folder that holds the video"),
            QIcon.ThemeIcon.FolderOpen,
            ActionGlyph.FOLDER,
        )
        self.feedback_label = ElidedLabel(self)
        self.feedback_label.setObjectName("feedbackLabel")

        layout = self._row = QHBoxLayout(self)
        layout.setContentsMargins(2, 0, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(self.save_button)
        layout.addWidget(self.open_button)
        layout.addWidget(self.reveal_button)
        layout.addSpacing(6)
        layout.addWidget(self.feedback_label, 1)

    def _buttons(self) -> tuple[QToolButton, ...]:
        return (self.save_button, self.open_button, self.reveal_button)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Drop the button labels (tooltips stay) when the pane is too narrow for them.

        Squeezed labels would otherwise be cut to "Open w…player", which reads worse than
        a plain icon.
        """
        super().resizeEvent(event)
        self._fit_labels()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_labels()

    def _fit_labels(self) -> None:
        metrics = self.fontMetrics()
        spacing = self._row.spacing()
        needed = sum(
            metrics.horizontalAdvance(button.text()) + button.iconSize().width() + 20 + spacing
            for button in self._buttons()
        )
        margins = self._row.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        compact = room < needed + 24
        style = (
            Qt.ToolButtonStyle.ToolButtonIconOnly
            if compact
            else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        )
        for button in self._buttons():
            if button.toolButtonStyle() != style:
                button.setToolButtonStyle(style)

    def _button(
        self, name: str, text: str, tip: str, theme: QIcon.ThemeIcon, glyph: ActionGlyph
    ) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(text.rstrip("…"))
        button.setIcon(themed_icon(theme, glyph, self.palette()))
        button.setIconSize(QSize(16, 16))
        button.setAutoRaise(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        return button

    def set_file_available(self, available: bool) -> None:
        for button in self._buttons():
            button.setEnabled(available)

    def show_feedback(self, text: str, error: bool = False, tooltip: str = "") -> None:
        """A short note after an action; errors in a red that suits the palette."""
        palette = self.palette()
        if error:
            palette.setColor(self.feedback_label.foregroundRole(), error_color(palette))
        self.feedback_label.setPalette(palette)
        self.feedback_label.set_full_text(text)
        if tooltip:
            self.feedback_label.setToolTip(tooltip)
