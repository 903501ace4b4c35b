"""Presets on disk: named forms a person saved, kept in the data folder between sessions.

A preset is the form's draft (model, length, prompt, negative prompt) under a name, with
its pictures or without; it is written with the draft's own serialisation
(:func:`~poyo_desktop.services.draft_store.draft_to_json`). Its pictures are copies kept
beside the file, named by their content (as the history and the draft keep theirs), so
moving or deleting the originals loses nothing, and the person's own file name is kept
beside each copy, to show.

Every method blocks on the disk: call them off the GUI thread. One store per folder in a
process (:meth:`PresetStore.for_folder`), whose lock makes each change a whole
read-change-write, so a window started again in the same process reads what the last one
wrote. The file is replaced whole (temporary file, fsync, rename); one that cannot be read
is set aside under another name, never overwritten, and the app starts with no presets.
The copies no preset uses any more are deleted at a session's first read, not at once:
until then the form may be showing one.
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, ClassVar

from poyo_desktop.core.wording import translate
from poyo_desktop.services.draft_store import (
    DraftPicture,
    SavedDraft,
    draft_from_json,
    draft_to_json,
    kept_picture,
)
from poyo_desktop.store.images import is_kept_name, keep_image, sync_dir

log = logging.getLogger(__name__)

PRESETS_FOLDER = "presets"
PRESETS_FILE = "presets.json"
IMAGES_FOLDER = "images"
STORE_VERSION = 1
MAX_NAME = 60  # characters: a menu entry, not a paragraph
SIDES = ("start", "end")


@dataclass(frozen=True, slots=True)
class Preset:
    """``draft``: its model, length and prompts; its pictures (kept copies) or none, and
    never a batch (a batch is a folder of someone's photos, not a setting)."""

    name: str
    draft: SavedDraft

    @property
    def pictures(self) -> tuple[DraftPicture, ...]:
        return tuple(p for p in (self.draft.start, self.draft.end) if p is not None)

    def same_settings(self, other: Preset) -> bool:
        """Whether ``other`` holds the same settings and pictures (by content)."""
        mine, theirs = self.draft, other.draft

        def copies(draft: SavedDraft) -> tuple[str | None, ...]:
            return tuple(p.path.name if p else None for p in (draft.start, draft.end))

        return (mine.model, mine.duration, mine.prompt, mine.negative_prompt, copies(mine)) == (
            theirs.model,
            theirs.duration,
            theirs.prompt,
            theirs.negative_prompt,
            copies(theirs),
        )


def clean_name(text: str) -> str:
    """``text`` as a preset's name: no control characters, single spaces, trimmed."""
    return " ".join(re.sub(r"[\x00-\x1f\x7f-\x9f]", " ", text).split())


def name_problem(text: str) -> str | None:
    """Why ``text`` cannot name a preset, in plain words; None when it can."""
    name = clean_name(text)
    if not name:
        return translate("PresetStore", "Give the preset a name.")
    if len(name) > MAX_NAME:
        return translate("PresetStore", "A preset's name has at most {most} characters.").format(
            most=MAX_NAME
        )
    return None


def sort_key(preset: Preset) -> str:
    return preset.name.casefold()


class PresetStore:
    """Reads and changes the presets in ``folder``; get it with :meth:`for_folder`."""

    _stores: ClassVar[dict[Path, PresetStore]] = {}
    _stores_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, folder: Path) -> None:
        self._file = folder / PRESETS_FILE
        self._images = folder / IMAGES_FOLDER
        self._lock = threading.Lock()

    @classmethod
    def for_folder(cls, data_dir: Path) -> PresetStore:
        """The one store of the presets in the data folder ``data_dir``, in this process."""
        key = (Path(data_dir) / PRESETS_FOLDER).absolute()
        with cls._stores_lock:
            store = cls._stores.get(key)
            if store is None:
                store = cls._stores[key] = cls(key)
            return store

    @property
    def images_dir(self) -> Path:
        return self._images

    def load(self, *, tidy: bool = False) -> list[Preset]:
        """The presets saved, by name. With ``tidy``, the picture copies no preset uses are
        deleted: only when nothing else can be showing one (the form may show a deleted
        preset's picture until the session ends; the draft keeps a copy of its own)."""
        with self._lock:
            presets = self._read()
            if tidy:
                self._forget_copies_but({p.path.name for x in presets for p in x.pictures})
            return presets

    def change(self, edit: Callable[[list[Preset]], list[Preset]]) -> list[Preset]:
        """Apply ``edit`` to the presets saved and write what it returns (its pictures
        kept as copies first); the presets now saved, by name. Raises OSError when they
        cannot be written (then nothing changed)."""
        with self._lock:
            presets = [self._keep_pictures(p) for p in edit(self._read())]
            self._write(presets)
            return sorted(presets, key=sort_key)

    def _read(self) -> list[Preset]:
        try:
            raw = json.loads(self._file.read_text(encoding="utf-8"))
            entries = raw["presets"]
            if not isinstance(entries, list):
                raise TypeError("the presets are not a list")
        except FileNotFoundError:
            return []
        except (OSError, ValueError, TypeError, KeyError) as exc:
            self._set_aside(exc)
            return []
        presets: list[Preset] = []
        for entry in entries:
            try:
                draft = draft_from_json(entry["draft"], self._picture)
                presets.append(Preset(clean_name(str(entry["name"])), replace(draft, batch=None)))
            except (ValueError, TypeError, KeyError) as exc:
                log.warning("a saved preset could not be read (%s): skipped", exc)
        return sorted(presets, key=sort_key)

    def _picture(self, saved: Any) -> DraftPicture | None:
        return kept_picture(self._images, saved)

    def _set_aside(self, reason: Exception) -> None:
        """A file that cannot be read is kept under another name, for a person to look at."""
        aside = self._file.with_name(f"presets.unreadable-{time.strftime('%Y%m%d-%H%M%S')}.json")
        log.warning("the presets could not be read (%s); kept as %s", reason, aside.name)
        try:
            os.replace(self._file, aside)
        except OSError as exc:
            log.warning("could not set the unreadable presets aside: %s", exc)

    def _keep_pictures(self, preset: Preset) -> Preset:
        draft = preset.draft
        start, end = (self._kept(p) if p else None for p in (draft.start, draft.end))
        return Preset(clean_name(preset.name), replace(draft, start=start, end=end, batch=None))

    def _kept(self, picture: DraftPicture) -> DraftPicture:
        if picture.path.parent == self._images and is_kept_name(picture.path.name):
            return picture
        return replace(picture, path=keep_image(self._images, picture.path))

    def _write(self, presets: Sequence[Preset]) -> None:
        entries = [{"name": p.name, "draft": draft_to_json(p.draft, _sides(p))} for p in presets]
        payload = {"version": STORE_VERSION, "presets": entries}
        self._file.parent.mkdir(parents=True, exist_ok=True)
        temp = self._file.with_suffix(".tmp")
        with open(temp, "w", encoding="utf-8") as handle:
            handle.write(json.dumps(payload, indent=2, ensure_ascii=False))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, self._file)
        sync_dir(self._file.parent)

    def _forget_copies_but(self, used: set[str]) -> None:
        if self._images.is_dir():
            for entry in self._images.iterdir():
                if entry.name not in used and is_kept_name(entry.name):
                    entry.unlink(missing_ok=True)


def _sides(preset: Preset) -> dict[str, Any]:
    """Each picture of ``preset`` as the file keeps it: its copy's name, the person's name
    for it, and where they picked it (this computer's path: never exported)."""
    sides: dict[str, Any] = {}
    for side, picture in zip(SIDES, (preset.draft.start, preset.draft.end), strict=True):
        if picture is not None:
            original = str(picture.original) if picture.original else ""
            sides[side] = {"copy": picture.path.name, "name": picture.name, "original": original}
    return sides
