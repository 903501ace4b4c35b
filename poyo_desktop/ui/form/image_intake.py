"""Turning what a person drops or pastes into an image file, and checking it off the GUI thread.

No widgets here: :class:`~poyo_desktop.ui.form.drop_zone.ImageDropZone` asks :func:`read_mime`
what a drop or the clipboard carries, shows the answer, and has the file checked with
:func:`check_in_background`.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, QThread, QThreadPool, QTimer
from PySide6.QtGui import QImage

from poyo_desktop.runtime.thread_priority import give_way_to_the_gui
from poyo_desktop.services.preflight import ImageCheck, inspect_with_thumbnail
from poyo_desktop.ui.kit.translations import translate

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QMimeData, QObject

log = logging.getLogger(__name__)

__all__ = [
    "Intake",
    "check_in_background",
    "check_later",
    "checks_pool",
    "own_pictures_dir",
    "read_mime",
    "save_pasted_image",
    "shown_name",
]


@dataclass(frozen=True, slots=True)
class Intake:
    """What a drop or paste brought: a file to use (``None``: none) and a line to show."""

    path: Path | None = None
    display_name: str | None = None  # ``None``: the file's own name
    notice: str = ""
    many: tuple[Path, ...] = ()  # several files or a folder, for a slot that makes a batch


def read_mime(mime: QMimeData, paste_dir: Path | None, verb: str, *, many: bool = False) -> Intake:
    """A local file first (original bytes), else raw image data saved as PNG in
    ``paste_dir`` and named "{verb} image"; otherwise why nothing could be taken.

    ``many``: the slot makes a batch of several files or of a folder (``Intake.many``);
    a folder is told by one ``stat`` of the path the file manager just handed over."""
    urls = mime.urls() if mime.hasUrls() else []
    local = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    if many and (len(local) > 1 or (local and local[0].is_dir())):
        return Intake(many=tuple(local))
    if local:
        notice = (
            translate("ImageIntake", "Only one picture fits here; using {name}.").format(
                name=local[0].name
            )
            if len(local) > 1
            else ""
        )
        return Intake(local[0], notice=notice)
    if mime.hasImage():
        image = QImage(mime.imageData())
        if not image.isNull():
            try:
                saved = save_pasted_image(image, paste_dir)
            except OSError as exc:
                log.warning("cannot save pasted image: %s", exc)
                return Intake(
                    notice=translate(
                        "ImageIntake", "The pasted picture could not be saved on this computer."
                    )
                )
            shown = (
                translate("ImageIntake", "Pasted image")
                if verb == "Pasted"
                else translate("ImageIntake", "Dropped image")
            )
            return Intake(saved, display_name=shown)
    if urls:
        return Intake(
            notice=translate(
                "ImageIntake",
                "This picture is on a web page. Save it to your computer "
                "first, then drop or choose the file.",
            )
        )
    return Intake()


def shown_name(path: Path, paste_dir: Path | None) -> str:
    """What the person calls the file: its name, or "Pasted image" for pasted data."""
    if paste_dir is not None and path.parent == paste_dir and path.name.startswith("pasted-"):
        return translate("ImageIntake", "Pasted image")
    return path.name


def own_pictures_dir(directory: Path | None) -> Path:
    """Where the app keeps pictures it made (pasted ones, fixed ones): ``directory``, or
    a folder in the system's temporary location when the slot was given none."""
    if directory is not None:
        return directory
    temp = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation)
    return Path(temp) / "poyo-desktop-pasted"


def save_pasted_image(image: QImage, directory: Path | None) -> Path:
    """Keep pasted pixels as a PNG named by content (the same paste twice, one file).

    ``directory`` ``None`` means a folder in the system's temporary location. Raises
    :class:`OSError` when the file cannot be written.
    """
    directory = own_pictures_dir(directory)
    directory.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256(bytes(image.constBits())).hexdigest()[:16]
    target = directory / f"pasted-{digest}.png"
    # PySide6's stub types the format as bytes, but the binding accepts only str.
    if not target.exists() and not image.save(str(target), "PNG"):  # type: ignore[call-overload]
        raise OSError("Qt could not write the PNG")
    return target


_pool: QThreadPool | None = None


def checks_pool() -> QThreadPool:
    """The threads that check pictures, lowered below the GUI thread (see
    :func:`check_in_background`); their own, so Qt's shared pool keeps its priority."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        # One at a time, as the thumbnails (ui/tasks/thumbnails.py): a second checker
        # only waits for the GIL, and the GUI thread behind both.
        _pool.setMaxThreadCount(1)
        _pool.setThreadPriority(QThread.Priority.LowPriority)  # Windows, macOS
    return _pool


def check_later(
    path: Path,
    subject: str,
    thumb_px: int,
    receiver: QObject,
    deliver: Callable[[ImageCheck, QImage], None],
) -> None:
    """:func:`check_in_background` started on :func:`checks_pool`."""
    checks_pool().start(partial(check_in_background, path, subject, thumb_px, receiver, deliver))


def check_in_background(
    path: Path,
    subject: str,
    thumb_px: int,
    receiver: QObject,
    deliver: Callable[[ImageCheck, QImage], None],
) -> None:
    """Runs on a pool thread: check and thumbnail the file, then hand both to ``deliver``.

    ``QTimer.singleShot`` with ``receiver`` as context delivers the call in the receiver's
    thread and drops it if the receiver has been deleted meanwhile.
    """
    give_way_to_the_gui()  # decoding a big picture must not take the CPU from painting
    try:
        check, thumb = inspect_with_thumbnail(path, thumb_px, subject=subject)
    except Exception:  # never let a worker die silently: report it as an unusable file
        log.exception("inspecting %s failed", path)
        failed = translate("ImageIntake", "{picture} could not be checked.").format(picture=subject)
        check = ImageCheck(path=path, ok=False, problems=[failed])
        thumb = QImage()
    # RuntimeError: the receiver's C++ object is gone, so nobody is waiting any more.
    with contextlib.suppress(RuntimeError):
        QTimer.singleShot(0, receiver, partial(deliver, check, thumb))
