"""Carry out a :class:`~poyo_desktop.services.framing.FixPlan`: the fixed picture, as a file
of its own beside the pasted pictures, is what the slot then holds, the history keeps and
PoYo receives.

The picture is decoded only as large as the result needs (a 40-megapixel photo cropped to
a 1080-pixel frame is decoded at a quarter of its size, which JPEG does while it reads),
cropped or given bars, converted to 8-bit sRGB, brought within Kling's sizes and encoded
under the upload limit with the least loss (see :mod:`.normalise`). Blocking: run it in a
worker thread.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from poyo_desktop.core.wording import translate
from poyo_desktop.services.framing import FixPlan, padded_canvas, plan_words, planned_size
from poyo_desktop.services.image_limits import damaged
from poyo_desktop.services.normalise import has_transparency, to_srgb8
from poyo_desktop.services.preflight import ImageError, image_reader, swaps_sides
from poyo_desktop.services.upload_image import (
    LOSSLESS_FORMATS,
    encode_picture,
    finish_encoded,
    write_neutral,
)

__all__ = ["BAR_COLOUR", "FixedPicture", "apply_fix", "render"]

log = logging.getLogger(__name__)

BAR_COLOUR = QColor(0, 0, 0)


@dataclass(frozen=True, slots=True)
class FixedPicture:
    """The fixed picture's file, its size, and what was done, in a sentence for the form."""

    path: Path
    width: int
    height: int
    words: str


def apply_fix(
    path: Path,
    plan: FixPlan,
    dest_dir: Path,
    *,
    subject: str = "The image",
    keep_metadata: bool = False,
) -> FixedPicture:
    """``plan`` carried out on ``path``, written to ``dest_dir`` as ``fixed-<hash>.jpg``
    (or ``.png`` for a lossless or transparent picture). The person's metadata goes with
    it only with ``keep_metadata`` (a JPEG's EXIF and XMP, turned upright). Raises
    :class:`ImageError` in plain words when the picture cannot be read or written."""
    path = Path(path)
    reader = image_reader(path)
    raw = reader.size()
    if not raw.isValid():
        raise ImageError(damaged(subject))
    width, height = (
        (raw.height(), raw.width())
        if swaps_sides(reader.transformation())
        else (
            raw.width(),
            raw.height(),
        )
    )
    fmt = bytes(reader.format().data()).decode("ascii", "replace").lower()
    scale = _decode_scale(plan, width, height)
    if scale < 1:
        reader.setScaledSize(QSize(math.ceil(raw.width() * scale), math.ceil(raw.height() * scale)))
    image = reader.read()
    if image.isNull():
        log.info("cannot decode %s for a fix: %s", path, reader.errorString())
        raise ImageError(damaged(subject))
    result = render(image, plan, width, height)
    encoded = encode_picture(result, lossless=fmt in LOSSLESS_FORMATS, subject=subject)
    try:
        source = path.read_bytes() if keep_metadata and fmt in ("jpeg", "jpg") else b""
        data = finish_encoded(encoded, source)
        written = write_neutral(data, Path(dest_dir), encoded.suffix, prefix="fixed-")
    except OSError as exc:
        log.warning("cannot write the fixed picture of %s: %s", path, exc)
        if exc.strerror:
            words = translate("PictureFix", "{subject} could not be saved after fixing: {reason}.")
        else:
            words = translate(
                "PictureFix", "{subject} could not be saved after fixing: a disk error."
            )
        raise ImageError(words.format(subject=subject, reason=exc.strerror)) from exc
    return FixedPicture(written, encoded.width, encoded.height, plan_words(plan, width, height))


def _decode_scale(plan: FixPlan, width: int, height: int) -> float:
    """How large the picture must be decoded (1: in full) for the result's size."""
    out_w, _out_h = planned_size(plan, width, height)
    if plan.kind == "crop" and plan.frame is not None:
        base = plan.frame[2]
    elif plan.kind == "pad" and plan.ratio is not None:
        base = padded_canvas(width, height, plan.ratio)[0]
    else:
        base = width
    return min(1.0, out_w / base * 1.02)  # a little over, so the last scaling is a shrink


def render(image: QImage, plan: FixPlan, width: int, height: int, box: int | None = None) -> QImage:
    """``image`` (the upright picture of ``width`` × ``height``, decoded at any scale)
    cropped, given bars or resized to the plan's size, as 8-bit sRGB; with ``box``, the
    result fitted in a square of that side instead (the preview the fixer shows)."""
    out_w, out_h = planned_size(plan, width, height)
    if box is not None:
        fit = min(box / out_w, box / out_h)
        out_w, out_h = max(1, round(out_w * fit)), max(1, round(out_h * fit))
    if plan.kind == "crop" and plan.frame is not None:
        sx, sy = image.width() / width, image.height() / height
        x, y, w, h = plan.frame
        image = image.copy(
            QRect(round(x * sx), round(y * sy), max(1, round(w * sx)), max(1, round(h * sy)))
        )
    transparent = has_transparency(image)
    image = to_srgb8(image, keep_alpha=transparent)
    if plan.kind == "pad" and plan.ratio is not None:
        return _with_bars(image, plan.ratio, width, height, (out_w, out_h))
    if (image.width(), image.height()) == (out_w, out_h):
        return image
    return image.scaled(
        out_w,
        out_h,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


def _with_bars(
    image: QImage, ratio: tuple[int, int], width: int, height: int, out: tuple[int, int]
) -> QImage:
    """``image`` centred on a canvas of shape ``ratio`` and size ``out``, bars around it."""
    canvas_w, _canvas_h, left, top = padded_canvas(width, height, ratio)
    factor = out[0] / canvas_w
    canvas = QImage(out[0], out[1], image.format())
    if image.colorSpace().isValid():
        canvas.setColorSpace(image.colorSpace())
    canvas.fill(BAR_COLOUR)
    painter = QPainter(canvas)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(QRectF(left * factor, top * factor, width * factor, height * factor), image)
    painter.end()
    return canvas
