"""What a picture file is, read from its own bytes: format, size, colour model, bits per
channel, colour profile, whether it says where it was taken. Read independently of the
app's check (a JPEG's frame header, a PNG's IHDR), so the table judges the fixer rather
than repeating it.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QImageReader

from poyo_desktop.services.metadata import read_metadata_facts

_PNG_MODES = {0: "grey", 2: "RGB", 3: "palette", 4: "grey + alpha", 6: "RGBA"}
_JPEG_MODES = {1: "grey", 3: "RGB (YCbCr)", 4: "CMYK"}
_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


@dataclass(frozen=True)
class FileFacts:
    fmt: str  # "JPEG", "PNG"
    width: int
    height: int
    mode: str  # "CMYK", "RGB", …
    bits: int  # per channel
    profile: str  # the embedded colour profile's name, or "none"
    size: int  # bytes
    location: bool  # GPS position in its metadata

    def line(self) -> str:
        """e.g. "JPEG 1600 × 1067, CMYK 8-bit, profile “Artifex CMYK SWOP Profile”"."""
        profile = f"profile “{self.profile}”" if self.profile != "none" else "no profile"
        gps = ", GPS position" if self.location else ""
        return (
            f"{self.fmt} {self.width} × {self.height}, {self.mode} {self.bits}-bit, "
            f"{profile}{gps}, {self.size / 1000:,.0f} kB"
        )


def file_facts(path: Path) -> FileFacts:
    data = path.read_bytes()
    if data.startswith(b"\x89PNG"):
        fmt, (width, height, bits, mode) = "PNG", _png_header(data)
    elif data.startswith(b"\xff\xd8"):
        fmt, (width, height, bits, mode) = "JPEG", _jpeg_header(data)
    else:
        raise ValueError(f"{path.name} is neither a JPEG nor a PNG")
    image = QImageReader(str(path)).read()
    space = image.colorSpace()
    profile = space.description() if space.isValid() and space.description() else "none"
    location = read_metadata_facts(path, fmt.lower()).location
    return FileFacts(fmt, width, height, mode, bits, profile, len(data), location)


def _png_header(data: bytes) -> tuple[int, int, int, str]:
    width, height, bits, colour = struct.unpack(">IIBB", data[16:26])
    return width, height, bits, _PNG_MODES.get(colour, f"colour type {colour}")


def _jpeg_header(data: bytes) -> tuple[int, int, int, str]:
    """The frame header (SOFn): precision, size, number of components."""
    at = 2
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            raise ValueError("a damaged JPEG")
        marker = data[at + 1]
        length = struct.unpack(">H", data[at + 2 : at + 4])[0]
        if marker in _SOF:
            bits, height, width, parts = struct.unpack(">BHHB", data[at + 4 : at + 10])
            return width, height, bits, _JPEG_MODES.get(parts, f"{parts} components")
        at += 2 + length
    raise ValueError("a JPEG without a frame header")
