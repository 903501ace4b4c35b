"""From the slot's "Fix this picture…" to the fixed picture in the slot.

The fixer's window opens at once; the picture is decoded small for it on the checks' own
worker threads, and when the person chooses, the whole picture is fixed there too (a
24-megapixel photo must not freeze the window): only a small QImage and a file's path
come back to the GUI thread. The fixed picture then takes the original's place in the
slot, under the original's name, with a line saying what was done.
"""

from __future__ import annotations

import contextlib
import logging
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage

from poyo_desktop.runtime.thread_priority import give_way_to_the_gui
from poyo_desktop.services.framing import shape_name
from poyo_desktop.services.image_limits import fix_reason
from poyo_desktop.services.normalise import has_transparency, to_srgb8
from poyo_desktop.services.picture_fix import FixedPicture, apply_fix
from poyo_desktop.services.preflight import ImageError, load_thumbnail
from poyo_desktop.ui.crop.fix_dialog import FixDialog
from poyo_desktop.ui.form.image_intake import checks_pool, own_pictures_dir
from poyo_desktop.ui.kit.translations import translate

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QObject

    from poyo_desktop.services.framing import FixPlan, Ratio
    from poyo_desktop.services.preflight import ImageCheck
    from poyo_desktop.ui.form.drop_zone import ImageDropZone

log = logging.getLogger(__name__)

PREVIEW_SIDE = 1600  # the picture in the fixer: sharp on a large screen, cheap to decode


def offer_fix(zone: ImageDropZone, *, match: Ratio | None = None) -> FixDialog | None:
    """Open the fixer on ``zone``'s checked picture (``match``: the start image's shape,
    offered first); ``None`` when the slot holds no checked picture."""
    path, check = zone.path(), zone.check()
    if path is None or check is None or not check.width:
        return None
    reason = fix_reason(
        check.width,
        check.height,
        check.format,
        oversized=check.oversized,
        match=shape_name(*match) if match else None,
    )
    dialog = FixDialog(
        slot=zone.title().lower(),
        name=zone.display_name(),
        size=(check.width, check.height),
        reason=reason,
        match=match,
        parent=zone.window(),
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.use_requested.connect(partial(_on_use, zone, dialog, path, check))
    side = round(PREVIEW_SIDE * (dialog.devicePixelRatioF() or 1.0))
    _in_background(dialog, partial(_preview, path, side), partial(_show_preview, dialog))
    dialog.open()
    return dialog


def _preview(path: Path, side: int) -> QImage:
    """The picture upright, at most ``side`` px long, already 8-bit sRGB: the fixer then
    crops and scales it while the frame is dragged, and converts nothing (worker thread)."""
    image = load_thumbnail(path, side)
    return image if image.isNull() else to_srgb8(image, keep_alpha=has_transparency(image))


def _show_preview(dialog: FixDialog, result: object) -> None:
    if isinstance(result, QImage) and not result.isNull():
        dialog.set_preview(result)
    else:
        dialog.show_error(
            translate(
                "FixFlow", "The picture could not be read again. Was the file moved or changed?"
            )
        )


def _on_use(
    zone: ImageDropZone, dialog: FixDialog, path: Path, check: ImageCheck, plan: FixPlan
) -> None:
    """The person chose ``plan``: carry it out on the whole picture, off the GUI thread."""
    keep = zone.fixes.keep_metadata
    work = partial(
        apply_fix,
        path,
        plan,
        own_pictures_dir(zone.paste_dir()),
        subject=zone.subject(),
        keep_metadata=keep,
    )
    done = partial(_fixed, zone, dialog, path, check.changes(keep_metadata=keep))
    _in_background(dialog, work, done)


def _fixed(
    zone: ImageDropZone,
    dialog: FixDialog,
    source: Path,
    changes: list[str],
    result: FixedPicture | ImageError,
) -> None:
    """The fixed picture into the slot (if it still holds the picture fixed), saying what
    was done ("Cropped to 16:9 (711 × 400 px); converted from CMYK."), or why not."""
    if isinstance(result, ImageError):
        dialog.show_error(result.message)
        return
    if zone.path() == source:
        original = zone.original_path() or source
        zone.set_image(result.path, display_name=zone.display_name(), original=original)
        zone.fixes.set_note(_fix_note(result.words, changes))
    dialog.accept()


def _fix_note(fixed: str, changes: list[str]) -> str:
    """The fix's sentence, with what sending changes too (the fix converted them already)."""
    if not changes:
        return fixed
    return translate("FixFlow", "{fix}; {changes}.").format(
        fix=fixed.rstrip(".。"), changes="; ".join(changes)
    )


def _in_background(
    receiver: QObject, work: Callable[[], object], deliver: Callable[[object], None]
) -> None:
    """``work()`` on a checks thread, its result (or the :class:`ImageError` it raised)
    handed to ``deliver`` in ``receiver``'s thread, unless ``receiver`` is gone by then."""

    def run() -> None:
        give_way_to_the_gui()
        result: object
        try:
            result = work()
        except ImageError as exc:
            result = exc
        except Exception:  # never let a worker die silently
            log.exception("fixing a picture failed")
            result = ImageError(translate("FixFlow", "The picture could not be fixed."))
        with contextlib.suppress(RuntimeError):  # the dialog was closed meanwhile
            QTimer.singleShot(0, receiver, partial(deliver, result))

    checks_pool().start(run)
