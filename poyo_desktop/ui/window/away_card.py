"""The "While you were away" card: a quiet strip under the window's toolbar saying what
ended while the person was not looking, one line per task (a click shows that task), until
they dismiss it (its × button, or Esc).

Not a dialog: nothing waits on it, and the window works around it. Loaded only when there
is something to show (ui/window/away_watch.py imports it then). Painted from the palette,
so it follows a switch between light and dark as the demo banner does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPainterPath, QPalette, QPen, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from poyo_desktop.core.states import JobState
from poyo_desktop.ui.kit.rich_text import escape
from poyo_desktop.ui.kit.translations import translate
from poyo_desktop.ui.window import away_words

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

    from poyo_desktop.core.job import Job
    from poyo_desktop.services.away_summary import AwaySummary

LINES_SHOWN = 3  # tasks named on the card; the rest are counted ("and 2 more in the list")
FILL_ALPHA, EDGE_ALPHA = 0x22, 0x80  # of the palette's highlight colour


class AwayCard(QFrame):
    """Shows an :class:`AwaySummary`; says which task the person chose and when they are
    done with it."""

    task_chosen = Signal(object)  # the Job of the line clicked
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("awayCard")
        self.setAccessibleName(away_words.title())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 6, 6, 6)
        outer.setSpacing(0)
        top = QHBoxLayout()
        top.setSpacing(8)
        self.headline = QLabel()
        self.headline.setObjectName("awayHeadline")
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        top.addWidget(self.headline, 1)
        close = QToolButton()
        close.setObjectName("awayDismiss")
        close.setText("×")
        close.setAccessibleName(translate("AwayCard", "Dismiss"))
        close.setToolTip(translate("AwayCard", "Dismiss (Esc)"))
        close.setAutoRaise(True)
        close.clicked.connect(self.dismiss)
        top.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top)
        self._lines = QVBoxLayout()
        self._lines.setSpacing(0)
        outer.addLayout(self._lines)
        self._buttons: list[QToolButton] = []
        # Esc anywhere in the window while the card is there (it has no focus of its own:
        # it never takes the keyboard from the form or the list).
        self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self._escape.setContext(Qt.ShortcutContext.WindowShortcut)
        self._escape.activated.connect(self.dismiss)

    def show_summary(self, summary: AwaySummary) -> None:
        """Say ``summary``: its headline, then its first tasks as lines to click."""
        title = escape(away_words.title())
        self.headline.setText(f"<b>{title}:</b> {escape(away_words.headline(summary))}")
        for button in self._buttons:
            self._lines.removeWidget(button)
            button.deleteLater()
        self._buttons = [self._line(item.job) for item in summary.items[:LINES_SHOWN]]
        rest = len(summary.items) - LINES_SHOWN
        if rest > 0:
            more = QToolButton()
            more.setText(away_words.more(rest))
            more.setEnabled(False)  # a count, not a place to go
            more.setAutoRaise(True)
            self._buttons.append(more)
        for button in self._buttons:
            self._lines.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self._colour_lines()

    def _line(self, job: Job) -> QToolButton:
        button = QToolButton()
        button.setText(f"{away_words.line(job)}  ›")
        button.setAccessibleName(away_words.line(job))
        button.setToolTip(_details(job))
        button.setAutoRaise(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(lambda: self.task_chosen.emit(job))
        return button

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light to dark, or back
            self._colour_lines()

    def _colour_lines(self) -> None:
        """The lines in the palette's link colour: they read as places to go."""
        link = self.palette().color(QPalette.ColorRole.Link)
        for button in self._buttons:
            palette = QPalette()
            for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
                palette.setColor(group, QPalette.ColorRole.ButtonText, link)
            button.setPalette(palette if button.isEnabled() else QPalette())

    def dismiss(self) -> None:
        if self.isHidden():
            return
        self.hide()
        self.dismissed.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        """A rounded box in a wash of the palette's highlight colour."""
        tint = self.palette().color(QPalette.ColorRole.Highlight)
        fill, edge = QColor(tint), QColor(tint)
        fill.setAlpha(FILL_ALPHA)
        edge.setAlpha(EDGE_ALPHA)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QPainterPath()
        box.addRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        painter.fillPath(box, fill)
        painter.strokePath(box, QPen(edge, 1))


def _details(job: Job) -> str:
    """The line's tooltip: the whole prompt, and a failure's whole message."""
    text = job.prompt.strip()
    if job.error_message and job.state is not JobState.FINISHED:
        text = f"{text}\n{job.error_message}" if text else job.error_message
    return text
