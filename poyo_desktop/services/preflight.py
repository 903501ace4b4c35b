"""Image preflight: check a person's photo before it is uploaded, and prepare it for upload.

Kling's published input limits (short side at least 300 px, aspect ratio between 1:2.5 and
2.5:1, at most 10 MB, JPEG or PNG) are checked here, on the person's computer, so that a
picture that would fail never costs an upload or a paid task. What can be fixed without
asking (too big, WebP/GIF, a photo stored sideways with an EXIF orientation tag) becomes a
*warning* and is fixed by :func:`prepare_for_upload`; what cannot (too small, too narrow,
not a picture) is an *error* in words a person understands.

Only QtGui's image classes are used (``QImage``, ``QImageReader``); they are reentrant, so
every function here may run in a worker thread, e.g. through ``asyncio.to_thread``. All of
them block while they read the file: never call them on the GUI thread for a large image.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader

from poyo_desktop.services.image_integrity import is_complete
from poyo_desktop.services.image_limits import (
    MAX_LONG_SIDE,
    MAX_UPLOAD_BYTES,
    MIN_SHORT_SIDE,
    SUPPORTED_FORMATS,
    UPLOADABLE_FORMATS,
    damaged,
    megabytes,
    shape_problems,
    upload_warnings,
)
from poyo_desktop.services.metadata import strip_jpeg, strip_png

log = logging.getLogger(__name__)

JPEG_QUALITY = 92
#: File-name filter for open dialogs: the formats of image_limits.SUPPORTED_FORMATS.
FILE_DIALOG_FILTER = "Images (*.png *.jpg *.jpeg *.webp *.gif)"
#: Extensions a dropped or pasted file may carry (checked again by content later).
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".jpe", ".jfif", ".webp", ".gif"})

_CHECK_DECODE_SIDE = 512  # decode this small to prove the file is readable (fast for JPEG)


class ImageError(Exception):
    """An image cannot be used or prepared; ``message`` is plain words, safe to show."""

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class ImageCheck:
    """What :func:`inspect_image` found. ``width``/``height`` are as displayed (upright).

    ``problems`` block the image (errors); ``warnings`` are things preparation fixes and
    never block. ``ok`` is true exactly when there are no problems.
    """

    path: Path
    ok: bool
    width: int = 0
    height: int = 0
    format: str = ""  # Qt's name: "jpeg", "png", "gif", "webp", … ("" when unknown)
    file_size: int = 0
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    exif_rotated: bool = False  # stored sideways or mirrored; upright only after transform

    @property
    def needs_preparation(self) -> bool:
        """Whether the bytes must be re-encoded rather than uploaded as they are."""
        return (
            self.format not in UPLOADABLE_FORMATS
            or self.exif_rotated
            or self.file_size > MAX_UPLOAD_BYTES
            or max(self.width, self.height) > MAX_LONG_SIDE
        )

    def size_text(self) -> str:
        """e.g. "1920 × 1080" (empty when the size is unknown)."""
        return f"{self.width} × {self.height}" if self.width and self.height else ""


@dataclass(frozen=True)
class PreparedImage:
    """The file to upload: a neutral name in ``dest_dir``, never the person's file name."""

    path: Path
    mime_type: str
    width: int
    height: int


def _reader(path: Path) -> QImageReader:
    """A reader that trusts the bytes, not the extension, and turns photos upright."""
    reader = QImageReader(str(path))
    reader.setDecideFormatFromContent(True)
    reader.setAutoTransform(True)
    return reader


def _swaps_sides(transformation: QImageIOHandler.Transformation) -> bool:
    return bool(transformation & QImageIOHandler.Transformation.TransformationRotate90)


def _whole(path: Path, fmt: str) -> bool:
    """Whether the file holds the whole picture (see services/image_integrity.py)."""
    try:
        return is_complete(path, fmt)
    except OSError as exc:  # read a moment ago: gone or locked since
        log.info("cannot read %s again: %s", path, exc)
        return False


def inspect_image(path: Path, *, subject: str = "The image") -> ImageCheck:
    """Check one image file against Kling's input limits.

    Blocking (reads and decodes a small version of the image): run it in a worker thread,
    e.g. ``await asyncio.to_thread(inspect_image, path)``. Never raises for a bad file:
    every failure becomes a sentence in ``problems``, starting with ``subject`` (so a form
    can say "The start image is too small …").
    """
    return _inspect(Path(path), subject)[0]


def inspect_with_thumbnail(
    path: Path, max_side: int, *, subject: str = "The image"
) -> tuple[ImageCheck, QImage]:
    """:func:`inspect_image`, and the picture upright and at most ``max_side`` px long
    (null when it cannot be used), made from the check's own decode: a big PNG or WebP,
    which cannot be decoded small, is decoded once per drop, not twice. Blocking."""
    check, decoded = _inspect(Path(path), subject)
    if not check.width or decoded.isNull():
        return check, QImage()
    if max(check.width, check.height) > max_side > max(decoded.width(), decoded.height()):
        return check, load_thumbnail(path, max_side)  # wanted sharper than the check decoded
    return check, _fit(decoded, max_side)


def _inspect(path: Path, subject: str) -> tuple[ImageCheck, QImage]:
    """The check, and the picture as decoded for it (upright, at most _CHECK_DECODE_SIDE
    long; null when the check ended before decoding)."""
    file_size, unreadable = _file_size(path, subject)
    if unreadable:
        return ImageCheck(path=path, ok=False, problems=[unreadable]), QImage()

    reader = _reader(path)
    if not reader.canRead():
        return ImageCheck(
            path=path,
            ok=False,
            file_size=file_size,
            problems=[f"{subject} is not a picture, or the file is damaged."],
        ), QImage()
    fmt = _format_name(reader)
    problems: list[str] = []
    if fmt not in SUPPORTED_FORMATS:
        problems.append(
            f"{subject} is a {fmt.upper() or 'kind of'} file, which PoYo does not take. "
            "Save it as JPEG or PNG and try again."
        )

    raw = reader.size()
    transformation = reader.transformation()
    exif_rotated = transformation != QImageIOHandler.Transformation.TransformationNone
    animated = fmt == "gif" and reader.imageCount() > 1

    decoded, damage = _decode_small(reader, raw, path, fmt, subject)
    if damage:
        return ImageCheck(
            path=path, ok=False, format=fmt, file_size=file_size, problems=[*problems, damage]
        ), QImage()

    width, height = _upright_size(raw, transformation, decoded)
    problems += shape_problems(subject, width, height)
    warnings = upload_warnings(
        subject, file_size, fmt, width, height, animated=animated, exif_rotated=exif_rotated
    )
    return ImageCheck(
        path=path,
        ok=not problems,
        width=width,
        height=height,
        format=fmt,
        file_size=file_size,
        problems=problems,
        warnings=warnings,
        exif_rotated=exif_rotated,
    ), decoded


def _upright_size(
    raw: QSize, transformation: QImageIOHandler.Transformation, decoded: QImage
) -> tuple[int, int]:
    """Width and height as displayed: the stored size turned upright, when the header told it."""
    if not raw.isValid():  # the header does not tell the size: the decoded image is full size
        return decoded.width(), decoded.height()
    if _swaps_sides(transformation):
        return raw.height(), raw.width()
    return raw.width(), raw.height()


def _file_size(path: Path, subject: str) -> tuple[int, str | None]:
    """The file's size, or 0 and why it cannot be used before it is even decoded."""
    try:
        if path.is_dir():
            return 0, f"{subject} is a folder, not a picture."
        file_size = path.stat().st_size
        with path.open("rb") as handle:
            handle.read(1)
    except FileNotFoundError:
        return 0, f"{subject} could not be found. Was the file moved or deleted?"
    except PermissionError:
        return 0, f"{subject} could not be opened: this account may not read the file."
    except OSError as exc:
        log.info("cannot read %s: %s", path, exc)
        return 0, f"{subject} could not be read from the disk."
    if file_size == 0:
        return 0, f"{subject} is an empty file."
    return file_size, None


def _format_name(reader: QImageReader) -> str:
    """Qt's name for the file's format, by its content ("jpeg", "png", …; "" unknown)."""
    fmt = bytes(reader.format().data()).decode("ascii", "replace").lower()
    return "jpeg" if fmt == "jpg" else fmt


def _decode_small(
    reader: QImageReader, raw: QSize, path: Path, fmt: str, subject: str
) -> tuple[QImage, str | None]:
    """The picture decoded small, and why it is unusable (damaged, too large) or None.

    Every byte of image data is still read (libjpeg scales while it decodes; the others
    decode in full, then scale), at a fraction of the memory. Where a decoder fills a
    cut-off file in silently, _whole() tells. ``raw`` is the stored size, as read.
    """
    if raw.isValid() and max(raw.width(), raw.height()) > _CHECK_DECODE_SIDE:
        reader.setScaledSize(
            raw.scaled(_CHECK_DECODE_SIDE, _CHECK_DECODE_SIDE, Qt.AspectRatioMode.KeepAspectRatio)
        )
    decoded = reader.read()
    if decoded.isNull():
        log.info("cannot decode %s: %s", path, reader.errorString())
        limit_bytes = QImageReader.allocationLimit() * 1024 * 1024
        if raw.isValid() and limit_bytes and raw.width() * raw.height() * 4 > limit_bytes:
            return decoded, (
                f"{subject} is too large to open ({raw.width()} × "
                f"{raw.height()} px). Make it smaller in a photo editor and "
                "try again."
            )
        return decoded, damaged(subject)
    if not _whole(path, fmt):  # Qt decoded a cut-off JPEG or GIF, filling the rest in grey
        return decoded, damaged(subject, part=True)
    return decoded, None


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
    reader = _reader(path)
    upright = QSize(check.width, check.height)
    if max(check.width, check.height) > MAX_LONG_SIDE:
        upright = upright.scaled(MAX_LONG_SIDE, MAX_LONG_SIDE, Qt.AspectRatioMode.KeepAspectRatio)
        # The scaled size is applied before the EXIF transform, in stored orientation.
        stored = upright.transposed() if _swaps_sides(reader.transformation()) else upright
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


def load_thumbnail(path: Path, max_side: int) -> QImage:
    """``path`` upright and at most ``max_side`` px on its long side; null when unreadable.

    Decodes at the reduced size where the format allows it (JPEG), so a 40-megapixel photo
    costs milliseconds, not a second. Blocking: call it from a worker thread for big files.
    """
    reader = _reader(Path(path))
    raw = reader.size()
    if raw.isValid() and max(raw.width(), raw.height()) > max_side:
        # A square bound is the same in stored and upright orientation.
        reader.setScaledSize(raw.scaled(max_side, max_side, Qt.AspectRatioMode.KeepAspectRatio))
    return _fit(reader.read(), max_side)


def _fit(image: QImage, max_side: int) -> QImage:
    """``image`` scaled down smoothly to at most ``max_side`` px on its long side."""
    if image.isNull() or max(image.width(), image.height()) <= max_side:
        return image
    return image.scaled(
        max_side,
        max_side,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
