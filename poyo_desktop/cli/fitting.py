"""A picture the command line sends, made fit as the window makes it: ``--fit crop | pad |
shrink`` for one outside what Kling takes, and, for every picture, what sending changes.

The fixes are the window's fixer's (``services/framing`` plans them, ``services/picture_fix``
carries them out: upright, 8-bit sRGB, metadata kept only if Settings says so), and the
fixed copy is written where the window writes its own (the cache's ``pasted`` folder).
Every picture, fixed or not, is then prepared at sending as the window's are
(``services/upload_image``); this only says beforehand what that changes, in the form's
words ("converted from CMYK", "location removed"), beside the fix's ("cropped to 16:9").

Blocking (it decodes and encodes pictures): the command line runs it before it asks the
owner of the history anything, a batch's pictures on worker threads.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from poyo_desktop.core.rules import PRO
from poyo_desktop.services.framing import (
    SHAPES,
    FixPlan,
    Ratio,
    auto_plan,
    nearest_shape,
    plan_works,
    shape_allowed,
    shape_name,
)
from poyo_desktop.services.image_limits import (
    MIN_SHORT_SIDE,
    SUPPORTED_FORMATS,
    UPLOADABLE_FORMATS,
)
from poyo_desktop.services.paths import AppPaths
from poyo_desktop.services.picture_fix import apply_fix
from poyo_desktop.services.preflight import ImageCheck, ImageError, inspect_image
from poyo_desktop.services.settings import Settings

RATIOS: dict[str, Ratio] = dict(SHAPES)  # "16:9", "9:16", "1:1": the fixer's shapes


@dataclass(frozen=True, slots=True)
class Fitting:
    """How pictures are made fit: ``fit`` (None: a picture Kling refuses is refused),
    the shape crop and pad make (None: the nearest), whether the person keeps a photo's
    place and camera (Settings), and where fixed copies go."""

    fit: str | None
    ratio: Ratio | None
    keep_metadata: bool
    folder: Path


@dataclass(frozen=True, slots=True)
class Fitted:
    """The picture to send (``original``: the person's file, when it is a fixed copy) and
    what was or will be changed, in a few words each."""

    path: Path
    original: Path | None = None
    changes: tuple[str, ...] = ()


def fitting_from(args: argparse.Namespace) -> Fitting:
    """The command's ``--fit`` and ``--ratio``, Settings' "keep metadata", and the window's
    folder for fixed pictures."""
    paths = AppPaths.default(args.data_dir)
    keep = Settings(paths.settings_file).values.keep_metadata
    return Fitting(args.fit, RATIOS.get(args.ratio or ""), keep, paths.cache_dir / "pasted")


def fit_end(model: str, end: Path | None, how: Fitting) -> Fitted | list[str] | None:
    """The end image made fit where it is sent (Pro); None where it is not."""
    if model != PRO or end is None:
        return None
    return fit_picture(end, how, subject="The end image")


def prepared_event(fitted: Fitted) -> dict[str, object]:
    """What a command says of a picture that sending changes (``--json``: this object)."""
    shown = fitted.original or fitted.path
    return {
        "event": "prepared",
        "name": shown.name,
        "picture": str(shown.absolute()),
        "sent_as": str(fitted.path.absolute()),
        "changes": list(fitted.changes),
    }


def fit_picture(path: Path, how: Fitting, *, subject: str) -> Fitted | list[str]:
    """``path`` ready to send, or why not in the window's words (with the ``--fit`` that
    would send it, when one would)."""
    check = inspect_image(path, subject=subject)
    if check.ok:
        return Fitted(path, None, tuple(sending_changes(check, how.keep_metadata)))
    if not check.fixable or not check.width:
        return check.problems  # damaged, unreadable, not a picture: no fit mends it
    if how.fit is None:
        return [*check.problems, fit_hint(check.width, check.height)]
    plan = fix_plan(check.width, check.height, how)
    if isinstance(plan, str):
        return [*check.problems, plan]
    try:
        fixed = apply_fix(path, plan, how.folder, subject=subject, keep_metadata=how.keep_metadata)
    except ImageError as error:
        return [error.message]
    done = fixed.words.removesuffix(".")
    words = [
        done[:1].lower() + done[1:],
        *_upright(check),
        *check.changes(keep_metadata=how.keep_metadata),
    ]
    return Fitted(fixed.path, path, tuple(words))


def fix_plan(width: int, height: int, how: Fitting) -> FixPlan | str:
    """The fixer's plan for ``how.fit``, or why that fit cannot make this picture one Kling
    takes (and which would)."""
    shape_ok = shape_allowed(width, height)
    if how.fit == "shrink":
        if not shape_ok:
            return "--fit shrink does not change a picture's shape. " + fit_hint(width, height)
        if min(width, height) < MIN_SHORT_SIDE:
            return (
                "--fit shrink only makes a picture smaller. Use --fit crop or --fit pad: "
                f"either enlarges it to {MIN_SHORT_SIDE} px on its short side."
            )
        return FixPlan("resize")
    if how.ratio is None and shape_ok:  # only its size or its format is wrong
        return FixPlan("resize")
    plan = auto_plan(width, height, "crop" if how.fit == "crop" else "pad", how.ratio)
    return plan if plan_works(plan, width, height) else "No fit can make this picture usable."


def fit_hint(width: int, height: int) -> str:
    """Which ``--fit`` would send a picture of this size that Kling refuses."""
    if not shape_allowed(width, height):
        name = shape_name(*nearest_shape(width, height))
        return (
            f"To send it anyway, add --fit crop (its largest centred {name} part) or --fit pad "
            f"(bars around it to make it {name}); --ratio 16:9, 9:16 or 1:1 picks the shape."
        )
    if min(width, height) < MIN_SHORT_SIDE:
        return (
            "To send it anyway, add --fit crop or --fit pad: either enlarges it to "
            f"{MIN_SHORT_SIDE} px on its short side."
        )
    return "To send it anyway, add --fit shrink (or crop, or pad): it is saved as a JPEG or PNG."


def sending_changes(check: ImageCheck, keep_metadata: bool) -> list[str]:
    """What preparing a usable picture for upload changes (``services/upload_image``),
    in a few words each: the form's words for its colours and metadata, and a word for
    each warning the form shows (upright, converted, made smaller)."""
    words = list(_upright(check))
    if check.format not in UPLOADABLE_FORMATS:
        words.append(f"converted from {SUPPORTED_FORMATS.get(check.format, check.format)}")
    if check.oversized:
        words.append("made smaller to fit the upload limits")
    return words + check.changes(keep_metadata=keep_metadata)


def _upright(check: ImageCheck) -> tuple[str, ...]:
    return ("turned upright",) if check.exif_rotated else ()
