"""Photo-like pictures made on the spot, for the screenshots and the fixer's before/after.

Nothing is downloaded and no photo is shipped: each picture is painted (a sky, a sun,
hills, water, a boat, a little grain so it reads as a photo) in colours of its own, so
thumbnails in a list tell them apart. The EXIF block carries a phone's GPS position and
camera, as a photo taken outdoors does.
"""

from __future__ import annotations

import random
import struct
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QRadialGradient,
)


@dataclass(frozen=True)
class Palette:
    """The colours of one scene, top to bottom."""

    sky_top: str
    sky_low: str
    sun: str
    far_hills: str
    near_hills: str
    water: str
    boat: str = "#c62828"


SCENES: dict[str, Palette] = {
    "harbour": Palette("#2f6db5", "#bfe0ff", "#fff6c8", "#6f8fa8", "#3f6b4a", "#2a6f9e"),
    "sunset": Palette("#3b1d5e", "#ff9d5c", "#ffe08a", "#7a3e5a", "#3a2340", "#8a4a6a"),
    "lake": Palette("#4a90d9", "#e3f1ff", "#ffffff", "#8aa7b8", "#2e6b3a", "#3c7fa8"),
    "alps": Palette("#1f5fa8", "#d8ecff", "#fffbe0", "#dfe7ee", "#56707f", "#4d86a8"),
    "desert": Palette("#e08a3c", "#ffe2b0", "#fff4d6", "#c9864e", "#a8602e", "#d9a066"),
    "forest": Palette("#6fa3c9", "#e8f3e0", "#fffde8", "#5f8f6a", "#234d2c", "#3f6f5a"),
    "dusk": Palette("#10243f", "#e9735a", "#ffd27a", "#40405e", "#1f2235", "#5a4a6e"),
    "meadow": Palette("#5aa0e6", "#f0f8ff", "#fffbe0", "#9cc58a", "#5f9a3c", "#7fb3d9"),
    "tulips": Palette("#0a4fd6", "#8fd0ff", "#fff04a", "#e0103a", "#12a82c", "#0a8fd6"),
    "bay": Palette("#2b7bb9", "#bfe8f0", "#fffbe6", "#7fa39a", "#c2a36b", "#1f8fa0"),
}


def scene(width: int, height: int, name: str = "harbour", *, seed: int = 1) -> QImage:
    """A landscape of ``width`` × ``height`` in the colours of ``SCENES[name]``."""
    colours = SCENES[name]
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    horizon = height * 0.62
    sky = QLinearGradient(QPointF(0, 0), QPointF(0, horizon))
    sky.setColorAt(0, QColor(colours.sky_top))
    sky.setColorAt(1, QColor(colours.sky_low))
    painter.fillRect(QRectF(0, 0, width, horizon + 1), sky)
    _sun(painter, width, height, colours.sun)
    _hills(painter, width, horizon, height * 0.22, QColor(colours.far_hills), seed)
    _hills(painter, width, horizon, height * 0.12, QColor(colours.near_hills), seed + 7)
    water = QLinearGradient(QPointF(0, horizon), QPointF(0, height))
    water.setColorAt(0, QColor(colours.water).lighter(125))
    water.setColorAt(1, QColor(colours.water).darker(140))
    painter.fillRect(QRectF(0, horizon, width, height - horizon), water)
    _boat(painter, width * 0.58, horizon + (height - horizon) * 0.45, height / 9, colours.boat)
    painter.end()
    _grain(image, seed)
    return image


def _sun(painter: QPainter, width: int, height: int, colour: str) -> None:
    centre = QPointF(width * 0.72, height * 0.24)
    radius = min(width, height) * 0.09
    glow = QRadialGradient(centre, radius * 3)
    glow.setColorAt(0, QColor(colour))
    glow.setColorAt(0.33, QColor(colour))
    glow.setColorAt(1, QColor(0, 0, 0, 0))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(glow)
    painter.drawEllipse(centre, radius * 3, radius * 3)


def _hills(
    painter: QPainter, width: int, base: float, rise: float, colour: QColor, seed: int
) -> None:
    """A ridge of soft hills standing on ``base``, at most ``rise`` high."""
    rng = random.Random(seed)
    path = QPainterPath(QPointF(0, base))
    steps = 12
    for step in range(steps + 1):
        x = width * step / steps
        path.lineTo(QPointF(x, base - rise * (0.35 + 0.65 * rng.random())))
    path.lineTo(QPointF(width, base))
    path.closeSubpath()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPath(path)


def _boat(painter: QPainter, x: float, y: float, size: float, colour: str) -> None:
    hull = QPainterPath(QPointF(x - size, y))
    hull.lineTo(QPointF(x + size, y))
    hull.lineTo(QPointF(x + size * 0.7, y + size * 0.35))
    hull.lineTo(QPointF(x - size * 0.7, y + size * 0.35))
    hull.closeSubpath()
    painter.setBrush(QColor(colour))
    painter.drawPath(hull)
    sail = QPainterPath(QPointF(x, y - size * 1.3))
    sail.lineTo(QPointF(x, y - size * 0.05))
    sail.lineTo(QPointF(x + size * 0.8, y - size * 0.05))
    sail.closeSubpath()
    painter.setBrush(QColor("#f5f1e6"))
    painter.drawPath(sail)


def _grain(image: QImage, seed: int) -> None:
    """A faint speckle, as a camera's sensor leaves: flat areas stop looking drawn."""
    rng = random.Random(seed)
    side = 128
    pixels = bytearray()
    for _ in range(side * side):
        shade = rng.choice((0, 255))
        pixels += bytes((shade, shade, shade, rng.randrange(0, 22)))  # B, G, R, A
    tile = QImage(bytes(pixels), side, side, QImage.Format.Format_ARGB32).copy()
    painter = QPainter(image)
    painter.fillRect(image.rect(), QBrush(tile))
    painter.end()


def encoded(image: QImage, fmt: str, quality: int = 92) -> bytes:
    """``image`` as the bytes of a ``fmt`` ("JPEG", "PNG") file."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, fmt, quality):  # type: ignore[call-overload]
        raise ValueError(f"Qt could not write {fmt}")
    buffer.close()
    return bytes(array.data())


def write(image: QImage, path: Path, quality: int = 92) -> Path:
    """``image`` saved as ``path`` (JPEG or PNG by its suffix)."""
    fmt = "PNG" if path.suffix.lower() == ".png" else "JPEG"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(encoded(image, fmt, quality))
    return path


def gps_exif() -> bytes:
    """An EXIF APP1 payload: a phone's make and model, upright, and a GPS latitude
    (48° 51' 30" N), big-endian TIFF as phones write it."""
    make, model = b"Pixelphone\x00", b"PP-9 Pro\x00"
    entries = 4
    data_at = 8 + 2 + 12 * entries + 4
    gps_at = data_at + len(make) + len(model)
    ifd0 = [
        struct.pack(">HHII", 0x010F, 2, len(make), data_at),
        struct.pack(">HHII", 0x0110, 2, len(model), data_at + len(make)),
        struct.pack(">HHIHH", 0x0112, 3, 1, 1, 0),
        struct.pack(">HHII", 0x8825, 4, 1, gps_at),
    ]
    values_at = gps_at + 2 + 12 * 2 + 4
    gps = struct.pack(">H", 2)
    gps += struct.pack(">HHI4s", 0x0001, 2, 2, b"N\x00\x00\x00")
    gps += struct.pack(">HHII", 0x0002, 5, 3, values_at) + b"\0\0\0\0"
    gps += struct.pack(">6I", 48, 1, 51, 1, 30, 1)
    tiff = b"MM\x00*" + struct.pack(">IH", 8, entries) + b"".join(ifd0) + b"\0\0\0\0"
    return b"Exif\x00\x00" + tiff + make + model + gps


def with_exif(jpeg: bytes, payload: bytes) -> bytes:
    """``jpeg`` with the APP1 ``payload`` right after its start marker."""
    return jpeg[:2] + b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload + jpeg[2:]


def phone_jpeg(image: QImage, path: Path) -> Path:
    """``image`` as a phone's JPEG: with its place and camera in the EXIF."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(with_exif(encoded(image, "JPEG", 92), gps_exif()))
    return path
