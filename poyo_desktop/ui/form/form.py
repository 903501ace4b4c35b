"""The generation form: model, pictures, prompt and length, then one Generate button.

The form decides nothing about what is valid. It asks :func:`check_generation` (the one
source of the prompt, length and model rules) and the image checker (via the drop zones),
and shows their answers: next to the field concerned, and as the reason under a disabled
Generate button, so nobody is left wondering why nothing happens.

End image rule: the end image only belongs to Kling 2.1 Pro. On Standard, an end image the
person already chose stays visible in its (disabled) slot, so switching back to Pro loses
nothing, but :meth:`GenerationForm.draft` returns ``end_image=None``: what the draft holds is
exactly what will be sent.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRectF, QSize, Signal
from PySide6.QtGui import QPainter, QPainterPath, QPalette
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from poyo_desktop.core.rules import (
    DURATIONS,
    PRO,
    PROMPT_SOFT_LIMIT,
    STANDARD,
    Problem,
    Severity,
    check_generation,
)
from poyo_desktop.ui.form.drop_zone import ImageDropZone
from poyo_desktop.ui.form.price_text import card_price, footer_price
from poyo_desktop.ui.kit.lazy_qt import Qt, outline_pen, set_qt_property, top_aligned
from poyo_desktop.ui.kit.theme import error_color, muted_color, set_text_color, warning_color

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtGui import QMouseEvent, QPaintEvent, QResizeEvent

    from poyo_desktop.core.draft import JobDraft

log = logging.getLogger(__name__)

#: (model id, name, one line a non-programmer can choose by)
MODEL_CHOICES: tuple[tuple[str, str, str], ...] = (
    (STANDARD, "Standard", "Good quality, 720p, start image only."),
    (PRO, "Pro", "Sharper 1080p, start and end images."),
)
END_IMAGE_PRO_ONLY = "Only Pro can end on a chosen image."
END_IMAGE_KEPT = "This picture stays here but will not be sent with Standard."
#: Problems are shown in the order the fields appear on screen.
FIELD_ORDER = ("model", "start_image", "end_image", "prompt", "negative_prompt", "duration")
#: Gap between the two model cards and between the two picture slots.
PAIR_SPACING = 10


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


_USUAL_INDENT = 20  # Fusion's radio circle (14 px) and a gap of 6


class _ChoiceCard(QFrame):
    """A radio button with a one-line explanation and a price, clickable as a whole."""

    def __init__(self, name: str, explanation: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.radio = QRadioButton(name, self)
        font = self.radio.font()
        font.setBold(True)
        self.radio.setFont(font)
        self.radio.setAccessibleDescription(explanation)
        self.radio.toggled.connect(self.update)
        self.price = QLabel(self)
        set_qt_property(self.price, "alignment", "AlignRight|AlignVCenter")
        self.explanation = QLabel(explanation, self)
        self.explanation.setWordWrap(True)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.radio, 1)
        top.addWidget(self.price)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(2)
        layout.addLayout(top)
        # The explanation lines up with the name, past the radio's circle. The exact width
        # comes from the style, whose PySide6 type costs start-up 6-11 ms (see ui/kit/icons.py),
        # so the usual width (Fusion's) is used until the window has been drawn once
        # (GenerationForm.fit_to_style).
        self.explanation.setContentsMargins(_USUAL_INDENT, 0, 0, 0)
        layout.addWidget(self.explanation)
        layout.addStretch(1)  # side by side, a shorter card's name stays level with the other
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def fit_to_style(self) -> None:
        """The style's own indent, and the pointing hand over the card: a cursor shape is
        of the Qt namespace (see ui/kit/lazy_qt.py), and nothing points at the card before
        the first frame is out."""
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        style = self.radio.style()
        indent = style.pixelMetric(style.PixelMetric.PM_ExclusiveIndicatorWidth) + 6
        if indent != _USUAL_INDENT:
            self.explanation.setContentsMargins(indent, 0, 0, 0)

    def recolor(self) -> None:
        set_text_color(self.explanation, muted_color(self.palette()))
        set_text_color(self.price, muted_color(self.palette()))

    def changeEvent(self, event: QEvent) -> None:
        """A light/dark switch: the form hears of it before its cards have the new palette,
        so each card takes its own muted colour again."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.recolor()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """The whole card is the target, not only the small radio circle."""
        if event.button() == Qt.MouseButton.LeftButton and self.isEnabled():
            self.radio.setChecked(True)
            self.radio.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """A rounded card, its edge in the accent colour when chosen. Drawn in the first
        frame, so with a path (see ui/kit/lazy_qt.py)."""
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        checked = self.radio.isChecked()
        color = palette.color(QPalette.ColorRole.Highlight if checked else QPalette.ColorRole.Mid)
        card = QPainterPath()
        card.addRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 8, 8)
        painter.fillPath(card, palette.brush(QPalette.ColorRole.Base))
        painter.strokePath(card, outline_pen(color, 2 if checked else 1))


class _GrowingTextEdit(QPlainTextEdit):
    """A text box that asks for its minimum height only: it grows into the height the form
    has to spare, and never makes the form scroll for lines it does not need yet."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())


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

    def __init__(self, *, paste_dir: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._attempted = False  # after a refused Generate, also show "missing" errors
        self._sending = False  # a press is being recorded: no second one (see set_sending)
        self._not_sent = ""  # why the last press made no video, until the next press
        self._demo = False  # demo videos are free: prices say so (see set_demo)
        self._loading = False
        self._problems: list[Problem] = []
        self.setMinimumWidth(340)

        content = QWidget(self)
        content.setObjectName("generationFormContent")
        self._content = content

        # -- model
        self._model_group = QButtonGroup(self)
        self._model_cards: dict[str, _ChoiceCard] = {}
        # Side by side when the form is wide enough for the two pictures (see resizeEvent).
        self._models_box = model_box = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        model_box.setSpacing(PAIR_SPACING)
        for model, name, explanation in MODEL_CHOICES:
            card = _ChoiceCard(name, explanation, content)
            card.radio.setAccessibleName(f"{name} model")
            self._model_group.addButton(card.radio)
            self._model_cards[model] = card
            model_box.addWidget(card)
        self._model_cards[STANDARD].radio.setChecked(True)
        self._model_group.buttonToggled.connect(self._on_model_toggled)

        # -- pictures
        self.start_zone = ImageDropZone("Start image", hint="required: the first frame",
                                        paste_dir=paste_dir, parent=content)
        self.end_zone = ImageDropZone("End image", hint="optional: the last frame",
                                      paste_dir=paste_dir, parent=content)
        for zone in (self.start_zone, self.end_zone):
            zone.image_changed.connect(self._on_image_changed)
            zone.image_checked.connect(self._on_image_checked)
        self._images_box = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self._images_box.setSpacing(PAIR_SPACING)
        for zone in (self.start_zone, self.end_zone):
            self._images_box.addLayout(top_aligned(zone), 1)  # side by side: tops level

        # -- prompt
        self.prompt_edit = _GrowingTextEdit(content)
        self.prompt_edit.setPlaceholderText(
            "Describe what should happen, e.g. “The waves roll in slowly while the camera "
            "drifts to the right.”")
        self.prompt_edit.setAccessibleName("Prompt")
        self.prompt_edit.setAccessibleDescription("What should happen in the video.")
        self.prompt_edit.setTabChangesFocus(True)
        # Five lines at least, and whatever height the form has to spare (up to ten).
        self.prompt_edit.setMinimumHeight(100)
        self.prompt_edit.setMaximumHeight(200)
        self.prompt_edit.setSizePolicy(QSizePolicy.Policy.Expanding,
                                       QSizePolicy.Policy.Expanding)
        self.prompt_edit.textChanged.connect(self._on_text_changed)
        self._prompt_message = QLabel(content)
        self._prompt_message.setWordWrap(True)
        self.prompt_counter = QLabel(content)
        # On the line of the negative prompt's toggle, at its right end.
        set_qt_property(self.prompt_counter, "alignment", "AlignRight|AlignVCenter")
        self.prompt_counter.setAccessibleName("Prompt length")

        self.negative_toggle = QToolButton(content)
        self.negative_toggle.setCheckable(True)
        self.negative_toggle.setAutoRaise(True)
        # A disclosure line, not a button that looks pressed while open.
        self.negative_toggle.setStyleSheet(
            "QToolButton { border: none; padding: 2px 0px; background: transparent; }")
        set_qt_property(self.negative_toggle, "toolButtonStyle", "ToolButtonTextBesideIcon")
        set_qt_property(self.negative_toggle, "arrowType", "RightArrow")
        self.negative_toggle.setText("Negative prompt (optional)")
        self.negative_toggle.setAccessibleName("Negative prompt (optional)")
        self.negative_toggle.setToolTip("Things the video should avoid")
        self.negative_toggle.toggled.connect(self._on_negative_toggled)
        self.negative_edit = QPlainTextEdit(content)
        self.negative_edit.setPlaceholderText("Things to avoid, e.g. blur, distorted faces, "
                                              "text")
        self.negative_edit.setAccessibleName("Negative prompt")
        self.negative_edit.setTabChangesFocus(True)
        self.negative_edit.setFixedHeight(72)
        self.negative_edit.setVisible(False)
        self.negative_edit.textChanged.connect(self._on_text_changed)
        self._negative_message = QLabel(content)
        self._negative_message.setWordWrap(True)

        # -- duration
        self._duration_group = QButtonGroup(self)
        duration_box = QHBoxLayout()
        duration_box.setSpacing(20)
        for seconds in DURATIONS:
            radio = QRadioButton(f"{seconds} seconds", content)
            radio.setAccessibleName(f"Length {seconds} seconds")
            self._duration_group.addButton(radio, seconds)
            duration_box.addWidget(radio)
        duration_box.addStretch(1)
        self._duration_group.button(DURATIONS[0]).setChecked(True)
        self._duration_group.idToggled.connect(self._on_duration_toggled)

        column = QVBoxLayout(content)
        column.setContentsMargins(16, 12, 16, 12)
        column.setSpacing(6)

        def section(title: str, first: bool = False) -> None:
            if not first:
                column.addSpacing(10)
            column.addWidget(_heading(title, content))

        section("Model", first=True)
        column.addLayout(model_box)
        section("Pictures")
        column.addLayout(self._images_box)
        section("Prompt")
        column.addWidget(self.prompt_edit, 4)  # most of any height to spare (see above)
        column.addWidget(self._prompt_message)
        # Under the prompt, one line: the negative prompt's toggle (as wide as its text) on
        # the left, the prompt's length on the right.
        negative_row = QHBoxLayout()
        negative_row.setContentsMargins(0, 0, 0, 0)
        negative_row.addWidget(self.negative_toggle)
        negative_row.addStretch(1)
        negative_row.addWidget(self.prompt_counter)
        column.addLayout(negative_row)
        column.addWidget(self.negative_edit)
        column.addWidget(self._negative_message)
        section("Length")
        column.addLayout(duration_box)
        column.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        set_qt_property(scroll, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        # No tab stop of its own (a person would land on nothing they can see or name):
        # the fields inside take the focus, and the area scrolls to the one that has it.
        set_qt_property(scroll, "focusPolicy", "NoFocus")
        scroll.setWidget(content)
        self._scroll = scroll

        # -- footer: price, Generate, and why not
        self.price_label = QLabel(self)
        self.price_label.setAccessibleName("Price")
        self.price_label.setWordWrap(True)
        self.price_label.setToolTip("PoYo charges when the video is finished; "
                                     "a failed task costs nothing.")
        self.generate_button = QPushButton("Generate video", self)
        self.generate_button.setAccessibleName("Generate video")
        self.generate_button.setMinimumHeight(36)
        self.generate_button.setMinimumWidth(150)
        self.generate_button.clicked.connect(self._on_generate_clicked)
        self.reason_label = QLabel(self)
        self.reason_label.setWordWrap(True)
        self.reason_label.setAccessibleName("Why Generate is not available")

        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        footer_row = QHBoxLayout()
        footer_row.setSpacing(12)
        footer_row.addWidget(self.price_label, 1)
        footer_row.addWidget(self.generate_button)
        footer = QVBoxLayout()
        footer.setContentsMargins(16, 10, 16, 14)
        footer.setSpacing(6)
        footer.addLayout(footer_row)
        footer.addWidget(self.reason_label)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(scroll, 1)
        outer.addWidget(line)
        outer.addLayout(footer)

        self._style_generate_button()
        # Tab order is creation order, which is screen order: model, pictures (each with
        # its Browse/Paste/remove buttons), prompt, negative prompt, length, Generate.
        self._revalidate()

    # ----------------------------------------------------------------- public API

    def fit_to_style(self) -> None:
        """Take the exact measures of the platform style, and the cards' cursor; called once
        the window has been drawn, since asking the style first costs start-up (see
        _ChoiceCard)."""
        for card in self._model_cards.values():
            card.fit_to_style()

    def model(self) -> str:
        for model, card in self._model_cards.items():
            if card.radio.isChecked():
                return model
        return STANDARD

    def set_model(self, model: str) -> None:
        card = self._model_cards.get(model)
        if card is None:
            log.warning("unknown model %r; keeping %s", model, self.model())
            return
        card.radio.setChecked(True)

    def duration(self) -> int:
        checked = self._duration_group.checkedId()
        return checked if checked in DURATIONS else DURATIONS[0]

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
        as an error ("Checking …") until its check arrives."""
        model = self.model()
        end_counts = model == PRO and self.end_zone.path() is not None
        found = check_generation(
            model=model,
            prompt=self.prompt(),
            duration=self.duration(),
            negative_prompt=self.negative_prompt(),
            has_start_image=self.start_zone.path() is not None,
            has_end_image=end_counts,
        )
        found += self._image_problems(self.start_zone, "start_image")
        if end_counts:
            found += self._image_problems(self.end_zone, "end_image")
        rank = {name: index for index, name in enumerate(FIELD_ORDER)}
        return sorted(found, key=lambda p: rank.get(p.field, len(rank)))

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
        draft = self.draft()
        if draft is None:
            self._focus_first_problem()
            return False
        self._attempted = False
        self._revalidate()
        self.generate_requested.emit(draft)
        return True

    # ------------------------------------------------------------------ internals

    @staticmethod
    def _image_problems(zone: ImageDropZone, field: str) -> list[Problem]:
        if zone.path() is None:
            return []
        check = zone.check()
        if check is None:
            subject = zone.subject()
            return [Problem(field, f"Checking {subject[:1].lower()}{subject[1:]}…")]
        return ([Problem(field, message) for message in check.problems]
                + [Problem(field, message, Severity.WARNING) for message in check.warnings])

    def _first(self, field: str) -> Problem | None:
        return next((p for p in self._problems if p.field == field), None)

    def _focus_first_problem(self) -> None:
        widgets: dict[str, QWidget] = {
            "model": self._model_cards[STANDARD].radio,
            "start_image": self.start_zone,
            "end_image": self.end_zone,
            "prompt": self.prompt_edit,
            "negative_prompt": self.negative_edit,
            "duration": self._duration_group.button(DURATIONS[0]),
        }
        for problem in self._problems:
            if problem.severity is Severity.ERROR and problem.field in widgets:
                if problem.field == "negative_prompt":
                    self.negative_toggle.setChecked(True)
                widget = widgets[problem.field]
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                self._scroll.ensureWidgetVisible(widget)
                return

    def _show_field_message(self, label: QLabel, problem: Problem | None) -> None:
        label.setText(problem.message if problem else "")
        label.setVisible(problem is not None)
        if problem is not None:
            palette = self.palette()
            set_text_color(label, error_color(palette) if problem.severity is Severity.ERROR
                           else warning_color(palette))

    def _revalidate(self) -> None:
        """Recompute the problems and bring every message, colour and button in line."""
        self._problems = self.problems()
        palette = self.palette()
        model, duration = self.model(), self.duration()

        for card_model, card in self._model_cards.items():
            card.price.setText(card_price(card_model, duration, demo=self._demo))
            card.recolor()

        prompt, prompt_problem = self.prompt(), self._first("prompt")
        show_prompt = prompt_problem is not None and (bool(prompt.strip()) or self._attempted)
        self._show_field_message(self._prompt_message, prompt_problem if show_prompt else None)
        self.prompt_counter.setText(f"{len(prompt)} / {PROMPT_SOFT_LIMIT}")
        counter_color = muted_color(palette)
        if prompt_problem is not None and prompt.strip():
            counter_color = (error_color(palette) if prompt_problem.severity is Severity.ERROR
                             else warning_color(palette))
        set_text_color(self.prompt_counter, counter_color)
        self._show_field_message(self._negative_message, self._first("negative_prompt"))
        negative_text = "Negative prompt (optional)"
        if self.negative_prompt().strip() and not self.negative_toggle.isChecked():
            negative_text += " · in use"
        self.negative_toggle.setText(negative_text)

        start_missing = self.start_zone.path() is None and self._first("start_image")
        self.start_zone.set_field_error(
            start_missing.message if start_missing and self._attempted else "")
        if model == PRO:
            self.end_zone.set_disabled_reason(None)
        else:
            reason = END_IMAGE_PRO_ONLY
            if self.end_zone.path() is not None:
                reason += " " + END_IMAGE_KEPT
            self.end_zone.set_disabled_reason(reason)

        self.price_label.setText(footer_price(model, duration, demo=self._demo))
        set_text_color(self.price_label, muted_color(palette))

        errors = [p for p in self._problems if p.severity is Severity.ERROR]
        self.generate_button.setEnabled(not errors and not self._sending)
        self.generate_button.setText("Sending…" if self._sending else "Generate video")
        if errors:
            first = errors[0]
            self.reason_label.setText(first.message)
            gentle = first.message.startswith("Checking") or (
                first.field in ("prompt", "start_image") and not self._attempted and (
                    not prompt.strip() if first.field == "prompt"
                    else self.start_zone.path() is None))
            set_text_color(self.reason_label, muted_color(palette) if gentle
                           else error_color(palette))
            self.generate_button.setToolTip("\n".join(p.message for p in errors))
            self.generate_button.setAccessibleDescription(first.message)
        else:
            self.reason_label.setText(self._not_sent)
            set_text_color(self.reason_label, error_color(palette))
            self.generate_button.setToolTip("Send to PoYo and start making the video.")
            self.generate_button.setAccessibleDescription(self._not_sent)
        self.reason_label.setVisible(bool(errors) or bool(self._not_sent))

    def _style_generate_button(self) -> None:
        """The one primary action: drawn in the accent (highlight) colour when enabled; the
        disabled colour group is left alone, so a disabled button still looks disabled."""
        base = self.palette()
        palette = self.generate_button.palette()  # a copy (QPalette(…) would make Qt's enums)
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Button,
                             base.color(QPalette.ColorRole.Highlight))
            palette.setColor(group, QPalette.ColorRole.ButtonText,
                             base.color(QPalette.ColorRole.HighlightedText))
        self.generate_button.setPalette(palette)

    def _changed(self) -> None:
        if self._loading:
            return
        self._revalidate()
        self.draft_changed.emit()

    # --------------------------------------------------------------- Qt handlers

    def wide_width(self) -> int:
        """The narrowest width at which the two pictures (and so the two model cards) sit
        side by side: the form's preferred width, as then it fits a 1280×800 window
        without scrolling."""
        return self._pair_width((self.start_zone, self.end_zone))

    def _pair_width(self, pair: tuple[QWidget, QWidget]) -> int:
        """The form's width that shows ``pair`` side by side, with room for the scroll bar."""
        margins = self._content.layout().contentsMargins()
        scroll_bar = self._scroll.verticalScrollBar().sizeHint().width()
        return (sum(widget.minimumSizeHint().width() for widget in pair) + PAIR_SPACING
                + margins.left() + margins.right() + scroll_bar)

    def sizeHint(self) -> QSize:
        return QSize(self.wide_width(), 640)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Pictures and model cards side by side when there is room, stacked otherwise
        (the cards need less room than the pictures)."""
        width = event.size().width()
        for box, pair in ((self._images_box, (self.start_zone, self.end_zone)),
                          (self._models_box, tuple(self._model_cards.values()))):
            box.setDirection(QBoxLayout.Direction.LeftToRight if width >= self._pair_width(pair)
                             else QBoxLayout.Direction.TopToBottom)
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._style_generate_button()
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
        self.negative_toggle.setArrowType(Qt.ArrowType.DownArrow if expanded
                                           else Qt.ArrowType.RightArrow)
        self.negative_edit.setVisible(expanded)
        if expanded and not self._loading:
            self.negative_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._revalidate()

    def _on_image_changed(self, _path: Path | None) -> None:
        self._changed()

    def _on_image_checked(self, _check: object) -> None:
        self._revalidate()
        self.draft_changed.emit()

    def _on_generate_clicked(self) -> None:
        self.try_generate()
