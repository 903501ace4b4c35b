"""Presets as a file to carry to another computer or give to someone: JSON, versioned, its
pictures inside it (never a path into someone's home).

A file from a stranger is read as hostile: it must say what it is and its version, every
field must be of its kind and within the app's rules (a known model and length, a prompt
PoYo would take, a name fit for a menu), every picture must decode as a picture of a kind
PoYo takes, and the whole file has a size limit. Nothing in it is used as a path: a
picture's name is only shown (its last part, cleaned), and its copy is named by its
content. All of it is checked before anything is kept, so a refused file changes nothing;
the refusal says in plain words what is wrong, and where.

Blocking (reads, decodes, writes): call these off the GUI thread.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from poyo_desktop.core.rules import DURATIONS, MODELS, PROMPT_HARD_LIMIT
from poyo_desktop.core.wording import translate
from poyo_desktop.services.draft_store import (
    DraftPicture,
    SavedDraft,
    draft_from_json,
    draft_to_json,
)
from poyo_desktop.services.image_limits import SUPPORTED_FORMATS, megabytes
from poyo_desktop.services.preflight import inspect_image
from poyo_desktop.services.preset_store import SIDES, Preset, clean_name, name_problem
from poyo_desktop.store.images import keep_image

FILE_KIND = "poyo-desktop-presets"
FILE_VERSION = 1
FILE_SUFFIX = ".json"
MAX_FILE_BYTES = 80_000_000  # two large photos per preset, a handful of presets
MAX_PICTURE_BYTES = 30_000_000
MAX_PRESETS = 200
_EXTENSIONS = {"jpeg": "jpg", "png": "png", "gif": "gif", "webp": "webp"}
_SHOWN_CHARS = 40  # of a stranger's text quoted in a message


class PresetFileError(Exception):
    """A presets file cannot be read or written; ``message`` is plain words, safe to show
    (in the window's language: ``core.wording``)."""

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)

    def __str__(self) -> str:
        return self.message


# -- writing ---------------------------------------------------------------------------------


def write_presets_file(path: Path, presets: list[Preset]) -> None:
    """Write ``presets`` to ``path`` (replaced whole), their pictures inside."""
    entries = [{"name": p.name, "draft": _exported(p.draft)} for p in presets]
    payload = {"kind": FILE_KIND, "version": FILE_VERSION, "presets": entries}
    temp = path.with_name(f".{path.name}.tmp")
    try:
        with open(temp, "w", encoding="utf-8") as handle:
            json.dump(payload, handle, indent=1, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)


def _exported(draft: SavedDraft) -> dict[str, Any]:
    """The draft's fields as the draft file writes them, each picture's bytes in place
    of its copy (and no path of this computer: not where it came from)."""
    pictures = {
        side: {"name": p.name, "data": base64.b64encode(p.path.read_bytes()).decode("ascii")}
        for side, p in zip(SIDES, (draft.start, draft.end), strict=True)
        if p is not None
    }
    return draft_to_json(replace(draft, start=None, end=None, batch=None), pictures)


# -- reading ---------------------------------------------------------------------------------


def read_presets_file(path: Path, images_dir: Path) -> list[Preset]:
    """The presets of the file at ``path``, their pictures kept as copies in
    ``images_dir``. Raises :class:`PresetFileError` for anything wrong in it (and then
    nothing was kept)."""
    raw = _parsed(path)
    entries = _entries(raw)
    with tempfile.TemporaryDirectory(prefix="poyo-presets-") as work:
        checked = [_preset(entry, number, Path(work)) for number, entry in enumerate(entries, 1)]
        return [_kept(preset, images_dir) for preset in checked]


def _parsed(path: Path) -> Any:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise PresetFileError(
                translate(
                    "PresetFile", "The file is too big for a presets file ({size}; at most {most})."
                ).format(size=megabytes(size), most=megabytes(MAX_FILE_BYTES))
            )
        text = path.read_bytes().decode("utf-8")
        return json.loads(text)
    except OSError as exc:
        raise PresetFileError(
            translate("PresetFile", "The file could not be read ({reason}).").format(
                reason=exc.strerror or exc
            )
        ) from exc
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise PresetFileError(
            translate(
                "PresetFile",
                "The file is damaged, or it is not a presets file: it is not whole JSON text.",
            )
        ) from exc


def _entries(raw: Any) -> list[Any]:
    if not isinstance(raw, dict) or raw.get("kind") != FILE_KIND:
        raise PresetFileError(
            translate("PresetFile", "The file is not a presets file of PoYo Desktop.")
        )
    version = raw.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise PresetFileError(
            translate("PresetFile", "The file is damaged: it does not say its version.")
        )
    if version > FILE_VERSION:
        raise PresetFileError(
            translate(
                "PresetFile",
                "The file was made by a newer PoYo Desktop (presets file version {version}): "
                "update the app to import it.",
            ).format(version=version)
        )
    entries = raw.get("presets")
    if not isinstance(entries, list) or not entries:
        raise PresetFileError(translate("PresetFile", "The file holds no presets."))
    if len(entries) > MAX_PRESETS:
        raise PresetFileError(
            translate("PresetFile", "The file holds {count} presets; at most {most}.").format(
                count=len(entries), most=MAX_PRESETS
            )
        )
    return entries


def _preset(entry: Any, number: int, work: Path) -> Preset:
    """One entry, checked; its pictures decoded into ``work`` (not kept yet)."""
    if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
        raise PresetFileError(
            translate(
                "PresetFile", "Preset number {number} of the file is damaged: it has no name."
            ).format(number=number)
        )
    problem = name_problem(entry["name"])
    name = clean_name(entry["name"])
    what = _named(name, number)
    if problem is not None:
        raise PresetFileError(
            translate("PresetFile", "{what} cannot be used: {problem}").format(
                what=what, problem=problem
            )
        )
    fields = entry.get("draft")
    if not isinstance(fields, dict):
        raise PresetFileError(
            translate("PresetFile", "{what} is damaged: it holds no settings.").format(what=what)
        )
    _check_fields(fields, what)
    pictures = {
        side: _picture(fields[side], _image_of(side, name, number), work)
        for side in SIDES
        if fields.get(side) is not None
    }
    # Only the fields checked: nothing else of a stranger's file is read (a batch would
    # name paths on this computer).
    known = ("model", "duration", "prompt", "negative_prompt")
    values = {key: fields[key] for key in known if key in fields}
    values.update({side: side for side in pictures})
    return Preset(name, draft_from_json(values, pictures.get))


def _named(name: str, number: int) -> str:
    """The preset as the subject of a sentence: by its name, or by its place in the file."""
    if name:
        return translate("PresetFile", "The preset “{name}”").format(name=_shown(name))
    return translate("PresetFile", "Preset number {number}").format(number=number)


def _image_of(side: str, name: str, number: int) -> str:
    """A picture of the preset as the subject of a sentence."""
    if name and side == "start":
        words = translate("PresetFile", "The start image of the preset “{name}”")
    elif name:
        words = translate("PresetFile", "The end image of the preset “{name}”")
    elif side == "start":
        words = translate("PresetFile", "The start image of preset number {number}")
    else:
        words = translate("PresetFile", "The end image of preset number {number}")
    return words.format(name=_shown(name), number=number)


def _check_fields(fields: dict[str, Any], what: str) -> None:
    model, duration = fields.get("model"), fields.get("duration")
    if model not in MODELS:
        raise PresetFileError(
            translate(
                "PresetFile", "{what} is for a model this app does not know (“{model}”)."
            ).format(what=what, model=_shown(str(model)))
        )
    if duration not in DURATIONS or isinstance(duration, bool):
        raise PresetFileError(
            translate(
                "PresetFile", "{what} asks for a length this app does not offer (“{length}”)."
            ).format(what=what, length=_shown(str(duration)))
        )
    for key in ("prompt", "negative_prompt"):
        text = fields.get(key, "")
        if not isinstance(text, str):
            raise PresetFileError(_not_text(key).format(what=what))
        if len(text) > PROMPT_HARD_LIMIT:
            raise PresetFileError(
                _too_long(key).format(
                    what=what, count=f"{len(text):,}", most=f"{PROMPT_HARD_LIMIT:,}"
                )
            )


def _not_text(key: str) -> str:
    if key == "prompt":
        return translate("PresetFile", "{what} is damaged: its prompt is not text.")
    return translate("PresetFile", "{what} is damaged: its negative prompt is not text.")


def _too_long(key: str) -> str:
    if key == "prompt":
        return translate(
            "PresetFile", "{what} has a prompt of {count} characters; PoYo takes at most {most}."
        )
    return translate(
        "PresetFile",
        "{what} has a negative prompt of {count} characters; PoYo takes at most {most}.",
    )


def _picture(saved: Any, label: str, work: Path) -> DraftPicture:
    """A picture of the file, decoded into ``work`` and checked to be a picture."""
    if not isinstance(saved, dict) or not isinstance(saved.get("data"), str):
        raise PresetFileError(
            translate("PresetFile", "{subject} is damaged: it holds no picture.").format(
                subject=label
            )
        )
    data: str = saved["data"]
    if len(data) > MAX_PICTURE_BYTES * 4 // 3 + 4:
        raise PresetFileError(
            translate("PresetFile", "{subject} is too big (at most {most}).").format(
                subject=label, most=megabytes(MAX_PICTURE_BYTES)
            )
        )
    try:
        content = base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise PresetFileError(
            translate("PresetFile", "{subject} is damaged: it could not be read.").format(
                subject=label
            )
        ) from exc
    candidate = work / f"picture-{os.urandom(16).hex()}"
    candidate.write_bytes(content)
    check = inspect_image(candidate, subject=label)
    if not check.width or check.format not in SUPPORTED_FORMATS:
        reasons = [p for p in check.problems if "too small" not in p and "too wide" not in p]
        raise PresetFileError(
            reasons[0]
            if reasons
            else translate("PresetFile", "{subject} is not a picture.").format(subject=label)
        )
    final = candidate.rename(candidate.with_suffix(f".{_EXTENSIONS[check.format]}"))
    return DraftPicture(final, _picture_name(saved.get("name"), check.format))


def _picture_name(name: Any, fmt: str) -> str:
    """What the picture is shown as: the last part of its name, cleaned, never a path."""
    text = clean_name(str(name)) if isinstance(name, str) else ""
    shown = text.replace("\\", "/").rsplit("/", 1)[-1].strip(". ")
    return shown[:80] or f"picture.{_EXTENSIONS[fmt]}"


def _kept(preset: Preset, images_dir: Path) -> Preset:
    draft = preset.draft
    start, end = (
        replace(p, path=keep_image(images_dir, p.path)) if p else None
        for p in (draft.start, draft.end)
    )
    return replace(preset, draft=replace(draft, start=start, end=end))


def _shown(text: str) -> str:
    """A stranger's text, short and on one line, to quote in a message."""
    line = clean_name(text)
    return line if len(line) <= _SHOWN_CHARS else line[: _SHOWN_CHARS - 1] + "…"
