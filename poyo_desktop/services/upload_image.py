"""Prepare a checked picture for upload: the bytes PoYo receives, under a neutral name.

Kept apart from the check (``preflight``): the check runs on every drop, this only when a
job is sent. Blocking, like the check: run it in a worker thread.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage

from poyo_desktop.services.image_limits import (
    MAX_LONG_SIDE,
    MAX_UPLOAD_BYTES,
    MIN_SHORT_SIDE,
    damaged,
    megabytes,
)
from poyo_desktop.services.metadata import strip_jpeg, strip_png
from poyo_desktop.services.preflight import (
    ImageCheck,
    ImageError,
    image_reader,
    inspect_image,
    swaps_sides,
)

__all__ = ["PreparedImage", "prepare_for_upload"]

log = logging.getLogger(__name__)

JPEG_QUALITY = 92


@dataclass(frozen=True)
class PreparedImage:
    """The file to upload: a neutral name in ``dest_dir``, never the person's file name."""

    path: Path
    mime_type: str
    width: int
    height: int


def _has_transparency(image: QImage) -> bool:
    """True when any pixel is not fully opaque (an alpha channel alone is not enough)."""
    if not image.hasAlphaChannel():
        return False
    alpha = image.convertToFormat(QImage.Format.Format_Alpha8)
    width, stride = alpha.width(), alpha.bytesPerLine()
    data = bytes(alpha.constBits())  # type: ignore[call-overload]
    rows = b"".join(data[y * stride : y * stride + width] for y in range(alpha.height()))
    return rows.count(255) != len(rows)


def _encode(image: QImage, fmt: str) -> bytes:
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6's stub types the format as bytes, but the binding accepts only str.
    ok = image.save(buffer, fmt, JPEG_QUALITY if fmt == "JPEG" else -1)  # type: ignore[call-overload]
    buffer.close()
    if not ok:
        raise ImageError("The image could not be converted for upload.")
    return bytes(array.data())


def _write_neutral(data: bytes, dest_dir: Path, suffix: str) -> Path:
    """Write ``data`` as ``<sha256-prefix><suffix>``: no trace of the person's file name."""
    dest_dir.mkdir(parents=True, exist_ok=True)
    target = dest_dir / f"{hashlib.sha256(data).hexdigest()[:20]}{suffix}"
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


def prepare_for_upload(path: Path, dest_dir: Path, *, subject: str = "The image") -> PreparedImage:
    """The bytes to upload for ``path``, written to ``dest_dir`` under a neutral name.

    A JPEG/PNG that is upright, at most 10 MB and at most 3840 px long is copied unchanged
    (no needless loss of quality). Anything else is turned upright (EXIF orientation),
    scaled to at most 3840 px on the long side and re-encoded: JPEG at quality 92, or PNG
    when it has transparent pixels. Raises :class:`ImageError` with plain words when the
    image cannot be used. Blocking (decodes and encodes the whole image): run it in a
    worker thread, e.g. ``await asyncio.to_thread(prepare_for_upload, path, dest_dir)``.
    """
    path = Path(path)
    check = inspect_image(path, subject=subject)
    if not check.ok:
        raise ImageError(check.problems[0])
    try:
        if not check.needs_preparation:
            return _copy_without_metadata(path, check, dest_dir)
        return _reencode(path, check, dest_dir, subject)
    except OSError as exc:
        log.warning("cannot prepare %s: %s", path, exc)
        raise ImageError(
            f"{subject} could not be prepared for upload: {exc.strerror or 'a disk error'}."
        ) from exc


def _copy_without_metadata(path: Path, check: ImageCheck, dest_dir: Path) -> PreparedImage:
    """An upload-ready JPEG/PNG as it is, but for its metadata."""
    data = path.read_bytes()
    suffix, mime = (".jpg", "image/jpeg") if check.format == "jpeg" else (".png", "image/png")
    # Privacy: a phone photo's EXIF can hold where it was taken. Drop it, losslessly.
    data = strip_jpeg(data) if check.format == "jpeg" else strip_png(data)
    return PreparedImage(_write_neutral(data, dest_dir, suffix), mime, check.width, check.height)


def _reencode(path: Path, check: ImageCheck, dest_dir: Path, subject: str) -> PreparedImage:
    """The picture upright, at most MAX_LONG_SIDE long, re-encoded under the upload limit."""
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

    if _has_transparency(image):
        fmt, suffix, mime = "PNG", ".png", "image/png"
        image = image.convertToFormat(QImage.Format.Format_ARGB32)
    else:
        fmt, suffix, mime = "JPEG", ".jpg", "image/jpeg"
        image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = _encode(image, fmt)
    while len(data) > MAX_UPLOAD_BYTES:  # rare: noisy PNGs, extreme detail
        smaller = image.size() * 0.8
        if min(smaller.width(), smaller.height()) < MIN_SHORT_SIDE:
            raise ImageError(
                f"{subject} could not be made smaller than {megabytes(MAX_UPLOAD_BYTES)}."
            )
        image = image.scaled(
            smaller,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        data = _encode(image, fmt)
    return PreparedImage(
        _write_neutral(data, dest_dir, suffix), mime, image.width(), image.height()
    )
