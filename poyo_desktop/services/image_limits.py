"""Kling's input limits, and the words a person reads when a picture meets or breaks them.

Split from :mod:`poyo_desktop.services.preflight`, which reads the file: here are only the
numbers and the sentences, so what the app says about a picture reads in one place, and a
limit changes next to the words that name it. No Qt, no I/O; the window's language comes
through :mod:`poyo_desktop.core.wording`.
"""

from __future__ import annotations

from poyo_desktop.core.wording import translate

#: Formats PoYo's upload accepts, by the name Qt gives them, with the name people know.
SUPPORTED_FORMATS: dict[str, str] = {"jpeg": "JPEG", "png": "PNG", "gif": "GIF", "webp": "WebP"}
#: Formats Kling takes as they are; the others are converted before upload.
UPLOADABLE_FORMATS = frozenset({"jpeg", "png"})
MIN_SHORT_SIDE = 300
MAX_ASPECT_RATIO = 2.5
#: 10 MB, counted in decimal megabytes so that we stay under whichever unit the server means.
MAX_UPLOAD_BYTES = 10_000_000
#: Long side an upload is scaled down to; Kling's output is at most 1080p, so more is waste.
MAX_LONG_SIDE = 3840


def megabytes(size: int) -> str:
    """e.g. "11.9 MB", "10 MB": decimal megabytes, as file managers show them."""
    return f"{size / 1_000_000:.1f}".removesuffix(".0") + " MB"


def damaged(subject: str, *, part: bool = False) -> str:
    """Why a damaged picture is refused, and what to do."""
    if part:
        said = translate(
            "ImageLimits",
            "{subject} is damaged: only part of it could be read. Save it again or pick another.",
        )
    else:
        said = translate(
            "ImageLimits",
            "{subject} is damaged: it could not be read. Save it again or pick another.",
        )
    return said.format(subject=subject)


def shape_problems(subject: str, width: int, height: int) -> list[str]:
    """What blocks a picture of this upright size: too small, too wide or too tall."""
    problems: list[str] = []
    short, long = min(width, height), max(width, height)
    if short < MIN_SHORT_SIDE:
        problems.append(
            translate(
                "ImageLimits",
                "{subject} is too small ({width} × {height} px; at least {least} px needed).",
            ).format(subject=subject, width=width, height=height, least=MIN_SHORT_SIDE)
        )
    if long > short * MAX_ASPECT_RATIO:
        too = (
            translate(
                "ImageLimits",
                "{subject} is too wide ({width} × {height} px). Kling takes shapes from "
                "1:2.5 to 2.5:1: crop it closer to a rectangle and try again.",
            )
            if width > height
            else translate(
                "ImageLimits",
                "{subject} is too tall ({width} × {height} px). Kling takes shapes from "
                "1:2.5 to 2.5:1: crop it closer to a rectangle and try again.",
            )
        )
        problems.append(too.format(subject=subject, width=width, height=height))
    return problems


def upload_warnings(
    subject: str,
    file_size: int,
    fmt: str,
    width: int,
    height: int,
    *,
    animated: bool,
    exif_rotated: bool,
) -> list[str]:
    """What preparation will fix, said beforehand: nothing here blocks the picture."""
    warnings: list[str] = []
    if file_size > MAX_UPLOAD_BYTES:
        warnings.append(
            translate(
                "ImageLimits",
                "{subject} is {size}; it will be made smaller before upload (the limit is "
                "{limit}).",
            ).format(subject=subject, size=megabytes(file_size), limit=megabytes(MAX_UPLOAD_BYTES))
        )
    if fmt in SUPPORTED_FORMATS and fmt not in UPLOADABLE_FORMATS:
        warnings.append(
            translate(
                "ImageLimits",
                "{subject} is a {format} file; it will be converted to JPEG or PNG before upload.",
            ).format(subject=subject, format=SUPPORTED_FORMATS[fmt])
        )
    if animated:
        warnings.append(
            translate(
                "ImageLimits", "{subject} is animated; only its first frame will be used."
            ).format(subject=subject)
        )
    if exif_rotated:
        warnings.append(
            translate(
                "ImageLimits",
                "{subject} is stored turned on its side; it will be sent upright, as shown here.",
            ).format(subject=subject)
        )
    if max(width, height) > MAX_LONG_SIDE:
        warnings.append(
            translate(
                "ImageLimits",
                "{subject} is very large ({width} × {height} px); it will be scaled down to "
                "{side} px on the long side before upload.",
            ).format(subject=subject, width=width, height=height, side=MAX_LONG_SIDE)
        )
    return warnings


def change_words(
    *, cmyk: bool, deep: bool, profile: str, location: bool, camera: bool, keep_metadata: bool
) -> list[str]:
    """What preparation changes in a picture's colours and metadata, in a few words each
    ("converted from CMYK", "location removed"); said under the picture, never blocking."""
    words: list[str] = []
    if cmyk:
        words.append(translate("ImageLimits", "converted from CMYK"))
    if deep:
        words.append(translate("ImageLimits", "converted from 16-bit colour"))
    if profile and not cmyk:
        words.append(
            translate("ImageLimits", "colours converted from {profile} to sRGB").format(
                profile=profile
            )
        )
    if not keep_metadata:
        if location:
            words.append(translate("ImageLimits", "location removed"))
        if camera:
            words.append(translate("ImageLimits", "camera details removed"))
    return words


def changes_sentence(words: list[str]) -> str:
    """e.g. "Before sending: converted from CMYK, location removed." ("" when nothing is)."""
    if not words:
        return ""
    return translate("ImageLimits", "Before sending: {changes}.").format(changes=", ".join(words))


def fix_reason(
    width: int, height: int, fmt: str, *, oversized: bool, match: str | None = None
) -> str:
    """Why the fixer is offered, in a sentence or two: what Kling does not take, or (with
    ``match``, the start image's shape) why an end image should have the same shape."""
    reasons: list[str] = []
    short, long = min(width, height), max(width, height)
    if long > short * MAX_ASPECT_RATIO:
        reasons.append(
            translate("ImageLimits", "Too wide for Kling, which takes shapes from 1:2.5 to 2.5:1.")
            if width > height
            else translate(
                "ImageLimits", "Too tall for Kling, which takes shapes from 1:2.5 to 2.5:1."
            )
        )
    if short < MIN_SHORT_SIDE:
        reasons.append(
            translate(
                "ImageLimits", "Too small for Kling, which needs {least} px on the short side."
            ).format(least=MIN_SHORT_SIDE)
        )
    if fmt and fmt not in SUPPORTED_FORMATS:
        reasons.append(
            translate(
                "ImageLimits", "PoYo does not take {format} files; this saves it as one it takes."
            ).format(format=fmt.upper())
        )
    if oversized:
        reasons.append(
            translate(
                "ImageLimits", "Larger than is sent: it is made smaller (at most {side} px)."
            ).format(side=MAX_LONG_SIDE)
        )
    if match:
        reasons.append(
            translate(
                "ImageLimits",
                "The start image is {shape}: with an end image of the same shape, Kling neither "
                "crops nor stretches between them.",
            ).format(shape=match)
        )
    return " ".join(reasons)
