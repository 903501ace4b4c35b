"""The before/after pictures of the fixer: panels of a picture's versions side by side,
each with a caption, under a title, on a white page (docs/screenshots/fixer/*.png)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

MARGIN = 24
GAP = 20
TITLE_H = 34
CAPTION_H = 62


@dataclass(frozen=True)
class Panel:
    image: QImage  # 8-bit sRGB, as a screen shows it
    caption: str  # one or two lines
    frame: QRect | None = None  # a rectangle to outline (in the image's pixels)


def page(title: str, rows: list[tuple[int, list[Panel]]], path: Path) -> Path:
    """``rows`` of panels under ``title``, each row's pictures as high as its number
    says; saved as ``path``."""
    widths = [[_scaled_width(panel.image, height) for panel in row] for height, row in rows]
    width = max(sum(row) + GAP * (len(row) - 1) for row in widths) + 2 * MARGIN
    total = MARGIN + TITLE_H + sum(CAPTION_H + height + GAP for height, _row in rows) + MARGIN
    canvas = QImage(width, total - GAP, QImage.Format.Format_RGB32)
    canvas.fill(QColor("#ffffff"))
    painter = QPainter(canvas)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#1d1d1f"))
    painter.setFont(_font(19, bold=True))
    painter.drawText(QRect(MARGIN, MARGIN, width - 2 * MARGIN, TITLE_H), 0, title)
    y = MARGIN + TITLE_H
    for (height, row), row_widths in zip(rows, widths, strict=True):
        x = MARGIN
        for panel, panel_width in zip(row, row_widths, strict=True):
            _panel(painter, panel, QRect(x, y, panel_width, height))
            x += panel_width + GAP
        y += CAPTION_H + height + GAP
    painter.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    canvas.save(str(path))
    return path


def _panel(painter: QPainter, panel: Panel, box: QRect) -> None:
    painter.setPen(QColor("#3c3c43"))
    painter.setFont(_font(14))
    caption = QRect(box.x(), box.y(), box.width(), CAPTION_H - 6)
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
    painter.drawText(caption, int(flags) | int(Qt.TextFlag.TextWordWrap), panel.caption)
    target = QRect(box.x(), box.y() + CAPTION_H, box.width(), box.height())
    painter.drawImage(target, panel.image)
    painter.setPen(QPen(QColor("#c7c7cc"), 1))
    painter.drawRect(target.adjusted(0, 0, -1, -1))
    if panel.frame is not None:
        scale = box.height() / panel.image.height()
        frame = panel.frame
        outline = QRectF(
            target.x() + frame.x() * scale,
            target.y() + frame.y() * scale,
            frame.width() * scale,
            frame.height() * scale,
        )
        painter.setPen(QPen(QColor("#ffffff"), 3))
        painter.drawRect(outline)
        painter.setPen(QPen(QColor("#0a84ff"), 2, Qt.PenStyle.DashLine))
        painter.drawRect(outline)


def _scaled_width(image: QImage, height: int) -> int:
    return round(image.width() * height / image.height())


def _font(pixels: int, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font
