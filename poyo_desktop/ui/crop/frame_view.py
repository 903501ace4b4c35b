"""The picture with its crop frame: the person drags the frame to choose what to keep, and
its corners to resize it, always in the chosen shape; or sees the bars that would be added.

The frame lives in pixels of the whole upright picture (what the fix is carried out on);
the picture shown is a smaller preview, scaled to the widget. Every rule of where the
frame may go is :mod:`poyo_desktop.services.framing`'s: this widget turns mouse and keys
into its calls and paints the answer. Keys: the arrows move the frame (with Shift, ten
times as far), + and − resize it, Home makes it as large as it can be.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from poyo_desktop.services.framing import (
    Corner,
    FixKind,
    Frame,
    Ratio,
    largest_frame,
    moved,
    padded_canvas,
    reshaped,
    resized_from_corner,
    scaled_about_centre,
)
from poyo_desktop.services.picture_fix import BAR_COLOUR
from poyo_desktop.ui.kit.translations import translate

if TYPE_CHECKING:
    from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QPaintEvent

HANDLE = 10  # the corner squares' side, in logical pixels
GRAB = 16  # how near a corner a press takes it
MARGIN = 12
_CURSORS = {
    "tl": Qt.CursorShape.SizeFDiagCursor,
    "br": Qt.CursorShape.SizeFDiagCursor,
    "tr": Qt.CursorShape.SizeBDiagCursor,
    "bl": Qt.CursorShape.SizeBDiagCursor,
}


class CropView(QWidget):
    """A ``width`` × ``height`` picture (upright pixels) with a frame of shape ``ratio``."""

    #: The frame moved or was resized (read it with :meth:`frame`).
    frame_changed = Signal()

    def __init__(self, width: int, height: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._size = (width, height)
        self._image: QImage | None = None
        self._drawn: QPixmap | None = None  # the preview at the size it is drawn (see paint)
        self._kind: FixKind = "crop"
        self._ratio: Ratio = (width, height)
        self._frame = largest_frame(width, height, self._ratio)
        self._grip: Corner | str | None = None  # a corner, "move", or nothing held
        self._grab_offset = QPointF()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(420, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(translate("FrameView", "Crop frame"))
        self._describe()

    # -- what it shows -----------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(640, 380)

    def set_image(self, image: QImage) -> None:
        """The preview to draw (any size: it is scaled to the widget)."""
        self._image = image
        self._drawn = None
        self.update()

    def set_mode(self, kind: FixKind, ratio: Ratio) -> None:
        """Crop (the frame, reshaped to ``ratio`` about its centre), pad (the bars of
        ``ratio`` around the picture) or resize (the picture alone)."""
        self._kind = kind
        if ratio != self._ratio:
            self._ratio = ratio
            self._frame = reshaped(self._frame, *self._size, ratio)
        self.setCursor(Qt.CursorShape.ArrowCursor)
        self._changed()

    def frame(self) -> Frame:
        return self._frame

    def set_frame(self, frame: Frame) -> None:
        self._frame = moved(frame, 0, 0, *self._size)
        self._changed()

    def _changed(self) -> None:
        self._describe()
        self.update()
        self.frame_changed.emit()

    def _describe(self) -> None:
        """What a screen reader says: what the frame keeps, and how to move it."""
        x, y, w, h = self._frame.rounded()
        if self._kind == "crop":
            self.setAccessibleDescription(
                translate(
                    "FrameView",
                    "Keeps {w} × {h} px, from {x}, {y}, of the {width} × {height} px picture. "
                    "Arrow keys move it; plus and minus resize it.",
                ).format(w=w, h=h, x=x, y=y, width=self._size[0], height=self._size[1])
            )
        else:
            self.setAccessibleDescription(translate("FrameView", "The picture as it will be sent."))

    # -- geometry: picture pixels <-> widget pixels --------------------------------------

    def _canvas(self) -> tuple[float, float, float, float]:
        """(width, height, picture x, picture y) of what is drawn, in picture pixels: the
        picture, or with bars the canvas around it."""
        width, height = self._size
        if self._kind == "pad":
            canvas_w, canvas_h, left, top = padded_canvas(width, height, self._ratio)
            return canvas_w, canvas_h, left, top
        return width, height, 0, 0

    def _scale(self) -> tuple[float, QPointF]:
        """Widget pixels per picture pixel, and where the picture's (0, 0) is drawn."""
        canvas_w, canvas_h, left, top = self._canvas()
        room = self.rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        scale = min(room.width() / canvas_w, room.height() / canvas_h)
        origin_x = room.x() + (room.width() - canvas_w * scale) / 2 + left * scale
        origin_y = room.y() + (room.height() - canvas_h * scale) / 2 + top * scale
        return scale, QPointF(origin_x, origin_y)

    def _on_screen(self, frame: Frame) -> QRectF:
        scale, origin = self._scale()
        return QRectF(
            origin.x() + frame.x * scale,
            origin.y() + frame.y * scale,
            frame.width * scale,
            frame.height * scale,
        )

    def _in_picture(self, point: QPointF) -> tuple[float, float]:
        scale, origin = self._scale()
        return (point.x() - origin.x()) / scale, (point.y() - origin.y()) / scale

    def _corners(self) -> dict[Corner, QPointF]:
        rect = self._on_screen(self._frame)
        return {
            "tl": rect.topLeft(),
            "tr": rect.topRight(),
            "bl": rect.bottomLeft(),
            "br": rect.bottomRight(),
        }

    def _grip_at(self, point: QPointF) -> Corner | str | None:
        if self._kind != "crop":
            return None
        for corner, where in self._corners().items():
            if abs(where.x() - point.x()) <= GRAB and abs(where.y() - point.y()) <= GRAB:
                return corner
        return "move" if self._on_screen(self._frame).contains(point) else None

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Dark))
        picture = self._on_screen(Frame(0, 0, *self._size))
        if self._kind == "pad":
            scale, _origin = self._scale()
            canvas_w, canvas_h, left, top = self._canvas()
            left_x, top_y = picture.x() - left * scale, picture.y() - top * scale
            painter.fillRect(QRectF(left_x, top_y, canvas_w * scale, canvas_h * scale), BAR_COLOUR)
        if self._image is None or self._image.isNull():
            painter.setPen(palette.color(QPalette.ColorRole.BrightText))
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                translate("FrameView", "Loading the picture…"),
            )
            return
        painter.drawPixmap(picture.topLeft(), self._pixmap_for(picture))
        if self._kind == "crop":
            self._paint_frame(painter, picture)

    def _pixmap_for(self, picture: QRectF) -> QPixmap:
        """The preview scaled once to the size it is drawn at: a smooth scaling on every
        paint would make dragging the frame stutter."""
        ratio = self.devicePixelRatioF() or 1.0
        size = QSize(round(picture.width() * ratio), round(picture.height() * ratio))
        if self._drawn is None or self._drawn.size() != size:
            assert self._image is not None
            scaled = self._image.scaled(
                size,
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            self._drawn = QPixmap.fromImage(scaled)
            self._drawn.setDevicePixelRatio(ratio)
        return self._drawn

    def _paint_frame(self, painter: QPainter, picture: QRectF) -> None:
        """A veil over what is cut away, the frame, its thirds and its corner handles."""
        frame = self._on_screen(self._frame)
        veil = QColor(0, 0, 0, 150)
        for cut in (
            QRectF(picture.topLeft(), QPointF(picture.right(), frame.top())),
            QRectF(QPointF(picture.left(), frame.bottom()), picture.bottomRight()),
            QRectF(QPointF(picture.left(), frame.top()), frame.bottomLeft()),
            QRectF(frame.topRight(), QPointF(picture.right(), frame.bottom())),
        ):
            painter.fillRect(cut, veil)
        painter.setPen(QPen(QColor(255, 255, 255, 90), 1))
        for third in (1, 2):
            x = frame.left() + frame.width() * third / 3
            y = frame.top() + frame.height() * third / 3
            painter.drawLine(QPointF(x, frame.top()), QPointF(x, frame.bottom()))
            painter.drawLine(QPointF(frame.left(), y), QPointF(frame.right(), y))
        edge = self.palette().color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(edge if self.hasFocus() else QColor(255, 255, 255), 2))
        painter.drawRect(frame)
        painter.setPen(QPen(QColor(0, 0, 0, 160), 1))
        for corner in self._corners().values():
            handle = QRectF(corner.x() - HANDLE / 2, corner.y() - HANDLE / 2, HANDLE, HANDLE)
            painter.fillRect(handle, QColor(255, 255, 255))
            painter.drawRect(handle)

    # -- mouse and keys --------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._grip = self._grip_at(event.position())
        if self._grip == "move":
            x, y = self._in_picture(event.position())
            self._grab_offset = QPointF(x - self._frame.x, y - self._frame.y)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._grip is None:
            grip = self._grip_at(event.position())
            cursor = Qt.CursorShape.SizeAllCursor if grip == "move" else _CURSORS.get(str(grip))
            self.setCursor(cursor or Qt.CursorShape.ArrowCursor)
            return
        x, y = self._in_picture(event.position())
        if self._grip == "move":
            dx = x - self._grab_offset.x() - self._frame.x
            dy = y - self._grab_offset.y() - self._frame.y
            self._frame = moved(self._frame, dx, dy, *self._size)
        else:
            corner: Corner = self._grip  # type: ignore[assignment]
            self._frame = resized_from_corner(self._frame, corner, (x, y), *self._size, self._ratio)
        self._changed()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._grip = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._kind != "crop":
            super().keyPressEvent(event)
            return
        width, height = self._size
        far = 10 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
        step_x, step_y = max(1.0, width / 100) * far, max(1.0, height / 100) * far
        moves = {
            Qt.Key.Key_Left: (-step_x, 0.0),
            Qt.Key.Key_Right: (step_x, 0.0),
            Qt.Key.Key_Up: (0.0, -step_y),
            Qt.Key.Key_Down: (0.0, step_y),
        }
        key = Qt.Key(event.key())
        if key in moves:
            self._frame = moved(self._frame, *moves[key], width, height)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus):
            factor = 0.95 if key == Qt.Key.Key_Minus else 1 / 0.95
            self._frame = scaled_about_centre(self._frame, factor, width, height, self._ratio)
        elif key == Qt.Key.Key_Home:
            self._frame = largest_frame(width, height, self._ratio)
        else:
            super().keyPressEvent(event)
            return
        self._changed()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)
