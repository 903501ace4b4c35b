"""Real image files for tests, written on the spot (no binary fixtures in the repository).

Every picture has a red block in its top-left corner and a blue block in its top-right
corner on a grey gradient, so a test can tell which way up a decoded image is. Qt has no GIF
writer, so GIFs are encoded here by hand (a tiny, valid, uncompressed LZW stream).
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter

RED = QColor(220, 30, 30)
BLUE = QColor(30, 60, 220)


def make_image(width: int, height: int, *, transparent: bool = False) -> QImage:
    """A ``width`` × ``height`` picture: gradient, red top-left and blue top-right blocks.

    With ``transparent``, the bottom half is half see-through (so it must stay PNG).
    """
    fmt = QImage.Format.Format_ARGB32 if transparent else QImage.Format.Format_RGB32
    image = QImage(width, height, fmt)
    image.fill(QColor(128, 128, 128))
    painter = QPainter(image)
    gradient = QLinearGradient(QPointF(0, 0), QPointF(width, height))
    gradient.setColorAt(0, QColor(240, 230, 200))
    gradient.setColorAt(1, QColor(40, 70, 90))
    painter.fillRect(0, 0, width, height, gradient)
    block_w, block_h = max(1, width // 4), max(1, height // 4)
    painter.fillRect(0, 0, block_w, block_h, RED)
    painter.fillRect(width - block_w, 0, block_w, block_h, BLUE)
    if transparent:
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
        painter.fillRect(0, height // 2, width, height - height // 2, QColor(0, 200, 0, 90))
    painter.end()
    return image


def encode(image: QImage, fmt: str, quality: int = 90) -> bytes:
    """``image`` encoded by Qt as ``fmt`` ("PNG", "JPEG", "WEBP", "BMP")."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, fmt, quality), f"Qt could not write {fmt}"
    buffer.close()
    return bytes(array.data())


def _write(path: Path, data: bytes) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def write_png(path: Path, width: int, height: int, *, transparent: bool = False) -> Path:
    return _write(path, encode(make_image(width, height, transparent=transparent), "PNG"))


def write_jpeg(path: Path, width: int, height: int, quality: int = 90) -> Path:
    return _write(path, encode(make_image(width, height), "JPEG", quality))


def write_webp(path: Path, width: int, height: int) -> Path:
    return _write(path, encode(make_image(width, height), "WEBP", 90))


def write_bmp(path: Path, width: int, height: int) -> Path:
    """A real picture in a format PoYo does not take."""
    return _write(path, encode(make_image(width, height), "BMP"))


def write_noisy_png(path: Path, width: int, height: int) -> Path:
    """Random pixels: a PNG that cannot be compressed (``width*height*3`` bytes or more)."""
    noise = QImage(os.urandom(width * height * 4), width, height, QImage.Format.Format_RGB32)
    return _write(path, encode(noise.copy(), "PNG"))


def exif_jpeg_bytes(width: int, height: int, orientation: int = 6) -> bytes:
    """A JPEG stored ``width`` × ``height`` with an EXIF orientation tag.

    Orientation 6 means "rotate 90° clockwise to display", so viewers show it
    ``height`` × ``width``. The APP1 segment is a big-endian TIFF header with one IFD
    entry (tag 0x0112, SHORT, count 1), inserted right after the SOI marker.
    """
    jpeg = encode(make_image(width, height), "JPEG", 90)
    assert jpeg[:2] == b"\xff\xd8"
    entry = struct.pack(">HHIHH", 0x0112, 3, 1, orientation, 0)
    tiff = b"MM\x00\x2a" + struct.pack(">I", 8) + struct.pack(">H", 1) + entry + b"\0\0\0\0"
    payload = b"Exif\x00\x00" + tiff
    app1 = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    return jpeg[:2] + app1 + jpeg[2:]


def write_exif_rotated_jpeg(path: Path, width: int, height: int, orientation: int = 6) -> Path:
    return _write(path, exif_jpeg_bytes(width, height, orientation))


def _gif_pixels(width: int, height: int) -> bytes:
    """Palette indices: red top-left quarter, blue top-right quarter, white elsewhere, and a
    grey (index 3) bottom stripe so there are four colours."""
    rows = []
    for y in range(height):
        row = bytearray(width)
        for x in range(width):
            if y < height // 4 and x < width // 4:
                row[x] = 0
            elif y < height // 4 and x >= width - width // 4:
                row[x] = 1
            elif y >= height - height // 4:
                row[x] = 3
            else:
                row[x] = 2
        rows.append(bytes(row))
    return b"".join(rows)


def _gif_lzw(indices: bytes) -> bytes:
    """LZW data for a 2-bit image that never grows its code size.

    With a minimum code size of 2, codes are 3 bits wide; a clear code before every pair
    of pixels keeps the dictionary from reaching 8 entries, so every decoder stays at 3
    bits. Larger than real LZW, but valid and simple.
    """
    clear, end = 4, 5
    out = bytearray()
    acc = nbits = 0
    for i in range(0, len(indices), 2):
        for code in (clear, *indices[i : i + 2]):
            acc |= code << nbits
            nbits += 3
            while nbits >= 8:
                out.append(acc & 0xFF)
                acc >>= 8
                nbits -= 8
    acc |= end << nbits
    nbits += 3
    while nbits > 0:
        out.append(acc & 0xFF)
        acc >>= 8
        nbits -= 8
    return bytes(out)


def _sub_blocks(data: bytes) -> bytes:
    return (
        b"".join(
            bytes([len(data[i : i + 255])]) + data[i : i + 255] for i in range(0, len(data), 255)
        )
        + b"\x00"
    )


def gif_bytes(width: int, height: int, *, frames: int = 1, transparent: bool = False) -> bytes:
    """A GIF89a picture (``frames`` > 1: animated), palette red, blue, white, grey."""
    palette = bytes([220, 30, 30, 30, 60, 220, 255, 255, 255, 128, 128, 128])
    out = bytearray(b"GIF89a")
    out += struct.pack("<HHBBB", width, height, 0b1000_0001, 0, 0)  # 4-colour global table
    out += palette
    if frames > 1:  # loop forever
        out += b"\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00"
    lzw = _gif_lzw(_gif_pixels(width, height))
    for _ in range(frames):
        flags = 0b0000_0100 | (1 if transparent else 0)  # dispose: keep; transparency flag
        out += b"\x21\xf9\x04" + struct.pack("<BHB", flags, 10, 3) + b"\x00"
        out += b"\x2c" + struct.pack("<HHHHB", 0, 0, width, height, 0)
        out += b"\x02" + _sub_blocks(lzw)
    out += b"\x3b"
    return bytes(out)


def write_gif(
    path: Path, width: int, height: int, *, frames: int = 1, transparent: bool = False
) -> Path:
    return _write(path, gif_bytes(width, height, frames=frames, transparent=transparent))


def write_corrupt_jpeg(path: Path) -> Path:
    """Starts like a JPEG (so it is recognised as one) but the image data is garbage."""
    head = encode(make_image(400, 300), "JPEG", 90)[:40]
    return _write(path, head + bytes(range(256)) * 8)


def write_text_as_png(path: Path) -> Path:
    """A plain text file that merely carries an image name."""
    return _write(path, b"These are my holiday notes, not a picture.\n" * 20)
