"""Recognise images by their first bytes and decode data URLs (no Qt, no Pillow).

The upload service trusts content, not file names or declared types, so neither do we.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass

IMAGE_TYPES_TEXT = "JPEG, PNG, GIF and WebP"


@dataclass(frozen=True, slots=True)
class ImageType:
    mime_type: str
    extension: str


JPEG = ImageType("image/jpeg", ".jpg")
PNG = ImageType("image/png", ".png")
GIF = ImageType("image/gif", ".gif")
WEBP = ImageType("image/webp", ".webp")


def sniff_image(head: bytes) -> ImageType | None:
    """The image type of data starting with ``head`` (16 bytes suffice), or None."""
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith((b"GIF87a", b"GIF89a")):
        return GIF
    if len(head) >= 12 and head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    return None


_DATA_URL = re.compile(r"^data:(?P<mime>[\w.+-]+/[\w.+-]+)?(?P<params>(;[^,;]*)*?);base64,", re.I)


def decode_base64_payload(text: str) -> bytes:
    """Decode ``data:<mime>;base64,<data>`` (or bare base64); raises ValueError when invalid."""
    text = text.strip()
    match = _DATA_URL.match(text)
    if match:
        text = text[match.end() :]
    elif text.startswith("data:"):
        raise ValueError("only base64 data URLs are accepted (data:<type>;base64,<data>)")
    payload = re.sub(r"\s+", "", text)
    if not payload:
        raise ValueError("the base64 data is empty")
    try:
        return base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ValueError("the base64 data is not valid base64") from exc
