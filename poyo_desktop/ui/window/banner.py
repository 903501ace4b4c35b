"""The demo-mode banner: friendly, visible, one click from adding a key."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from poyo_desktop.ui.kit.lazy_qt import outline_pen, solid_brush
from poyo_desktop.ui.kit.translations import translate

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QWidget

# A see-through amber over the window's own colour: a light wash on a light window, a dark
# olive on a dark one. Its text is the palette's, so it reads on either (#AARRGGBB).
BANNER_FILL = QColor("#2effc107")
BANNER_EDGE = QColor("#8cffa000")


class DemoBanner(QFrame):
    """Drawn by hand rather than with a style sheet: a style sheet fixes the colours of the
    banner's text and button when it is applied, so a switch to dark while the app runs
    left black text on dark olive. Painted from the palette, it follows every switch."""

    settings_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoBanner")
        self.setAccessibleName(translate("Banner", "Demo mode notice"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        text = QLabel(
            translate(
                "Banner",
                "<b>Demo mode.</b> Videos are simulated on this computer, for free. "
                "Add your PoYo API key to make real ones.",
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text, 1)
        button = QPushButton(translate("Banner", "Add API key…"))
        button.setAccessibleName(translate("Banner", "Add API key"))
        button.clicked.connect(self.settings_requested)
        layout.addWidget(button)

    def paintEvent(self, event: QPaintEvent) -> None:
        """A rounded amber box (paths, as in the first frame: see ui/kit/lazy_qt.py)."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QPainterPath()
        box.addRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        painter.fillPath(box, solid_brush(BANNER_FILL))
        painter.strokePath(box, outline_pen(BANNER_EDGE, 1))
