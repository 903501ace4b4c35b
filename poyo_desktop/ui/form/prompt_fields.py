"""The prompt fields: the prompt box with its message and length counter, and the negative
prompt behind a disclosure line.

A module of its own because these fields have their own small rules of display (the
counter's colour, the prompt's message held back until it helps, "· in use" on a closed
negative prompt), which the form should not have to spell out among the others.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QSizePolicy, QToolButton

from poyo_desktop.core.rules import PROMPT_SOFT_LIMIT, Problem
from poyo_desktop.ui.form.problem_messages import problem_color, show_field_message
from poyo_desktop.ui.kit.focus_ring import show_focus_ring
from poyo_desktop.ui.kit.lazy_qt import Qt, set_qt_property
from poyo_desktop.ui.kit.theme import muted_color, set_text_color
from poyo_desktop.ui.kit.translations import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QVBoxLayout, QWidget

_DISCLOSURE = (
    "QToolButton {{ border: none; padding: 2px 0px; background: transparent; color: {ink}; }}"
)
NEGATIVE_TITLE = QT_TRANSLATE_NOOP("PromptFields", "Negative prompt (optional)")


class GrowingTextEdit(QPlainTextEdit):
    """A text box that asks for its minimum height only: it grows into the height the form
    has to spare, and never makes the form scroll for lines it does not need yet."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())


class PromptFields:
    """The prompt's widgets, made as children of ``parent`` in screen (and tab) order:
    ``prompt_edit``, its message, ``prompt_counter``, ``negative_toggle``,
    ``negative_edit`` (hidden until the toggle opens it) and its message."""

    def __init__(self, parent: QWidget) -> None:
        self.prompt_edit = GrowingTextEdit(parent)
        self.prompt_edit.setPlaceholderText(
            translate(
                "PromptFields",
                "Describe what should happen, e.g. “The waves roll in slowly while the camera "
                "drifts to the right.”",
            )
        )
        self.prompt_edit.setAccessibleName(translate("PromptFields", "Prompt"))
        show_focus_ring(self.prompt_edit)  # styles mark no focused multi-line field
        self.prompt_edit.setAccessibleDescription(
            translate("PromptFields", "What should happen in the video.")
        )
        self.prompt_edit.setTabChangesFocus(True)
        # Five lines at least, and whatever height the form has to spare (up to ten).
        self.prompt_edit.setMinimumHeight(100)
        self.prompt_edit.setMaximumHeight(200)
        self.prompt_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.prompt_message = QLabel(parent)
        self.prompt_message.setWordWrap(True)
        self.prompt_counter = QLabel(parent)
        # On the line of the negative prompt's toggle, at its right end. An enum property
        # by its Qt names, not Qt.AlignmentFlag: see ui/kit/lazy_qt.py.
        set_qt_property(self.prompt_counter, "alignment", "AlignRight|AlignVCenter")
        self.prompt_counter.setAccessibleName(translate("PromptFields", "Prompt length"))
        self._build_negative(parent)

    def _build_negative(self, parent: QWidget) -> None:
        self.negative_toggle = QToolButton(parent)
        self.negative_toggle.setCheckable(True)
        self.negative_toggle.setAutoRaise(True)
        # A disclosure line, not a button that looks pressed while open.
        self.negative_toggle.setStyleSheet(_DISCLOSURE.format(ink="palette(window-text)"))
        # Enum properties by their Qt names, not Qt.ToolButtonStyle and Qt.ArrowType:
        # see ui/kit/lazy_qt.py.
        set_qt_property(self.negative_toggle, "toolButtonStyle", "ToolButtonTextBesideIcon")
        set_qt_property(self.negative_toggle, "arrowType", "RightArrow")
        self.negative_toggle.setText(translate("PromptFields", NEGATIVE_TITLE))
        self.negative_toggle.setAccessibleName(translate("PromptFields", NEGATIVE_TITLE))
        self.negative_toggle.setToolTip(translate("PromptFields", "Things the video should avoid"))
        self.negative_edit = QPlainTextEdit(parent)
        show_focus_ring(self.negative_edit)
        self.negative_edit.setPlaceholderText(
            translate("PromptFields", "Things to avoid, e.g. blur, distorted faces, text")
        )
        self.negative_edit.setAccessibleName(translate("PromptFields", "Negative prompt"))
        self.negative_edit.setTabChangesFocus(True)
        self.negative_edit.setFixedHeight(72)
        self.negative_edit.setVisible(False)
        self.negative_message = QLabel(parent)
        self.negative_message.setWordWrap(True)

    def add_to(self, column: QVBoxLayout) -> None:
        """Lay the fields out in ``column``, the prompt taking most of any height to spare."""
        column.addWidget(self.prompt_edit, 4)
        column.addWidget(self.prompt_message)
        # Under the prompt, one line: the negative prompt's toggle (as wide as its text) on
        # the left, the prompt's length on the right.
        negative_row = QHBoxLayout()
        negative_row.setContentsMargins(0, 0, 0, 0)
        negative_row.addWidget(self.negative_toggle)
        negative_row.addStretch(1)
        negative_row.addWidget(self.prompt_counter)
        column.addLayout(negative_row)
        column.addWidget(self.negative_edit)
        column.addWidget(self.negative_message)

    def set_expanded(self, expanded: bool, *, focus: bool) -> None:
        """Open or close the negative prompt (its toggle already says which); ``focus``
        moves the focus into it when opened."""
        self.negative_toggle.setArrowType(
            Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow
        )
        self.negative_edit.setVisible(expanded)
        if expanded and focus:
            self.negative_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def show(
        self,
        prompt_problem: Problem | None,
        *,
        attempted: bool,
        negative_problem: Problem | None,
        palette: QPalette,
    ) -> None:
        """Bring the messages, the counter and the toggle's text in line with the problems.

        The prompt's message waits until there is a prompt or a refused Generate (an empty
        box is no mistake yet); the counter takes the problem's colour once there is text.
        """
        prompt = self.prompt_edit.toPlainText()
        show_prompt = prompt_problem is not None and (bool(prompt.strip()) or attempted)
        show_field_message(self.prompt_message, prompt_problem if show_prompt else None, palette)
        self.prompt_counter.setText(f"{len(prompt)} / {PROMPT_SOFT_LIMIT}")
        counter_color = muted_color(palette)
        if prompt_problem is not None and prompt.strip():
            counter_color = problem_color(prompt_problem, palette)
        set_text_color(self.prompt_counter, counter_color)
        show_field_message(self.negative_message, negative_problem, palette)
        negative_text = translate("PromptFields", NEGATIVE_TITLE)
        if self.negative_edit.toPlainText().strip() and not self.negative_toggle.isChecked():
            negative_text += translate("PromptFields", " · in use")
        self.negative_toggle.setText(negative_text)
        # Its text colour by value: a style sheet keeps the palette of when it was set, so
        # after a light/dark switch it is set again with the new one.
        sheet = _DISCLOSURE.format(ink=palette.color(palette.ColorRole.WindowText).name())
        if self.negative_toggle.styleSheet() != sheet:
            self.negative_toggle.setStyleSheet(sheet)
