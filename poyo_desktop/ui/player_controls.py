"""The parts of the preview pane around the media player.

The rows under the video (playback controls, the finished file's actions) and the still
view shown instead of a video. These widgets only show state and report clicks;
:class:`~poyo_desktop.ui.player.VideoPreview` owns the media player and decides what a
click means.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QImageReader,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
)
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

log = logging.getLogger(__name__)

__all__ = [
    "SCREEN_COLOUR",
    "SCREEN_TEXT_COLOUR",
    "ElidedLabel",
    "FileActionsBar",
    "Glyph",
    "ImageStrip",
    "MediaGlyph",
    "PixmapCache",
    "PlaybackControls",
    "SeekSlider",
    "StillView",
    "error_colour",
    "format_time",
    "media_icon",
    "themed_icon",
]

_ICON_SIZE = QSize(20, 20)


def format_time(ms: int) -> str:
    """``0:03``, ``12:05`` or ``1:02:03``: how people read clip lengths."""
    seconds = max(0, int(ms)) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def themed_icon(widget: QWidget, name: QIcon.ThemeIcon, fallback: QStyle.StandardPixmap) -> QIcon:
    """The desktop theme's icon when there is one, else the style's built-in pixmap."""
    return QIcon.fromTheme(name, widget.style().standardIcon(fallback))


class MediaGlyph(Enum):
    PLAY = "play"
    PAUSE = "pause"
    VOLUME = "volume"
    MUTED = "muted"
    LOOP = "loop"


_MEDIA_THEME = {
    MediaGlyph.PLAY: QIcon.ThemeIcon.MediaPlaybackStart,
    MediaGlyph.PAUSE: QIcon.ThemeIcon.MediaPlaybackPause,
    MediaGlyph.VOLUME: QIcon.ThemeIcon.AudioVolumeHigh,
    MediaGlyph.MUTED: QIcon.ThemeIcon.AudioVolumeMuted,
    MediaGlyph.LOOP: QIcon.ThemeIcon.MediaPlaylistRepeat,
}


def media_icon(glyph: MediaGlyph, palette: QPalette) -> QIcon:
    """The theme's media icon, else one drawn in the palette's button-text colour.

    The style's built-in media pixmaps are dark grey whatever the palette, which makes them
    vanish on a dark theme; drawing our own keeps them legible everywhere.
    """
    theme = _MEDIA_THEME[glyph]
    if QIcon.hasThemeIcon(theme):
        return QIcon.fromTheme(theme)
    icon = QIcon()
    for mode, group in ((QIcon.Mode.Normal, QPalette.ColorGroup.Active),
                        (QIcon.Mode.Disabled, QPalette.ColorGroup.Disabled)):
        colour = palette.color(group, QPalette.ColorRole.ButtonText)
        for scale in (1, 2):
            icon.addPixmap(_draw_media_glyph(glyph, colour, scale), mode)
    return icon


def _draw_media_glyph(glyph: MediaGlyph, colour: QColor, scale: int) -> QPixmap:
    """Paint ``glyph`` on a 20×20 grid (times ``scale`` for high-density screens)."""
    pixmap = QPixmap(_ICON_SIZE * scale)
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    stroke = QPen(colour, 1.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                  Qt.PenJoinStyle.RoundJoin)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    if glyph is MediaGlyph.PLAY:
        path = QPainterPath()
        path.moveTo(6, 3.5)
        path.lineTo(16.5, 10)
        path.lineTo(6, 16.5)
        path.closeSubpath()
        painter.drawPath(path)
    elif glyph is MediaGlyph.PAUSE:
        painter.drawRoundedRect(QRectF(5, 4, 3.6, 12), 1, 1)
        painter.drawRoundedRect(QRectF(11.4, 4, 3.6, 12), 1, 1)
    elif glyph in (MediaGlyph.VOLUME, MediaGlyph.MUTED):
        speaker = QPainterPath()
        speaker.moveTo(2.5, 7.5)
        speaker.lineTo(6, 7.5)
        speaker.lineTo(10.5, 3.5)
        speaker.lineTo(10.5, 16.5)
        speaker.lineTo(6, 12.5)
        speaker.lineTo(2.5, 12.5)
        speaker.closeSubpath()
        painter.drawPath(speaker)
        painter.setPen(stroke)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if glyph is MediaGlyph.VOLUME:
            painter.drawArc(QRectF(8, 6.5, 6, 7), -60 * 16, 120 * 16)
            painter.drawArc(QRectF(7, 3.5, 11, 13), -60 * 16, 120 * 16)
        else:
            painter.drawLine(QPointF(13, 7.5), QPointF(18, 12.5))
            painter.drawLine(QPointF(18, 7.5), QPointF(13, 12.5))
    elif glyph is MediaGlyph.LOOP:
        # Two arrows chasing each other round a rounded rectangle: the usual "repeat".
        painter.setPen(stroke)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        upper = QPainterPath()
        upper.moveTo(3.5, 12)
        upper.lineTo(3.5, 9)
        upper.arcTo(QRectF(3.5, 5, 6, 6), 180, -90)
        upper.lineTo(15.5, 5)
        lower = QPainterPath()
        lower.moveTo(16.5, 8)
        lower.lineTo(16.5, 11)
        lower.arcTo(QRectF(10.5, 9, 6, 6), 0, -90)
        lower.lineTo(4.5, 15)
        painter.drawPath(upper)
        painter.drawPath(lower)
        for tip, back in ((QPointF(15.5, 5), -2.8), (QPointF(4.5, 15), 2.8)):
            painter.drawLine(tip, QPointF(tip.x() + back, tip.y() - 2.8))
            painter.drawLine(tip, QPointF(tip.x() + back, tip.y() + 2.8))
    painter.end()
    return pixmap


def error_colour(palette: QPalette) -> QColor:
    """A red that stays readable on both light and dark window colours."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#ff8a80") if dark else QColor("#b3261e")


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
                    QStyle.ComplexControl.CC_Slider, option,
                    QStyle.SubControl.SC_SliderGroove, self,
                )
                span = max(1, groove.width() - handle.width())
                offset = point.x() - groove.x() - handle.width() // 2
                self.setValue(QStyle.sliderValueFromPosition(
                    self.minimum(), self.maximum(), offset, span, option.upsideDown
                ))
        # The handle is now under the pointer, so the base class starts a normal drag.
        super().mousePressEvent(event)


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" instead of widening the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

    def full_text(self) -> str:
        return self._full_text

    def set_full_text(self, text: str) -> None:
        self._full_text = text
        self.setToolTip(text)
        self._refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refresh()

    def _refresh(self) -> None:
        metrics = self.fontMetrics()
        self.setText(metrics.elidedText(self._full_text, Qt.TextElideMode.ElideRight,
                                        max(0, self.width())))


def _tool_button(parent: QWidget, name: str, tip: str, checkable: bool = False) -> QToolButton:
    button = QToolButton(parent)
    button.setObjectName(name)
    button.setAutoRaise(True)
    button.setIconSize(_ICON_SIZE)
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
        self.time_label.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
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
        glyph, name = ((MediaGlyph.PAUSE, self.tr("Pause")) if playing
                       else (MediaGlyph.PLAY, self.tr("Play")))
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
            "saveButton", self.tr("Save as…"), self.tr("Save a copy of the video somewhere"),
            QIcon.ThemeIcon.DocumentSaveAs, QStyle.StandardPixmap.SP_DialogSaveButton,
        )
        self.open_button = self._button(
            "openButton", self.tr("Open with system player"),
            self.tr("Play the video in your computer's usual video player"),
            QIcon.ThemeIcon.MultimediaPlayer, QStyle.StandardPixmap.SP_ComputerIcon,
        )
        self.reveal_button = self._button(
            "revealButton", self.tr("Show in folder"),
            self.tr("Open the folder that holds the video"),
            QIcon.ThemeIcon.FolderOpen, QStyle.StandardPixmap.SP_DirOpenIcon,
        )
        self.feedback_label = ElidedLabel(self)
        self.feedback_label.setObjectName("feedbackLabel")

        layout = QHBoxLayout(self)
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
        spacing = self.layout().spacing()
        needed = sum(metrics.horizontalAdvance(button.text()) + button.iconSize().width() + 20
                     + spacing for button in self._buttons())
        margins = self.layout().contentsMargins()
        room = self.width() - margins.left() - margins.right()
        compact = room < needed + 24
        style = (Qt.ToolButtonStyle.ToolButtonIconOnly if compact
                 else Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for button in self._buttons():
            if button.toolButtonStyle() != style:
                button.setToolButtonStyle(style)

    def _button(self, name: str, text: str, tip: str, theme: QIcon.ThemeIcon,
                fallback: QStyle.StandardPixmap) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(text.rstrip("…"))
        button.setIcon(themed_icon(self, theme, fallback))
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
            palette.setColor(self.feedback_label.foregroundRole(), error_colour(palette))
        self.feedback_label.setPalette(palette)
        self.feedback_label.set_full_text(text)
        if tooltip:
            self.feedback_label.setToolTip(tooltip)


# The "screen" is dark in every palette, like any video player; its text colours are fixed
# to match it rather than taken from the (possibly light) application palette.
SCREEN_COLOUR = QColor("#0c0c0d")  # close to the black bars the video widget paints
SCREEN_TEXT_COLOUR = QColor("#ededed")
_DIM = QColor("#a3a6ab")
_ERROR = QColor("#ff8a80")
_FRAME = QColor("#3a3d42")
_MAX_STILL_EDGE = 1280  # photos are decoded at most this big: the pane is never larger
_CACHE_SIZE = 8


class PixmapCache:
    """Recently shown photos, so progress updates do not re-decode a 12-megapixel JPEG."""

    def __init__(self) -> None:
        self._items: OrderedDict[tuple[str, int], QPixmap] = OrderedDict()

    def get(self, path: str | None) -> QPixmap | None:
        if not path:
            return None
        try:
            stamp = Path(path).stat().st_mtime_ns
        except OSError:
            return None
        key = (path, stamp)
        if key in self._items:
            self._items.move_to_end(key)
            return self._items[key]
        reader = QImageReader(path)
        reader.setAutoTransform(True)  # phone photos carry their rotation in EXIF
        size = reader.size()
        if size.isValid() and max(size.width(), size.height()) > _MAX_STILL_EDGE:
            reader.setScaledSize(size.scaled(_MAX_STILL_EDGE, _MAX_STILL_EDGE,
                                             Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        if image.isNull():
            log.info("could not read image %s: %s", path, reader.errorString())
            return None
        pixmap = QPixmap.fromImage(image)
        self._items[key] = pixmap
        while len(self._items) > _CACHE_SIZE:
            self._items.popitem(last=False)
        return pixmap


class Glyph(Enum):
    """Drawn symbols for a still view without photos: no icon theme needed, any palette."""

    NONE = "none"
    FILM = "film"  # nothing chosen yet: "videos go here"
    WARNING = "warning"  # something went wrong and there is no photo to show


class ImageStrip(QWidget):
    """The start photo, or start → end on pro, scaled to fit; or a drawn glyph."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pixmaps: list[QPixmap] = []
        self._captions: list[str] = []
        self._glyph = Glyph.NONE
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def image_count(self) -> int:
        return len(self._pixmaps)

    def glyph(self) -> Glyph:
        return self._glyph

    def set_images(self, pixmaps: list[QPixmap], captions: list[str]) -> None:
        self._pixmaps = pixmaps
        self._captions = captions if len(captions) == len(pixmaps) else []
        self._glyph = Glyph.NONE
        self.update()

    def set_glyph(self, glyph: Glyph) -> None:
        self._pixmaps = []
        self._captions = []
        self._glyph = glyph
        self.update()

    def has_content(self) -> bool:
        return bool(self._pixmaps) or self._glyph is not Glyph.NONE

    def sizeHint(self) -> QSize:
        return QSize(320, 180) if self._pixmaps else QSize(64, 64)

    def natural_height(self, width: int) -> int:
        """How tall the strip wants to be at ``width``: photos at full width, glyph 64 px."""
        if not self._pixmaps:
            return 64 if self._glyph is not Glyph.NONE else 0
        slot_width = self._slot_width(float(width) - 16)
        tallest = max(slot_width * p.height() / max(1, p.width()) for p in self._pixmaps)
        return int(tallest + self._caption_height() + 16)

    def _arrow_width(self) -> float:
        return 44.0 if len(self._pixmaps) > 1 else 0.0

    def _slot_width(self, width: float) -> float:
        count = max(1, len(self._pixmaps))
        return (width - self._arrow_width() * (count - 1)) / count

    def _caption_height(self) -> int:
        return self.fontMetrics().height() + 6 if self._captions else 0

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if self._pixmaps:
            self._paint_images(painter)
        elif self._glyph is Glyph.FILM:
            self._paint_film(painter)
        elif self._glyph is Glyph.WARNING:
            self._paint_warning(painter)
        painter.end()

    def _paint_images(self, painter: QPainter) -> None:
        count = len(self._pixmaps)
        rect = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        caption_height = self._caption_height()
        arrow_width = self._arrow_width()
        slot_width = self._slot_width(rect.width())
        slot_height = rect.height() - caption_height
        if slot_width < 8 or slot_height < 8:
            return
        x = rect.left()
        for index, pixmap in enumerate(self._pixmaps):
            size = pixmap.size().scaled(int(slot_width), int(slot_height),
                                        Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(
                x + (slot_width - size.width()) / 2,
                rect.top() + (slot_height - size.height()) / 2,
                size.width(), size.height(),
            )
            clip = QPainterPath()
            clip.addRoundedRect(target, 6, 6)
            painter.save()
            painter.setClipPath(clip)
            painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()))
            painter.restore()
            painter.setPen(QPen(_FRAME, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(target, 6, 6)
            if self._captions:
                painter.setPen(_DIM)
                painter.drawText(
                    QRectF(x, target.bottom() + 4, slot_width, caption_height),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    self._captions[index],
                )
            x += slot_width
            if index < count - 1:
                self._paint_arrow(painter, QPointF(x + arrow_width / 2,
                                                   rect.top() + slot_height / 2))
                x += arrow_width

    @staticmethod
    def _pen(colour: QColor, width: float = 2.0) -> QPen:
        return QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                    Qt.PenJoinStyle.RoundJoin)

    def _paint_arrow(self, painter: QPainter, centre: QPointF) -> None:
        painter.setPen(self._pen(_DIM, 2.5))
        cx, cy, half = centre.x(), centre.y(), 12.0
        painter.drawLine(QPointF(cx - half, cy), QPointF(cx + half, cy))
        painter.drawLine(QPointF(cx + half - 7, cy - 7), QPointF(cx + half, cy))
        painter.drawLine(QPointF(cx + half - 7, cy + 7), QPointF(cx + half, cy))

    def _glyph_box(self, width: float, height: float) -> QRectF:
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def _paint_film(self, painter: QPainter) -> None:
        """A strip of film: a frame with sprocket holes along both edges."""
        box = self._glyph_box(64, 48)
        painter.setPen(self._pen(_DIM))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(box, 6, 6)
        band = 10.0
        painter.drawLine(QPointF(box.left(), box.top() + band),
                         QPointF(box.right(), box.top() + band))
        painter.drawLine(QPointF(box.left(), box.bottom() - band),
                         QPointF(box.right(), box.bottom() - band))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_DIM)
        for step in range(5):
            x = box.left() + 8 + step * (box.width() - 16) / 4 - 2.5
            painter.drawRect(QRectF(x, box.top() + 3, 5, 4))
            painter.drawRect(QRectF(x, box.bottom() - 7, 5, 4))

    def _paint_warning(self, painter: QPainter) -> None:
        box = self._glyph_box(56, 48)
        triangle = QPainterPath()
        triangle.moveTo(box.center().x(), box.top())
        triangle.lineTo(box.right(), box.bottom())
        triangle.lineTo(box.left(), box.bottom())
        triangle.closeSubpath()
        painter.setPen(self._pen(_ERROR, 2.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(triangle)
        cx = box.center().x()
        painter.drawLine(QPointF(cx, box.top() + 16), QPointF(cx, box.bottom() - 14))
        painter.drawPoint(QPointF(cx, box.bottom() - 7))


def _breakable(text: str) -> str:
    """Let long paths wrap at their separators instead of widening the whole window."""
    return text.replace("/", "/\u200b").replace("\\", "\\\u200b")


class StillView(QWidget):
    """What the screen shows when there is no video to play: photos plus a message."""

    # Laid out by hand: the photos, title and detail form one group centred on the screen,
    # the photos as large as the room left by the text allows. A box layout either left a
    # gap between photo and text or, with height-for-width, raised the window's minimum.
    _MARGINS = (16, 12, 16, 12)
    _GAP = 10

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = ""
        self._detail = ""
        self.images = ImageStrip(self)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("stillTitle")
        self.detail_label = QLabel(self)
        self.detail_label.setObjectName("stillDetail")
        for label in (self.title_label, self.detail_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title_font = QFont(self.title_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        title_font.setWeight(QFont.Weight.DemiBold)
        self.title_label.setFont(title_font)
        self._set_colour(self.detail_label, _DIM)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 100)

    def sizeHint(self) -> QSize:
        return QSize(480, 270)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        left, top, right, bottom = self._MARGINS
        width = max(0, self.width() - left - right)
        height = max(0, self.height() - top - bottom)
        labels = [label for label in (self.title_label, self.detail_label)
                  if not label.isHidden()]
        label_heights = [label.heightForWidth(width) for label in labels]
        text_height = sum(label_heights) + 4 * max(0, len(labels) - 1)
        image_height = 0
        if not self.images.isHidden():
            room = height - text_height - self._GAP
            image_height = max(0, min(room, self.images.natural_height(width)))
        gap = self._GAP if image_height else 0
        y = top + max(0, (height - image_height - gap - text_height) // 2)
        self.images.setGeometry(left, y, width, image_height)
        y += image_height + gap
        for label, label_height in zip(labels, label_heights, strict=True):
            label.setGeometry(left, y, width, label_height)
            y += label_height + 4

    @staticmethod
    def _set_colour(label: QLabel, colour: QColor) -> None:
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        palette.setColor(QPalette.ColorRole.Text, colour)
        label.setPalette(palette)

    def show_message(self, title: str, detail: str = "", *, error: bool = False,
                     pixmaps: list[QPixmap] | None = None, captions: list[str] | None = None,
                     glyph: Glyph = Glyph.NONE) -> None:
        """Replace what the still view says and shows; photos win over a glyph."""
        if pixmaps:
            self.images.set_images(pixmaps, captions or [])
        else:
            self.images.set_glyph(glyph)
        self.images.setVisible(self.images.has_content())
        self._title, self._detail = title, detail
        self.title_label.setText(_breakable(title))
        self.title_label.setAccessibleName(title)
        self._set_colour(self.title_label, _ERROR if error else SCREEN_TEXT_COLOUR)
        self.detail_label.setText(_breakable(detail))
        self.detail_label.setAccessibleName(detail)
        self.detail_label.setVisible(bool(detail))
        self._arrange()

    def text(self) -> str:
        """Everything the view says, for tests and accessibility checks."""
        return "\n".join(part for part in (self._title, self._detail) if part)
