"""Edit Video: what can still change about a video waiting to be sent (its prompt, negative
prompt, length and model), with the price it will cost after the change.

A dialog of its own, opened from the Task menu's Edit…. What is allowed is the jobs
service's to say (services/queue_edits: the form's rules, and whether the video still
waits); this shows it, and asks for the edit. While it is open the video may be sent (its
turn came): then it says so at once, and Save is no longer offered, though the words typed
stay there to copy. Window-modal and not blocking: the app goes on sending meanwhile.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import shiboken6
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from poyo_desktop.core.prices import price_credits
from poyo_desktop.core.rules import DURATIONS, PRO, STANDARD, Severity
from poyo_desktop.services.queue_edits import Edit, Edited, edit_problems, model_refusal
from poyo_desktop.ui.form.price_text import footer_price
from poyo_desktop.ui.form.problem_messages import said
from poyo_desktop.ui.kit.elided_label import MiddleElidedLabel
from poyo_desktop.ui.kit.focus_ring import show_focus_ring
from poyo_desktop.ui.kit.locale_words import credits_text, money
from poyo_desktop.ui.kit.theme import error_color, muted_color, set_text_color, warning_color
from poyo_desktop.ui.kit.translations import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    import asyncio

    from poyo_desktop.core.job import Job
    from poyo_desktop.services.jobs import JobService
    from poyo_desktop.services.queue_edits import NotEdited
    from poyo_desktop.ui.tasks.thumbnails import ThumbnailCache

TITLE = QT_TRANSLATE_NOOP("EditDialog", "Edit Video")
INTRO = QT_TRANSLATE_NOOP("EditDialog", "Not sent yet, so changing it costs nothing.")
THUMB = QSize(64, 64)
_MODELS = (
    (STANDARD, QT_TRANSLATE_NOOP("EditDialog", "Standard")),
    (PRO, QT_TRANSLATE_NOOP("EditDialog", "Pro")),
)
K = TypeVar("K", str, int)


class EditDialog(QDialog):
    """Edits ``job`` through ``jobs`` (the jobs service); closes once the edit is kept."""

    def __init__(
        self, job: Job, jobs: JobService, thumbnails: ThumbnailCache, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("EditDialog", TITLE))
        self.setObjectName("editVideoDialog")
        self._job = job
        self._jobs = jobs
        self._thumbnails = thumbnails
        self._saving = False
        self._closed_reason: str | None = None  # the video was sent: nothing to save
        self._failure: str | None = None  # the last Save's, when it may be tried again
        self._build()
        self._fill(job)
        self._connect()
        self._refresh()
        self.prompt_edit.setFocus()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(18, 16, 18, 14)
        column.setSpacing(12)
        column.addLayout(self._build_header())
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(10)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.prompt_edit = _text_box(
            translate("EditDialog", "Prompt"),
            translate("EditDialog", "Describe what should happen."),
            104,
        )
        self.negative_edit = _text_box(
            translate("EditDialog", "Negative prompt"),
            translate("EditDialog", "Things to avoid, e.g. blur, distorted faces, text"),
            56,
        )
        form.addRow(translate("EditDialog", "Prompt"), self.prompt_edit)
        form.addRow(translate("EditDialog", "Negative prompt"), self.negative_edit)
        names = {model: translate("EditDialog", name) for model, name in _MODELS}
        self.models, model_row = _radio_row(self, names, translate("EditDialog", "{} model"))
        self.model_note = _note_label()
        set_text_color(self.model_note, muted_color(self.palette()))
        model_box = QVBoxLayout()
        model_box.setSpacing(2)
        model_box.addLayout(model_row)
        model_box.addWidget(self.model_note)
        form.addRow(translate("EditDialog", "Model"), model_box)
        lengths = {s: translate("EditDialog", "%n second(s)", "", s) for s in DURATIONS}
        self.lengths, length_row = _radio_row(self, lengths, translate("EditDialog", "Length {}"))
        form.addRow(translate("EditDialog", "Length"), length_row)
        self.price = QLabel(self)
        self.price.setAccessibleName(translate("EditDialog", "Cost"))
        font = self.price.font()
        font.setBold(True)
        self.price.setFont(font)
        form.addRow(translate("EditDialog", "Cost"), self.price)
        column.addLayout(form)
        self.message = _note_label()
        column.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        column.addSpacing(4)
        column.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _build_header(self) -> QHBoxLayout:
        self.thumbnail = QLabel(self)
        self.thumbnail.setFixedSize(THUMB)
        self.picture_name = MiddleElidedLabel(self)
        font = self.picture_name.font()
        font.setBold(True)
        self.picture_name.setFont(font)
        self.intro = intro = QLabel(translate("EditDialog", INTRO), self)
        intro.setWordWrap(True)
        set_text_color(intro, muted_color(self.palette()))
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addStretch(1)
        words.addWidget(self.picture_name)
        words.addWidget(intro)
        words.addStretch(1)
        header = QHBoxLayout()
        header.setSpacing(12)
        header.addWidget(self.thumbnail)
        header.addLayout(words, 1)
        return header

    def _fill(self, job: Job) -> None:
        self.prompt_edit.setPlainText(job.prompt)
        self.negative_edit.setPlainText(job.negative_prompt)
        for model, radio in self.models.items():
            radio.setChecked(model == job.model)
            refusal = model_refusal(job, model)
            radio.setEnabled(refusal is None or model == job.model)
            radio.setToolTip(refusal or "")
        self.lengths.get(job.duration, self.lengths[DURATIONS[0]]).setChecked(True)
        start, end = _picture(job.start_image_original, job.start_image), None
        if job.end_image or job.end_image_original:
            end = _picture(job.end_image_original, job.end_image)
        self.picture_name.setText(f"{start} → {end}" if end and job.sends_end_image else start)
        self._show_thumbnail()

    def _connect(self) -> None:
        self.prompt_edit.textChanged.connect(self._refresh)
        self.negative_edit.textChanged.connect(self._refresh)
        for radio in (*self.models.values(), *self.lengths.values()):
            radio.toggled.connect(self._refresh)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self._jobs.job_changed.connect(self._on_job_changed)
        self._jobs.job_removed.connect(self._on_job_removed)
        # A method of the dialog, not a lambda: Qt drops the connection with the dialog,
        # whose picture may still be decoding when it closes.
        self._thumbnails.thumbnail_ready.connect(self._on_thumbnail_ready)

    # -- what it shows -----------------------------------------------------------------------

    def edit(self) -> Edit:
        """The video as the fields now say."""
        model = next((m for m, radio in self.models.items() if radio.isChecked()), STANDARD)
        length = next((s for s, radio in self.lengths.items() if radio.isChecked()), 5)
        return Edit(self.prompt_edit.toPlainText(), self.negative_edit.toPlainText(), length, model)

    def _refresh(self) -> None:
        edit = self.edit()
        problems = said(edit_problems(self._job, edit))
        errors = [p for p in problems if p.severity is Severity.ERROR]
        stop = self._closed_reason or self._failure
        shown = stop or (problems[0].message if problems else "")
        self.message.setText(shown)
        self.message.setVisible(bool(shown))
        severe = stop is not None or bool(errors)
        colour = error_color if severe else warning_color
        set_text_color(self.message, colour(self.palette()))
        self.model_note.setText(self._model_words(edit))
        self.model_note.setVisible(bool(self.model_note.text()))
        self.price.setText(self._price_words(edit))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not errors and not self._saving and self._closed_reason is None)
        self._make_room()

    def _make_room(self) -> None:
        """Taller when a message appears, rather than squeezing the fields: a wrapped label's
        height depends on its width, which a window's minimum size does not follow."""
        layout = self.layout()
        needed = layout.totalHeightForWidth(self.width()) if layout is not None else -1
        if needed > self.height():
            self.resize(self.width(), needed)

    def _model_words(self, edit: Edit) -> str:
        """Why a model cannot be chosen, or what choosing it means for the pictures."""
        job = self._job
        end = _picture(job.end_image_original, job.end_image) if job.end_image else ""
        for model, _name in _MODELS:
            refusal = model_refusal(job, model)
            if refusal is not None and model != edit.model:
                ends = translate("EditDialog", "{refusal} This video ends on {picture}.")
                return ends.format(refusal=refusal, picture=end) if end else refusal
        if end and edit.model == PRO and not job.sends_end_image:
            return translate("EditDialog", "With Pro, it also ends on {picture}.").format(
                picture=end
            )
        return ""

    def _price_words(self, edit: Edit) -> str:
        """What it will cost once changed, in the form's words ("60 credits (about $0.30)",
        or free in demo mode), and what it was to cost when that differs."""
        if self._job.backend == "demo":
            return footer_price(edit.model, edit.duration, demo=True)
        price = price_credits(edit.model, edit.duration)
        words = money(price) if price is not None else ""
        before = price_credits(self._job.model, self._job.duration)
        if words and before is not None and before != price:
            words = translate("EditDialog", "{price}, was {credits}").format(
                price=words, credits=credits_text(before)
            )
        return words

    def _on_thumbnail_ready(self, _path: str) -> None:
        self._show_thumbnail()

    def _show_thumbnail(self) -> None:
        path = self._job.start_image or self._job.start_image_original or ""
        ratio = self.devicePixelRatioF()
        pixmap = self._thumbnails.lookup(path, THUMB, ratio) if path else None
        self.thumbnail.setPixmap(pixmap or self._thumbnails.placeholder(THUMB, ratio))

    # -- the video changes meanwhile ---------------------------------------------------------

    def _on_job_changed(self, job: Job) -> None:
        if job.id != self._job.id or self._saving:
            return
        self._job = job
        why = self._jobs.edit_refusal(job)
        if why is not None:
            self._close_for(why)

    def _on_job_removed(self, job_id: str) -> None:
        if job_id == self._job.id and not self._saving:
            self._close_for(
                translate(
                    "EditDialog", "This video was removed from the list, so nothing was changed."
                )
            )

    def _close_for(self, why: str) -> None:
        """It can no longer be edited: say why, offer only Close; the words stay to copy."""
        self._closed_reason = why
        self.intro.setText(translate("EditDialog", "It can no longer change."))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(translate("EditDialog", "Close"))
        self._refresh()

    # -- saving ------------------------------------------------------------------------------

    def _save(self) -> None:
        if self._saving or self._closed_reason is not None:
            return
        self._saving = True
        self._failure = None
        self._refresh()
        answer: asyncio.Future[Edited | NotEdited] = self._jobs.edit(self._job.id, self.edit())
        answer.add_done_callback(self._on_answer)

    def _on_answer(self, answer: asyncio.Future[Edited | NotEdited]) -> None:
        if not shiboken6.isValid(self) or answer.cancelled():
            return
        self._saving = False
        outcome = answer.exception() or answer.result()
        if isinstance(outcome, Edited):
            self.accept()
            return
        message = getattr(outcome, "message", None) or translate(
            "EditDialog", "This video could not be changed."
        )
        current = self._jobs.get(self._job.id)
        if current is None or self._jobs.edit_refusal(current) is not None:
            self._close_for(message)  # sent (or gone) meanwhile: it can no longer change
        else:  # the history could not be written: it may be tried again
            self._failure = message
            self._refresh()


def _text_box(name: str, placeholder: str, height: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    show_focus_ring(box)  # styles mark no focused multi-line field
    return box


def _radio_row(
    parent: QWidget, choices: dict[K, str], name: str
) -> tuple[dict[K, QRadioButton], QHBoxLayout]:
    """One radio button per choice in a row, in one exclusive group (of ``parent``); each
    named as the form names it (``name`` with the label in it: "Pro model")."""
    group = QButtonGroup(parent)
    row = QHBoxLayout()
    row.setSpacing(18)
    buttons: dict[K, QRadioButton] = {}
    for key, label in choices.items():
        radio = QRadioButton(label, parent)
        radio.setAccessibleName(name.format(label))
        group.addButton(radio)
        row.addWidget(radio)
        buttons[key] = radio
    row.addStretch(1)
    return buttons, row


def _note_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def _picture(original: str | None, kept: str | None) -> str:
    """A picture by the name the person knows it by."""
    return Path(original or kept or "").name or translate("EditDialog", "the picture")
