"""Test files made on the spot: MP4-structured payloads and small images."""

from __future__ import annotations

import os
import struct
import zlib
from pathlib import Path

_BLOCK = 1 << 20


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I4s", 8 + len(payload), kind) + payload


def write_mp4(path: Path, size: int) -> Path:
    """A file of exactly ``size`` bytes that passes ``services.mp4check``: ``ftyp``, a
    small ``moov`` and one big ``mdat`` of incompressible bytes (not a playable video)."""
    head = _box(b"ftyp", b"isom" + struct.pack(">I", 512) + b"isomiso2mp41")
    head += _box(b"moov", _box(b"mvhd", bytes(100)))
    body = size - len(head) - 8
    if body < 0 or size >= 1 << 32:
        raise ValueError(f"cannot make an MP4 of {size} bytes")
    block = os.urandom(_BLOCK)
    with path.open("wb") as handle:
        handle.write(head)
        handle.write(struct.pack(">I4s", body + 8, b"mdat"))
        left = body
        while left > 0:
            handle.write(block[: min(left, _BLOCK)])
            left -= _BLOCK
    return path


def png_bytes(width: int = 320, height: int = 200) -> bytes:
    """A valid RGB PNG with a gradient (pure Python: usable where Qt is not loaded)."""
    rows = bytearray()
    for y in range(height):
        rows.append(0)  # filter: none
        for x in range(width):
            rows += bytes(((x * 255) // width, (y * 255) // height, 160))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 6))
        + chunk(b"IEND", b"")
    )


def write_photos(folder: Path, count: int, width: int = 1600, height: int = 1000) -> list[Path]:
    """``count`` distinct JPEG photos (needs a QGuiApplication or QApplication)."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter

    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for i in range(count):
        image = QImage(width, height, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        gradient = QLinearGradient(QPointF(0, 0), QPointF(width, height))
        gradient.setColorAt(0, QColor.fromHsv((i * 37) % 360, 160, 230))
        gradient.setColorAt(1, QColor.fromHsv((i * 37 + 120) % 360, 200, 90))
        painter.fillRect(image.rect(), gradient)
        painter.setPen(Qt.GlobalColor.white)
        font = painter.font()
        font.setPixelSize(height // 4)
        painter.setFont(font)
        painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, str(i))
        painter.end()
        path = folder / f"photo-{i:04d}.jpg"
        if not image.save(str(path), "JPEG", 85):
            raise OSError(f"could not write {path}")
        paths.append(path)
    return paths


def write_noise_png(path: Path, size: int, width: int = 1600) -> Path:
    """A valid RGB PNG of random pixels, stored uncompressed, of at most ``size`` bytes and
    within a few rows of it (pure Python: usable where Qt is not loaded)."""
    row = 1 + 3 * width  # filter byte, then the pixels
    height = max(1, (size - 1024) // (row + 1))  # zlib's stored blocks add ~5 bytes in 64 KB
    raw = bytearray()
    for _ in range(height):
        raw.append(0)
        raw += os.urandom(row - 1)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
    data += chunk(b"IDAT", zlib.compress(bytes(raw), 0)) + chunk(b"IEND", b"")
    if len(data) > size:
        raise ValueError(f"a {width}-pixel-wide PNG of {size} bytes came out {len(data)}")
    path.write_bytes(data)
    return path


def _photo_like(width: int, height: int, fmt: object, grain: float, seed: int = 0) -> object:
    """A gradient with shapes and a film of noise: compresses about like a photo (needs a
    QGuiApplication). ``grain`` is the noise's opacity; more noise, bigger files."""
    import random

    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter

    image = QImage(width, height, fmt)  # type: ignore[call-overload]
    painter = QPainter(image)
    gradient = QLinearGradient(QPointF(0, 0), QPointF(width, height))
    gradient.setColorAt(0, QColor.fromHsv(200 + seed * 13 % 60, 150, 235))
    gradient.setColorAt(1, QColor.fromHsv(30 + seed * 7 % 60, 190, 80))
    painter.fillRect(image.rect(), gradient)
    rng = random.Random(seed)
    for _ in range(60):
        painter.setBrush(QColor.fromHsv(rng.randrange(360), 120, rng.randrange(60, 250), 160))
        side = rng.uniform(0.02, 0.2) * width
        painter.drawEllipse(QRectF(rng.uniform(0, width), rng.uniform(0, height), side, side))
    tile_w, tile_h = 1024, 1024
    tile = QImage(
        os.urandom(tile_w * tile_h * 3), tile_w, tile_h, tile_w * 3, QImage.Format.Format_RGB888
    ).copy()
    painter.setOpacity(grain)
    for y in range(0, height, tile_h):
        for x in range(0, width, tile_w):
            painter.drawImage(x, y, tile)
    painter.end()
    return image


def write_picture(path: Path, kind: str, shrink: int = 1) -> Path:
    """The pictures of the drop benchmark, by ``kind``; made with Qt (needs a QGuiApplication).

    "jpeg24": a 24-megapixel photo-like JPEG (6000 × 4000); "png16": a 12-megapixel PNG
    with 16 bits per channel (4000 × 3000); "rotated": a 12-megapixel phone photo stored
    sideways (3000 × 4000 stored, EXIF Orientation 6: shown 4000 × 3000); "webp": a WebP
    of about 10 MB (4000 × 3000); "small": a 640 × 400 PNG. ``shrink`` divides the big
    ones' sides (smoke runs).
    """
    from PySide6.QtGui import QImage, QImageWriter

    rgb32 = QImage.Format.Format_RGB32
    if kind == "jpeg24":
        image, fmt, options = (
            _photo_like(6000 // shrink, 4000 // shrink, rgb32, 0.10),
            b"jpeg",
            {"quality": 90},
        )
    elif kind == "png16":
        image = _photo_like(
            4000 // shrink, 3000 // shrink, QImage.Format.Format_RGBX64, 0.04, seed=1
        )
        fmt, options = b"png", {}
    elif kind == "rotated":
        image, fmt, options = (
            _photo_like(3000 // shrink, 4000 // shrink, rgb32, 0.10, seed=2),
            b"jpeg",
            {"quality": 90},
        )
    elif kind == "webp":
        image, fmt, options = (
            _photo_like(4000 // shrink, 3000 // shrink, rgb32, 0.48, seed=3),
            b"webp",
            {"quality": 97},
        )
    elif kind == "small":
        image, fmt, options = _photo_like(640, 400, rgb32, 0.05, seed=4), b"png", {}
    else:
        raise ValueError(f"no picture of kind {kind!r}")
    writer = QImageWriter(str(path), fmt)
    if "quality" in options:
        writer.setQuality(int(options["quality"]))  # type: ignore[call-overload]
    if not writer.write(image):  # type: ignore[arg-type]
        raise OSError(f"could not write {path}: {writer.errorString()}")
    if kind == "rotated":  # Qt 6.12 writes no Orientation tag, so the segment is added here
        path.write_bytes(with_exif_orientation(path.read_bytes(), 6))
    return path


def with_exif_orientation(jpeg: bytes, orientation: int) -> bytes:
    """``jpeg`` with an EXIF APP1 segment holding only the Orientation tag (0x0112), put
    right after the start marker and any JFIF APP0, as a phone camera writes it."""
    tiff = b"MM\x00\x2a" + struct.pack(">I", 8)  # big-endian TIFF header, IFD0 at offset 8
    tiff += struct.pack(">H", 1)  # one entry: Orientation, SHORT, count 1, value
    tiff += struct.pack(">HHIHH", 0x0112, 3, 1, orientation, 0)
    tiff += struct.pack(">I", 0)  # no next IFD
    payload = b"Exif\x00\x00" + tiff
    segment = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    pos = 2
    if jpeg[2:4] == b"\xff\xe0":  # keep JFIF first
        pos = 4 + int.from_bytes(jpeg[4:6], "big")
    return jpeg[:pos] + segment + jpeg[pos:]
