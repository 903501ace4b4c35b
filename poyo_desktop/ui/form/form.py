"""The generation form: model, pictures, prompt and length, then one Generate button.

The form decides nothing about what is valid. It asks :func:`check_generation` (the one
source of the prompt, length and model rules) and the image checker (via the drop zones),
and shows their answers: next to the field concerned, and as the reason under a disabled
Generate button, so nobody is left wondering why nothing happens.

It is the facade the window uses, built from parts that each have one job: the model
cards, the picture slots, the prompt fields, the lengths, the footer, how problems become
messages (:mod:`.problem_messages`), the arrangement (:mod:`.form_layout`), and copies and
batches (:mod:`.form_batches`: several videos, reviewed before they are paid). The form
holds the state they share (sending, a refused press, demo mode).

End image rule: only Kling 2.1 Pro takes one. On Standard, an end image already chosen
stays in its (disabled) slot, so switching back to Pro loses nothing, but
:meth:`GenerationForm.draft` returns ``end_image=None``: the draft is what will be sent.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, QTimer, Signal
from PySide6.QtWidgets import QRadioButton, QVBoxLayout, QWidget

from poyo_desktop.core.rules import DURATIONS, PRO, STANDARD, Problem, Severity
from poyo_desktop.ui.form.form_batches import FormBatches
from poyo_desktop.ui.form.form_layout import arrange_pair, lay_out_content, pair_width, scroll_area
from poyo_desktop.ui.form.generate_footer import GenerateFooter
from poyo_desktop.ui.form.length_choice import LengthChoice
from poyo_desktop.ui.form.model_cards import ModelCards
from poyo_desktop.ui.form.picture_slots import PictureSlots
from poyo_desktop.ui.form.presets_button import PresetsButton
from poyo_desktop.ui.form.problem_messages import (
    collect_problems,
    focus_first_problem,
    reason_is_gentle,
)
from poyo_desktop.ui.form.prompt_fields import PromptFields
from poyo_desktop.ui.kit.steady_scroll import draw_only_what_moves

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtGui import QResizeEvent

    from poyo_desktop.core.draft import JobDraft

log = logging.getLogger(__name__)


class GenerationForm(QWidget):
    """Everything a person chooses before a video is made; emits a :class:`JobDraft`.

    ``paste_dir`` is where pasted or dropped image data is kept (see :class:`ImageDropZone`);
    the main window should pass a directory in the app's data folder, since drafts and the
    job history keep those paths.
    """

    #: The person asked for a video with these settings (the form keeps its values).
    generate_requested = Signal(object)  # JobDraft
    #: Any field changed (for saving "last used settings"; cheap to ignore).
    draft_changed = Signal()
    #: Generate became busy (a press is being recorded) or usable again.
    sending_changed = Signal(bool)
    #: Several videos to review first (a batch, or copies): a core.batch.Plan.
    batch_requested = Signal(object)

    def __init__(self, *, paste_dir: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._attempted = False  # after a refused Generate, also show "missing" errors
        self._sending = False  # a press is being recorded: no second one (see set_sending)
        self._not_sent = ""  # why the last press made no video, until the next press
        self._demo = False  # demo videos are free: prices say so (see set_demo)
        self._loading = False
        self._problems: list[Problem] = []
        self.setMinimumWidth(340)

        # Tab order is creation order, which is screen order: Presets, model, pictures (with
        # their buttons), prompt, negative prompt, length, Generate.
        content = QWidget(self)
        content.setObjectName("generationFormContent")
        presets = PresetsButton(content)  # at the top right, so made first
        # Model cards side by side when the form is wide enough (see resizeEvent).
        self._models = ModelCards(content, self)
        self._model_cards = self._models.cards
        self._models.group.buttonToggled.connect(self._on_model_toggled)
        self._build_pictures(content, paste_dir)
        self._build_prompt(content)
        self._lengths = LengthChoice(content, self)
        self._duration_group = self._lengths.group
        self._duration_group.idToggled.connect(self._on_duration_toggled)
        self.batches = FormBatches(
            self, content, lambda: self._column, self._images_box, self._on_image_checked
        )
        self.batches.copies.spin.valueChanged.connect(self._on_text_changed)
        self.start_zone.pictures_given.connect(self.batches.take)
        self._column = lay_out_content(
            content,
            presets=presets,
            models=self._models.box,
            pictures=self._images_box,
            prompt=self._prompt_fields,
            length=(self._lengths.box, self.batches.copies.box),
        )
        self._scroll = scroll_area(self, content)

        self._footer = GenerateFooter(self)
        self.price_label = self._footer.price_label
        self.generate_button = self._footer.generate_button
        self.reason_label = self._footer.reason_label
        self.generate_button.clicked.connect(self._on_generate_clicked)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._scroll, 1)
        outer.addWidget(self._footer.line)
        outer.addLayout(self._footer.box)

        self._footer.style_button(self.palette())
        self._revalidate()

    def _build_pictures(self, content: QWidget, paste_dir: Path | None) -> None:
        self._pictures = PictureSlots(content, paste_dir)
        self.start_zone, self.end_zone = self._pictures.zones
        self._images_box = self._pictures.box
        # The form follows a card a step later: a drop's verdict was one step of ~2.9 ms,
        # now the card's ~1.1 then the form's ~1.5 (bench/picture_drops.py).
        for zone in self._pictures.zones:
            zone.image_changed.connect(lambda _: QTimer.singleShot(0, self, self._changed))
            zone.image_checked.connect(lambda _: QTimer.singleShot(0, self, self._on_image_checked))

    def _build_prompt(self, content: QWidget) -> None:
        self._prompt_fields = fields = PromptFields(content)
        self.prompt_edit = fields.prompt_edit
        self.prompt_counter = fields.prompt_counter
        self.negative_toggle = fields.negative_toggle
        self.negative_edit = fields.negative_edit
        self.prompt_edit.textChanged.connect(self._on_text_changed)
        self.negative_toggle.toggled.connect(self._on_negative_toggled)
        self.negative_edit.textChanged.connect(self._on_text_changed)

    # ----------------------------------------------------------------- public API

    def fit_to_style(self) -> None:
        """Once the window is drawn (asking the style sooner costs start-up: see model_cards'
        ChoiceCard): the style's exact measures, the cards' cursor, redraws of what moved."""
        self._models.fit_to_style()
        draw_only_what_moves(self._scroll)

    def model(self) -> str:
        return self._models.model()

    def set_model(self, model: str) -> None:
        card = self._model_cards.get(model)
        if card is None:
            log.warning("unknown model %r; keeping %s", model, self.model())
            return
        card.radio.setChecked(True)

    def duration(self) -> int:
        return self._lengths.duration()

    def set_duration(self, seconds: int) -> None:
        button = self._duration_group.button(seconds)
        if button is None:
            log.warning("unsupported duration %r; keeping %s s", seconds, self.duration())
            return
        button.setChecked(True)

    def prompt(self) -> str:
        return self.prompt_edit.toPlainText()

    def negative_prompt(self) -> str:
        return self.negative_edit.toPlainText()

    def problems(self) -> list[Problem]:
        """Every error and warning, in screen order. An image still being checked counts
        as an error ("Checking …") until its check arrives. A batch has its own."""
        batch = self.batches.problems()
        if batch is not None:
            return batch
        return collect_problems(
            self.model(),
            self.duration(),
            self.prompt(),
            self.negative_prompt(),
            self.start_zone,
            self.end_zone,
        )

    def blocking_reason(self) -> str:
        """The first thing that keeps Generate disabled ("" when nothing does)."""
        errors = [p for p in self._problems if p.severity is Severity.ERROR]
        return errors[0].message if errors else ""

    def draft(self) -> JobDraft | None:
        """The current choices, or ``None`` while any error blocks them.

        ``end_image`` is ``None`` on Standard even when the end slot holds a picture.
        """
        if any(p.severity is Severity.ERROR for p in self.problems()):
            return None
        from poyo_desktop.core.draft import JobDraft  # not needed to draw the form

        model = self.model()
        return JobDraft(
            model=model,
            prompt=self.prompt(),
            duration=self.duration(),
            negative_prompt=self.negative_prompt(),
            start_image=self.start_zone.path(),
            end_image=self.end_zone.path() if model == PRO else None,
            start_image_original=self.start_zone.original_path(),
            end_image_original=self.end_zone.original_path() if model == PRO else None,
        )

    def set_draft(self, draft: JobDraft) -> None:
        """Fill every field from ``draft`` ("use these settings again"); pictures are
        checked afresh, since files may have changed or gone since."""
        self._loading = True
        try:
            self.batches.end()
            self.set_model(draft.model)
            self.set_duration(draft.duration)
            self.prompt_edit.setPlainText(draft.prompt)
            self.negative_edit.setPlainText(draft.negative_prompt)
            self.negative_toggle.setChecked(bool(draft.negative_prompt))
            self.start_zone.set_image(draft.start_image, original=draft.start_image_original)
            self.end_zone.set_image(draft.end_image, original=draft.end_image_original)
            self._attempted = False
        finally:
            self._loading = False
        self._revalidate()
        self.draft_changed.emit()

    def set_sending(self, sending: bool) -> None:
        """Busy from a press until its task is recorded (or refused): Generate reads
        "Sending…" and takes no second press, so a double-click buys one video."""
        if sending != self._sending:
            self._sending = sending
            self._revalidate()
            self.sending_changed.emit(sending)

    def is_sending(self) -> bool:
        return self._sending

    def show_not_sent(self, message: str) -> None:
        """Say under Generate why the last press made no video; the fields are kept as
        they were, so pressing again sends the same request. Gone with the next press."""
        self._not_sent = message
        self._revalidate()

    def show_negative_prompt(self) -> None:
        """Open the negative prompt field without moving the focus (a draft put back)."""
        self._loading = True
        try:
            self.negative_toggle.setChecked(True)
        finally:
            self._loading = False

    def set_demo(self, demo: bool) -> None:
        """Demo mode (free videos) or a key (PoYo's prices): the prices shown follow."""
        if demo != self._demo:
            self._demo = demo
            self._revalidate()

    def try_generate(self) -> bool:
        """Emit :attr:`generate_requested` if nothing blocks (also for Ctrl+Enter).

        When something does, every error is shown next to its field, the first such field
        gets the focus, and False is returned. While the last press is still being
        recorded, nothing is emitted: one press, one video.
        """
        if self._sending:
            return False
        self._not_sent = ""
        self._attempted = True
        self._revalidate()
        review = self.batches.review_plan(self._problems)
        draft = self.draft() if review is None and self.batches.batch() is None else None
        if draft is None and review is None:
            self._focus_first_problem()
            return False
        self._attempted = False
        self._revalidate()
        if review is not None:
            self.batch_requested.emit(review)
        else:
            self.generate_requested.emit(draft)
        return True

    # ------------------------------------------------------------------ internals

    def _first(self, field: str) -> Problem | None:
        return next((p for p in self._problems if p.field == field), None)

    def _focus_first_problem(self) -> None:
        widgets: dict[str, QWidget] = {
            "model": self._model_cards[STANDARD].radio,
            "start_image": self.batches.focus_target() or self.start_zone,
            "end_image": self.end_zone,
            "prompt": self.prompt_edit,
            "negative_prompt": self.negative_edit,
            "duration": self._duration_group.button(DURATIONS[0]),
        }
        focus_first_problem(self._problems, widgets, self._scroll, self.negative_toggle)

    def _revalidate(self) -> None:
        """Recompute the problems and bring every message, colour and button in line."""
        self._problems = self.problems()
        palette = self.palette()
        model, duration = self.model(), self.duration()
        self._models.show_prices(duration, demo=self._demo)
        self._prompt_fields.show(
            self._first("prompt"),
            attempted=self._attempted,
            negative_problem=self._first("negative_prompt"),
            palette=palette,
        )
        self._pictures.show(model, self._first("start_image"), attempted=self._attempted)

        self._footer.show_price(self.batches.price_text(demo=self._demo), palette)
        errors = [p for p in self._problems if p.severity is Severity.ERROR]
        gentle = bool(errors) and reason_is_gentle(
            errors[0],
            attempted=self._attempted,
            prompt=self.prompt(),
            has_start_image=self.start_zone.path() is not None,
        )
        self._footer.show_state(
            errors,
            sending=self._sending,
            not_sent=self._not_sent,
            gentle=gentle,
            palette=palette,
            label=self.batches.show(palette),
        )

    def _changed(self) -> None:
        if self._loading:
            return
        self.batches.settings_changed()
        self._revalidate()
        self.draft_changed.emit()

    # --------------------------------------------------------------- Qt handlers

    def wide_width(self) -> int:
        """The narrowest width at which the two pictures (and so the two model cards) sit
        side by side: the form's preferred width, as then it fits a 1280×800 window
        without scrolling."""
        return pair_width((self.start_zone, self.end_zone), self._column, self._scroll)

    def sizeHint(self) -> QSize:
        return QSize(self.wide_width(), 640)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Pictures and model cards side by side when there is room, stacked otherwise
        (the cards need less room than the pictures)."""
        width = event.size().width()
        arrange_pair(
            self._images_box, (self.start_zone, self.end_zone), width, self._column, self._scroll
        )
        arrange_pair(
            self._models.box, tuple(self._model_cards.values()), width, self._column, self._scroll
        )
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._footer.style_button(self.palette())
            self._revalidate()  # a light/dark switch: recolour messages and prices

    # ------------------------------------------------------------------- slots

    def _on_model_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self._changed()

    def _on_duration_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._changed()

    def _on_text_changed(self) -> None:
        self._changed()

    def _on_negative_toggled(self, expanded: bool) -> None:
        self._prompt_fields.set_expanded(expanded, focus=not self._loading)
        self._revalidate()

    def _on_image_checked(self, _check: object = None) -> None:  # or the batch changed
        self._revalidate()
        self.draft_changed.emit()

    def _on_generate_clicked(self) -> None:
        self.try_generate()
