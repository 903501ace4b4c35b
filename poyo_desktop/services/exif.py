"""What a photo's EXIF says about the person: where it was taken, and with which camera.

A phone photo's EXIF block (a small TIFF file inside the JPEG, PNG or WebP) can hold the
place to a few metres and the camera's make, model and serial number. The form says
"location removed" or "camera details removed" only when they were there, so the block is
read here: just the directory entries that name those things, never the values.

Also here: setting a kept EXIF block's orientation to "upright", for a picture that was
turned upright when it was re-encoded (an old tag would turn it a second time).

Pure Python on bytes, no Qt: safe in any thread.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

__all__ = ["MetadataFacts", "tiff_facts", "upright_tiff", "xmp_facts"]

_EXIF_PREFIX = b"Exif\x00\x00"
_ORIENTATION = 0x0112
_EXIF_IFD, _GPS_IFD = 0x8769, 0x8825
_CAMERA_TAGS = frozenset({0x010F, 0x0110})  # Make, Model (IFD0)
_CAMERA_EXIF_TAGS = frozenset({0xA431, 0xA433, 0xA434})  # body serial, lens make, lens model
_GPS_PLACE_TAGS = frozenset({0x0002, 0x0004})  # latitude, longitude
_XMP_PLACE = (b"GPSLatitude", b"GPSLongitude")
_XMP_CAMERA = (b"tiff:Make", b"tiff:Model", b"aux:SerialNumber", b"exifEX:BodySerialNumber")
_MAX_ENTRIES = 1000  # a damaged directory must not make us loop for long


@dataclass(frozen=True, slots=True)
class MetadataFacts:
    """What a picture's metadata tells about the person who took it."""

    location: bool = False  # GPS coordinates
    camera: bool = False  # camera or lens make, model, serial number

    def __or__(self, other: MetadataFacts) -> MetadataFacts:
        return MetadataFacts(self.location or other.location, self.camera or other.camera)


def tiff_facts(block: bytes) -> MetadataFacts:
    """The facts of an EXIF block (a TIFF file, with or without the "Exif\\0\\0" prefix);
    nothing when it does not parse."""
    tiff = block.removeprefix(_EXIF_PREFIX)
    order = _byte_order(tiff)
    if order is None:
        return MetadataFacts()
    ifd0 = _entries(tiff, order, struct.unpack_from(order + "I", tiff, 4)[0])
    camera = any(tag in _CAMERA_TAGS for tag, _offset in ifd0)
    location = False
    for tag, offset in ifd0:
        if tag == _GPS_IFD:
            gps = _entries(tiff, order, _long_at(tiff, order, offset))
            location = any(gps_tag in _GPS_PLACE_TAGS for gps_tag, _ in gps)
        elif tag == _EXIF_IFD and not camera:
            exif = _entries(tiff, order, _long_at(tiff, order, offset))
            camera = any(exif_tag in _CAMERA_EXIF_TAGS for exif_tag, _ in exif)
    return MetadataFacts(location=location, camera=camera)


def xmp_facts(packet: bytes) -> MetadataFacts:
    """The facts of an XMP packet (XML), found by the names of its properties."""
    return MetadataFacts(
        location=any(name in packet for name in _XMP_PLACE),
        camera=any(name in packet for name in _XMP_CAMERA),
    )


def upright_tiff(block: bytes) -> bytes:
    """``block`` with its orientation tag saying "upright" (1); unchanged when it has none
    or does not parse. Lengths and offsets stay as they were."""
    prefix = _EXIF_PREFIX if block.startswith(_EXIF_PREFIX) else b""
    tiff = bytearray(block[len(prefix) :])
    order = _byte_order(bytes(tiff))
    if order is None:
        return block
    for tag, offset in _entries(bytes(tiff), order, struct.unpack_from(order + "I", tiff, 4)[0]):
        if tag == _ORIENTATION and struct.unpack_from(order + "H", tiff, offset + 2)[0] == 3:
            struct.pack_into(order + "H", tiff, offset + 8, 1)  # a SHORT, held in the entry
    return prefix + bytes(tiff)


def _byte_order(tiff: bytes) -> str | None:
    if len(tiff) < 8:
        return None
    if tiff[:4] == b"II*\x00":
        return "<"
    if tiff[:4] == b"MM\x00*":
        return ">"
    return None


def _long_at(tiff: bytes, order: str, entry: int) -> int:
    """The LONG value held in the directory entry at ``entry`` (an offset, for a pointer)."""
    return int(struct.unpack_from(order + "I", tiff, entry + 8)[0])


def _entries(tiff: bytes, order: str, ifd: int) -> list[tuple[int, int]]:
    """(tag, where its 12-byte entry starts) of the directory at ``ifd``; empty when it
    lies outside the block."""
    if ifd < 8 or ifd + 2 > len(tiff):
        return []
    count = min(struct.unpack_from(order + "H", tiff, ifd)[0], _MAX_ENTRIES)
    found = []
    for index in range(count):
        entry = ifd + 2 + 12 * index
        if entry + 12 > len(tiff):
            break
        found.append((struct.unpack_from(order + "H", tiff, entry)[0], entry))
    return found
