"""What a task-list row is drawn with: fonts, metrics, colours and status chips, worked out
once and kept, because the list paints a dozen rows per frame while it scrolls.

Every ``QFont``, ``QFontMetrics``, colour mix and Qt enum conversion costs Python and
binding time; done per row, they took most of a row's 0.5 ms of painting. Here they are
computed the first time a font, palette or chip is seen, so painting a row is mostly
drawing. A chip ("Finished", "Running 40 %") is the same picture on every row that shows
it, so it is painted once into a pixmap and copied after that.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPixmap

from poyo_desktop.core.states import JobState
from poyo_desktop.ui.kit.theme import accent_colors, focus_color, readable

__all__ = ["ChipCache", "RowColors", "RowFonts", "Tone", "is_dark", "mix", "tone_for"]

# Logical pixels.
MIN_ROW_HEIGHT = 68
PAD_V = 8
LINE_GAP = 2
CHIP_PAD_H = 9
CHIP_PAD_V = 3


@dataclass(frozen=True, slots=True)
class Tone:
    """A state's colour: ``ink`` for text, ``fill`` for the chip behind it, ``track`` for
    the unfilled part of a progress bar."""

    ink: QColor
    fill: QColor
    track: QColor


# (light-theme ink, dark-theme ink). Light inks reach at least 4.5:1 on white and on
# their own tinted chip; dark inks do the same on a near-black base.
_INKS: dict[str, tuple[str, str]] = {
    "grey": ("#5c6370", "#b8bec9"),
    "blue": ("#1b5fb0", "#8cb8f5"),
    "green": ("#1d7a36", "#7fd18e"),
    "red": ("#b42318", "#f4978e"),
    "amber": ("#8a5a00", "#f5c451"),
}

_STATE_HUES: dict[JobState, str] = {
    JobState.DRAFT: "grey",
    JobState.QUEUED: "grey",
    JobState.UPLOADING: "blue",
    JobState.SUBMITTING: "blue",
    JobState.RUNNING: "blue",
    JobState.DOWNLOADING: "blue",
    JobState.FINISHED: "green",
    JobState.FAILED: "red",
    JobState.UNKNOWN: "amber",
    JobState.CANCELLED: "grey",
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def tone_for(state: JobState, palette: QPalette) -> Tone:
    """The colours of ``state`` that read on ``palette``'s base colour."""
    dark = is_dark(palette)
    ink = QColor(_INKS[_STATE_HUES[state]][1 if dark else 0])
    fill = mix(palette.color(QPalette.ColorRole.Base), ink, 0.22 if dark else 0.12)
    return Tone(ink, fill, with_alpha(ink, 0.22))


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``amount`` of ``b`` over ``a``, as an opaque colour."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


def with_alpha(color: QColor, alpha: float) -> QColor:
    out = QColor(color)
    out.setAlphaF(alpha)
    return out


class RowFonts:
    """The three fonts of a row, their metrics, and the row geometry that follows from them.

    Plain classes here rather than dataclasses: each dataclass costs start-up about half a
    millisecond to build, and these are read, never compared or printed.
    """

    __slots__ = (
        "chip",
        "chip_key",
        "chip_metrics",
        "row_height",
        "small",
        "small_metrics",
        "thumbnail",
        "title",
        "title_metrics",
    )

    def __init__(self, font: QFont) -> None:
        self.title = QFont(font)
        self.title.setWeight(QFont.Weight.DemiBold)
        self.small = QFont(font)
        if font.pointSizeF() > 0:
            self.small.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        elif font.pixelSize() > 0:
            self.small.setPixelSize(max(9, round(font.pixelSize() * 0.9)))
        self.chip = QFont(self.small)
        self.chip.setWeight(QFont.Weight.DemiBold)
        self.chip_key = self.chip.key()  # which costs microseconds a call
        self.title_metrics = QFontMetrics(self.title)
        self.small_metrics = QFontMetrics(self.small)
        self.chip_metrics = QFontMetrics(self.chip)
        # Tall enough for a bold line and two small lines at the current font size.
        self.row_height = max(
            MIN_ROW_HEIGHT,
            self.title_metrics.height() + 2 * (self.small_metrics.height() + LINE_GAP) + 2 * PAD_V,
        )
        thumb_height = self.row_height - 2 * PAD_V
        self.thumbnail = QSize(round(thumb_height * 16 / 9), thumb_height)


class RowColors:
    """A row's inks on one palette, in one colour group, selected or not."""

    __slots__ = (
        "failed",
        "focus",
        "hairline",
        "loading",
        "secondary",
        "text",
        "tones",
        "trouble",
    )

    def __init__(self, palette: QPalette, active: bool, selected: bool) -> None:
        group = QPalette.ColorGroup.Normal if active else QPalette.ColorGroup.Inactive
        text = palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        # A selected row is drawn on the accent deepened until its text reads (selection_palette).
        behind = accent_colors(palette)[0] if selected else palette.color(QPalette.ColorRole.Base)
        self.tones = {state: tone_for(state, palette) for state in JobState}
        self.text = text
        # Facts: text pulled towards the background, as far as it still reads.
        self.secondary = readable(mix(behind, text, 0.72), behind)
        self.failed = text if selected else self.tones[JobState.FAILED].ink
        # A task under way that cannot reach PoYo for now (the app keeps trying).
        self.trouble = text if selected else self.tones[JobState.UNKNOWN].ink
        self.loading = with_alpha(text, 0.08)  # where a thumbnail is still loading
        self.hairline = with_alpha(text, 0.14)  # so a white photo does not melt into the list
        # The keyboard focus: a ring that stands out from the row (3:1), selected or not.
        self.focus = text if selected else focus_color(palette, on=behind)


class RowLook:
    """Fonts by font, colours by palette, kept for as long as they stay the same."""

    def __init__(self) -> None:
        self._font: QFont | None = None
        self._fonts: RowFonts | None = None
        self._colors: dict[tuple[int, bool, bool], RowColors] = {}
        self._selection: tuple[int, QPalette] | None = None

    def fonts(self, font: QFont) -> RowFonts:
        # Comparing with the last font is cheaper than ``font.key()``; a list has one font.
        if self._fonts is None or font != self._font:
            self._font, self._fonts = QFont(font), RowFonts(font)
        return self._fonts

    def selection_palette(self, palette: QPalette) -> QPalette:
        """``palette`` with the accent deepened for selected rows (see theme.accent_colors),
        kept while the palette stays the same: the style draws the selection from it."""
        key = palette.cacheKey()
        if self._selection is None or self._selection[0] != key:
            fill = accent_colors(palette)[0]
            chosen = QPalette(palette)
            for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
                chosen.setColor(group, QPalette.ColorRole.Highlight, fill)
            self._selection = (key, chosen)
        return self._selection[1]

    def colors(self, palette: QPalette, active: bool, selected: bool) -> RowColors:
        key = (palette.cacheKey(), active, selected)
        colors = self._colors.get(key)
        if colors is None:
            if len(self._colors) > 32:  # palettes come and go with theme changes
                self._colors.clear()
            colors = self._colors[key] = RowColors(palette, active, selected)
        return colors


class ChipCache:
    """Status chips painted once into pixmaps, most recently used kept."""

    def __init__(self, capacity: int = 128) -> None:
        self._capacity = capacity
        self._pixmaps: OrderedDict[tuple[object, ...], QPixmap] = OrderedDict()
        self._advances: dict[tuple[str, str], int] = {}

    def chip(
        self, text: str, tone: Tone, fonts: RowFonts, max_width: int, device_pixel_ratio: float
    ) -> QPixmap:
        """The chip for ``text``, elided to fit ``max_width`` logical pixels."""
        font_key = fonts.chip_key
        natural = self._advances.get((text, font_key))
        if natural is None:
            natural = fonts.chip_metrics.horizontalAdvance(text) + 1  # advances round down
            self._advances[(text, font_key)] = natural
        text_width = min(natural, max_width - 2 * CHIP_PAD_H)
        key = (text, tone.ink.rgba(), tone.fill.rgba(), font_key, text_width, device_pixel_ratio)
        pixmap = self._pixmaps.get(key)
        if pixmap is not None:
            self._pixmaps.move_to_end(key)
            return pixmap
        if text_width < natural:
            text = fonts.chip_metrics.elidedText(text, Qt.TextElideMode.ElideRight, text_width)
        pixmap = _paint_chip(text, tone, fonts, text_width, device_pixel_ratio)
        self._pixmaps[key] = pixmap
        while len(self._pixmaps) > self._capacity:
            self._pixmaps.popitem(last=False)
        if len(self._advances) > 4 * self._capacity:
            self._advances.clear()
        return pixmap


def _paint_chip(
    text: str, tone: Tone, fonts: RowFonts, text_width: int, device_pixel_ratio: float
) -> QPixmap:
    width = text_width + 2 * CHIP_PAD_H
    height = fonts.chip_metrics.height() + 2 * CHIP_PAD_V
    pixmap = QPixmap(round(width * device_pixel_ratio), round(height * device_pixel_ratio))
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    # The fill is opaque, so the chip keeps its colours on a selected (highlighted) row.
    painter.setBrush(tone.fill)
    radius = height / 2
    painter.drawRoundedRect(QRectF(0, 0, width, height), radius, radius)
    painter.setFont(fonts.chip)
    painter.setPen(tone.ink)
    painter.drawText(QRect(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap
