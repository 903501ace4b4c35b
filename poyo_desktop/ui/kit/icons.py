"""Icons drawn in code: media controls, file actions, settings and the picture placeholder,
in palette colours.

The desktop theme's icons win where it has them; the drawn ones keep every button legible
on light and dark palettes alike, with no icon files to ship. They also keep QStyle out of
the first frame: the style's built-in pixmaps need PySide6's QStyle type, whose creation
(~600 enum members) took 6-11 ms of start-up, and they are dark grey on a dark theme.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import (
    QColor,
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)

from poyo_desktop.ui.kit.lazy_qt import Qt, outline_pen, solid_brush

__all__ = [
    "MEDIA_ICON_SIZE",
    "ActionGlyph",
    "MediaGlyph",
    "media_icon",
    "placeholder_pixmap",
    "themed_icon",
    "toggle_icon",
]

MEDIA_ICON_SIZE = QSize(20, 20)
TRANSPARENT = QColor(0, 0, 0, 0)  # Qt.GlobalColor.transparent (see ui/kit/lazy_qt.py)


class ActionGlyph(Enum):
    GENERATE = "generate"
    FOLDER = "folder"
    SETTINGS = "settings"
    SAVE = "save"
    OPEN_EXTERNALLY = "open-externally"
    PAUSE_SENDING = "pause-sending"
    RESUME_SENDING = "resume-sending"


def themed_icon(name: QIcon.ThemeIcon | str, glyph: ActionGlyph, palette: QPalette) -> QIcon:
    """The desktop theme's icon ``name`` when there is one, else ``glyph`` drawn in the
    palette's button-text colour."""
    if QIcon.hasThemeIcon(name):
        return QIcon.fromTheme(name)
    return _drawn_icon(glyph, palette)


def toggle_icon(
    off: tuple[str, ActionGlyph], on: tuple[str, ActionGlyph], palette: QPalette
) -> QIcon:
    """The icon of a checkable action: ``off``'s (theme name, glyph) while unchecked and
    ``on``'s while checked, so the button says what a press does ("Pause Sending", then
    "Resume Sending") as its pressed look says what is in force. The desktop theme's icons
    when it has both, else both drawn."""
    icon = QIcon()
    themed = QIcon.hasThemeIcon(off[0]) and QIcon.hasThemeIcon(on[0])
    for state, (name, glyph) in ((QIcon.State.Off, off), (QIcon.State.On, on)):
        if not themed:
            _drawn_icon(glyph, palette, icon, state)
            continue
        source = QIcon.fromTheme(name)
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled):
            for side in (16, 22, 24, 32, 48):
                icon.addPixmap(source.pixmap(QSize(side, side), mode), mode, state)
    return icon


class MediaGlyph(Enum):
    PLAY = "play"
    PAUSE = "pause"
    VOLUME = "volume"
    MUTED = "muted"
    LOOP = "loop"


# The names QIcon.ThemeIcon stands for (Qt looks both up the same way); as words, this
# module costs the first paint nothing: making the ThemeIcon enum took it ~1.5 ms.
_MEDIA_THEME = {
    MediaGlyph.PLAY: "media-playback-start",
    MediaGlyph.PAUSE: "media-playback-pause",
    MediaGlyph.VOLUME: "audio-volume-high",
    MediaGlyph.MUTED: "audio-volume-muted",
    MediaGlyph.LOOP: "media-playlist-repeat",
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


def _drawn_icon(
    glyph: MediaGlyph | ActionGlyph,
    palette: QPalette,
    icon: QIcon | None = None,
    state: QIcon.State = QIcon.State.Off,
) -> QIcon:
    """``glyph`` in the button-text colour, and greyed as the palette greys disabled text
    (added to ``icon`` for ``state``, when given)."""
    icon = QIcon() if icon is None else icon
    for mode, group in (
        (QIcon.Mode.Normal, QPalette.ColorGroup.Active),
        (QIcon.Mode.Disabled, QPalette.ColorGroup.Disabled),
    ):
        colour = palette.color(group, QPalette.ColorRole.ButtonText)
        for scale in (1, 2):
            icon.addPixmap(_draw_glyph(glyph, colour, scale), mode, state)
    return icon


# Drawn glyphs, by (glyph, colour, scale): the player's buttons are given their icons on
# every change of the task shown, and drawing them anew was ~0.4 ms each time (a few
# glyphs in a few colours; a palette change adds its colours).
_drawn: dict[tuple[MediaGlyph | ActionGlyph, int, int], QPixmap] = {}


def _draw_glyph(glyph: MediaGlyph | ActionGlyph, colour: QColor, scale: int) -> QPixmap:
    key = (glyph, colour.rgba(), scale)
    if (pixmap := _drawn.get(key)) is None:
        if isinstance(glyph, MediaGlyph):
            pixmap = _draw_media_glyph(glyph, colour, scale)
        else:
            pixmap = _draw_action_glyph(glyph, colour, scale)
        _drawn[key] = pixmap
    return pixmap


def _canvas(scale: int) -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(MEDIA_ICON_SIZE * scale)
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(TRANSPARENT)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


def _polygon(painter: QPainter, *points: tuple[float, float]) -> None:
    painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in points]))


def _path(*points: tuple[float, float], closed: bool = False) -> QPainterPath:
    path = QPainterPath(QPointF(*points[0]))
    for x, y in points[1:]:
        path.lineTo(x, y)
    if closed:
        path.closeSubpath()
    return path


def _draw_action_glyph(glyph: ActionGlyph, colour: QColor, scale: int) -> QPixmap:
    """Paint ``glyph`` on a 20×20 grid (times ``scale``), in outline like the media ones.

    The toolbar's glyphs (Generate, Folder, Settings, Pause Sending) are drawn before the
    first frame, so they are drawn as the rest of it is (see ui/kit/lazy_qt.py): with a
    plain pen, whose ends and corners are not of the Qt namespace. Their lines end on
    other lines, where round ends would not show; the other glyphs' lines end in the
    open, and are rounded.
    """
    pixmap, painter = _canvas(scale)
    pen = outline_pen(colour, 1.6)
    if glyph in (ActionGlyph.SAVE, ActionGlyph.OPEN_EXTERNALLY):
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    for line in _action_lines(glyph, painter, colour):
        painter.strokePath(line, pen)
    painter.end()
    return pixmap


def _action_lines(glyph: ActionGlyph, painter: QPainter, colour: QColor) -> list[QPainterPath]:
    """The outlines of ``glyph``, for the caller to stroke; its solid parts are filled here."""
    if glyph is ActionGlyph.GENERATE:
        # A film frame with a play mark: "make a video".
        frame = QPainterPath()
        frame.addRoundedRect(QRectF(2.5, 4.5, 15, 11), 2, 2)
        mark = _path((8.3, 7.3), (12.8, 10), (8.3, 12.7), closed=True)
        painter.fillPath(mark, solid_brush(colour))
        return [frame, mark]
    if glyph is ActionGlyph.FOLDER:
        return [
            _path(
                (2.5, 15.5),
                (2.5, 4.5),
                (7.5, 4.5),
                (9.3, 6.5),
                (17.5, 6.5),
                (17.5, 15.5),
                closed=True,
            ),
            _path((2.5, 9), (17.5, 9)),
        ]
    if glyph is ActionGlyph.SETTINGS:
        return [_gear(painter, colour)]
    if glyph in (ActionGlyph.PAUSE_SENDING, ActionGlyph.RESUME_SENDING):
        return [_sending_mark(glyph, painter, colour)]
    if glyph is ActionGlyph.SAVE:
        # An arrow down into a tray: "keep a copy here".
        return [
            _path((10, 3), (10, 12)),
            _path((6.2, 8.5), (10, 12.3), (13.8, 8.5)),
            _path((3.5, 12.5), (3.5, 16.5), (16.5, 16.5), (16.5, 12.5)),
        ]
    if glyph is ActionGlyph.OPEN_EXTERNALLY:
        # A box with an arrow leaving it: "open in another program".
        return [
            _path((9, 4.5), (3.5, 4.5), (3.5, 16.5), (15.5, 16.5), (15.5, 11)),
            _path((9.5, 10.5), (16.5, 3.5)),
            _path((11.5, 3.5), (16.5, 3.5), (16.5, 8.5)),
        ]
    return []


def _sending_mark(glyph: ActionGlyph, painter: QPainter, colour: QColor) -> QPainterPath:
    """A ring round a pause mark (Pause Sending) or a play mark (Resume Sending): the
    solid mark is filled here, the ring returned to be stroked. The ring tells it apart
    from Generate's film frame, whose play mark means "make a video"."""
    ring = QPainterPath()
    ring.addEllipse(QPointF(10, 10), 7.5, 7.5)
    mark = QPainterPath()
    if glyph is ActionGlyph.PAUSE_SENDING:
        mark.addRoundedRect(QRectF(6.9, 6.4, 2.3, 7.2), 0.6, 0.6)
        mark.addRoundedRect(QRectF(10.8, 6.4, 2.3, 7.2), 0.6, 0.6)
    else:
        mark = _path((8.3, 6.4), (14, 10), (8.3, 13.6), closed=True)
    painter.fillPath(mark, solid_brush(colour))
    return ring


def _gear(painter: QPainter, colour: QColor) -> QPainterPath:
    """A gear: eight teeth (filled here) round a ring (returned, to be stroked)."""
    centre = QPointF(10, 10)
    rings = QPainterPath()
    rings.addEllipse(centre, 2.3, 2.3)
    rings.addEllipse(centre, 5.2, 5.2)
    tooth = QPainterPath()
    tooth.addRect(QRectF(-1.2, -8.2, 2.4, 2.6))  # 2.4 wide, from radius 5.6 to 8.2
    brush = solid_brush(colour)
    for step in range(8):
        painter.save()
        painter.translate(centre)
        painter.rotate(step * 45)
        painter.fillPath(tooth, brush)
        painter.restore()
    return rings


def _draw_media_glyph(glyph: MediaGlyph, colour: QColor, scale: int) -> QPixmap:
    """Paint ``glyph`` on a 20×20 grid (times ``scale`` for high-density screens)."""
    pixmap, painter = _canvas(scale)
    stroke = QPen(
        colour, 1.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
    )
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    if glyph is MediaGlyph.PLAY:
        _polygon(painter, (6, 3.5), (16.5, 10), (6, 16.5))
    elif glyph is MediaGlyph.PAUSE:
        painter.drawRoundedRect(QRectF(5, 4, 3.6, 12), 1, 1)
        painter.drawRoundedRect(QRectF(11.4, 4, 3.6, 12), 1, 1)
    elif glyph in (MediaGlyph.VOLUME, MediaGlyph.MUTED):
        _polygon(painter, (2.5, 7.5), (6, 7.5), (10.5, 3.5), (10.5, 16.5), (6, 12.5), (2.5, 12.5))
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
    """A simple "picture" glyph (frame, sun, hills) drawn in ``color``: no icon files.

    Drawn for the first frame, so with paths (see ui/kit/lazy_qt.py)."""
    pixmap = QPixmap(int(side * ratio), int(side * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(TRANSPARENT)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen, brush = outline_pen(color, 2), solid_brush(color)
    inset = side * 0.22
    frame = QRectF(inset, inset * 1.2, side - 2 * inset, side - 2.4 * inset)
    outline = QPainterPath()
    outline.addRoundedRect(frame, 4, 4)
    painter.strokePath(outline, pen)
    sun = QPainterPath()
    sun.addEllipse(
        QPointF(frame.left() + frame.width() * 0.3, frame.top() + frame.height() * 0.32), 3.5, 3.5
    )
    hills = QPainterPath(QPointF(frame.left() + 2, frame.bottom() - 2))
    hills.lineTo(frame.left() + frame.width() * 0.38, frame.top() + frame.height() * 0.5)
    hills.lineTo(frame.left() + frame.width() * 0.58, frame.top() + frame.height() * 0.72)
    hills.lineTo(frame.left() + frame.width() * 0.75, frame.top() + frame.height() * 0.58)
    hills.lineTo(frame.right() - 2, frame.bottom() - 2)
    hills.closeSubpath()
    for shape in (sun, hills):
        painter.fillPath(shape, brush)
        painter.strokePath(shape, pen)
    painter.end()
    return pixmap
