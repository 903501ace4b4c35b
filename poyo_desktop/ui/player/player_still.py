"""The still view: what the preview's screen shows when there is no video to play.

The job's start photo (start → end on pro) or a drawn glyph, with a title and a detail line
saying where the job stands. Painted in fixed colours on the dark "screen", whatever the
application palette.
"""

from __future__ import annotations

import logging
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from poyo_desktop.ui.kit.theme import SCREEN_TEXT_COLOUR

if TYPE_CHECKING:
    from PySide6.QtGui import (
        QPaintEvent,
        QResizeEvent,
    )


log = logging.getLogger(__name__)

__all__ = [
    "Glyph",
    "ImageStrip",
    "StillView",
    "paint_ring",
]


# The "screen" is dark in every palette, like any video player; its text colours are fixed
# to match it rather than taken from the (possibly light) application palette.
_DIM = QColor("#a3a6ab")
_ERROR = QColor("#ff8a80")
_FRAME = QColor("#3a3d42")


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
        self._fitted_cache: dict[int, tuple[tuple[int, int, float], QPixmap]] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def image_count(self) -> int:
        return len(self._pixmaps)

    def glyph(self) -> Glyph:
        return self._glyph

    def set_images(self, pixmaps: list[QPixmap], captions: list[str]) -> None:
        if [p.cacheKey() for p in pixmaps] != [p.cacheKey() for p in self._pixmaps]:
            self._fitted_cache.clear()
        self._pixmaps = pixmaps
        self._captions = captions if len(captions) == len(pixmaps) else []
        self._glyph = Glyph.NONE
        self.update()

    def set_glyph(self, glyph: Glyph) -> None:
        self._pixmaps = []
        self._fitted_cache.clear()
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
            size = pixmap.size().scaled(
                int(slot_width), int(slot_height), Qt.AspectRatioMode.KeepAspectRatio
            )
            target = QRectF(
                x + (slot_width - size.width()) / 2,
                rect.top() + (slot_height - size.height()) / 2,
                size.width(),
                size.height(),
            )
            painter.drawPixmap(target.topLeft(), self._fitted(index, pixmap, size))
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
                self._paint_arrow(
                    painter, QPointF(x + arrow_width / 2, rect.top() + slot_height / 2)
                )
                x += arrow_width

    def _fitted(self, index: int, pixmap: QPixmap, size: QSize) -> QPixmap:
        """``pixmap`` scaled to ``size`` with rounded corners, drawn once per size: every
        status change of the task shown repaints the strip, and scaling the photo with a
        rounded clip each time took ~1 ms of the GUI thread."""
        ratio = self.devicePixelRatioF()
        key = (size.width(), size.height(), ratio)
        known = self._fitted_cache.get(index)
        if known is not None and known[0] == key:
            return known[1]
        fitted = QPixmap(size * ratio)
        fitted.setDevicePixelRatio(ratio)
        fitted.fill(Qt.GlobalColor.transparent)
        painter = QPainter(fitted)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        target = QRectF(0, 0, size.width(), size.height())
        clip = QPainterPath()
        clip.addRoundedRect(target, 6, 6)
        painter.setClipPath(clip)
        painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()))
        painter.end()
        self._fitted_cache[index] = (key, fitted)
        return fitted

    @staticmethod
    def _pen(colour: QColor, width: float = 2.0) -> QPen:
        return QPen(
            colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
        )

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
        painter.drawLine(
            QPointF(box.left(), box.top() + band), QPointF(box.right(), box.top() + band)
        )
        painter.drawLine(
            QPointF(box.left(), box.bottom() - band), QPointF(box.right(), box.bottom() - band)
        )
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
        labels = [label for label in (self.title_label, self.detail_label) if not label.isHidden()]
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

    def show_message(
        self,
        title: str,
        detail: str = "",
        *,
        error: bool = False,
        pixmaps: list[QPixmap] | None = None,
        captions: list[str] | None = None,
        glyph: Glyph = Glyph.NONE,
    ) -> None:
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

    def show_pictures(self, pixmaps: list[QPixmap], captions: list[str]) -> None:
        """The photos, decoded after the message was shown (none: what is shown stays)."""
        if pixmaps:
            self.images.set_images(pixmaps, captions)
            self.images.show()
            self._arrange()

    def text(self) -> str:
        """Everything the view says, for tests and accessibility checks."""
        return "\n".join(part for part in (self._title, self._detail) if part)


def paint_ring(widget: QWidget, around: QRectF, width: float) -> None:
    """Outline ``around`` in ``widget``'s accent colour: the preview's focus ring."""
    painter = QPainter(widget)
    ring = QPainterPath()
    half = width / 2
    ring.addRect(around.adjusted(-half, -half, half, half))
    accent = widget.palette().color(QPalette.ColorRole.Highlight)
    painter.strokePath(ring, QPen(accent, width))
