"""A batch's pictures as the command line reads them, before the owner of the history is
asked anything: folders opened and each picture checked as the window's batch does it
(``core/batch.pictures_in``: the pictures directly inside, by name; the window's picture
check, named by the file, and ``--fit`` as ``cli/fitting`` does it; the SHA-256 of the bytes
sent, which is how the history knows a picture again). The checks read the disk, so they run
here, not in the app that answers.
"""

from __future__ import annotations

import csv
import hashlib
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from poyo_desktop.cli.fitting import Fitted, Fitting, fit_picture
from poyo_desktop.core.batch import LeftOut, pictures_in
from poyo_desktop.core.rules import MAX_COPIES
from poyo_desktop.services.preflight import IMAGE_SUFFIXES

_CHUNK = 1 << 20


class InputError(ValueError):
    """A file the command was given cannot be read; the message is for the person."""


@dataclass(slots=True)
class Pictures:
    """The usable pictures (as the review request carries them) and the refused ones."""

    items: list[dict[str, Any]] = field(default_factory=list)
    refused: list[LeftOut] = field(default_factory=list)


def gather(inputs: list[Path]) -> list[Path]:
    """The files named, each folder replaced by the pictures directly inside it, in the
    order a file manager shows them (hidden files and subfolders left alone)."""
    found: list[Path] = []
    for item in inputs:
        if not item.is_dir():
            found.append(item)
            continue
        try:
            names = [entry.name for entry in item.iterdir() if not entry.is_dir()]
        except OSError as error:
            raise InputError(f"The folder “{item}” could not be opened: {error}.") from error
        found += [item / name for name in pictures_in(names, IMAGE_SUFFIXES)[0]]
    return found


@dataclass(frozen=True, slots=True)
class OwnSettings:
    """What the prompts file sets for one picture (``None``: the batch's shared one)."""

    prompt: str | None = None
    copies: int | None = None


def prompts_from(path: Path | None) -> dict[str, OwnSettings]:
    """``file,prompt[,copies]`` rows, by picture name: its own prompt, and how many videos
    of it. A header row names the columns (``file`` first, then ``prompt`` and ``copies``
    in any order); without one they are in that order. A bad ``copies`` is refused with
    its line, before anything is asked or sent."""
    if path is None:
        return {}
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            return _rows(path, csv.reader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise InputError(f"The prompts file “{path}” could not be read: {error}.") from error


def _rows(path: Path, rows: Any) -> dict[str, OwnSettings]:
    """The settings of each row of ``rows`` (a csv.reader: its ``line_num`` is the line a
    person sees in an editor, quoted line breaks counted)."""
    columns = {"file": 0, "prompt": 1, "copies": 2}
    found: dict[str, OwnSettings] = {}
    for row in rows:
        if not row or not row[0].strip():
            continue
        if rows.line_num == 1 and row[0].strip().lower() == "file":
            columns = {name.strip().lower(): index for index, name in enumerate(row)}
            continue
        copies = _copies(_cell(row, columns, "copies"), path, rows.line_num)
        name = Path(_cell(row, columns, "file")).name
        found[name] = OwnSettings(_cell(row, columns, "prompt") or None, copies)
    return found


def _cell(row: list[str], columns: dict[str, int], name: str) -> str:
    index = columns.get(name)
    return row[index].strip() if index is not None and index < len(row) else ""


def _copies(text: str, path: Path, line: int) -> int | None:
    if not text:
        return None
    try:
        copies = int(text)
    except ValueError:
        copies = 0
    if not 1 <= copies <= MAX_COPIES:
        raise InputError(
            f"The prompts file “{path.name}”, line {line}: copies “{text}” is not a whole "
            f"number from 1 to {MAX_COPIES}."
        )
    return copies


def fingerprint(path: Path) -> str:
    """The SHA-256 of the file's bytes: the name the history gives its kept copy."""
    digest = hashlib.sha256()
    with path.open("rb") as reader:
        while chunk := reader.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _fingerprint(fitted: Fitted) -> str:
    try:
        return fingerprint(fitted.path)  # what is sent: a fixed copy's, when it is one
    except OSError:
        return ""


def _qt_here() -> None:
    """Qt's application object, made on this thread before a worker reads a picture: the
    first thread to touch Qt becomes its main thread, and it must be this one."""
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is None:
        QCoreApplication([sys.argv[0]])


def check_pictures(files: list[Path], own: dict[str, OwnSettings], how: Fitting) -> Pictures:
    """Every file through the checks (a few at a time), in order: usable ones become the
    review's items (with their own prompt and copies, if the prompts file gives them)."""
    _qt_here()
    workers = max(1, min(4, os.cpu_count() or 1))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(partial(_checked, how=how), files))
    found = Pictures()
    for path, (result, digest) in zip(files, results, strict=True):
        if isinstance(result, list) or not digest:
            reason = result if isinstance(result, list) else [f"{path.name} could not be read."]
            found.refused.append(LeftOut(path.name, " ".join(reason)))
            continue
        settings = own.get(path.name, OwnSettings())
        found.items.append(
            {
                "picture": str(result.path.absolute()),
                "original": str(path.absolute()) if result.original else None,
                "name": path.name,
                "digest": digest,
                "prompt": settings.prompt,
                "copies": settings.copies,
                "changes": list(result.changes),
            }
        )
    return found


def _checked(path: Path, how: Fitting) -> tuple[Fitted | list[str], str]:
    """The window's check of one batch picture (its problems named by the file), made fit
    (``--fit``), and the fingerprint of what is sent (on a worker thread)."""
    result = fit_picture(path, how, subject=path.name)
    return result, _fingerprint(result) if isinstance(result, Fitted) else ""
