"""Personal metadata (EXIF with GPS, XMP, IPTC, comments): found, removed, or kept.

Removal is lossless: JPEG segments and PNG chunks that carry metadata are dropped, the
pixels and colour profiles kept. Only used on images that are already upright, so dropping
the EXIF orientation tag changes nothing. What the metadata holds (a place, a camera) is
read from the file's structure, a seek from one block to the next, without the pixels
(:func:`read_metadata_facts`); a person who keeps their metadata has it carried into a
re-encoded JPEG (:func:`kept_jpeg_segments`, :func:`with_segments`).
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path
from typing import BinaryIO

from poyo_desktop.services.exif import MetadataFacts, tiff_facts, upright_tiff, xmp_facts

__all__ = [
    "MetadataFacts",
    "kept_jpeg_segments",
    "read_metadata_facts",
    "strip_jpeg",
    "strip_png",
    "with_segments",
]

# APP1 (EXIF, XMP), APP13 (IPTC: captions, places, names) and COM; APP0 (JFIF), APP2
# (ICC), APP14 (Adobe's colour transform) stay.
_JPEG_DROP = {0xE1, 0xED, 0xFE}
_MAX_BLOCK = 4 << 20  # a metadata block larger than this is not read for its facts
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


def read_metadata_facts(path: Path, fmt: str) -> MetadataFacts:
    """Whether the file of format ``fmt`` (Qt's name) holds a place or camera details.

    Only the metadata blocks are read; raises :class:`OSError` when the file cannot be."""
    walkers = {"jpeg": _jpeg_facts, "png": _png_facts, "webp": _webp_facts}
    walker = walkers.get(fmt)
    if walker is None:
        return MetadataFacts()
    with Path(path).open("rb") as handle:
        return walker(handle)


def _block_facts(payload: bytes) -> MetadataFacts:
    """An EXIF block, an XMP packet, or (ImageMagick's PNG text) EXIF written as hex."""
    if payload.startswith((b"Exif\x00\x00", b"II*\x00", b"MM\x00*")):
        return tiff_facts(payload)
    if b"<x:xmpmeta" in payload or b"<rdf:" in payload:
        return xmp_facts(payload)
    marker = payload.find(b"457869660000")  # "Exif\0\0" in hex
    if marker >= 0:
        digits = bytes(c for c in payload[marker:] if c in b"0123456789abcdefABCDEF")
        try:
            return tiff_facts(bytes.fromhex(digits[: len(digits) // 2 * 2].decode()))
        except ValueError:
            return MetadataFacts()
    return MetadataFacts()


def _jpeg_facts(handle: BinaryIO) -> MetadataFacts:
    facts = MetadataFacts()
    if handle.read(2) != b"\xff\xd8":
        return facts
    while True:
        head = handle.read(4)
        if len(head) < 4 or head[0] != 0xFF or head[1] in (0xDA, 0xD9):
            return facts  # the image data starts: no metadata after it is used
        if head[1] == 0xFF:
            handle.seek(-3, 1)  # a fill byte
            continue
        length = struct.unpack(">H", head[2:])[0] - 2
        if head[1] in (0xE1, 0xED) and length > 0:
            facts = facts | _block_facts(handle.read(length))
        else:
            handle.seek(max(length, 0), 1)


def _png_facts(handle: BinaryIO) -> MetadataFacts:
    facts = MetadataFacts()
    if handle.read(8) != _PNG_SIGNATURE:
        return facts
    while True:
        head = handle.read(8)
        if len(head) < 8:
            return facts
        length, kind = struct.unpack(">I", head[:4])[0], head[4:]
        if kind == b"IEND":
            return facts
        if kind in (b"eXIf", b"tEXt", b"zTXt", b"iTXt") and length <= _MAX_BLOCK:
            facts = facts | _block_facts(_png_text(kind, handle.read(length)))
            handle.seek(4, 1)
        else:
            handle.seek(length + 4, 1)


def _png_text(kind: bytes, payload: bytes) -> bytes:
    """A text chunk's text (inflated when compressed); other chunks as they are."""
    try:
        if kind == b"zTXt":
            return zlib.decompress(payload[payload.index(b"\x00") + 2 :], bufsize=1 << 16)
        if kind == b"iTXt":
            key_end = payload.index(b"\x00")
            compressed = payload[key_end + 1] == 1
            rest = payload[key_end + 3 :]
            text = rest[rest.index(b"\x00", rest.index(b"\x00") + 1) + 1 :]
            return zlib.decompress(text) if compressed else text
    except (ValueError, IndexError, zlib.error):
        return b""
    return payload


def _webp_facts(handle: BinaryIO) -> MetadataFacts:
    facts = MetadataFacts()
    head = handle.read(12)
    if head[:4] != b"RIFF" or head[8:12] != b"WEBP":
        return facts
    while True:
        chunk = handle.read(8)
        if len(chunk) < 8:
            return facts
        kind, length = chunk[:4], struct.unpack("<I", chunk[4:])[0]
        if kind in (b"EXIF", b"XMP ") and length <= _MAX_BLOCK:
            facts = facts | _block_facts(handle.read(length))
            handle.seek(length & 1, 1)
        else:
            handle.seek(length + (length & 1), 1)


def kept_jpeg_segments(data: bytes) -> list[bytes]:
    """The JPEG ``data``'s EXIF and XMP segments (APP1), whole, their orientation set to
    upright: what a re-encoded picture carries when the person keeps their metadata."""
    kept: list[bytes] = []
    if data[:2] != b"\xff\xd8":
        return kept
    pos = 2
    while pos + 4 <= len(data) and data[pos] == 0xFF:
        marker = data[pos + 1]
        if marker == 0xFF:
            pos += 1
            continue
        if marker in (0xDA, 0xD9):
            break
        end = pos + 2 + struct.unpack(">H", data[pos + 2 : pos + 4])[0]
        if end > len(data):
            break
        if marker == 0xE1:
            kept.append(data[pos : pos + 4] + upright_tiff(data[pos + 4 : end]))
        pos = end
    return kept


def with_segments(jpeg: bytes, segments: list[bytes]) -> bytes:
    """``jpeg`` with ``segments`` inserted after its JFIF header (or its start marker)."""
    if not segments or jpeg[:2] != b"\xff\xd8":
        return jpeg
    at = 2
    if jpeg[2:4] == b"\xff\xe0":  # JFIF must stay first
        at = 4 + struct.unpack(">H", jpeg[4:6])[0]
    return jpeg[:at] + b"".join(segments) + jpeg[at:]
