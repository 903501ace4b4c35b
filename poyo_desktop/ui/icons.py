"""Icons drawn in code: media controls, file actions, settings and the picture placeholder,
in palette colours.

The desktop theme's icons win where it has them; the drawn ones keep every button legible
on light and dark palettes alike, with no icon files to ship. They also keep QStyle out of
the first frame: the style's built-in pixmaps need PySide6's QStyle type, whose creation
(~600 enum members) took 6-11 ms of start-up, and they are dark grey on a dark theme.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap, QPolygonF

if TYPE_CHECKING:
    from PySide6.QtGui import QColor

__all__ = [
    "MEDIA_ICON_SIZE",
    "ActionGlyph",
    "MediaGlyph",
    "media_icon",
    "placeholder_pixmap",
    "themed_icon",
]

MEDIA_ICON_SIZE = QSize(20, 20)


class ActionGlyph(Enum):
    GENERATE = "generate"
    FOLDER = "folder"
    SETTINGS = "settings"
    SAVE = "save"
    OPEN_EXTERNALLY = "open-externally"


def themed_icon(name: QIcon.ThemeIcon | str, glyph: ActionGlyph, palette: QPalette) -> QIcon:
    """The desktop theme's icon ``name`` when there is one, else ``glyph`` drawn in the
    palette's button-text colour."""
    if QIcon.hasThemeIcon(name):
        return QIcon.fromTheme(name)
    return _drawn_icon(glyph, palette)


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
    return _drawn_icon(glyph, palette)


def _drawn_icon(glyph: MediaGlyph | ActionGlyph, palette: QPalette) -> QIcon:
    """``glyph`` in the button-text colour, and greyed as the palette greys disabled text."""
    draw = _draw_media_glyph if isinstance(glyph, MediaGlyph) else _draw_action_glyph
    icon = QIcon()
    for mode, group in ((QIcon.Mode.Normal, QPalette.ColorGroup.Active),
                        (QIcon.Mode.Disabled, QPalette.ColorGroup.Disabled)):
        colour = palette.color(group, QPalette.ColorRole.ButtonText)
        for scale in (1, 2):
            icon.addPixmap(draw(glyph, colour, scale), mode)
    return icon


def _canvas(scale: int) -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(MEDIA_ICON_SIZE * scale)
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


def _polygon(painter: QPainter, *points: tuple[float, float]) -> None:
    painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in points]))


def _polyline(painter: QPainter, *points: tuple[float, float]) -> None:
    painter.drawPolyline(QPolygonF([QPointF(x, y) for x, y in points]))


def _draw_action_glyph(glyph: ActionGlyph, colour: QColor, scale: int) -> QPixmap:
    """Paint ``glyph`` on a 20×20 grid (times ``scale``), in outline like the media ones."""
    pixmap, painter = _canvas(scale)
    pen = QPen(colour, 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if glyph is ActionGlyph.GENERATE:
        # A film frame with a play mark: "make a video".
        painter.drawRoundedRect(QRectF(2.5, 4.5, 15, 11), 2, 2)
        painter.setBrush(colour)
        _polygon(painter, (8.3, 7.3), (12.8, 10), (8.3, 12.7))
    elif glyph is ActionGlyph.FOLDER:
        _polygon(painter, (2.5, 15.5), (2.5, 4.5), (7.5, 4.5), (9.3, 6.5), (17.5, 6.5),
                 (17.5, 15.5))
        _polyline(painter, (2.5, 9), (17.5, 9))
    elif glyph is ActionGlyph.SETTINGS:
        # A gear: eight teeth round a ring.
        centre = QPointF(10, 10)
        painter.drawEllipse(centre, 2.3, 2.3)
        painter.drawEllipse(centre, 5.2, 5.2)
        teeth = QPen(colour, 2.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
        painter.setPen(teeth)
        for step in range(8):
            painter.save()
            painter.translate(centre)
            painter.rotate(step * 45)
            painter.drawLine(QPointF(0, -5.6), QPointF(0, -8.2))
            painter.restore()
    elif glyph is ActionGlyph.SAVE:
        # An arrow down into a tray: "keep a copy here".
        _polyline(painter, (10, 3), (10, 12))
        _polyline(painter, (6.2, 8.5), (10, 12.3), (13.8, 8.5))
        _polyline(painter, (3.5, 12.5), (3.5, 16.5), (16.5, 16.5), (16.5, 12.5))
    elif glyph is ActionGlyph.OPEN_EXTERNALLY:
        # A box with an arrow leaving it: "open in another program".
        _polyline(painter, (9, 4.5), (3.5, 4.5), (3.5, 16.5), (15.5, 16.5), (15.5, 11))
        _polyline(painter, (9.5, 10.5), (16.5, 3.5))
        _polyline(painter, (11.5, 3.5), (16.5, 3.5), (16.5, 8.5))
    painter.end()
    return pixmap


def _draw_media_glyph(glyph: MediaGlyph, colour: QColor, scale: int) -> QPixmap:
    """Paint ``glyph`` on a 20×20 grid (times ``scale`` for high-density screens)."""
    pixmap, painter = _canvas(scale)
    stroke = QPen(colour, 1.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                  Qt.PenJoinStyle.RoundJoin)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    if glyph is MediaGlyph.PLAY:
        _polygon(painter, (6, 3.5), (16.5, 10), (6, 16.5))
    elif glyph is MediaGlyph.PAUSE:
        painter.drawRoundedRect(QRectF(5, 4, 3.6, 12), 1, 1)
        painter.drawRoundedRect(QRectF(11.4, 4, 3.6, 12), 1, 1)
    elif glyph in (MediaGlyph.VOLUME, MediaGlyph.MUTED):
        _polygon(painter, (2.5, 7.5), (6, 7.5), (10.5, 3.5), (10.5, 16.5), (6, 12.5),
                 (2.5, 12.5))
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


def placeholder_pixmap(side: int, color: QColor, ratio: float) -> QPixmap:
    """A simple "picture" glyph (frame, sun, hills) drawn in ``color``: no icon files."""
    pixmap = QPixmap(int(side * ratio), int(side * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(color, 2)
    painter.setPen(pen)
    inset = side * 0.22
    frame = QRectF(inset, inset * 1.2, side - 2 * inset, side - 2.4 * inset)
    painter.drawRoundedRect(frame, 4, 4)
    painter.setBrush(color)
    painter.drawEllipse(QPointF(frame.left() + frame.width() * 0.3,
                                frame.top() + frame.height() * 0.32), 3.5, 3.5)
    hills = QPainterPath(QPointF(frame.left() + 2, frame.bottom() - 2))
    hills.lineTo(frame.left() + frame.width() * 0.38, frame.top() + frame.height() * 0.5)
    hills.lineTo(frame.left() + frame.width() * 0.58, frame.top() + frame.height() * 0.72)
    hills.lineTo(frame.left() + frame.width() * 0.75, frame.top() + frame.height() * 0.58)
    hills.lineTo(frame.right() - 2, frame.bottom() - 2)
    hills.closeSubpath()
    painter.drawPath(hills)
    painter.end()
    return pixmap
