"""A scroll area whose content neither narrows nor is redrawn whole when it grows or shrinks:
its scroll bar keeps its room while there is nothing to scroll, and only what moved is
drawn again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QScrollArea, QScrollBar

from poyo_desktop.ui.kit.lazy_qt import Qt, set_qt_property

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent


class GutterScrollBar(QScrollBar):
    """Drawn only while there is something to scroll; its room is kept either way.

    Why: a bar shown as needed made the form narrower by its width whenever a picture, or
    the line under it, made the form just taller than the window (the default window is
    such a size). Every field was then laid out, wrapped and painted again, and once more
    when it went: 6-12 ms of the window's time at each picture's verdict, and the form
    visibly jumped sideways (bench/picture_drops.py). CSS calls this a stable gutter.
    """

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.maximum() > self.minimum():
            super().paintEvent(event)


def keep_gutter(scroll: QScrollArea) -> None:
    """Give ``scroll`` a vertical bar whose room is always kept (see GutterScrollBar); for
    the first frame (no Qt namespace)."""
    # Made without arguments: QScrollBar(parent) shares an overload with
    # QScrollBar(Qt.Orientation, parent), and telling them apart makes the Qt namespace.
    scroll.setVerticalScrollBar(GutterScrollBar())
    # An enum property by its Qt names, not Qt.ScrollBarPolicy: see ui/kit/lazy_qt.py.
    set_qt_property(scroll, "verticalScrollBarPolicy", "ScrollBarAlwaysOn")


def draw_only_what_moves(scroll: QScrollArea) -> None:
    """When ``scroll``'s content grows or shrinks (a picture's lines on the form), draw
    again only the part that moved or came into view, not all of it: every field above a
    picture was redrawn at its verdict, 2-4 ms (bench/picture_drops.py). The content only
    holds widgets, so its own drawing (the background) never depends on its size.

    Call it once the window is drawn: the attribute's enum makes the Qt namespace, which
    the first frame does without (ui/kit/lazy_qt.py)."""
    content = scroll.widget()
    if content is not None:
        content.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
