"""How the form's parts are arranged: headed sections in a scroll area, and the pairs
(the two model cards, the two picture slots) side by side once the form is wide enough.

Kept apart from the form's state and rules so that a change of layout is made here only;
the form hands over its parts and asks for widths.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from poyo_desktop.ui.form.model_cards import PAIR_SPACING
from poyo_desktop.ui.kit.lazy_qt import set_qt_property
from poyo_desktop.ui.kit.steady_scroll import keep_gutter
from poyo_desktop.ui.kit.translations import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLayout

    from poyo_desktop.ui.form.presets_button import PresetsButton
    from poyo_desktop.ui.form.prompt_fields import PromptFields


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


def lay_out_content(
    content: QWidget,
    *,
    presets: PresetsButton,
    models: QLayout,
    pictures: QLayout,
    prompt: PromptFields,
    length: tuple[QLayout, ...],
) -> QVBoxLayout:
    """The form's fields under their headings, in screen order, spare height at the end
    (``length``: the lengths' row and the rows under it); returns the column they are in."""
    column = QVBoxLayout(content)
    column.setContentsMargins(16, 12, 16, 12)
    column.setSpacing(6)

    def section(title: str, first: bool = False) -> None:
        if not first:
            column.addSpacing(10)
        column.addWidget(_heading(title, content))

    _first_row(column, _heading(translate("FormLayout", "Model"), content), presets)
    column.addLayout(models)
    section(translate("FormLayout", "Pictures"))
    column.addLayout(pictures)
    section(translate("FormLayout", "Prompt"))
    prompt.add_to(column)
    section(translate("FormLayout", "Length"))
    for row in length:
        column.addLayout(row)
    column.addStretch(1)
    return column


def _first_row(column: QVBoxLayout, heading: QLabel, presets: PresetsButton) -> None:
    """The first heading, with the Presets button at the right end of its line: on the
    form, about all of it, and in no field's way. First in the Tab order, as on screen
    (the form makes it before the fields)."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(heading, 1)
    row.addWidget(presets)
    column.addLayout(row)


def scroll_area(parent: QWidget, content: QWidget) -> QScrollArea:
    """``content`` in a frameless area that scrolls up and down only."""
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    # Enum properties by their Qt names, not Qt.ScrollBarPolicy and Qt.FocusPolicy:
    # see ui/kit/lazy_qt.py.
    set_qt_property(scroll, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
    keep_gutter(scroll)
    # No tab stop of its own (a person would land on nothing they can see or name):
    # the fields inside take the focus, and the area scrolls to the one that has it.
    set_qt_property(scroll, "focusPolicy", "NoFocus")
    scroll.setWidget(content)
    return scroll


def pair_width(pair: tuple[QWidget, ...], column: QVBoxLayout, scroll: QScrollArea) -> int:
    """The form's width that shows ``pair`` side by side in ``column`` (within ``scroll``),
    with room for the scroll bar."""
    margins = column.contentsMargins()
    scroll_bar = scroll.verticalScrollBar().sizeHint().width()
    return (
        sum(widget.minimumSizeHint().width() for widget in pair)
        + PAIR_SPACING
        + margins.left()
        + margins.right()
        + scroll_bar
    )


def arrange_pair(
    box: QBoxLayout, pair: tuple[QWidget, ...], width: int, column: QVBoxLayout, scroll: QScrollArea
) -> None:
    """``pair`` side by side in ``box`` when the form's ``width`` has room, else stacked."""
    side_by_side = width >= pair_width(pair, column, scroll)
    box.setDirection(
        QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
    )
