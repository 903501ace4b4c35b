"""Make a decoded picture what every service renders the same way: 8-bit sRGB, in a file
under the upload limit, with as little lost as that allows.

Kling, like most image services, reads a picture's numbers as sRGB. A CMYK JPEG (a print
file), a 16-bit PNG (an export from a photo editor) or a photo tagged with another colour
profile (Adobe RGB from a camera, Display P3 from a phone) is refused by some, and shown
with wrong colours by others. Qt reads all three and converts them with the file's own
profile (``QImage.convertToColorSpace``), so no other library is needed.

Encoding looks for the least loss that fits: a lossless PNG where the picture was lossless
and fits, else a JPEG at the highest quality that fits, and only then a smaller picture.

Reentrant Qt image classes only: everything here may run in a worker thread, and should
(a 12-megapixel picture takes a few hundred milliseconds).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColorSpace, QImage

from poyo_desktop.services.image_limits import MAX_UPLOAD_BYTES, MIN_SHORT_SIDE

__all__ = [
    "ColourFacts",
    "Encoded",
    "colour_facts",
    "encode_under_limit",
    "has_transparency",
    "to_srgb8",
]

#: Quality of the first try, and the lowest before the picture is made smaller instead.
BEST_QUALITY, LOWEST_QUALITY = 95, 80
_DEEP = frozenset(
    {
        QImage.Format.Format_RGBX64,
        QImage.Format.Format_RGBA64,
        QImage.Format.Format_RGBA64_Premultiplied,
        QImage.Format.Format_Grayscale16,
        QImage.Format.Format_RGBX16FPx4,
        QImage.Format.Format_RGBA16FPx4,
        QImage.Format.Format_RGBA16FPx4_Premultiplied,
        QImage.Format.Format_RGBX32FPx4,
        QImage.Format.Format_RGBA32FPx4,
        QImage.Format.Format_RGBA32FPx4_Premultiplied,
        QImage.Format.Format_BGR30,
        QImage.Format.Format_RGB30,
        QImage.Format.Format_A2BGR30_Premultiplied,
        QImage.Format.Format_A2RGB30_Premultiplied,
    }
)
_SRGB = QColorSpace(QColorSpace.NamedColorSpace.SRgb)


@dataclass(frozen=True, slots=True)
class ColourFacts:
    """How a picture's colours are stored, when that is not already 8-bit sRGB."""

    cmyk: bool = False  # print colours (cyan, magenta, yellow, black)
    deep: bool = False  # more than 8 bits a channel (16-bit PNG, floating point)
    profile: str = ""  # the colour profile's name, when it is not sRGB ("Adobe RGB")

    @property
    def needs_conversion(self) -> bool:
        return self.cmyk or self.deep or bool(self.profile)


def colour_facts(stored: QImage.Format, space: QColorSpace) -> ColourFacts:
    """The facts of a picture Qt decodes to ``stored`` with colour profile ``space``."""
    return ColourFacts(
        cmyk=stored == QImage.Format.Format_CMYK8888
        or space.colorModel() == QColorSpace.ColorModel.Cmyk,
        deep=stored in _DEEP,
        profile="" if _is_srgb(space) else (space.description() or "another colour profile"),
    )


def _is_srgb(space: QColorSpace) -> bool:
    """No profile, a grey one, or sRGB's colours with sRGB's curve or the 2.2 gamma that
    approximates it (PNG's usual gAMA chunk): converting those would change nothing seen."""
    if not space.isValid() or space.colorModel() == QColorSpace.ColorModel.Gray:
        return True
    if space == _SRGB or space.description().lower().startswith("srgb"):
        return True
    curve = space.transferFunction()
    near_srgb_curve = curve == QColorSpace.TransferFunction.SRgb or (
        curve == QColorSpace.TransferFunction.Gamma and abs(space.gamma() - 2.2) < 0.05
    )
    return space.primaries() == QColorSpace.Primaries.SRgb and near_srgb_curve


def has_transparency(image: QImage) -> bool:
    """True when any pixel is not fully opaque (an alpha channel alone is not enough)."""
    if not image.hasAlphaChannel():
        return False
    alpha = image.convertToFormat(QImage.Format.Format_Alpha8)
    width, stride = alpha.width(), alpha.bytesPerLine()
    data = bytes(alpha.constBits())  # type: ignore[call-overload]
    rows = b"".join(data[y * stride : y * stride + width] for y in range(alpha.height()))
    return rows.count(255) != len(rows)


def to_srgb8(image: QImage, *, keep_alpha: bool) -> QImage:
    """``image`` as 8-bit sRGB (ARGB32 with ``keep_alpha``, else RGB32), its colour profile
    applied: CMYK and deep colours converted, other profiles mapped onto sRGB."""
    target = QImage.Format.Format_ARGB32 if keep_alpha else QImage.Format.Format_RGB32
    space = image.colorSpace()
    if space.isValid() and not _is_srgb(space):
        converted = image.convertedToColorSpace(_SRGB, target)
        if not converted.isNull():
            return converted
    if image.format() == target:
        return image
    converted = image.convertToFormat(target)
    if space.isValid() and space.colorModel() != QColorSpace.ColorModel.Cmyk:
        converted.setColorSpace(space)
    return converted


@dataclass(frozen=True, slots=True)
class Encoded:
    """A picture's bytes, how they were made, and its size in pixels."""

    data: bytes
    fmt: str  # "JPEG" or "PNG"
    quality: int  # JPEG quality; 100 for a PNG
    width: int
    height: int

    @property
    def suffix(self) -> str:
        return ".png" if self.fmt == "PNG" else ".jpg"

    @property
    def mime_type(self) -> str:
        return "image/png" if self.fmt == "PNG" else "image/jpeg"


def encode(image: QImage, fmt: str, quality: int = -1) -> bytes:
    """``image`` as ``fmt`` ("JPEG", "PNG"); raises :class:`ValueError` when Qt cannot."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6's stub types the format as bytes, but the binding accepts only str.
    ok = image.save(buffer, fmt, quality)  # type: ignore[call-overload]
    buffer.close()
    if not ok:
        raise ValueError(f"Qt could not write {fmt}")
    return bytes(array.data())


def encode_under_limit(
    image: QImage, *, lossless: bool, transparent: bool, limit: int = MAX_UPLOAD_BYTES
) -> Encoded:
    """``image`` (8-bit, see :func:`to_srgb8`) in at most ``limit`` bytes, losing the least.

    A ``transparent`` picture stays PNG, made smaller until it fits. Else a ``lossless``
    one (a PNG, a GIF, a screenshot) is tried as PNG first; then JPEG at the highest
    quality from 95 down to 80 that fits; under that the picture is made smaller, the
    quality starting at 95 again. Raises :class:`ValueError` when even a picture at the
    smallest size Kling takes does not fit."""
    while True:
        if transparent or lossless:
            png = encode(image, "PNG")
            if len(png) <= limit:
                return Encoded(png, "PNG", 100, image.width(), image.height())
            if transparent:
                image = _smaller(image, len(png), limit)
                continue
        found = _best_jpeg(image, limit)
        if found is not None:
            return found
        image = _smaller(image, len(encode(image, "JPEG", LOWEST_QUALITY)), limit)


def _best_jpeg(image: QImage, limit: int) -> Encoded | None:
    """The highest quality from BEST_QUALITY down to LOWEST_QUALITY that fits (a binary
    search: four or five encodes at most); None when none does."""
    best = encode(image, "JPEG", BEST_QUALITY)
    if len(best) <= limit:
        return Encoded(best, "JPEG", BEST_QUALITY, image.width(), image.height())
    low, high, found = LOWEST_QUALITY, BEST_QUALITY - 1, None
    while low <= high:
        quality = (low + high) // 2
        data = encode(image, "JPEG", quality)
        if len(data) <= limit:
            found = Encoded(data, "JPEG", quality, image.width(), image.height())
            low = quality + 1
        else:
            high = quality - 1
    return found


def _smaller(image: QImage, size: int, limit: int) -> QImage:
    """``image`` scaled so its file would be about 90 % of ``limit`` (a file's size
    follows its pixel count); ValueError below Kling's smallest size."""
    factor = min(0.9, math.sqrt(limit / size) * 0.95)
    width, height = round(image.width() * factor), round(image.height() * factor)
    if min(width, height) < MIN_SHORT_SIDE:
        raise ValueError("the picture cannot be made small enough")
    return image.scaled(
        width,
        height,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
