"""Text colours that stay readable in light and dark palettes.

Widgets colour their labels through these helpers rather than style sheets or fixed colours,
so a switch between light and dark desktop themes recolours everything. Every colour handed
out here reaches WCAG's 4.5:1 against the window and the field background of the palette
it was asked for (see :func:`readable`); tests/ui/test_accessibility_contrast.py measures it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QLabel

__all__ = [
    "MINIMUM_CONTRAST",
    "PREVIEW_MINIMUM",
    "SCREEN_COLOUR",
    "SCREEN_TEXT_COLOUR",
    "accent_colors",
    "contrast",
    "error_color",
    "focus_color",
    "follow_palette",
    "is_dark",
    "link_color",
    "luminance",
    "muted_color",
    "readable",
    "set_text_color",
    "success_color",
    "warning_color",
]

MINIMUM_CONTRAST = 4.5  # WCAG AA for body text
_ACCENT_CONTRAST = 5.0  # see accent_colors
_Rgba = tuple[float, float, float, float]
FOCUS_CONTRAST = 3.0  # WCAG AA for a focus indicator against what surrounds it

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


def luminance(colour: QColor) -> float:
    """WCAG relative luminance (0 black, 1 white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two opaque colours, 1 to 21."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable(colour: QColor, *backgrounds: QColor, minimum: float = MINIMUM_CONTRAST) -> QColor:
    """``colour``, or the nearest shade of it (towards black on light backgrounds, white on
    dark ones) that reaches ``minimum`` against every one of ``backgrounds``: a desktop
    theme's own colours (a pale placeholder grey, a bright accent) are kept when they
    read, and only deepened when they do not."""
    # Remembered: a dropped picture asks for ~23 muted colours, each a search of 21 shades
    # (its GUI handlers 2.8 -> ~2.3 ms; bench/picture_drops.py); a palette has a handful.
    key = (_key(colour), tuple(_key(ground) for ground in backgrounds), minimum)
    found = _readable_memo.get(key)
    if found is None:
        if len(_readable_memo) > 256:  # palettes come and go with theme switches
            _readable_memo.clear()
        found = _readable_memo[key] = _key(_deepened(colour, backgrounds, minimum))
    return QColor.fromRgbF(*found)  # a new one each time: the caller may change it


def _key(colour: QColor) -> _Rgba:
    return colour.redF(), colour.greenF(), colour.blueF(), colour.alphaF()


def _deepened(colour: QColor, backgrounds: tuple[QColor, ...], minimum: float) -> QColor:
    target = QColor("#000000") if luminance(backgrounds[0]) > 0.18 else QColor("#ffffff")
    for step in range(21):
        shade = _mix(colour, target, step / 20)
        if all(contrast(shade, ground) >= minimum for ground in backgrounds):
            return shade
    return target


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


def _grounds(palette: QPalette) -> tuple[QColor, QColor]:
    """Where text of these colours stands: the window, and fields, lists and cards."""
    return palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base)


def error_color(palette: QPalette) -> QColor:
    """Red that stays readable on the palette's window colour, light or dark."""
    return readable(
        QColor("#ff8a80") if is_dark(palette) else QColor("#b3261e"), *_grounds(palette)
    )


def warning_color(palette: QPalette) -> QColor:
    """Amber that stays readable on the palette's window colour, light or dark."""
    return readable(
        QColor("#ffcc66") if is_dark(palette) else QColor("#8a5300"), *_grounds(palette)
    )


def success_color(palette: QPalette) -> QColor:
    """Green that stays readable on the palette's window colour, light or dark."""
    return readable(
        QColor("#81c995") if is_dark(palette) else QColor("#1e6b34"), *_grounds(palette)
    )


def muted_color(palette: QPalette) -> QColor:
    """Secondary text: the palette's placeholder colour, which themes already tune,
    deepened where it would be too faint to read (Qt's default is half-transparent text).

    Remembered per palette (its ``cacheKey`` changes with any change to it): a dropped
    picture's handlers and the Settings dialog ask for it 10-20 times in one step."""
    found = _muted_memo.get(palette.cacheKey())
    if found is None:
        placeholder = palette.color(QPalette.ColorRole.PlaceholderText)
        text = palette.color(QPalette.ColorRole.WindowText)
        if placeholder.alpha() < 255:  # drawn over the background: what a person sees
            window = palette.color(QPalette.ColorRole.Window)
            placeholder = _mix(window, text, placeholder.alphaF())
        if len(_muted_memo) > 256:  # palettes come and go with theme switches
            _muted_memo.clear()
        found = _muted_memo[palette.cacheKey()] = _key(readable(placeholder, *_grounds(palette)))
    return QColor.fromRgbF(*found)  # a new one each time: the caller may change it


def link_color(palette: QPalette) -> QColor:
    """The palette's link colour, deepened where it would not read."""
    return readable(palette.color(QPalette.ColorRole.Link), *_grounds(palette))


def accent_colors(palette: QPalette) -> tuple[QColor, QColor]:
    """(fill, text) of the one primary button and of a selected row: the desktop's accent
    (highlight) colour, deepened until its text reads on it (Fusion's light blue with
    white text reaches only 3.6:1). A margin over 4.5: styles draw a button's fill as a
    gradient a little lighter at the top."""
    text = palette.color(QPalette.ColorRole.HighlightedText)
    fill = readable(palette.color(QPalette.ColorRole.Highlight), text, minimum=_ACCENT_CONTRAST)
    return fill, text


def focus_color(palette: QPalette, *, on: QColor | None = None) -> QColor:
    """The keyboard-focus ring: the accent colour, deepened until it stands out (3:1)
    from ``on`` (the base colour when not given)."""
    ground = on if on is not None else palette.color(QPalette.ColorRole.Base)
    return readable(palette.color(QPalette.ColorRole.Highlight), ground, minimum=FOCUS_CONTRAST)


def set_text_color(label: QLabel, color: QColor | None) -> None:
    """Colour a label through its palette (not a style sheet) so it follows theme changes.

    When ``color`` is one of this module's roles (muted, error, warning, success) for the
    palette around the label, the role is remembered: a light/dark switch while the label
    is shown (an open dialog's note, say) gives it the same role's colour for the new
    palette, without its widget having to know of the switch."""
    follower = label.findChild(_RoleFollower)
    if color is None:
        if follower is not None:
            follower.role = None
        label.setPalette(QPalette())  # an empty palette: inherit everything again
        label.setProperty(_PAINTED, None)
        return
    role = _roles_of(_around(label)).get(color.rgba())
    if role is not None and follower is None:
        follower = _RoleFollower(label)
    if follower is not None:
        follower.role = role
    _paint_text(label, color)


def _paint_text(label: QWidget, color: QColor) -> None:
    rgba = color.rgba()
    if label.property(_PAINTED) == rgba and label.palette().color(_TEXT).rgba() == rgba:
        return  # already so: a new palette would be resolved and sent down again for nothing
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, _TEXT, color)
    label.setPalette(palette)
    label.setProperty(_PAINTED, rgba)


def _around(label: QWidget) -> QPalette:
    """The palette the label's colour was worked out against: its parent's (the label's
    own has the colour in it), or the application's for a label not placed yet."""
    parent = label.parentWidget()
    return parent.palette() if parent is not None else QGuiApplication.palette()


_ROLES: tuple[Callable[[QPalette], QColor], ...] = (
    muted_color,
    error_color,
    warning_color,
    success_color,
)
_role_cache: dict[int, dict[int, Callable[[QPalette], QColor]]] = {}
_TEXT = QPalette.ColorRole.WindowText
# The colour _paint_text gave a label (a property, not the Qt namespace's WA_SetPalette:
# the first frame must not make that namespace; see ui/kit/lazy_qt.py).
_PAINTED = "poyoTextRgba"
_readable_memo: dict[tuple[_Rgba, tuple[_Rgba, ...], float], _Rgba] = {}
_muted_memo: dict[int, _Rgba] = {}


def _roles_of(palette: QPalette) -> dict[int, Callable[[QPalette], QColor]]:
    """Each role's colour on ``palette`` (as rgba) → the role; worked out once a palette."""
    key = palette.cacheKey()
    found = _role_cache.get(key)
    if found is None:
        if len(_role_cache) > 16:  # palettes come and go with theme switches
            _role_cache.clear()
        found = _role_cache[key] = {role(palette).rgba(): role for role in reversed(_ROLES)}
    return found


class _RoleFollower(QObject):
    """Kept by a label coloured in a role: on a palette change, the role's new colour."""

    def __init__(self, label: QWidget) -> None:
        super().__init__(label)
        self.role: Callable[[QPalette], QColor] | None = None
        label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self.role is not None
            and event.type() == QEvent.Type.PaletteChange
            and isinstance(watched, QWidget)
        ):
            color = self.role(_around(watched))
            if watched.palette().color(QPalette.ColorRole.WindowText) != color:
                _paint_text(watched, color)
        return False


def follow_palette(watched: QWidget, apply: Callable[[QPalette], None]) -> None:
    """Call ``apply(watched.palette())`` now and after each palette change of ``watched``.

    For a style sheet's colours: a widget with a style sheet keeps the palette of when the
    sheet was set (black text stayed on a dark background after a switch) and hears of no
    change itself, so its sheet is made again, colours by value, from a widget without one
    (its parent, say)."""
    apply(watched.palette())
    _PaletteFollower(watched, apply)


class _PaletteFollower(QObject):
    def __init__(self, watched: QWidget, apply: Callable[[QPalette], None]) -> None:
        super().__init__(watched)
        self._apply = apply
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange and isinstance(watched, QWidget):
            self._apply(watched.palette())
        return False
