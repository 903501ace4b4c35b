"""Pictures of the kinds the fixer mends, written on the spot: colour patches (to measure
colours after a conversion), CMYK JPEGs, 16-bit PNGs with a colour profile, phone photos
with a place and a camera in their EXIF, panoramas with bands of colour (to tell which
part a crop kept), and colour maths (CIE Lab, ΔE) to judge conversions independently of Qt.
"""

from __future__ import annotations

import math
import struct
from pathlib import Path

from PySide6.QtGui import QColor, QColorSpace, QImage, QPainter

from tests.images import encode

#: Flat patches, in a 3 × 2 grid: skin, sky, grass, brick, grey, yellow.
PATCHES = (
    (224, 172, 140),
    (90, 140, 200),
    (100, 150, 90),
    (170, 70, 50),
    (128, 128, 128),
    (230, 200, 60),
)
BANDS = (  # a panorama's five bands, left to right
    (220, 40, 40),
    (240, 160, 30),
    (40, 170, 60),
    (40, 90, 220),
    (150, 50, 170),
)


def patch_centres(width: int, height: int) -> list[tuple[int, int]]:
    cell_w, cell_h = width // 3, height // 2
    return [(cell_w * (i % 3) + cell_w // 2, cell_h * (i // 3) + cell_h // 2) for i in range(6)]


def patches_image(width: int = 600, height: int = 400, fmt=QImage.Format.Format_RGB32) -> QImage:
    """Six flat patches of :data:`PATCHES` (``fmt``: 16-bit formats keep 16-bit values)."""
    image = QImage(width, height, fmt)
    cell_w, cell_h = width // 3, height // 2
    painter = QPainter(image)
    for index, rgb in enumerate(PATCHES):
        x, y = cell_w * (index % 3), cell_h * (index // 3)
        painter.fillRect(x, y, cell_w + 3, cell_h + 3, QColor(*rgb))
    painter.end()
    return image


def write_cmyk_jpeg(path: Path) -> Path:
    """The patches as a CMYK JPEG, as a print shop's file is."""
    cmyk = patches_image().convertToFormat(QImage.Format.Format_CMYK8888)
    assert cmyk.format() == QImage.Format.Format_CMYK8888
    path.write_bytes(encode(cmyk, "JPEG", 95))
    return path


def write_deep_png(path: Path, space: QColorSpace.NamedColorSpace | None = None) -> Path:
    """The patches as a 16-bit PNG, tagged with the colour profile ``space``."""
    image = patches_image(fmt=QImage.Format.Format_RGBX64)
    if space is not None:
        image.setColorSpace(QColorSpace(space))
    path.write_bytes(encode(image, "PNG"))
    assert png_bit_depth(path.read_bytes()) == 16
    return path


def png_bit_depth(data: bytes) -> int:
    """The bit depth in a PNG's header (IHDR)."""
    assert data[12:16] == b"IHDR"
    return data[24]


def panorama(width: int = 3000, height: int = 400) -> QImage:
    """Five vertical bands of :data:`BANDS`, left to right."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    band = width // len(BANDS)
    for index, rgb in enumerate(BANDS):
        painter.fillRect(index * band, 0, band + 1, height, QColor(*rgb))
    painter.end()
    return image


def exif_block(*, orientation: int = 1, gps: bool = False, camera: bool = False) -> bytes:
    """An EXIF APP1 payload ("Exif\\0\\0" + big-endian TIFF) with an orientation tag and,
    when asked, a camera's make and model and a GPS position (latitude 48° 51' 30" N)."""
    make, model = b"Pixelphone\x00", b"PP-9 Pro\x00"
    entries = 1 + (2 if camera else 0) + (1 if gps else 0)
    data_at = 8 + 2 + 12 * entries + 4
    ifd0, data = [], b""
    if camera:
        ifd0.append(struct.pack(">HHII", 0x010F, 2, len(make), data_at + len(data)))
        data += make
        ifd0.append(struct.pack(">HHII", 0x0110, 2, len(model), data_at + len(data)))
        data += model
    ifd0.append(struct.pack(">HHIHH", 0x0112, 3, 1, orientation, 0))
    if gps:
        gps_at = data_at + len(data)
        values_at = gps_at + 2 + 12 * 2 + 4
        ifd0.append(struct.pack(">HHII", 0x8825, 4, 1, gps_at))
        data += struct.pack(">H", 2)
        data += struct.pack(">HHI4s", 0x0001, 2, 2, b"N\x00\x00\x00")
        data += struct.pack(">HHII", 0x0002, 5, 3, values_at) + b"\0\0\0\0"
        data += struct.pack(">6I", 48, 1, 51, 1, 30, 1)
    ifd0.sort()  # tags in ascending order, as TIFF wants
    tiff = b"MM\x00*" + struct.pack(">IH", 8, entries) + b"".join(ifd0) + b"\0\0\0\0" + data
    return b"Exif\x00\x00" + tiff


def with_exif(jpeg: bytes, payload: bytes) -> bytes:
    """``jpeg`` with the APP1 ``payload`` right after its start marker."""
    return jpeg[:2] + b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload + jpeg[2:]


def phone_photo(path: Path, width: int = 800, height: int = 600, **exif: object) -> Path:
    """A JPEG as a phone writes it: EXIF with (by default) a place and a camera."""
    from tests.images import make_image

    block = exif_block(**{"gps": True, "camera": True, **exif})  # type: ignore[arg-type]
    path.write_bytes(with_exif(encode(make_image(width, height), "JPEG", 92), block))
    return path


# -- colour maths, independent of Qt: a conversion is judged, not repeated ---------------

_SRGB_TO_XYZ = ((0.4124, 0.3576, 0.1805), (0.2126, 0.7152, 0.0722), (0.0193, 0.1192, 0.9505))
_ADOBE_TO_XYZ = ((0.5767, 0.1856, 0.1882), (0.2974, 0.6273, 0.0753), (0.0270, 0.0707, 0.9911))
_WHITE = (0.95047, 1.0, 1.08883)


def _srgb_linear(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def _lab(xyz: tuple[float, float, float]) -> tuple[float, float, float]:
    def f(t: float) -> float:
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    fx, fy, fz = (f(v / w) for v, w in zip(xyz, _WHITE, strict=True))
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def _xyz(matrix, linear: tuple[float, float, float]) -> tuple[float, float, float]:
    return tuple(sum(m * c for m, c in zip(row, linear, strict=True)) for row in matrix)  # type: ignore[return-value]


def lab_of_srgb(rgb: tuple[int, int, int]) -> tuple[float, float, float]:
    return _lab(_xyz(_SRGB_TO_XYZ, tuple(_srgb_linear(c / 255) for c in rgb)))  # type: ignore[arg-type]


def lab_of_adobe_rgb(rgb: tuple[int, int, int]) -> tuple[float, float, float]:
    gamma = 563 / 256
    return _lab(_xyz(_ADOBE_TO_XYZ, tuple((c / 255) ** gamma for c in rgb)))  # type: ignore[arg-type]


def delta_e(a: tuple[float, float, float], b: tuple[float, float, float]) -> float:
    """CIE76 ΔE: about 2.3 is the smallest difference a person notices side by side."""
    return math.dist(a, b)
