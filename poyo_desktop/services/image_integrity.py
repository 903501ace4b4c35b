"""Is the whole picture in the file? Finds files that were cut off (a download or copy that
stopped halfway) in the formats whose decoders do not say so.

Qt's JPEG and GIF readers hand back an image for a truncated file, the missing part filled
with grey or black, with at most a warning on the console: the picture would pass every
check and be paid for. So the file's structure is walked here: a JPEG must reach its end
marker (EOI) after its last scan; a GIF's first frame (the one used) must end its data.
PNG and WebP decoders already fail on a truncated file (no IEND, bad CRC, short chunk), so
those are left to them.

Pure Python on bytes, no Qt: safe in any thread. Reads the whole file; call it from a
worker thread, as the rest of the image check.
"""

from __future__ import annotations

import re
from pathlib import Path

__all__ = ["gif_is_complete", "is_complete", "jpeg_is_complete"]

# In a JPEG's entropy-coded data 0xFF is stuffed as FF 00, and FF D0..D7 are restart
# markers; any other FF xx is the next marker.
_NEXT_MARKER = re.compile(rb"\xff[^\x00\xd0-\xd7\xff]")
_SOI, _EOI, _SOS = 0xD8, 0xD9, 0xDA
_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})  # markers without a length
_SLICE = 128 << 10  # bytes searched while holding the interpreter lock (~1 ms)


def is_complete(path: Path, fmt: str) -> bool:
    """False when the file of format ``fmt`` (Qt's name: "jpeg", "gif", …) was cut off.

    True for formats checked elsewhere. Raises :class:`OSError` when the file cannot be read.
    """
    if fmt == "jpeg":
        return jpeg_is_complete(Path(path).read_bytes())
    if fmt == "gif":
        return gif_is_complete(Path(path).read_bytes())
    return True


def jpeg_is_complete(data: bytes) -> bool:
    """Whether ``data`` runs from its start marker through its scans to the end marker.

    Segments are skipped by their length (so an EXIF thumbnail's own markers are never
    mistaken for the image's); bytes after the end marker (a phone's motion photo, a
    second picture) are allowed.
    """
    if len(data) < 4 or data[0] != 0xFF or data[1] != _SOI:
        return False
    pos = 2
    while True:
        while (
            pos < len(data) and data[pos] == 0xFF and pos + 1 < len(data) and data[pos + 1] == 0xFF
        ):
            pos += 1  # fill bytes before a marker
        if pos + 1 >= len(data) or data[pos] != 0xFF:
            return False
        marker = data[pos + 1]
        if marker == _EOI:
            return True
        if marker in _STANDALONE:
            pos += 2
            continue
        if pos + 3 >= len(data):
            return False
        end = pos + 2 + int.from_bytes(data[pos + 2 : pos + 4], "big")
        if end > len(data):
            return False
        pos = end
        if marker == _SOS:  # entropy-coded data follows, up to the next marker
            found = _next_marker(data, pos)
            if found < 0:
                return False
            pos = found


def _next_marker(data: bytes, pos: int) -> int:
    """Where the next marker after ``pos`` starts in ``data``, or -1 when there is none.

    Searched a slice at a time: one regular-expression search holds the interpreter lock
    throughout, and over a 24-megapixel photo's scan (~6 MB) that froze the GUI thread for
    40 ms; between slices the lock can pass to it (bench/picture_drops.py).
    """
    while pos < len(data):
        # One byte past the slice, so a marker straddling its end is still found whole.
        found = _NEXT_MARKER.search(data, pos, pos + _SLICE + 1)
        if found is not None:
            return found.start()
        pos += _SLICE
    return -1


def gif_is_complete(data: bytes) -> bool:
    """Whether the first frame's data of the GIF ``data`` ends, as the format says it must
    (by a zero-length block); later frames are not used, so they are not required."""
    if len(data) < 13 or data[:3] != b"GIF":
        return False
    pos = 13
    if data[10] & 0x80:  # global colour table
        pos += 3 * (2 << (data[10] & 0x07))
    while pos < len(data):
        block = data[pos]
        if block == 0x21:  # extension: label, then sub-blocks
            pos = _skip_sub_blocks(data, pos + 2)
        elif block == 0x2C:  # image descriptor, colour table, LZW code size, data
            if pos + 10 > len(data):
                return False
            flags = data[pos + 9]
            pos += 10
            if flags & 0x80:
                pos += 3 * (2 << (flags & 0x07))
            return _skip_sub_blocks(data, pos + 1) <= len(data)
        else:  # the trailer (0x3B) or junk before any frame
            return False
        if pos > len(data):
            return False
    return False


def _skip_sub_blocks(data: bytes, pos: int) -> int:
    """The position after a chain of sub-blocks starting at ``pos``; past the end of
    ``data`` when the chain is cut off."""
    while pos < len(data):
        size = data[pos]
        pos += 1 + size
        if size == 0:
            return pos
    return len(data) + 1
