"""The window that fixes a picture Kling would refuse (or one the person wants reshaped):
crop it, add bars, or only resize it, to a chosen shape, with the result shown before it
is used.

It decides nothing itself: the shapes offered, the frame's rules and the result's size and
words come from :mod:`poyo_desktop.services.framing`; the preview of the result is
:func:`poyo_desktop.services.picture_fix.render` on a small copy of the picture. The work
on the whole picture is done elsewhere (:mod:`.fix_flow`), on a worker thread, after
:attr:`FixDialog.use_requested`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from poyo_desktop.services.framing import (
    FixKind,
    FixPlan,
    Ratio,
    ShapeChoice,
    first_choice,
    planned_size,
    resize_usable,
    shape_choices,
    shape_name,
)
from poyo_desktop.services.image_limits import MIN_SHORT_SIDE
from poyo_desktop.services.picture_fix import render
from poyo_desktop.ui.crop.frame_view import CropView
from poyo_desktop.ui.kit.locale_words import in_sentence
from poyo_desktop.ui.kit.theme import error_color, muted_color, set_text_color
from poyo_desktop.ui.kit.translations import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

RESULT_BOX = 150  # the result's preview fits a square of this side (logical pixels)
KINDS: tuple[tuple[FixKind, str], ...] = (
    ("crop", QT_TRANSLATE_NOOP("FixDialog", "Crop")),
    ("pad", QT_TRANSLATE_NOOP("FixDialog", "Add bars")),
    ("resize", QT_TRANSLATE_NOOP("FixDialog", "Resize only")),
)
HINTS = {
    "crop": QT_TRANSLATE_NOOP(
        "FixDialog",
        "Drag the frame to choose what to keep, or its corners to resize it. "
        "With the keyboard: arrow keys move it, + and − resize it.",
    ),
    "pad": QT_TRANSLATE_NOOP(
        "FixDialog", "The whole picture is kept; black bars fill the rest of the shape."
    ),
    "resize": QT_TRANSLATE_NOOP("FixDialog", "The whole picture is kept, in its own shape."),
}


class FixDialog(QDialog):
    """Fixing the picture ``name`` (``width`` × ``height`` upright px) of the slot called
    ``slot`` ("start image"); ``reason`` says what is wrong with it ("" when nothing is);
    ``match`` is the start image's shape, for an end image made to match it."""

    #: The person chose: a :class:`FixPlan` to carry out on the whole picture.
    use_requested = Signal(object)

    def __init__(
        self,
        *,
        slot: str,
        name: str,
        size: tuple[int, int],
        reason: str,
        match: Ratio | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("FixDialog", "Fix the {picture}").format(picture=in_sentence(slot))
        )
        self.setObjectName("fixDialog")
        self._size = size
        self._preview: QImage | None = None
        intro = QLabel(_intro(name, size, reason), self)
        intro.setWordWrap(True)
        self.view = CropView(*size, parent=self)
        self.view.frame_changed.connect(self._show_result)
        self._rows: list[QHBoxLayout] = []
        self._kinds = self._choice_row(
            translate("FixDialog", "How:"),
            [(kind, translate("FixDialog", text), "") for kind, text in KINDS],
        )
        self._shapes_data = shape_choices(*size, match)
        self._shapes = self._choice_row(
            translate("FixDialog", "Shape:"),
            [(c.ratio, *_shape_words(c, size, match)) for c in self._shapes_data],
        )
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setMinimumHeight(2 * self.hint.fontMetrics().lineSpacing())  # no jump
        self.result_picture = QLabel(self)
        self.result_picture.setFixedSize(RESULT_BOX, RESULT_BOX)
        self.result_picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.result_picture.setAccessibleName(translate("FixDialog", "The result"))
        self.result_text = QLabel(self)
        self.result_text.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(self)
        self.use_button = self.buttons.addButton(
            translate("FixDialog", "Use this picture"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.use_button.setDefault(True)
        self.buttons.accepted.connect(self._on_use)
        self.buttons.rejected.connect(self.reject)
        self._lay_out(intro)
        self._start(match)

    # -- building ----------------------------------------------------------------------

    def _choice_row(self, title: str, items: list[tuple[object, str, str]]) -> QButtonGroup:
        """A row of radio buttons after ``title`` (each button's value is its ``key``
        property; one with a reason why not is greyed, the reason its tooltip)."""
        group = QButtonGroup(self)
        row = QHBoxLayout()
        row.setSpacing(12)
        label = QLabel(title, self)
        label.setMinimumWidth(50)
        row.addWidget(label)
        for index, (key, text, why_not) in enumerate(items):
            button = QRadioButton(text, self)
            button.setProperty("key", key)
            button.setEnabled(not why_not)
            button.setToolTip(why_not)
            group.addButton(button, index)
            row.addWidget(button)
        row.addStretch(1)
        group.idToggled.connect(self._on_choice)
        self._rows.append(row)
        return group

    def _lay_out(self, intro: QLabel) -> None:
        result = QHBoxLayout()
        result.setSpacing(12)
        result.addWidget(self.result_picture)
        result.addWidget(self.result_text, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 16, 16, 12)
        column.setSpacing(10)
        column.addWidget(intro)
        for row in self._rows:
            column.addLayout(row)
        column.addWidget(self.view, 1)
        column.addWidget(self.hint)
        column.addLayout(result)
        column.addWidget(self.error)
        column.addWidget(self.buttons)
        palette = self.palette()
        set_text_color(self.hint, muted_color(palette))
        set_text_color(self.error, error_color(palette))
        self.resize(720, 640)

    def _start(self, match: Ratio | None) -> None:
        """The first choice: see framing.first_choice; resize only where it can help."""
        kind, ratio = first_choice(*self._size, match)
        resize = self._kinds.button(2)
        why_not = resize_usable(*self._size)
        resize.setEnabled(not why_not)
        resize.setToolTip(
            translate("FixDialog", "Its shape is outside what Kling takes.") if why_not else ""
        )
        self._kinds.button([k for k, _t in KINDS].index(kind)).setChecked(True)
        ratios = [choice.ratio for choice in self._shapes_data]
        self._shapes.button(ratios.index(ratio) if ratio in ratios else 0).setChecked(True)
        self._on_choice(0, True)

    # -- what it shows -----------------------------------------------------------------

    def set_preview(self, image: QImage) -> None:
        """The picture, small, upright (decoded on a worker thread)."""
        self._preview = image
        self.view.set_image(image)
        self._show_result()

    def kind(self) -> FixKind:
        button = self._kinds.checkedButton()
        return button.property("key") if button is not None else "crop"  # type: ignore[no-any-return]

    def ratio(self) -> Ratio:
        button = self._shapes.checkedButton()
        return tuple(button.property("key")) if button is not None else self._size  # type: ignore[return-value]

    def plan(self) -> FixPlan:
        """What the person chose, in whole pixels of the picture."""
        kind = self.kind()
        if kind == "crop":
            return FixPlan("crop", self.ratio(), self.view.frame().rounded())
        return FixPlan(kind, self.ratio() if kind == "pad" else None)

    def set_busy(self, busy: bool) -> None:
        """While the whole picture is being fixed: nothing can be changed or pressed twice."""
        self.use_button.setEnabled(not busy)
        self.use_button.setText(
            translate("FixDialog", "Making the picture…")
            if busy
            else translate("FixDialog", "Use this picture")
        )
        for group in (self._kinds, self._shapes):
            for button in group.buttons():
                button.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, busy)
        self.view.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _on_choice(self, _id: int, checked: bool) -> None:
        if not checked:
            return
        kind = self.kind()
        for button in self._shapes.buttons():
            button.setVisible(kind != "resize")
        self.view.set_mode(kind, self.ratio())
        self.hint.setText(translate("FixDialog", HINTS[kind]))
        self._show_result()

    def _show_result(self) -> None:
        """The result's size and shape in words, and its picture (once the preview is in)."""
        plan = self.plan()
        width, height = planned_size(plan, *self._size)
        words = translate("FixDialog", "Result: {width} × {height} px ({shape}).").format(
            width=width, height=height, shape=shape_name(width, height)
        )
        base = plan.frame[2:] if plan.frame else self._size
        if min(base) < MIN_SHORT_SIDE:
            words += " " + translate(
                "FixDialog", "Enlarged to {side} px on its short side: it may look soft."
            ).format(side=MIN_SHORT_SIDE)
        self.result_text.setText(words)
        if self._preview is not None and not self._preview.isNull():
            ratio = self.devicePixelRatioF() or 1.0
            small = render(self._preview, plan, *self._size, box=round(RESULT_BOX * ratio))
            pixmap = QPixmap.fromImage(small)
            pixmap.setDevicePixelRatio(ratio)
            self.result_picture.setPixmap(pixmap)

    def _on_use(self) -> None:
        self.error.hide()
        self.set_busy(True)
        self.use_requested.emit(self.plan())


def _shape_words(
    choice: ShapeChoice, size: tuple[int, int], match: Ratio | None
) -> tuple[str, str]:
    """A shape button's words and why it cannot be chosen (services/framing says them in
    English: the window says them in its language, by the choice's shape)."""
    shape = shape_name(*choice.ratio)
    if match is not None and choice.ratio == match and choice.name.startswith("Like"):
        name = translate("FixDialog", "Like the start image ({shape})").format(shape=shape)
    elif choice.ratio == size and choice.name.startswith("Its own"):
        name = translate("FixDialog", "Its own ({shape})").format(shape=shape)
    else:
        name = choice.name  # a shape's figures, "16:9"
    why_not = translate("FixDialog", "Kling does not take this shape.") if choice.why_not else ""
    return name, why_not


def _intro(name: str, size: tuple[int, int], reason: str) -> str:
    """The first line: which picture, its size and shape, and what is wrong with it."""
    width, height = size
    said = f"{name}: {width} × {height} px ({shape_name(width, height)})."
    return f"{said} {reason}" if reason else said
