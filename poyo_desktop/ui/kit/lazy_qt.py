"""What the code of the first frame uses instead of the ``Qt`` namespace.

PySide6 makes a Python ``enum`` class for every enum of a type the first time the type is
used, and the ``Qt`` namespace has 94 of them (about 1,600 members, ``Qt.Key`` alone 471):
measured 15-25 ms here and ~126 million instructions, against ~630 million for the whole
start of a bare PySide6 window, so more than anything else the window's first frame does.
The namespace is made not only by ``Qt.Something`` but by any call that PySide6 has to
match against an overload taking one of its enums: ``QPen(colour)`` (there is a
``QPen(Qt.PenStyle)``), ``QPainter.setPen``, ``setBrush``, ``fillRect``, ``QColor(colour)``
and ``QPalette(palette)`` among them.

So the modules the first frame is built from (the window, the form, the picture slots, the
drawn icons) import :data:`Qt` from here, where it is made on first use: code that runs
later writes ``Qt.AlignmentFlag.AlignTop`` as usual. Code that runs before the first frame
is out (construction, and the paint events of the widgets it shows) keeps to what is here:

* :func:`set_qt_property` sets an enum property by its Qt names, read by Qt in C++;
* :func:`top_aligned` stands for a layout's ``AlignTop``;
* :func:`outline_pen` and :func:`solid_brush` make pens and brushes, for
  ``QPainter.strokePath`` and ``fillPath`` (which have one signature each) in place of
  ``setPen``/``setBrush`` and the ``draw…`` calls.

``tests/ui/test_main_window.py`` checks that the namespace is still unmade when the whole
first frame has been drawn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QPen
from PySide6.QtWidgets import QVBoxLayout

if TYPE_CHECKING:
    from PySide6.QtCore import QObject, Qt
    from PySide6.QtGui import QBrush, QColor
    from PySide6.QtWidgets import QWidget
else:

    class _LazyQt:
        """Stands for ``PySide6.QtCore.Qt``; each name is looked up there once, then kept."""

        def __getattr__(self, name: str) -> Any:
            from PySide6.QtCore import Qt as namespace

            value = getattr(namespace, name)
            setattr(self, name, value)
            return value

        def __repr__(self) -> str:
            return "<the Qt namespace, made on first use>"

    Qt = _LazyQt()

__all__ = ["Qt", "outline_pen", "set_qt_property", "solid_brush", "top_aligned"]


def set_qt_property(target: QObject, name: str, keys: str) -> None:
    """Set the enum or flags property ``name`` of ``target`` by the names of Qt's values,
    as Qt Designer files do: ``set_qt_property(label, "alignment", "AlignRight|AlignTop")``.

    A name Qt does not know for that property is an error here, not a silent no-op.
    """
    if not target.setProperty(name, keys):
        raise ValueError(f"{type(target).__name__} has no {name!r} property taking {keys!r}")


def top_aligned(widget: QWidget) -> QVBoxLayout:
    """``widget`` at the top of a column that leaves any height to spare below it: what
    ``layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)`` does."""
    column = QVBoxLayout()
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(widget)
    column.addStretch(1)
    return column


def outline_pen(colour: QColor, width: float) -> QPen:
    """A solid pen of ``colour`` and ``width``, with Qt's usual square ends and bevelled
    corners (``QPen(colour, width)``)."""
    pen = QPen()
    pen.setColor(colour)
    pen.setWidthF(width)
    return pen


def solid_brush(colour: QColor) -> QBrush:
    """A solid brush of ``colour`` (``QBrush(colour)``): a solid pen's brush is one."""
    return outline_pen(colour, 1).brush()
