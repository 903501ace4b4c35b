"""The frame controls' icons, drawn in code like the player's others (ui/kit/icons.py):
a frame back, a frame forward, and a film frame for the Frames menu.

Drawn rather than taken from the desktop theme: themes have "skip to the next track",
which says something else. In the palette's button-text colour, greyed when disabled.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap, QPolygonF

from poyo_desktop.ui.kit.icons import MEDIA_ICON_SIZE

__all__ = ["FrameGlyph", "frame_icon"]


class FrameGlyph(Enum):
    BACK = "back"  # |◀ : one frame back
    FORWARD = "forward"  # ▶| : one frame forward
    FILM = "film"  # a film frame: what can be done with the video's frames


def frame_icon(glyph: FrameGlyph, palette: QPalette) -> QIcon:
    icon = QIcon()
    for mode, group in (
        (QIcon.Mode.Normal, QPalette.ColorGroup.Active),
        (QIcon.Mode.Disabled, QPalette.ColorGroup.Disabled),
    ):
        colour = palette.color(group, QPalette.ColorRole.ButtonText)
        for scale in (1, 2):
            icon.addPixmap(_draw(glyph, colour, scale), mode)
    return icon


def _draw(glyph: FrameGlyph, colour: QColor, scale: int) -> QPixmap:
    """``glyph`` on a 20×20 grid (times ``scale``)."""
    pixmap = QPixmap(MEDIA_ICON_SIZE * scale)
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    if glyph is FrameGlyph.FILM:
        _film(painter, colour)
    else:
        forward = glyph is FrameGlyph.FORWARD
        # A triangle against a bar, pointing the way the step goes.
        tip, base, bar = (14.2, 5.5, 14.8) if forward else (5.8, 14.5, 3.0)
        points = [QPointF(base, 4.5), QPointF(tip, 10), QPointF(base, 15.5)]
        painter.drawPolygon(QPolygonF(points))
        painter.drawRoundedRect(QRectF(bar, 4.5, 2.2, 11), 0.8, 0.8)
    painter.end()
    return pixmap


def _film(painter: QPainter, colour: QColor) -> None:
    """A frame of film: an outlined strip with holes along both edges."""
    pen = QPen(colour, 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    strip = QPainterPath()
    strip.addRoundedRect(QRectF(3.5, 2.5, 13, 15), 1.5, 1.5)
    painter.strokePath(strip, pen)
    for y in (5.0, 8.7, 12.4):
        painter.drawRect(QRectF(5.1, y, 1.6, 2.2))
        painter.drawRect(QRectF(13.3, y, 1.6, 2.2))
    picture = QPainterPath()
    picture.addRect(QRectF(8.2, 6.0, 3.6, 8.0))
    painter.strokePath(picture, QPen(colour, 1.2))
