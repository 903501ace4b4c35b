"""A ring around a multi-line text field while it has the keyboard focus.

Styles mark a focused one-line field (Fusion outlines it in the accent colour), but draw
nothing around a focused multi-line one: only a thin blinking caret shows where typing goes.
:func:`show_focus_ring` adds a ring, drawn on a see-through sibling laid over the field's
edge, so the field itself and its style are left as they are. The ring is made on the
field's first focus: the form's fields are made before the first frame, which must not wait
for the ``Qt`` namespace (see ui/kit/lazy_qt.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRectF
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QWidget

from poyo_desktop.ui.kit.lazy_qt import Qt, outline_pen
from poyo_desktop.ui.kit.theme import focus_color

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

WIDTH = 2  # logical pixels, outside the field's own frame
_FOLLOWED = (QEvent.Type.FocusIn, QEvent.Type.FocusOut, QEvent.Type.Move, QEvent.Type.Resize)


class FocusRing(QWidget):
    """The ring of one ``field``: shown while it has the focus, over its edge; clicks go
    through it to the field."""

    def __init__(self, field: QWidget) -> None:
        super().__init__(field.parentWidget())
        self._field = field
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()

    def follow(self) -> None:
        field = self._field
        if field.hasFocus() and field.isVisible():
            self.setGeometry(field.geometry().adjusted(-WIDTH, -WIDTH, WIDTH, WIDTH))
            self.raise_()
            self.show()
            self.update()
        else:
            self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        half = WIDTH / 2
        ring = QPainterPath()
        ring.addRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 3, 3)
        painter.strokePath(ring, outline_pen(focus_color(self.palette()), WIDTH))


class _RingKeeper(QObject):
    """Watches the field; makes its ring on the first focus, then moves and shows it."""

    def __init__(self, field: QWidget) -> None:
        super().__init__(field)
        self._field = field
        self._ring: FocusRing | None = None
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _FOLLOWED:
            if self._ring is None and kind == QEvent.Type.FocusIn:
                self._ring = FocusRing(self._field)
            if self._ring is not None:
                self._ring.follow()
        return False


def show_focus_ring(field: QWidget) -> None:
    """Give ``field`` (a multi-line text field with a parent) a ring while it is focused."""
    _RingKeeper(field)
