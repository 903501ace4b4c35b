"""A fast structural check of an MP4 file: its top-level boxes must tile the file exactly.

A truncated or padded download fails this check; a complete file with a ``moov`` and an
``mdat`` passes. Decoding proper happens in the player; this runs on every download.
"""

from __future__ import annotations

import struct
from pathlib import Path

_CONTAINERS = {
    b"ftyp",
    b"moov",
    b"mdat",
    b"free",
    b"skip",
    b"wide",
    b"uuid",
    b"meta",
    b"mfra",
    b"moof",
    b"styp",
    b"sidx",
    b"pdin",
    b"udta",
}


class NotAVideo(ValueError):
    """The file is not a complete MP4 video."""


def check_mp4(path: Path) -> None:
    """Raise :class:`NotAVideo` with a short reason unless ``path`` is a complete MP4."""
    size = path.stat().st_size
    seen: list[bytes] = []
    with path.open("rb") as handle:
        offset = 0
        while offset < size:
            header = handle.read(8)
            if len(header) < 8:
                raise NotAVideo(f"the file ends inside a box header at byte {offset}")
            box_size, box_type = struct.unpack(">I4s", header)
            header_len = 8
            if box_size == 1:
                large = handle.read(8)
                if len(large) < 8:
                    raise NotAVideo("the file ends inside a box header")
                box_size = struct.unpack(">Q", large)[0]
                header_len = 16
            elif box_size == 0:
                box_size = size - offset
            if box_size < header_len:
                raise NotAVideo(f"box {box_type!r} at byte {offset} has an impossible size")
            if not seen and box_type not in (b"ftyp", b"styp"):
                raise NotAVideo("the file does not start like an MP4 video")
            if offset + box_size > size:
                raise NotAVideo(
                    f"the file is cut short: box {box_type.decode('latin-1')} needs "
                    f"{offset + box_size - size} more bytes"
                )
            seen.append(box_type)
            offset += box_size
            handle.seek(offset)
    if b"moov" not in seen or b"mdat" not in seen:
        raise NotAVideo("the file has no video index or no video data")
