"""Presets: the form saved under a name, put back from a menu, carried in a file.

What the Presets menu asks for, done off the GUI thread (:mod:`.preset_store` keeps them in
the data folder, :mod:`.preset_file` writes and reads the file to share); the presets, as
last read or written, are kept here for the menu to list at once, and :attr:`changed`
says when they are new. A change that cannot be made raises with plain words for the
person (``OSError`` from the disk, :class:`~.preset_file.PresetFileError` from a file),
and changes nothing.

Made when a person first opens the menu, never at start-up.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from poyo_desktop.core.wording import translate
from poyo_desktop.services.preset_file import read_presets_file, write_presets_file
from poyo_desktop.services.preset_store import (
    Preset,
    PresetStore,
    clean_name,
    name_problem,
    sort_key,
)

if TYPE_CHECKING:
    from pathlib import Path

    from poyo_desktop.services.draft_store import SavedDraft


@dataclass(frozen=True, slots=True)
class Imported:
    """What an import did: ``added`` (their names here, a clash renamed "Name (2)"), and
    ``already``: those that were saved here already, the same in every setting."""

    added: tuple[str, ...]
    already: tuple[str, ...]


class PresetService(QObject):
    """The presets of the data folder ``data_dir``."""

    changed = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = PresetStore.for_folder(data_dir)
        self._presets: list[Preset] | None = None  # None: not read yet

    def is_loaded(self) -> bool:
        return self._presets is not None

    def presets(self) -> list[Preset]:
        """By name; empty until :meth:`load` has read them."""
        return list(self._presets or [])

    def find(self, name: str) -> Preset | None:
        return next((p for p in self._presets or [] if p.name == name), None)

    async def load(self) -> list[Preset]:
        """The presets saved; the first load of a service (made when the menu is first
        opened, before the form can show a preset's picture) tidies unused copies."""
        tidy = self._presets is None
        return self._have(await asyncio.to_thread(self._store.load, tidy=tidy))

    async def save(self, name: str, draft: SavedDraft, *, pictures: bool) -> Preset:
        """Save ``draft`` as ``name`` (one of that name is replaced), with its start and end
        pictures (copies of them) when ``pictures``; never its batch."""
        kept = replace(
            draft,
            start=draft.start if pictures else None,
            end=draft.end if pictures else None,
            copies=1,
            batch=None,
        )
        preset = Preset(_checked(name), kept)

        def edit(presets: list[Preset]) -> list[Preset]:
            return [*(p for p in presets if p.name != preset.name), preset]

        saved = self._have(await asyncio.to_thread(self._store.change, edit))
        return next(p for p in saved if p.name == preset.name)

    async def rename(self, name: str, new_name: str) -> None:
        """``name`` is called ``new_name`` now; ValueError when another one is."""
        new_name = _checked(new_name)

        def edit(presets: list[Preset]) -> list[Preset]:
            if new_name != name and any(p.name == new_name for p in presets):
                raise ValueError(
                    translate("Presets", "A preset called “{name}” is saved already.").format(
                        name=new_name
                    )
                )
            return [replace(p, name=new_name) if p.name == name else p for p in presets]

        self._have(await asyncio.to_thread(self._store.change, edit))

    async def delete(self, name: str) -> None:
        def edit(presets: list[Preset]) -> list[Preset]:
            return [p for p in presets if p.name != name]

        self._have(await asyncio.to_thread(self._store.change, edit))

    async def export(self, path: Path) -> list[Preset]:
        """Write every preset to the file ``path``; those written."""
        presets = await self.load()
        await asyncio.to_thread(write_presets_file, path, presets)
        return presets

    async def import_file(self, path: Path) -> Imported:
        """Add the presets of the file at ``path`` (checked whole first: a file with
        anything wrong adds none and raises PresetFileError)."""
        result: list[Imported] = []

        def edit(presets: list[Preset]) -> list[Preset]:
            # Read within the change: its copies are kept before any other change can
            # tidy the pictures no preset uses.
            found = read_presets_file(path, self._store.images_dir)
            merged, added, already = merge(presets, found)
            result.append(Imported(added, already))
            return merged

        self._have(await asyncio.to_thread(self._store.change, edit))
        return result[0]

    def _have(self, presets: list[Preset]) -> list[Preset]:
        self._presets = sorted(presets, key=sort_key)
        self.changed.emit()
        return self.presets()


def _checked(name: str) -> str:
    """``name`` cleaned; ValueError with the words to show when it cannot name a preset."""
    problem = name_problem(name)
    if problem is not None:
        raise ValueError(problem)
    return clean_name(name)


def merge(
    saved: list[Preset], incoming: list[Preset]
) -> tuple[list[Preset], tuple[str, ...], tuple[str, ...]]:
    """``saved`` with ``incoming`` added: one the same as a saved one (name and settings)
    is not added twice; one whose name is taken gets the first free "Name (2)", "Name (3)"."""
    merged = list(saved)
    added: list[str] = []
    already: list[str] = []
    for preset in incoming:
        if any(p.name == preset.name and p.same_settings(preset) for p in merged):
            already.append(preset.name)
            continue
        name, number = preset.name, 2
        while any(p.name == name for p in merged):
            name, number = f"{preset.name} ({number})", number + 1
        merged.append(replace(preset, name=name))
        added.append(name)
    return merged, tuple(added), tuple(already)
