"""Lossless removal of personal metadata (EXIF with GPS, XMP, comments) before upload.

The pixels are untouched: JPEG segments and PNG chunks that carry metadata are dropped,
colour profiles kept. Only used on images that are already upright, so dropping the EXIF
orientation tag changes nothing.
"""

from __future__ import annotations

import struct
import zlib

_JPEG_DROP = {0xE1, 0xFE}  # APP1 (EXIF, XMP) and COM; APP0 (JFIF), APP2 (ICC), APP14 stay
_PNG_DROP = {b"tEXt", b"zTXt", b"iTXt", b"eXIf", b"tIME"}
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def strip_jpeg(data: bytes) -> bytes:
    """``data`` without metadata segments; unchanged if it does not parse as a JPEG."""
    if data[:2] != b"\xff\xd8":
        return data
    out = bytearray(data[:2])
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            return data  # not where a marker should be: leave the file alone
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker == 0xDA:  # start of scan: the rest is image data
            out += data[pos:]
            return bytes(out)
        length = struct.unpack(">H", data[pos + 2 : pos + 4])[0]
        end = pos + 2 + length
        if length < 2 or end > len(data):
            return data
        if marker not in _JPEG_DROP:
            out += data[pos:end]
        pos = end
    return data


def strip_png(data: bytes) -> bytes:
    """``data`` without text/EXIF/time chunks; unchanged if it does not parse as a PNG."""
    if not data.startswith(_PNG_SIGNATURE):
        return data
    out = bytearray(_PNG_SIGNATURE)
    pos = len(_PNG_SIGNATURE)
    while pos + 12 <= len(data):
        length = struct.unpack(">I", data[pos : pos + 4])[0]
        kind = data[pos + 4 : pos + 8]
        end = pos + 12 + length
        if end > len(data):
            return data
        crc = struct.unpack(">I", data[end - 4 : end])[0]
        if zlib.crc32(data[pos + 4 : end - 4]) != crc:
            return data
        if kind not in _PNG_DROP:
            out += data[pos:end]
        pos = end
        if kind == b"IEND":
            return bytes(out)
    return data
