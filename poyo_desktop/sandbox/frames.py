"""The frames of the sandbox's simulated video, painted with QtGui.

Split from :mod:`poyo_desktop.sandbox.render`, which keeps the clip's plan (the camera's
path, the cross-fade) and the encoder: here is only how one frame looks. It imports Qt at
its top, as it is itself imported only when a render starts (in the render process, by
:func:`~poyo_desktop.sandbox.render.render`): the server, which imports ``render`` for its
command line, never loads Qt.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QImageReader, QPainter

from poyo_desktop.sandbox.render import (
    MAX_ZOOM,
    Camera,
    RenderError,
    RenderJob,
    camera_path,
    crossfade,
    ease,
    output_size,
)


def _load(path: Path, what: str) -> QImage:
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # honour EXIF orientation like a browser would
    image = reader.read()
    if image.isNull():
        raise RenderError(f"cannot read the {what} image ({reader.errorString()})")
    return image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)


def _cover(image: QImage, width: int, height: int) -> QImage:
    """Scale and centre-crop ``image`` so it exactly covers width × height."""
    scaled = image.scaled(
        width,
        height,
        Qt.AspectRatioMode.KeepAspectRatioByExpanding,
        Qt.TransformationMode.SmoothTransformation,
    )
    x = (scaled.width() - width) // 2
    y = (scaled.height() - height) // 2
    return scaled.copy(x, y, width, height)


def _draw_view(painter: QPainter, source: QImage, cam: Camera, width: int, height: int) -> None:
    sw, sh = source.width(), source.height()
    cw, ch = sw / cam.zoom, sh / cam.zoom
    x = min(max(cam.cx * sw - cw / 2, 0.0), sw - cw)
    y = min(max(cam.cy * sh - ch / 2, 0.0), sh - ch)
    painter.drawImage(QRectF(0, 0, width, height), source, QRectF(x, y, cw, ch))


def _draw_caption(painter: QPainter, text: str, width: int, height: int) -> None:
    """A small, quiet label in the bottom-right corner: honest without spoiling the picture."""
    if not text:
        return
    font = QFont()
    font.setPixelSize(max(9, round(min(width, height) * 0.028)))
    metrics = QFontMetricsF(font)
    pad_x, pad_y = font.pixelSize() * 0.6, font.pixelSize() * 0.3
    box_w = metrics.horizontalAdvance(text) + 2 * pad_x
    box_h = metrics.height() + 2 * pad_y
    margin = max(4.0, min(width, height) * 0.03)
    box = QRectF(width - box_w - margin, height - box_h - margin, box_w, box_h)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(0, 0, 0, 96))
    painter.drawRoundedRect(box, box_h / 2, box_h / 2)
    painter.setFont(font)
    painter.setPen(QColor(255, 255, 255, 210))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


class Frames:
    """Paints frame ``i`` of the clip; sources are pre-scaled once so each frame is cheap."""

    def __init__(self, job: RenderJob) -> None:
        start = _load(job.start, "start")
        self.width, self.height = output_size(start.width(), start.height(), job.long_side)
        # Pre-scale to the most the camera will ever need, so per-frame scaling is small.
        big_w = math.ceil(self.width * MAX_ZOOM)
        big_h = math.ceil(self.height * MAX_ZOOM)
        self.start = _cover(start, big_w, big_h)
        self.end = None
        if job.end is not None:
            self.end = _cover(_load(job.end, "end"), big_w, big_h)
        self.job = job

    def paint(self, index: int) -> QImage:
        n = self.job.frame_count
        t = index / (n - 1) if n > 1 else 1.0
        frame = QImage(self.width, self.height, QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(frame)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        _draw_view(painter, self.start, camera_path(t, self.job.seed), self.width, self.height)
        alpha = crossfade(t, self.end is not None)
        if self.end is not None and alpha > 0.0:
            # The end layer settles from a slight push-in to exactly the end image.
            zoom = 1.0 + 0.08 * (1.0 - ease((t - 0.35) / 0.65))
            painter.setOpacity(alpha)
            _draw_view(painter, self.end, Camera(zoom, 0.5, 0.5), self.width, self.height)
            painter.setOpacity(1.0)
        _draw_caption(painter, self.job.caption, self.width, self.height)
        painter.end()
        return frame
