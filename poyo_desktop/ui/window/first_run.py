"""The first-run guide: three steps (a photo, a sentence, Generate) on a card over the empty
preview, until the person dismisses it or follows it to the end.

It floats over the preview's screen rather than taking a place in the layout, so it never
pushes the form down, and it is never modal: the window works around it. Whether it was
dismissed is kept beside the window's layout (``window.ini``), so it shows on a first start
only. The window offers it when the app starts it (:func:`offer_guide`); windows built by
other code (tests, tools) never show it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, SignalInstance
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from poyo_desktop.ui.kit.theme import accent_colors, muted_color, set_text_color
from poyo_desktop.ui.kit.translations import QT_TRANSLATE_NOOP, translate

DISMISSED_KEY = "help/first-run-guide-dismissed"
STEPS = (
    (
        QT_TRANSLATE_NOOP("FirstRun", "Pick a photo"),
        QT_TRANSLATE_NOOP("FirstRun", "Drop it on the Start image box, or press Browse… or Paste."),
    ),
    (
        QT_TRANSLATE_NOOP("FirstRun", "Describe what should happen"),
        QT_TRANSLATE_NOOP("FirstRun", "One sentence in Prompt, like “the waves roll in slowly”."),
    ),
    (
        QT_TRANSLATE_NOOP("FirstRun", "Press Generate"),
        QT_TRANSLATE_NOOP(
            "FirstRun", "Or Ctrl+Enter. Your video appears in Your videos and plays here."
        ),
    ),
)
_WIDTH = 440
_MARGIN = 16


def offer_guide(over: QWidget, state: QSettings, done: SignalInstance) -> FirstRunGuide | None:
    """Show the guide over ``over`` unless it was dismissed before; ``done`` (the form's
    Generate) ends it as "Got it" does."""
    if _truthy(state.value(DISMISSED_KEY)):
        return None
    guide = FirstRunGuide(state, over)
    done.connect(guide.dismiss)
    guide.show()
    guide.raise_()
    return guide


class FirstRunGuide(QFrame):
    """The card; it keeps itself centred over its parent as that is resized."""

    def __init__(self, state: QSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self._state = state
        self._details: list[QLabel] = []  # the steps' second lines, left out when cramped
        self.setObjectName("firstRunGuide")
        self.setAccessibleName(translate("FirstRun", "Getting started"))
        self.setAutoFillBackground(True)
        self._restyle()
        column = self._column = QVBoxLayout(self)
        column.setContentsMargins(20, 16, 20, 14)
        column.setSpacing(12)
        title = QLabel(translate("FirstRun", "Make your first video"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        title.setFont(font)
        # "Got it" under the steps; beside the title where the screen is short (one shows).
        self._got_it = [self._got_it_button(), self._got_it_button()]
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(self._got_it[1])
        column.addLayout(header)
        self._grid = self._steps()
        column.addLayout(self._grid)
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(self._got_it[0])
        column.addLayout(footer)
        parent.installEventFilter(self)
        self._place()

    def _got_it_button(self) -> QPushButton:
        button = QPushButton(translate("FirstRun", "Got it"))
        button.setAccessibleName(translate("FirstRun", "Got it"))
        button.setToolTip(
            translate("FirstRun", "Hide this guide (Help ▸ Keyboard Shortcuts lists the keys)")
        )
        button.clicked.connect(self.dismiss)
        return button

    def _steps(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)
        muted = muted_color(self.palette())
        for row, (heading, detail) in enumerate(STEPS):
            number = QLabel(str(row + 1))
            number.setObjectName("stepNumber")
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(number, row, 0, Qt.AlignmentFlag.AlignTop)
            text = QVBoxLayout()
            text.setSpacing(1)
            name = QLabel(f"<b>{translate('FirstRun', heading)}</b>")
            about = QLabel(translate("FirstRun", detail))
            about.setWordWrap(True)
            set_text_color(about, muted)
            self._details.append(about)
            text.addWidget(name)
            text.addWidget(about)
            grid.addLayout(text, row, 1)
        grid.setColumnStretch(1, 1)
        return grid

    def _restyle(self) -> None:
        """The card, and its step numbers in the accent deepened until they read (4.5:1);
        again after a light/dark switch, as a style sheet keeps the colours it was given."""
        parent = self.parentWidget()  # its own palette takes the sheet's colours
        palette = parent.palette() if parent is not None else self.palette()
        fill, text = accent_colors(palette)
        card, edge = palette.color(palette.ColorRole.Window), palette.color(palette.ColorRole.Mid)
        sheet = (  # colours by value: "palette(window)" is read once, when the sheet is set
            f"#firstRunGuide {{ background: {card.name()}; border: 1px solid {edge.name()};"
            " border-radius: 10px; }"
            f" QLabel#stepNumber {{ background: {fill.name()};"
            f" color: {text.name()}; border-radius: 13px; font-weight: bold;"
            " min-width: 26px; max-width: 26px; min-height: 26px; max-height: 26px; }"
        )
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)
        for about in self._details:
            set_text_color(about, muted_color(palette))

    def dismiss(self) -> None:
        """Hide the guide for good (this start and the next ones)."""
        self._state.setValue(DISMISSED_KEY, True)
        self._state.sync()
        parent = self.parentWidget()
        if parent is not None:
            parent.removeEventFilter(self)
        self.hide()
        self.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The parent's: its size places the card, its palette colours it (a widget with a
        style sheet hears of no palette change itself)."""
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._place()
        elif event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        return False

    def _place(self) -> None:
        """Centred across the parent, on its screen (above the player's two rows of
        controls); the steps' second lines are left out where the screen is too short."""
        parent = self.parentWidget()
        if parent is None:
            return
        width = max(240, min(_WIDTH, parent.width() - 2 * _MARGIN))
        room = parent.height() - 2 * (self.fontMetrics().height() + 14) - _MARGIN
        for detailed in (True, False):
            for label in self._details:
                label.setVisible(detailed)
            self._got_it[0].setVisible(detailed)
            self._got_it[1].setVisible(not detailed)
            self._grid.setVerticalSpacing(10 if detailed else 4)
            self._column.invalidate()
            height = self._column.heightForWidth(width)
            if height <= room:
                break
        self.setFixedSize(width, height)
        x = max(0, (parent.width() - width) // 2)
        y = max(_MARGIN // 2, (room - height) // 2)
        self.move(x, y)


def _truthy(value: object) -> bool:
    return value is True or str(value).lower() in ("true", "1", "yes")
