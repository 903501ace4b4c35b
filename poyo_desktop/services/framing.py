"""The geometry of fixing a start image: the shapes offered, the crop frame a person moves
and resizes (always of the chosen shape, always inside the picture), the canvas that bars
make, and the size and words of the result.

Kling takes shapes from 1:2.5 to 2.5:1 and at least 300 px on the short side; a panorama,
a tall screenshot or a thumbnail is outside that. What the fixer makes of one is a
:class:`FixPlan`, decided here in whole pixels of the upright picture and carried out by
:mod:`.picture_fix`. The crop dialog, the command line and the tests share these rules.
No Qt, no I/O.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Literal

from poyo_desktop.core.wording import translate
from poyo_desktop.services.image_limits import MAX_ASPECT_RATIO, MAX_LONG_SIDE, MIN_SHORT_SIDE

Ratio = tuple[int, int]
FixKind = Literal["crop", "pad", "resize"]
Corner = Literal["tl", "tr", "bl", "br"]

#: The shapes offered, by the names people know (Kling's videos are 16:9, 9:16 or 1:1).
SHAPES: tuple[tuple[str, Ratio], ...] = (("16:9", (16, 9)), ("9:16", (9, 16)), ("1:1", (1, 1)))
_NAMED: tuple[Ratio, ...] = ((16, 9), (9, 16), (4, 3), (3, 4), (3, 2), (2, 3), (1, 1), (2, 1))


@dataclass(frozen=True, slots=True)
class Frame:
    """A rectangle in pixels of the upright picture (fractions while it is dragged)."""

    x: float
    y: float
    width: float
    height: float

    def rounded(self) -> tuple[int, int, int, int]:
        """(x, y, width, height) in whole pixels."""
        return round(self.x), round(self.y), round(self.width), round(self.height)


@dataclass(frozen=True, slots=True)
class FixPlan:
    """What to do to a picture: crop it to ``frame``, add bars to make it ``ratio``, or
    only resize it; every result is then brought within Kling's sizes (see
    :func:`fitted_size`)."""

    kind: FixKind
    ratio: Ratio | None = None  # crop and pad: the shape chosen
    frame: tuple[int, int, int, int] | None = None  # crop: what is kept (x, y, w, h)


def shape_allowed(width: float, height: float) -> bool:
    """Whether Kling takes this shape (1:2.5 to 2.5:1)."""
    short, long = min(width, height), max(width, height)
    return short > 0 and long <= short * MAX_ASPECT_RATIO


def shape_name(width: int, height: int) -> str:
    """ "16:9", "4:3", … when the shape is within 1 % of a known one, else e.g. "7.5:1"."""
    for w, h in _NAMED:
        if abs(width * h - height * w) <= 0.01 * height * w:
            return f"{w}:{h}"
    if width >= height:
        return f"{width / height:.3g}:1"
    return f"1:{height / width:.3g}"


def nearest_shape(width: int, height: int) -> Ratio:
    """Of :data:`SHAPES`, the one closest to the picture's own (by the ratio's logarithm)."""
    own = math.log(width / height)
    return min((ratio for _name, ratio in SHAPES), key=lambda r: abs(math.log(r[0] / r[1]) - own))


def largest_frame(width: int, height: int, ratio: Ratio) -> Frame:
    """The largest frame of shape ``ratio`` in the picture, centred."""
    frame_w = min(float(width), height * ratio[0] / ratio[1])
    frame_h = frame_w * ratio[1] / ratio[0]
    return Frame((width - frame_w) / 2, (height - frame_h) / 2, frame_w, frame_h)


def smallest_width(width: int, height: int, ratio: Ratio) -> float:
    """How narrow a frame of ``ratio`` may get: its short side at least MIN_SHORT_SIDE px
    (or as large as the picture allows, for a picture smaller than that)."""
    big = largest_frame(width, height, ratio)
    short = min(MIN_SHORT_SIDE, min(big.width, big.height))
    return short if ratio[0] <= ratio[1] else short * ratio[0] / ratio[1]


def moved(frame: Frame, dx: float, dy: float, width: int, height: int) -> Frame:
    """``frame`` moved by (dx, dy), stopped at the picture's edges."""
    x = min(max(0.0, frame.x + dx), width - frame.width)
    y = min(max(0.0, frame.y + dy), height - frame.height)
    return replace(frame, x=x, y=y)


def resized_from_corner(
    frame: Frame, corner: Corner, point: tuple[float, float], width: int, height: int, ratio: Ratio
) -> Frame:
    """``frame`` with its ``corner`` dragged to ``point``: the opposite corner stays, the
    shape stays ``ratio``, and the frame stays inside the picture and not too small."""
    left, top = corner in ("tl", "bl"), corner in ("tl", "tr")
    anchor_x = frame.x + frame.width if left else frame.x
    anchor_y = frame.y + frame.height if top else frame.y
    aspect = ratio[0] / ratio[1]
    wanted = max(abs(point[0] - anchor_x), abs(point[1] - anchor_y) * aspect)
    room_x = anchor_x if left else width - anchor_x
    room_y = anchor_y if top else height - anchor_y
    new_w = min(max(wanted, smallest_width(width, height, ratio)), room_x, room_y * aspect)
    new_h = new_w / aspect
    return Frame(
        anchor_x - new_w if left else anchor_x, anchor_y - new_h if top else anchor_y, new_w, new_h
    )


def scaled_about_centre(
    frame: Frame, factor: float, width: int, height: int, ratio: Ratio
) -> Frame:
    """``frame`` grown (``factor`` > 1) or shrunk about its centre, kept inside the picture."""
    biggest = largest_frame(width, height, ratio)
    new_w = min(max(frame.width * factor, smallest_width(width, height, ratio)), biggest.width)
    new_h = new_w * ratio[1] / ratio[0]
    centre_x, centre_y = frame.x + frame.width / 2, frame.y + frame.height / 2
    grown = Frame(centre_x - new_w / 2, centre_y - new_h / 2, new_w, new_h)
    return moved(grown, 0, 0, width, height)


def reshaped(frame: Frame, width: int, height: int, ratio: Ratio) -> Frame:
    """A frame of the new shape ``ratio`` about the old one's centre, as large as fits."""
    fresh = largest_frame(width, height, ratio)
    centre_x, centre_y = frame.x + frame.width / 2, frame.y + frame.height / 2
    return moved(
        replace(fresh, x=centre_x - fresh.width / 2, y=centre_y - fresh.height / 2),
        0,
        0,
        width,
        height,
    )


def padded_canvas(width: int, height: int, ratio: Ratio) -> tuple[int, int, int, int]:
    """(canvas width, canvas height, x, y): the picture centred on the smallest canvas of
    shape ``ratio`` that holds it; the rest are bars."""
    canvas_w = max(width, math.ceil(height * ratio[0] / ratio[1]))
    canvas_h = max(height, math.ceil(canvas_w * ratio[1] / ratio[0]))
    return canvas_w, canvas_h, (canvas_w - width) // 2, (canvas_h - height) // 2


def fitted_size(width: int, height: int) -> tuple[int, int]:
    """The size a result is brought to: enlarged to MIN_SHORT_SIDE on its short side, or
    made smaller to MAX_LONG_SIDE on its long side; unchanged when within both."""
    short, long = min(width, height), max(width, height)
    factor = 1.0
    if short < MIN_SHORT_SIDE:
        factor = MIN_SHORT_SIDE / short
    elif long > MAX_LONG_SIDE:
        factor = MAX_LONG_SIDE / long
    return max(1, round(width * factor)), max(1, round(height * factor))


def planned_size(plan: FixPlan, width: int, height: int) -> tuple[int, int]:
    """The result's size, in pixels, of ``plan`` on a ``width`` × ``height`` picture."""
    if plan.kind == "crop" and plan.frame is not None:
        return fitted_size(plan.frame[2], plan.frame[3])
    if plan.kind == "pad" and plan.ratio is not None:
        canvas_w, canvas_h, _x, _y = padded_canvas(width, height, plan.ratio)
        return fitted_size(canvas_w, canvas_h)
    return fitted_size(width, height)


def plan_works(plan: FixPlan, width: int, height: int) -> bool:
    """Whether the result of ``plan`` is a shape Kling takes."""
    return shape_allowed(*planned_size(plan, width, height))


def plan_words(plan: FixPlan, width: int, height: int) -> str:
    """What the fix did, for the form: "Cropped to 16:9 (711 × 400 px)." (in the window's
    language: core.wording; English on the command line)."""
    out_w, out_h = planned_size(plan, width, height)
    size = f"{out_w} × {out_h} px"
    if plan.kind == "crop" and plan.ratio is not None:
        words = translate("Framing", "Cropped to {shape} ({size}).")
    elif plan.kind == "pad" and plan.ratio is not None:
        words = translate("Framing", "Bars added to make it {shape} ({size}).")
    elif (out_w, out_h) == (width, height):
        words = translate("Framing", "Saved as a picture PoYo takes ({size}).")
    elif out_w > width:
        words = translate("Framing", "Enlarged from {width} × {height} px to {size}.")
    else:
        words = translate("Framing", "Made smaller from {width} × {height} px to {size}.")
    shape = shape_name(*plan.ratio) if plan.ratio is not None else ""
    return words.format(shape=shape, size=size, width=width, height=height)


def auto_plan(width: int, height: int, kind: FixKind, ratio: Ratio | None = None) -> FixPlan:
    """The plan a person gets before touching anything: the largest centred crop, or bars,
    of ``ratio`` (the nearest offered shape when not given); or a resize."""
    if kind == "resize":
        return FixPlan("resize")
    ratio = ratio or nearest_shape(width, height)
    if kind == "pad":
        return FixPlan("pad", ratio)
    return FixPlan("crop", ratio, largest_frame(width, height, ratio).rounded())


@dataclass(frozen=True, slots=True)
class ShapeChoice:
    """One shape the fixer offers: its name on the button, and whether it may be chosen."""

    name: str
    ratio: Ratio
    usable: bool = True
    why_not: str = ""


def shape_choices(width: int, height: int, match: Ratio | None = None) -> list[ShapeChoice]:
    """The shapes to crop or pad to: the start image's (for an end image, ``match``), the
    offered ones, and the picture's own when Kling takes it."""
    choices = []
    if match is not None:
        choices.append(ShapeChoice(f"Like the start image ({shape_name(*match)})", match))
    choices += [ShapeChoice(name, ratio) for name, ratio in SHAPES]
    own = (width, height)
    allowed = shape_allowed(width, height)
    choices.append(
        ShapeChoice(
            f"Its own ({shape_name(width, height)})",
            own,
            usable=allowed,
            why_not="" if allowed else "Kling does not take this shape.",
        )
    )
    return choices


def resize_usable(width: int, height: int) -> str:
    """Why only resizing cannot help ("" when it can): the shape is outside Kling's."""
    return "" if shape_allowed(width, height) else "Its shape is outside what Kling takes."


def first_choice(width: int, height: int, match: Ratio | None = None) -> tuple[FixKind, Ratio]:
    """What the fixer starts with: a crop to the start image's shape (``match``) or, for a
    shape Kling does not take, to the nearest offered one; else a crop of its own shape
    (the whole picture, to be narrowed), or a resize when only its size is wrong."""
    if match is not None:
        return "crop", match
    if not shape_allowed(width, height):
        return "crop", nearest_shape(width, height)
    if fitted_size(width, height) != (width, height):
        return "resize", (width, height)
    return "crop", (width, height)


def shapes_differ(first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Whether two pictures' shapes differ by more than 2 % (a start and an end image)."""
    return abs(math.log((first[0] / first[1]) / (second[0] / second[1]))) > 0.02


def mismatch_words(start: tuple[int, int], end: tuple[int, int]) -> str:
    """What the end slot says when its shape is not the start image's."""
    return translate(
        "Framing",
        "The end image is {end} and the start image {start}: Kling may crop or stretch "
        "between them.",
    ).format(end=shape_name(*end), start=shape_name(*start))
