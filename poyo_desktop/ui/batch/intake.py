"""A batch's pictures, read off the GUI thread: folders opened, each picture checked,
thumbnailed and fingerprinted.

Twenty big photos dropped at once must not freeze the window, so every read of the disk
runs on the picture checks' pool (:func:`~poyo_desktop.ui.form.image_intake.checks_pool`,
lowered below the GUI thread), one task per folder or picture, and each answer comes
back to the receiver's thread with ``QTimer.singleShot``, as for a single picture.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage

from poyo_desktop.core.batch import pictures_in
from poyo_desktop.runtime.thread_priority import give_way_to_the_gui
from poyo_desktop.services.preflight import IMAGE_SUFFIXES, ImageCheck, inspect_with_thumbnail
from poyo_desktop.ui.form.image_intake import checks_pool
from poyo_desktop.ui.kit.translations import translate

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QObject

log = logging.getLogger(__name__)

_CHUNK = 1 << 20
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Gathered:
    """The files a drop or a choice brought (folders opened), and what to tell about them."""

    files: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Checked:
    """A picture's check, its thumbnail and the SHA-256 of its bytes ("" when refused)."""

    check: ImageCheck
    thumb: QImage
    digest: str


def gather(paths: list[Path]) -> Gathered:
    """Blocking: ``paths`` with each folder replaced by the pictures directly inside it
    (by name), and a note per folder saying so and counting what was left out."""
    files: list[Path] = []
    notes: list[str] = []
    for path in paths:
        try:
            is_folder = path.is_dir()
            entries = list(path.iterdir()) if is_folder else []
            names = [entry.name for entry in entries if not entry.is_dir()]
        except OSError as exc:
            log.info("cannot open the folder %s: %s", path, exc)
            notes.append(
                translate("Intake", "The folder “{name}” could not be opened.").format(
                    name=path.name
                )
            )
            continue
        if not is_folder:
            files.append(path)
            continue
        folders = len(entries) - len(names)
        pictures, ignored = pictures_in(names, IMAGE_SUFFIXES)
        files += [path / name for name in pictures]
        notes.append(folder_note(path.name, len(pictures), ignored, folders))
    return Gathered(files, notes)


def folder_note(name: str, pictures: int, ignored: int, folders: int) -> str:
    """ "From “Holiday”: 18 pictures, those directly inside it, by name; 2 other files ignored."""
    note = translate(
        "Intake",
        "From the folder “{name}”: %n picture(s), those directly inside it, by name",
        "",
        pictures,
    ).format(name=name)
    left = []
    if ignored:
        left.append(translate("Intake", "%n other file(s) ignored", "", ignored))
    if folders:
        left.append(translate("Intake", "%n folder(s) inside it not opened", "", folders))
    return note + ("; " + ", ".join(left) if left else "") + "."


def check_picture(path: Path, subject: str, thumb_px: int) -> Checked:
    """Blocking: the same check as one picture gets, a thumbnail from its decode, and the
    fingerprint of a usable picture's bytes (how the history knows it again)."""
    try:
        check, thumb = inspect_with_thumbnail(path, thumb_px, subject=subject)
        digest = fingerprint(path) if check.ok else ""
    except Exception:  # never let a worker die silently: report it as an unusable file
        log.exception("checking %s failed", path)
        failed = translate("Intake", "{picture} could not be checked.").format(picture=subject)
        check = ImageCheck(path=path, ok=False, problems=[failed])
        thumb, digest = QImage(), ""
    return Checked(check, thumb, digest)


def fingerprint(path: Path) -> str:
    """The SHA-256 of the file's bytes: the name the history gives its kept copy."""
    digest = hashlib.sha256()
    with path.open("rb") as reader:
        while chunk := reader.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def in_background(work: Callable[[], T], receiver: QObject, deliver: Callable[[T], None]) -> None:
    """Run ``work`` on the checks' pool; hand its result to ``deliver`` in ``receiver``'s
    thread (not at all once ``receiver`` is deleted)."""

    def run() -> None:
        give_way_to_the_gui()
        result = work()
        # RuntimeError: the receiver's C++ object is gone, so nobody is waiting any more.
        with contextlib.suppress(RuntimeError):
            QTimer.singleShot(0, receiver, partial(deliver, result))

    checks_pool().start(run)
