"""Between the form and a preset: what the form holds (the draft keeper's own snapshot),
putting a preset into it, and a preset in a few words.

A preset fills the model, the length and both prompts. Its pictures, when it has them,
replace the form's (a batch ends, as with "use these settings again"); a preset without
pictures leaves the form's pictures, or its batch, as they are, so a saved style can be
put on the photo just chosen. The prompts are replaced as an edit of the field, so Ctrl+Z
in a prompt brings back what it held before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCursor

from poyo_desktop.core.rules import PRO
from poyo_desktop.ui.form.draft_keeper import form_snapshot
from poyo_desktop.ui.kit.translations import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPlainTextEdit

    from poyo_desktop.services.draft_store import SavedDraft
    from poyo_desktop.services.preset_store import Preset
    from poyo_desktop.ui.form.form import GenerationForm

MODEL_NAMES = {PRO: QT_TRANSLATE_NOOP("PresetsForm", "Pro")}  # any other: Standard
STANDARD_NAME = QT_TRANSLATE_NOOP("PresetsForm", "Standard")
_QUOTED = 40


def snapshot(form: GenerationForm) -> SavedDraft:
    """What ``form`` holds now, as a preset is saved from it."""
    return form_snapshot(form)


def apply_preset(form: GenerationForm, preset: Preset) -> None:
    """Fill ``form`` from ``preset`` (see the module's note)."""
    draft = preset.draft
    if preset.pictures:
        form.batches.end()
    form.set_model(draft.model)
    form.set_duration(draft.duration)
    _replace_text(form.prompt_edit, draft.prompt)
    _replace_text(form.negative_edit, draft.negative_prompt)
    if draft.negative_prompt:
        form.show_negative_prompt()
    if preset.pictures:
        for zone, picture in ((form.start_zone, draft.start), (form.end_zone, draft.end)):
            if picture is None:
                zone.set_image(None)
            else:
                zone.set_image(picture.path, display_name=picture.name, original=picture.original)


def _replace_text(edit: QPlainTextEdit, text: str) -> None:
    """``edit`` holds ``text``, as one step its undo can take back."""
    if edit.toPlainText() == text:
        return
    cursor = edit.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.insertText(text)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    edit.setTextCursor(cursor)


def summary(draft: SavedDraft) -> str:
    """e.g. "Pro · 10 seconds · 2 pictures · “Waves roll in slowly…” · a negative prompt"."""
    model = translate("PresetsForm", MODEL_NAMES.get(draft.model, STANDARD_NAME))
    parts = [model, translate("PresetsForm", "%n second(s)", "", draft.duration)]
    count = sum(p is not None for p in (draft.start, draft.end))
    if count:
        parts.append(translate("PresetsForm", "%n picture(s)", "", count))
    if draft.prompt:
        prompt = " ".join(draft.prompt.split())
        if len(prompt) > _QUOTED:  # cut between words
            prompt = prompt[: _QUOTED + 1].rsplit(" ", 1)[0].rstrip(",.;:") + "…"
        parts.append(translate("PresetsForm", "“{prompt}”").format(prompt=prompt))
    else:
        parts.append(translate("PresetsForm", "no prompt"))
    if draft.negative_prompt:
        parts.append(translate("PresetsForm", "a negative prompt"))
    return " · ".join(parts)
