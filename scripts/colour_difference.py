"""How far apart two pictures' colours are, as a person would judge them: CIE Lab and
ΔE (1976 and 2000) on a small grid of both.

Each picture is first turned into linear sRGB floats by Qt's colour management, with its
own profile (a CMYK press profile, Display P3, none meaning sRGB), in the extended range a
float keeps, so colours outside sRGB are not clipped before they are measured. From there
the maths is plain and Qt-free: XYZ (D65), Lab, ΔE. About 1 is the smallest difference
seen side by side; over 5, two patches look like different colours.
"""

from __future__ import annotations

import math
import struct
from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColorSpace, QImage

Lab = tuple[float, float, float]

_LINEAR = QColorSpace(QColorSpace.Primaries.SRgb, QColorSpace.TransferFunction.Linear)
_SRGB = QColorSpace(QColorSpace.NamedColorSpace.SRgb)
_TO_XYZ = ((0.4124, 0.3576, 0.1805), (0.2126, 0.7152, 0.0722), (0.0193, 0.1192, 0.9505))
_WHITE = (0.95047, 1.0, 1.08883)


@dataclass(frozen=True)
class Difference:
    """ΔE between two pictures over a grid: the mean and the worst cell."""

    mean76: float
    max76: float
    mean2000: float
    max2000: float


def grid_lab(image: QImage, columns: int, rows: int, crop: QRect | None = None) -> list[Lab]:
    """``image`` (``crop`` of it) averaged down to ``columns`` × ``rows`` cells, each
    cell's colour in Lab. A picture without a profile is taken as sRGB."""
    if crop is not None:
        image = image.copy(crop)
    if not image.colorSpace().isValid():
        image = image.copy()
        image.setColorSpace(_SRGB)
    linear = image.convertedToColorSpace(_LINEAR, QImage.Format.Format_RGBX32FPx4)
    small = linear.scaled(
        columns,
        rows,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    data = bytes(small.constBits())  # type: ignore[call-overload]
    stride = small.bytesPerLine()
    cells: list[Lab] = []
    for y in range(rows):
        for x in range(columns):
            r, g, b, _x = struct.unpack_from("4f", data, y * stride + x * 16)
            cells.append(lab((r, g, b)))
    return cells


def lab(linear_rgb: tuple[float, float, float]) -> Lab:
    """CIE Lab (D65) of a linear sRGB colour (values outside 0..1 allowed)."""
    xyz = [sum(m * c for m, c in zip(row, linear_rgb, strict=True)) for row in _TO_XYZ]

    def f(t: float) -> float:
        return math.copysign(abs(t) ** (1 / 3), t) if t > (6 / 29) ** 3 else t / 0.128418 + 4 / 29

    fx, fy, fz = (f(v / w) for v, w in zip(xyz, _WHITE, strict=True))
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def delta_e76(a: Lab, b: Lab) -> float:
    return math.dist(a, b)


def delta_e2000(lab1: Lab, lab2: Lab) -> float:
    """CIEDE2000 (Sharma, Wu and Dalal's formulation), with kL = kC = kH = 1."""
    l1, a1, b1 = lab1
    l2, a2, b2 = lab2
    c_mean = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_mean**7 / (c_mean**7 + 25**7)))
    a1p, a2p = a1 * (1 + g), a2 * (1 + g)
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360
    h2p = math.degrees(math.atan2(b2, a2p)) % 360
    dl, dc = l2 - l1, c2p - c1p
    dh = h2p - h1p
    if c1p * c2p == 0:
        dh = 0.0
    elif dh > 180:
        dh -= 360
    elif dh < -180:
        dh += 360
    dhh = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    l_mean, cp_mean = (l1 + l2) / 2, (c1p + c2p) / 2
    h_sum = h1p + h2p
    if c1p * c2p == 0:
        h_mean = h_sum
    elif abs(h1p - h2p) <= 180:
        h_mean = h_sum / 2
    else:
        h_mean = (h_sum + 360) / 2 if h_sum < 360 else (h_sum - 360) / 2
    t = (
        1
        - 0.17 * math.cos(math.radians(h_mean - 30))
        + 0.24 * math.cos(math.radians(2 * h_mean))
        + 0.32 * math.cos(math.radians(3 * h_mean + 6))
        - 0.20 * math.cos(math.radians(4 * h_mean - 63))
    )
    s_l = 1 + 0.015 * (l_mean - 50) ** 2 / math.sqrt(20 + (l_mean - 50) ** 2)
    s_c = 1 + 0.045 * cp_mean
    s_h = 1 + 0.015 * cp_mean * t
    r_t = (
        -2
        * math.sqrt(cp_mean**7 / (cp_mean**7 + 25**7))
        * math.sin(math.radians(60 * math.exp(-(((h_mean - 275) / 25) ** 2))))
    )
    return math.sqrt(
        (dl / s_l) ** 2 + (dc / s_c) ** 2 + (dhh / s_h) ** 2 + r_t * (dc / s_c) * (dhh / s_h)
    )


def difference(first: list[Lab], second: list[Lab]) -> Difference:
    """ΔE76 and ΔE2000 cell by cell between two grids of the same size."""
    d76 = [delta_e76(a, b) for a, b in zip(first, second, strict=True)]
    d2000 = [delta_e2000(a, b) for a, b in zip(first, second, strict=True)]
    return Difference(sum(d76) / len(d76), max(d76), sum(d2000) / len(d2000), max(d2000))
