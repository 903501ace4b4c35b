"""The model choice: one card per model (its name, a line to choose by, its price).

A module of its own because a card is a small widget with its own ways (clickable as a
whole, drawn as a rounded card in the first frame, its indent taken from the style once
the window is out), and the form only asks which model is chosen and hands it the prices.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRectF
from PySide6.QtGui import QPainter, QPainterPath, QPalette
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from poyo_desktop.core.rules import PRO, STANDARD
from poyo_desktop.ui.form.price_text import card_price
from poyo_desktop.ui.kit.lazy_qt import Qt, outline_pen, set_qt_property
from poyo_desktop.ui.kit.theme import focus_color, muted_color, set_text_color
from poyo_desktop.ui.kit.translations import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QMouseEvent, QPaintEvent

#: (model id, name, one line a non-programmer can choose by)
MODEL_CHOICES: tuple[tuple[str, str, str], ...] = (
    (
        STANDARD,
        QT_TRANSLATE_NOOP("ModelCards", "Standard"),
        QT_TRANSLATE_NOOP("ModelCards", "Good quality, 720p, start image only."),
    ),
    (
        PRO,
        QT_TRANSLATE_NOOP("ModelCards", "Pro"),
        QT_TRANSLATE_NOOP("ModelCards", "Sharper 1080p, start and end images."),
    ),
)
#: Gap between the two model cards and between the two picture slots.
PAIR_SPACING = 10

_USUAL_INDENT = 20  # Fusion's radio circle (14 px) and a gap of 6


class ChoiceCard(QFrame):
    """A radio button with a one-line explanation and a price, clickable as a whole."""

    def __init__(self, name: str, explanation: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.radio = QRadioButton(name, self)
        font = self.radio.font()
        font.setBold(True)
        self.radio.setFont(font)
        self.radio.setAccessibleDescription(explanation)
        self.radio.toggled.connect(self.update)
        self.radio.installEventFilter(self)  # its focus shows on the card (paintEvent)
        self.price = QLabel(self)
        # An enum property by its Qt names, not Qt.AlignmentFlag: see ui/kit/lazy_qt.py.
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
        if self.radio.hasFocus():  # the keyboard is on this card: a ring inside its edge
            ring = QPainterPath()
            ring.addRoundedRect(QRectF(self.rect()).adjusted(4, 4, -4, -4), 5, 5)
            painter.strokePath(ring, outline_pen(focus_color(palette), 2))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The radio's focus coming or going redraws the card's focus ring."""
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.update()
        return False


class ModelCards:
    """The cards of :data:`MODEL_CHOICES` (``cards``, by model id), the button group that
    makes them one choice (``group``, Standard chosen), and the box they sit in (``box``:
    stacked, or side by side when the form is wide enough, which the form decides)."""

    def __init__(self, parent: QWidget, group_owner: QObject) -> None:
        self.group = QButtonGroup(group_owner)
        self.cards: dict[str, ChoiceCard] = {}
        self.box = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.box.setSpacing(PAIR_SPACING)
        for model, name, explanation in MODEL_CHOICES:
            shown = translate("ModelCards", name)
            card = ChoiceCard(shown, translate("ModelCards", explanation), parent)
            card.radio.setAccessibleName(translate("ModelCards", "{name} model").format(name=shown))
            self.group.addButton(card.radio)
            self.cards[model] = card
            self.box.addWidget(card)
        self.cards[STANDARD].radio.setChecked(True)

    def model(self) -> str:
        for model, card in self.cards.items():
            if card.radio.isChecked():
                return model
        return STANDARD

    def show_prices(self, duration: int, *, demo: bool) -> None:
        """Each card's price for ``duration`` (free in demo mode), in the muted colour."""
        for card_model, card in self.cards.items():
            card.price.setText(card_price(card_model, duration, demo=demo))
            card.recolor()

    def fit_to_style(self) -> None:
        for card in self.cards.values():
            card.fit_to_style()
