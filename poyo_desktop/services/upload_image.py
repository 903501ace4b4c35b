"""Prepare a checked picture for upload: the bytes PoYo receives, under a neutral name.

Kept apart from the check (``preflight``): the check runs on every drop, this only when a
job is sent. What is sent is always 8-bit sRGB, upright, within the limits and, unless the
person keeps it, without personal metadata; a file that already is goes as it is (no
needless loss of quality). Blocking, like the check: run it in a worker thread.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage

from poyo_desktop.core.wording import translate
from poyo_desktop.services.image_limits import MAX_LONG_SIDE, MAX_UPLOAD_BYTES, damaged, megabytes
from poyo_desktop.services.metadata import (
    kept_jpeg_segments,
    strip_jpeg,
    strip_png,
    with_segments,
)
from poyo_desktop.services.normalise import (
    Encoded,
    encode_under_limit,
    has_transparency,
    to_srgb8,
)
from poyo_desktop.services.preflight import (
    ImageCheck,
    ImageError,
    image_reader,
    inspect_image,
    swaps_sides,
)

__all__ = [
    "LOSSLESS_FORMATS",
    "PreparedImage",
    "encode_picture",
    "finish_encoded",
    "prepare_for_upload",
    "write_neutral",
]

log = logging.getLogger(__name__)

#: Formats that lose nothing: a picture in one is tried as PNG first when re-encoded.
LOSSLESS_FORMATS = frozenset({"png", "gif", "bmp", "tiff"})


@dataclass(frozen=True)
class PreparedImage:
    """The file to upload: a neutral name in ``dest_dir``, never the person's file name."""

    path: Path
    mime_type: str
    width: int
    height: int


def write_neutral(data: bytes, dest_dir: Path, suffix: str, prefix: str = "") -> Path:
    """Write ``data`` as ``<prefix><sha256-prefix><suffix>``: no trace of the person's file
    name; the same bytes twice are one file."""
    dest_dir.mkdir(parents=True, exist_ok=True)
    target = dest_dir / f"{prefix}{hashlib.sha256(data).hexdigest()[:20]}{suffix}"
    if target.exists() and target.stat().st_size == len(data):
        return target  # same bytes prepared before
    fd, tmp = tempfile.mkstemp(dir=dest_dir, prefix=".part-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def prepare_for_upload(
    path: Path, dest_dir: Path, *, subject: str = "The image", keep_metadata: bool = False
) -> PreparedImage:
    """The bytes to upload for ``path``, written to ``dest_dir`` under a neutral name.

    A JPEG/PNG that is upright, 8-bit sRGB, at most 10 MB and at most 3840 px long is
    copied unchanged but for its metadata (kept with ``keep_metadata``). Anything else is
    turned upright (EXIF orientation), converted to 8-bit sRGB with its colour profile,
    scaled to at most 3840 px on the long side and re-encoded under the upload limit with
    the least loss (see normalise.encode_under_limit): PNG when it has transparent pixels.
    Raises :class:`ImageError` with plain words when the image cannot be used. Blocking
    (decodes and encodes the whole image): run it in a worker thread.
    """
    path = Path(path)
    check = inspect_image(path, subject=subject)
    if not check.ok:
        raise ImageError(check.problems[0])
    try:
        if not check.needs_preparation:
            return _copy_without_metadata(path, check, dest_dir, keep_metadata)
        return _reencode(path, check, dest_dir, subject, keep_metadata)
    except OSError as exc:
        log.warning("cannot prepare %s: %s", path, exc)
        if exc.strerror:
            words = translate(
                "UploadImage", "{subject} could not be prepared for upload: {reason}."
            )
        else:
            words = translate(
                "UploadImage", "{subject} could not be prepared for upload: a disk error."
            )
        raise ImageError(words.format(subject=subject, reason=exc.strerror)) from exc


def _copy_without_metadata(
    path: Path, check: ImageCheck, dest_dir: Path, keep_metadata: bool
) -> PreparedImage:
    """An upload-ready JPEG/PNG as it is, but for its metadata (unless it is kept)."""
    data = path.read_bytes()
    suffix, mime = (".jpg", "image/jpeg") if check.format == "jpeg" else (".png", "image/png")
    if not keep_metadata:
        # Privacy: a phone photo's EXIF can hold where it was taken. Drop it, losslessly.
        data = strip_jpeg(data) if check.format == "jpeg" else strip_png(data)
    return PreparedImage(write_neutral(data, dest_dir, suffix), mime, check.width, check.height)


def _reencode(
    path: Path, check: ImageCheck, dest_dir: Path, subject: str, keep_metadata: bool
) -> PreparedImage:
    """The picture upright, 8-bit sRGB, at most MAX_LONG_SIDE long, under the limit."""
    reader = image_reader(path)
    upright = QSize(check.width, check.height)
    if max(check.width, check.height) > MAX_LONG_SIDE:
        upright = upright.scaled(MAX_LONG_SIDE, MAX_LONG_SIDE, Qt.AspectRatioMode.KeepAspectRatio)
        # The scaled size is applied before the EXIF transform, in stored orientation.
        stored = upright.transposed() if swaps_sides(reader.transformation()) else upright
        reader.setScaledSize(stored)
    image = reader.read()
    if image.isNull():
        log.info("cannot decode %s: %s", path, reader.errorString())
        raise ImageError(damaged(subject))
    encoded = encode_picture(image, lossless=check.format in LOSSLESS_FORMATS, subject=subject)
    source = path.read_bytes() if keep_metadata and check.format == "jpeg" else b""
    data = finish_encoded(encoded, source)
    return PreparedImage(
        write_neutral(data, dest_dir, encoded.suffix),
        encoded.mime_type,
        encoded.width,
        encoded.height,
    )


def encode_picture(image: QImage, *, lossless: bool, subject: str) -> Encoded:
    """A decoded picture as 8-bit sRGB bytes under the upload limit (see normalise)."""
    transparent = has_transparency(image)
    image = to_srgb8(image, keep_alpha=transparent)
    try:
        return encode_under_limit(image, lossless=lossless, transparent=transparent)
    except ValueError as exc:
        raise ImageError(
            translate("UploadImage", "{subject} could not be made smaller than {limit}.").format(
                subject=subject, limit=megabytes(MAX_UPLOAD_BYTES)
            )
        ) from exc


def finish_encoded(encoded: Encoded, kept_from: bytes = b"") -> bytes:
    """The bytes to write: without the text Qt carries over from a PNG's source, and with
    the EXIF and XMP of the JPEG ``kept_from`` (the person keeps their metadata)."""
    if encoded.fmt == "PNG":
        return strip_png(encoded.data)
    data = strip_jpeg(encoded.data)
    return with_segments(data, kept_jpeg_segments(kept_from)) if kept_from else data
