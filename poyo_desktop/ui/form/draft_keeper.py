"""Keeps the generation form's draft between sessions (see services/draft_store.py).

Put back at start, field by field, where the form still holds its default (a picture
given on the command line, or words typed in the first moment, are the person's newer
choice and win); then saved a moment after each change, off the GUI thread. Nothing is
cleared but what the person clears: an emptied field is saved empty.

A batch comes back too, with each picture's own prompt and copies, and the pictures left
out; one gone from the disk meanwhile is listed among them as missing. It comes back only
to an empty start slot: a picture given on the command line is the newer choice.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from poyo_desktop.core.rules import DURATIONS, STANDARD
from poyo_desktop.services.draft_store import DraftPicture, DraftStore, SavedDraft

if TYPE_CHECKING:
    from pathlib import Path

    from poyo_desktop.ui.form.drop_zone import ImageDropZone
    from poyo_desktop.ui.form.form import GenerationForm

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 400  # after the last change: typing is saved once a pause comes


class DraftKeeper(QObject):
    """Restores ``form`` from the draft in ``folder`` and keeps saving it there."""

    def __init__(self, form: GenerationForm, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._form = form
        self._store = DraftStore.for_folder(folder)
        self._restored = False  # nothing is saved before the last draft was put back
        self._save_asked = False  # asked meanwhile (the window closed): saved once it is
        self._last: SavedDraft | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        form.draft_changed.connect(self._on_changed)

    async def restore(self) -> None:
        """Put the last session's draft back (read off the GUI thread)."""
        try:
            saved = await asyncio.to_thread(self._store.load)
        finally:
            self._restored = True
        if saved is not None:
            self._apply(saved)
            self._last = saved
        if self._save_asked:
            self.save_now()  # the window closed while the draft was read
        else:
            self._on_changed()  # what the form holds now (maybe newer than the draft)

    def _apply(self, saved: SavedDraft) -> None:
        form = self._form
        if form.model() == STANDARD:
            form.set_model(saved.model)
        if form.duration() == DURATIONS[0]:
            form.set_duration(saved.duration)
        if not form.prompt() and saved.prompt:
            form.prompt_edit.setPlainText(saved.prompt)
        if not form.negative_prompt() and saved.negative_prompt:
            form.negative_edit.setPlainText(saved.negative_prompt)
            form.show_negative_prompt()
        given = form.start_zone.path() is not None
        for zone, picture in ((form.start_zone, saved.start), (form.end_zone, saved.end)):
            if zone.path() is None and picture is not None:
                zone.set_image(picture.path, display_name=picture.name, original=picture.original)
        batches = form.batches
        if batches.copies.copies() == 1 and saved.copies > 1:
            batches.copies.spin.setValue(saved.copies)
        if saved.batch is not None and not given and batches.batch() is None:
            batches.restore(saved.batch)

    def save_now(self) -> None:
        """Hand the form as it is now to the writer (which never blocks this thread)."""
        self._timer.stop()
        if not self._restored:
            self._save_asked = True
            return
        draft = form_snapshot(self._form)
        if draft != self._last:
            self._last = draft
            self._store.save_later(draft)

    def _on_changed(self) -> None:
        if self._restored:
            self._timer.start()


def form_snapshot(form: GenerationForm) -> SavedDraft:
    """What ``form`` holds, as a draft (presets are saved from it too)."""
    return SavedDraft(
        model=form.model(),
        duration=form.duration(),
        prompt=form.prompt(),
        negative_prompt=form.negative_prompt(),
        start=_picture(form.start_zone),
        end=_picture(form.end_zone),
        copies=form.batches.copies.copies(),
        batch=form.batches.snapshot(),
    )


def _picture(zone: ImageDropZone) -> DraftPicture | None:
    path = zone.path()
    if path is None:
        return None
    return DraftPicture(path, zone.display_name() or path.name, zone.original_path())
