"""Issue 19's proof: three pictures a service would refuse or show in wrong colours, before
and after the app's own fixer, as a Markdown table and side-by-side pictures.

    .venv/bin/python scripts/picture_before_after.py [OUT_DIR]   # docs/screenshots/fixer/

The pictures are painted at run time: a press file (a CMYK JPEG, with a CMYK press
profile when one is installed under /usr/share/color/icc, e.g. Ghostscript's
default_cmyk.icc from libgs-common), a photo editor's export (a 16-bit PNG in Display P3)
and a phone's panorama (3000 × 400, with a GPS position). Each goes through what the app
does with it: the check a picture meets when it is dropped (services/preflight), the
fixer's crop for a shape Kling refuses (services/framing and services/picture_fix), and
the preparation that converts colours before upload (services/upload_image, through
services/normalise). Colours are compared in CIE Lab on a 48-cell-wide grid
(scripts/colour_difference.py): the original as its profile means it, against what PoYo
receives, and against the original's numbers read as plain sRGB, as a service that
ignores profiles shows them.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's app

from poyo_desktop.runtime.pyside_refcounts import pin_none_refcount  # noqa: E402

pin_none_refcount()

from colour_difference import Difference, difference, grid_lab  # noqa: E402
from picture_facts import FileFacts, file_facts  # noqa: E402
from PySide6.QtCore import QByteArray, QRect  # noqa: E402
from PySide6.QtGui import QColorSpace, QGuiApplication, QImage, QImageReader  # noqa: E402
from sample_pictures import phone_jpeg, scene, write  # noqa: E402
from side_by_side import Panel, page  # noqa: E402

from poyo_desktop.services.framing import auto_plan, first_choice  # noqa: E402
from poyo_desktop.services.image_limits import changes_sentence  # noqa: E402
from poyo_desktop.services.picture_fix import apply_fix  # noqa: E402
from poyo_desktop.services.preflight import ImageCheck, inspect_image  # noqa: E402
from poyo_desktop.services.upload_image import prepare_for_upload  # noqa: E402

SUBJECT = "The start image"
GRID = 48
_SRGB = QColorSpace(QColorSpace.NamedColorSpace.SRgb)


@dataclass
class Case:
    title: str
    source: Path
    sent: Path  # what PoYo receives
    check_before: str
    words: str  # what the form says the fix did
    check_after: str
    before: FileFacts
    after: FileFacts
    fixer: Difference
    naive: Difference | None  # the original's numbers read as sRGB
    floor: Difference | None  # the nearest any sRGB file comes (colours outside it clip)
    crop: QRect | None = None


# -- the three pictures --------------------------------------------------------------------


def cmyk_profile() -> QColorSpace | None:
    """A CMYK press profile installed on this computer, if any."""
    for path in sorted(Path("/usr/share/color/icc").rglob("*.ic[cm]")):
        space = QColorSpace.fromIccProfile(QByteArray(path.read_bytes()))
        if space.isValid() and space.colorModel() == QColorSpace.ColorModel.Cmyk:
            return space
    return None


def press_file(folder: Path) -> Path:
    """A photo as a print shop keeps it: CMYK, with its press profile when there is one."""
    photo = scene(1600, 1000, "sunset", seed=11)
    photo.setColorSpace(_SRGB)
    profile = cmyk_profile()
    if profile is not None:
        cmyk = photo.convertedToColorSpace(profile, QImage.Format.Format_CMYK8888)
    else:
        cmyk = photo.convertToFormat(QImage.Format.Format_CMYK8888)
    return write(cmyk, folder / "print-shop proof.jpg", quality=92)


def editor_export(folder: Path) -> Path:
    """A photo editor's export of a phone photo: 16 bits a channel, in Display P3, with
    colours more vivid than sRGB holds (the scene's numbers are taken as P3's)."""
    photo = scene(1600, 900, "tulips", seed=12).convertToFormat(QImage.Format.Format_RGBX64)
    photo.setColorSpace(QColorSpace(QColorSpace.NamedColorSpace.DisplayP3))
    return write(photo, folder / "editor export.png")


def panorama(folder: Path) -> Path:
    return phone_jpeg(scene(3000, 400, "bay", seed=4), folder / "harbour panorama.jpg")


# -- through the app -----------------------------------------------------------------------


def said(check: ImageCheck) -> str:
    """The check's verdict in its own words: refused (why), or taken (and what changes)."""
    if not check.ok:
        return "Refused: " + check.problems[0]
    notes = [*check.warnings, changes_sentence(check.changes(keep_metadata=False))]
    notes = [note for note in notes if note]
    if not notes:
        return "Taken as it is: nothing to change."
    text = " ".join(notes)
    return "Taken; " + text[:1].lower() + text[1:]


def run_case(title: str, source: Path, work: Path) -> Case:
    check = inspect_image(source, subject=SUBJECT)
    crop: QRect | None = None
    if check.fixable:  # the fixer's window, as it opens: its first choice, used as it is
        kind, ratio = first_choice(check.width, check.height)
        plan = auto_plan(check.width, check.height, kind, ratio)
        fixed = apply_fix(source, plan, work, subject=SUBJECT)
        words = "; ".join([fixed.words.removesuffix("."), *check.changes(keep_metadata=False)])
        words += "."
        if plan.frame is not None:
            crop = QRect(*plan.frame)
        to_send = fixed.path
    else:
        words = changes_sentence(check.changes(keep_metadata=False))
        to_send = source
    sent = prepare_for_upload(to_send, work / "sent", subject=SUBJECT).path
    after = inspect_image(sent, subject=SUBJECT)
    original = _decoded(source)
    result = _decoded(sent)
    rows = max(6, round(GRID * result.height() / result.width()))
    truth = grid_lab(original, GRID, rows, crop)
    naive = _as_plain_srgb(original)
    best = original.convertedToColorSpace(_SRGB, QImage.Format.Format_RGBX64)
    return Case(
        title=title,
        source=source,
        sent=sent,
        check_before=said(check),
        words=words,
        check_after=said(after),
        before=file_facts(source),
        after=file_facts(sent),
        fixer=difference(truth, grid_lab(result, GRID, rows)),
        naive=None if naive is None else difference(truth, grid_lab(naive, GRID, rows, crop)),
        floor=None if naive is None else difference(truth, grid_lab(best, GRID, rows, crop)),
        crop=crop,
    )


def _decoded(path: Path) -> QImage:
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    image = reader.read()
    if image.isNull():
        raise ValueError(f"cannot read {path}: {reader.errorString()}")
    return image


def _as_plain_srgb(image: QImage) -> QImage | None:
    """The picture's numbers taken as sRGB, its profile ignored (None: it has none)."""
    space = image.colorSpace()
    if not space.isValid() or space == _SRGB:
        return None
    plain = image.convertToFormat(QImage.Format.Format_RGB32)  # no colour management
    plain.setColorSpace(_SRGB)
    return plain


# -- the report ----------------------------------------------------------------------------


def table(cases: list[Case]) -> str:
    head = (
        "| picture | the app's check before (Kling's limits) "
        "| what the fixer did (the form's words) | before | after (what PoYo receives) "
        "| the app's check after "
        "| ΔE2000 mean / max, after the fixer | the same, its profile ignored |\n"
        "| --- | --- | --- | --- | --- | --- | --- | --- |\n"
    )
    lines = []
    for case in cases:
        fixer = _de(case.fixer)
        if case.floor is not None:
            fixer += f" (any sRGB file: {_de(case.floor)})"
        naive = "— (it has no profile)" if case.naive is None else _de(case.naive)
        lines.append(
            f"| {case.title} | {case.check_before} | {case.words or '—'} "
            f"| {case.before.line()} | {case.after.line()} | {case.check_after} "
            f"| {fixer} | {naive} |"
        )
    notes = (
        "\nΔE2000 between the original, as its own profile means it (linear floats, nothing "
        "clipped), and each version, on a grid 48 cells across (for the panorama, over the "
        "part the crop kept). About 1 is the smallest difference seen side by side; over 5, "
        "the colours look different. *Any sRGB file*: the original converted to 16-bit sRGB "
        "by its profile, the nearest an sRGB picture can come (colours outside sRGB clip). "
        "*Its profile ignored*: the original's numbers read as sRGB, as a service that does "
        "not read profiles shows it.\n"
    )
    return head + "\n".join(lines) + "\n" + notes


def _de(found: Difference) -> str:
    return f"{found.mean2000:.2f} / {found.max2000:.2f}"


def pictures(case: Case, out: Path) -> Path:
    original, sent = _decoded(case.source), _decoded(case.sent)
    shown = _on_screen(original)
    before = f"Before: {case.before.line()}"
    after = f"After: {case.after.line()}"
    name = case.source.stem.replace(" ", "-") + ".png"
    if case.crop is not None:
        rows = [
            (150, [Panel(shown, before + " — refused: too wide", case.crop)]),
            (300, [Panel(sent, after + f" — {case.words}")]),
        ]
        return page(f"{case.source.name}: {case.title}", rows, out / name)
    naive = _as_plain_srgb(original)
    panels = [
        Panel(shown, "Before, as its profile means it (shown in sRGB)\n" + case.before.line())
    ]
    if naive is not None:
        ignored = f"Before, its profile ignored (ΔE {case.naive.mean2000:.1f})"  # type: ignore[union-attr]
        panels.append(Panel(naive, ignored + "\nas a service that reads the numbers as sRGB"))
    panels.append(Panel(sent, f"After (ΔE {case.fixer.mean2000:.1f})\n" + case.after.line()))
    return page(f"{case.source.name}: {case.title} — {case.words}", [(300, panels)], out / name)


def _on_screen(image: QImage) -> QImage:
    """The picture as a colour-managed screen shows it (8-bit sRGB)."""
    if not image.colorSpace().isValid():
        return image.convertToFormat(QImage.Format.Format_RGB32)
    return image.convertedToColorSpace(_SRGB, QImage.Format.Format_RGB32)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots" / "fixer"
    app = QGuiApplication([sys.argv[0]])
    work = Path(tempfile.mkdtemp(prefix="poyo-fixer-"))
    made = work / "made"
    made.mkdir()
    cases = [
        run_case("CMYK press file", press_file(made), work),
        run_case("16-bit Display P3 export", editor_export(made), work),
        run_case("phone panorama with GPS", panorama(made), work),
    ]
    print(table(cases))
    for case in cases:
        print(f"saved {pictures(case, out)}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
