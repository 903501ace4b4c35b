"""Image preflight: check a person's photo before it is uploaded.

Kling's published input limits (short side at least 300 px, aspect ratio between 1:2.5 and
2.5:1, at most 10 MB, JPEG or PNG) are checked here, on the person's computer, so that a
picture that would fail never costs an upload or a paid task. What can be fixed without
asking (too big, WebP/GIF, a photo stored sideways with an EXIF orientation tag) becomes a
*warning*, fixed when the job is sent (``upload_image``); what cannot (too small, too
narrow, not a picture) is an *error* in words a person understands.

Only QtGui's image classes are used (``QImage``, ``QImageReader``); they are reentrant, so
every function here may run in a worker thread, e.g. through ``asyncio.to_thread``. All of
them block while they read the file: never call them on the GUI thread for a large image.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader

from poyo_desktop.core.wording import translate
from poyo_desktop.services.image_integrity import is_complete
from poyo_desktop.services.image_limits import (
    MAX_LONG_SIDE,
    MAX_UPLOAD_BYTES,
    SUPPORTED_FORMATS,
    UPLOADABLE_FORMATS,
    change_words,
    damaged,
    shape_problems,
    upload_warnings,
)
from poyo_desktop.services.metadata import MetadataFacts, read_metadata_facts
from poyo_desktop.services.normalise import ColourFacts, colour_facts

log = logging.getLogger(__name__)

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
    never block. ``ok`` is true exactly when there are no problems. ``fixable``: the
    problems are only its shape, size or format, which the fixer can mend (crop, bars,
    resize, convert). ``colour`` and ``metadata`` say what preparation will change.
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
    fixable: bool = False
    colour: ColourFacts = field(default_factory=ColourFacts)
    metadata: MetadataFacts = field(default_factory=MetadataFacts)

    @property
    def oversized(self) -> bool:
        """Over the upload limit in bytes, or longer than is worth sending."""
        return self.file_size > MAX_UPLOAD_BYTES or max(self.width, self.height) > MAX_LONG_SIDE

    @property
    def needs_preparation(self) -> bool:
        """Whether the bytes must be re-encoded rather than uploaded as they are."""
        return (
            self.format not in UPLOADABLE_FORMATS
            or self.exif_rotated
            or self.oversized
            or self.colour.needs_conversion
        )

    def changes(self, *, keep_metadata: bool) -> list[str]:
        """What preparation changes in its colours and metadata ("converted from CMYK")."""
        return change_words(
            cmyk=self.colour.cmyk,
            deep=self.colour.deep,
            profile=self.colour.profile,
            location=self.metadata.location,
            camera=self.metadata.camera,
            keep_metadata=keep_metadata,
        )

    def size_text(self) -> str:
        """e.g. "1920 × 1080" (empty when the size is unknown)."""
        return f"{self.width} × {self.height}" if self.width and self.height else ""


def image_reader(path: Path) -> QImageReader:
    """A reader that trusts the bytes, not the extension, and turns photos upright."""
    reader = QImageReader(str(path))
    reader.setDecideFormatFromContent(True)
    reader.setAutoTransform(True)
    return reader


def swaps_sides(transformation: QImageIOHandler.Transformation) -> bool:
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

    reader = image_reader(path)
    if not reader.canRead():
        return ImageCheck(
            path=path,
            ok=False,
            file_size=file_size,
            problems=[
                translate(
                    "ImageLimits", "{subject} is not a picture, or the file is damaged."
                ).format(subject=subject)
            ],
        ), QImage()
    fmt = _format_name(reader)
    problems = _format_problems(fmt, subject)

    raw = reader.size()
    stored_format = reader.imageFormat()
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
        fixable=bool(problems),  # by now only its shape or format (the rest returned early)
        colour=colour_facts(stored_format, decoded.colorSpace()),
        metadata=_metadata(path, fmt),
    ), decoded


def _format_problems(fmt: str, subject: str) -> list[str]:
    """A kind of picture PoYo does not take, named when Qt knows its name."""
    if fmt in SUPPORTED_FORMATS:
        return []
    if fmt:
        return [
            translate(
                "ImageLimits",
                "{subject} is a {format} file, which PoYo does not take. Save it as JPEG or "
                "PNG and try again.",
            ).format(subject=subject, format=fmt.upper())
        ]
    return [
        translate(
            "ImageLimits",
            "{subject} is a kind of file PoYo does not take. Save it as JPEG or PNG and try again.",
        ).format(subject=subject)
    ]


def _metadata(path: Path, fmt: str) -> MetadataFacts:
    """What the file's metadata tells of the person (nothing, when it cannot be read)."""
    try:
        return read_metadata_facts(path, fmt)
    except OSError as exc:
        log.info("cannot read the metadata of %s: %s", path, exc)
        return MetadataFacts()


def _upright_size(
    raw: QSize, transformation: QImageIOHandler.Transformation, decoded: QImage
) -> tuple[int, int]:
    """Width and height as displayed: the stored size turned upright, when the header told it."""
    if not raw.isValid():  # the header does not tell the size: the decoded image is full size
        return decoded.width(), decoded.height()
    if swaps_sides(transformation):
        return raw.height(), raw.width()
    return raw.width(), raw.height()


def _file_size(path: Path, subject: str) -> tuple[int, str | None]:
    """The file's size, or 0 and why it cannot be used before it is even decoded."""
    try:
        if path.is_dir():
            return 0, _said(
                translate("ImageLimits", "{subject} is a folder, not a picture."), subject
            )
        file_size = path.stat().st_size
        with path.open("rb") as handle:
            handle.read(1)
    except FileNotFoundError:
        return 0, _said(
            translate(
                "ImageLimits", "{subject} could not be found. Was the file moved or deleted?"
            ),
            subject,
        )
    except PermissionError:
        return 0, _said(
            translate(
                "ImageLimits", "{subject} could not be opened: this account may not read the file."
            ),
            subject,
        )
    except OSError as exc:
        log.info("cannot read %s: %s", path, exc)
        return 0, _said(
            translate("ImageLimits", "{subject} could not be read from the disk."), subject
        )
    if file_size == 0:
        return 0, _said(translate("ImageLimits", "{subject} is an empty file."), subject)
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
            return decoded, translate(
                "ImageLimits",
                "{subject} is too large to open ({width} × {height} px). Make it smaller in a "
                "photo editor and try again.",
            ).format(subject=subject, width=raw.width(), height=raw.height())
        return decoded, damaged(subject)
    if not _whole(path, fmt):  # Qt decoded a cut-off JPEG or GIF, filling the rest in grey
        return decoded, damaged(subject, part=True)
    return decoded, None


def load_thumbnail(path: Path, max_side: int) -> QImage:
    """``path`` upright and at most ``max_side`` px on its long side; null when unreadable.

    Decodes at the reduced size where the format allows it (JPEG), so a 40-megapixel photo
    costs milliseconds, not a second. Blocking: call it from a worker thread for big files.
    """
    reader = image_reader(Path(path))
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


def _said(text: str, subject: str) -> str:
    return text.format(subject=subject)
