"""How a picture slot is drawn: its rounded card, and its thumbnail (or the placeholder
glyph while it holds no picture).

Both are drawn in the window's first frame, so with lazy_qt's pens and paths (see
ui/kit/lazy_qt.py) and without the Qt namespace; kept here so the slot itself deals with
what it holds, not with how it looks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPainterPath, QPalette, QPixmap
from PySide6.QtWidgets import QLabel

from poyo_desktop.ui.kit.icons import placeholder_pixmap
from poyo_desktop.ui.kit.lazy_qt import outline_pen, set_qt_property, solid_brush
from poyo_desktop.ui.kit.theme import error_color, muted_color
from poyo_desktop.ui.kit.translations import translate

if TYPE_CHECKING:
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QWidget

THUMB_SIDE = 96  # logical pixels
DASHES = [4.0, 2.0]  # Qt's DashLine, in pen widths, without the Qt namespace's PenStyle


def paint_card(widget: QWidget, *, drag_over: bool, empty: bool, refused: bool) -> None:
    """A rounded card over ``widget``: dashed while ``empty``, solid when filled,
    highlighted on drag-over and focus, its edge red for a ``refused`` picture; all in
    palette colours so light and dark schemes both work. Call from its paint event."""
    palette = widget.palette()
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    card = QPainterPath()  # drawn in the first frame, so with a path (ui/kit/lazy_qt.py)
    card.addRoundedRect(QRectF(widget.rect()).adjusted(1, 1, -1, -1), 8, 8)
    if drag_over:
        tint = palette.color(QPalette.ColorRole.Highlight)
        tint.setAlpha(40)
        painter.fillPath(card, solid_brush(tint))
    else:
        painter.fillPath(card, palette.brush(QPalette.ColorRole.Base))
    if drag_over or widget.hasFocus():
        pen = outline_pen(palette.color(QPalette.ColorRole.Highlight), 2)
    else:
        pen = outline_pen(palette.color(QPalette.ColorRole.Mid), 1.2)
        if empty:
            pen.setDashPattern(DASHES)
    if refused and not drag_over:
        pen.setColor(error_color(palette))
    painter.strokePath(card, pen)


class SlotThumbnail:
    """The square ``label`` that shows the picture's thumbnail, or the placeholder glyph in
    the muted colour; each is drawn once, not on every refresh of the slot."""

    def __init__(self, title: str, parent: QWidget) -> None:
        self.label = QLabel(parent)
        self.label.setFixedSize(THUMB_SIDE, THUMB_SIDE)
        # An enum property by its Qt names, not Qt.AlignmentFlag: see ui/kit/lazy_qt.py.
        set_qt_property(self.label, "alignment", "AlignCenter")
        self.label.setAccessibleName(
            translate("SlotLook", "{picture} preview").format(picture=title)
        )
        self._key: object = None  # what the label shows now
        self._placeholder: tuple[object, QPixmap] | None = None  # drawn once per look

    def show(self, thumb: QImage | None, palette: QPalette, ratio: float) -> None:
        """``thumb`` (made at ``ratio`` device pixels per pixel), or the placeholder."""
        if thumb is not None:
            if self._key != thumb.cacheKey():
                self._key = thumb.cacheKey()
                pixmap = QPixmap.fromImage(thumb)
                pixmap.setDevicePixelRatio(ratio)
                self.label.setPixmap(pixmap)
        else:
            key = (muted_color(palette).rgba(), ratio)
            if self._key != key:
                self._key = key
                self.label.setPixmap(self._placeholder_for(key, palette, ratio))

    def _placeholder_for(self, key: object, palette: QPalette, ratio: float) -> QPixmap:
        """Drawn once per colour scheme, not each time the slot is emptied (~2 ms)."""
        if self._placeholder is None or self._placeholder[0] != key:
            pixmap = placeholder_pixmap(THUMB_SIDE, muted_color(palette), ratio)
            self._placeholder = (key, pixmap)
        return self._placeholder[1]
