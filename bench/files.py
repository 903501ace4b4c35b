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


def write_picture(path: Path, size: int, width: int = 1600) -> Path:
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
