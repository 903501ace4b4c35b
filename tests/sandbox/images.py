"""Small test images made without Qt (a tiny PNG encoder), so server tests need no QApplication."""

from __future__ import annotations

import colorsys
import functools
import math
import struct
import zlib


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


@functools.lru_cache(maxsize=16)
def png_bytes(width: int = 400, height: int = 300, hue: int = 0) -> bytes:
    """A colourful RGB PNG (gradient and rings), distinct per ``hue``, so renders differ."""
    rows = bytearray()
    cx, cy = width * 0.6, height * 0.45
    tint = [int(255 * c) for c in colorsys.hsv_to_rgb((hue * 97 % 360) / 360, 0.9, 0.95)]
    for y in range(height):
        rows.append(0)  # filter: none
        for x in range(width):
            ring = 0.5 + 0.5 * math.sin(math.hypot(x - cx, y - cy) / 9.0)
            pattern = (
                int(255 * x / max(1, width - 1)),
                int(255 * y / max(1, height - 1) * ring),
                int(160 * ring),
            )
            rows += bytes((p + t) // 2 for p, t in zip(pattern, tint, strict=True))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(bytes(rows), 6))
        + _chunk(b"IEND", b"")
    )


# Headers that pass type sniffing; the rest of the file does not matter for uploads.
JPEG_HEAD = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 64
GIF_HEAD = b"GIF89a" + b"\x01\x00\x01\x00\x00\x00\x00" + b"\x00" * 32
WEBP_HEAD = b"RIFF\x24\x00\x00\x00WEBPVP8 " + b"\x00" * 64
PDF_BYTES = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"
