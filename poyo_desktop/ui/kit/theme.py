"""Text colours that stay readable in light and dark palettes.

Widgets colour their labels through these helpers rather than style sheets or fixed colours,
so a switch between light and dark desktop themes recolours everything.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPalette

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel

__all__ = [
    "PREVIEW_MINIMUM",
    "SCREEN_COLOUR",
    "SCREEN_TEXT_COLOUR",
    "error_color",
    "is_dark",
    "muted_color",
    "set_text_color",
    "success_color",
    "warning_color",
]

# The preview's screen, whatever the theme: close to the black bars the video widget paints.
SCREEN_COLOUR = QColor("#0c0c0d")
SCREEN_TEXT_COLOUR = QColor("#ededed")
PREVIEW_MINIMUM = (360, 260)  # logical pixels: the screen, its controls and file actions


def is_dark(palette: QPalette) -> bool:
    """Whether the palette is a dark scheme (window darker than its text)."""
    return (
        palette.color(QPalette.ColorRole.Window).lightness()
        < palette.color(QPalette.ColorRole.WindowText).lightness()
    )


def error_color(palette: QPalette) -> QColor:
    """Red that stays readable on the palette's window colour, light or dark."""
    return QColor("#ff8a80") if is_dark(palette) else QColor("#b3261e")


def warning_color(palette: QPalette) -> QColor:
    """Amber that stays readable on the palette's window colour, light or dark."""
    return QColor("#ffcc66") if is_dark(palette) else QColor("#8a5300")


def success_color(palette: QPalette) -> QColor:
    """Green that stays readable on the palette's window colour, light or dark."""
    return QColor("#81c995") if is_dark(palette) else QColor("#1e6b34")


def muted_color(palette: QPalette) -> QColor:
    """Secondary text: the palette's placeholder colour, which themes already tune."""
    return palette.color(QPalette.ColorRole.PlaceholderText)


def set_text_color(label: QLabel, color: QColor | None) -> None:
    """Colour a label through its palette (not a style sheet) so it follows theme changes."""
    if color is None:
        label.setPalette(QPalette())  # an empty palette: inherit everything again
        return
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.WindowText, color)
    label.setPalette(palette)
