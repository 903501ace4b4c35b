"""How one job looks in the list: thumbnail, prompt, a line of facts, and a status chip.

Painted by hand rather than built from widgets per row: 10,000 rows of QLabels would cost
memory and time, while a delegate paints only the dozen rows on screen. Colours come in a
light and a dark tone per state, chosen from the palette's base colour, so every chip and
line keeps its contrast whichever theme the desktop uses.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from poyo_desktop.core.states import JobState
from poyo_desktop.ui import formatting
from poyo_desktop.ui.task_model import JobListModel, is_active
from poyo_desktop.ui.thumbnails import ThumbnailCache

if TYPE_CHECKING:
    from poyo_desktop.core.job import Job

__all__ = ["JobDelegate", "Tone", "tone_for"]

_Index = QModelIndex | QPersistentModelIndex

# Logical pixels.
_MIN_ROW_HEIGHT = 68
_PAD_V = 8
_PAD_H = 10
_GAP = 12  # between thumbnail, text and chip
_LINE_GAP = 2
_CHIP_PAD_H = 9
_CHIP_PAD_V = 3
_BAR_HEIGHT = 3
_THUMB_RADIUS = 6.0


@dataclass(frozen=True, slots=True)
class Tone:
    """A state's colour: ``ink`` for text, ``fill`` for the chip behind it."""

    ink: QColor
    fill: QColor


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
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def tone_for(state: JobState, palette: QPalette) -> Tone:
    """The colours of ``state`` that read on ``palette``'s base colour."""
    dark = is_dark(palette)
    ink = QColor(_INKS[_STATE_HUES[state]][1 if dark else 0])
    fill = _mix(palette.color(QPalette.ColorRole.Base), ink, 0.22 if dark else 0.12)
    return Tone(ink, fill)


class JobDelegate(QStyledItemDelegate):
    """Paints a :class:`~poyo_desktop.ui.task_model.JobListModel` row; holds no state of its
    own beyond the thumbnail cache it reads from and the clock it reads the time from."""

    def __init__(
        self,
        thumbnails: ThumbnailCache,
        parent: QObject | None = None,
        *,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self._thumbnails = thumbnails
        self._now = now or (lambda: datetime.now(UTC))

    def thumbnails(self) -> ThumbnailCache:
        return self._thumbnails

    def set_thumbnails(self, cache: ThumbnailCache) -> None:
        self._thumbnails = cache

    # ----- geometry ------------------------------------------------------------------

    def row_height(self, font: QFont) -> int:
        """Tall enough for a bold line and two small lines at the current font size."""
        title = QFontMetrics(_title_font(font)).height()
        small = QFontMetrics(_small_font(font)).height()
        return max(_MIN_ROW_HEIGHT, title + 2 * (small + _LINE_GAP) + 2 * _PAD_V)

    def thumbnail_size(self, font: QFont) -> QSize:
        height = self.row_height(font) - 2 * _PAD_V
        return QSize(round(height * 16 / 9), height)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        del index
        # The width is nominal: the view stretches rows to its own width.
        return QSize(320, self.row_height(option.font))

    # ----- painting ------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        from poyo_desktop.core.job import Job  # loaded with the history, before any row

        job = index.data(JobListModel.JobRole)
        if not isinstance(job, Job):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        painter.save()
        try:
            if style is not None:
                # Selection and hover backgrounds exactly as the platform style draws them.
                style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter,
                                    widget)
            self._paint_job(painter, opt, job)
            if style is not None and opt.state & QStyle.StateFlag.State_HasFocus:
                focus = QStyleOptionViewItem(opt)
                style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter,
                                    widget)
        finally:
            painter.restore()

    def _paint_job(self, painter: QPainter, opt: QStyleOptionViewItem, job: Job) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        palette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (QPalette.ColorGroup.Normal if opt.state & QStyle.StateFlag.State_Active
                 else QPalette.ColorGroup.Inactive)
        text_color = palette.color(group, QPalette.ColorRole.HighlightedText if selected
                                   else QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        rect = opt.rect.adjusted(_PAD_H, _PAD_V, -_PAD_H, -_PAD_V)

        thumb = QRect(rect.topLeft(), self.thumbnail_size(opt.font))
        thumb.moveTop(opt.rect.top() + (opt.rect.height() - thumb.height()) // 2)
        self._paint_thumbnail(painter, thumb, job, text_color, painter.device())

        chip_right = self._paint_chip(painter, rect, job, opt.font, palette)

        # Text column between the thumbnail and the chip.
        left = thumb.right() + 1 + _GAP
        width = max(0, chip_right - _GAP - left)
        title_font = _title_font(opt.font)
        small_font = _small_font(opt.font)
        title_fm = QFontMetrics(title_font)
        small_fm = QFontMetrics(small_font)
        # Secondary text: the text colour pulled a little towards the row's background.
        behind = palette.color(group, QPalette.ColorRole.Highlight) if selected else base
        lines: list[tuple[str, QFont, QFontMetrics, QColor]] = [
            (" ".join(job.prompt.split()) or "(no prompt)", title_font, title_fm, text_color),
            (self._facts_fitting(job, small_fm, width), small_font, small_fm,
             _mix(behind, text_color, 0.72)),
        ]
        if job.state is JobState.FAILED:
            problem = " ".join((job.error_message or "Something went wrong.").split())
            ink = text_color if selected else tone_for(JobState.FAILED, palette).ink
            lines.append((problem, small_font, small_fm, ink))
        block = sum(fm.height() for _, _, fm, _ in lines) + _LINE_GAP * (len(lines) - 1)
        y = opt.rect.top() + (opt.rect.height() - block) // 2
        for text, font, fm, color in lines:
            painter.setFont(font)
            painter.setPen(color)
            line = QRect(left, y, width, fm.height())
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             fm.elidedText(text, Qt.TextElideMode.ElideRight, width))
            y += fm.height() + _LINE_GAP

    def _facts_fitting(self, job: Job, fm: QFontMetrics, width: int) -> str:
        """The facts line, dropping the least useful facts first when the list is narrow."""
        text = self._facts(job)
        if fm.horizontalAdvance(text) > width:
            text = self._facts(job, compact=True)
        return text

    def _facts(self, job: Job, *, compact: bool = False) -> str:
        """ "Standard · 5 s · 2 min ago"; a job under way shows how long it has been going."""
        parts = [] if compact else [formatting.model_label(job.model)]
        parts.append(formatting.clip_length(job.duration))
        now = self._now()
        if is_active(job.state):
            since = formatting.elapsed((now - _aware(job.created_at)).total_seconds())
            parts.append(since if compact else f"started {since} ago")
        else:
            if job.state is JobState.FINISHED and job.output_size and not compact:
                parts.append(formatting.file_size(job.output_size))
            when = job.finished_at if job.state is JobState.FINISHED and job.finished_at else (
                job.created_at)
            parts.append(formatting.ago(when, now))
        return " · ".join(parts)

    def _paint_thumbnail(self, painter: QPainter, box: QRect, job: Job, text_color: QColor,
                         device: object) -> None:
        ratio = float(getattr(device, "devicePixelRatioF", lambda: 1.0)())
        pixmap = None
        if job.start_image:
            pixmap = self._thumbnails.lookup(job.start_image, box.size(), ratio)
        else:
            pixmap = self._thumbnails.placeholder(box.size(), ratio)
        if pixmap is None:  # still loading: a quiet box of the right size
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_alpha(text_color, 0.08))
            painter.drawRoundedRect(QRectF(box), _THUMB_RADIUS, _THUMB_RADIUS)
        else:
            painter.drawPixmap(box.topLeft(), pixmap)
        # A hairline edge keeps a white photo from melting into a white list.
        painter.setPen(_alpha(text_color, 0.14))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5),
                                _THUMB_RADIUS, _THUMB_RADIUS)

    def _paint_chip(self, painter: QPainter, rect: QRect, job: Job, base_font: QFont,
                    palette: QPalette) -> int:
        """Draw the status chip at the right of ``rect``; return the x where it starts."""
        tone = tone_for(job.state, palette)
        base = palette.color(QPalette.ColorRole.Base)
        font = _small_font(base_font)
        font.setWeight(QFont.Weight.DemiBold)
        fm = QFontMetrics(font)
        text = formatting.status_text(job)
        max_width = max(60, rect.width() * 2 // 5)
        natural = fm.horizontalAdvance(text) + 1  # +1: advances are rounded down
        text_width = min(natural, max_width - 2 * _CHIP_PAD_H)
        if text_width < natural:
            text = fm.elidedText(text, Qt.TextElideMode.ElideRight, text_width)
        chip = QRect(0, 0, text_width + 2 * _CHIP_PAD_H, fm.height() + 2 * _CHIP_PAD_V)
        running = job.state is JobState.RUNNING
        group_height = chip.height() + (_BAR_HEIGHT + 4 if running else 0)
        chip.moveTopRight(rect.topRight())
        chip.moveTop(rect.top() + (rect.height() - group_height) // 2)
        radius = chip.height() / 2
        painter.setPen(Qt.PenStyle.NoPen)
        # Opaque base first, so the chip keeps its colours on a selected (highlighted) row.
        painter.setBrush(base)
        painter.drawRoundedRect(QRectF(chip), radius, radius)
        painter.setBrush(tone.fill)
        painter.drawRoundedRect(QRectF(chip), radius, radius)
        painter.setFont(font)
        painter.setPen(tone.ink)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
        if running:
            track = QRectF(chip.left() + radius / 2, chip.bottom() + 1 + 4,
                           chip.width() - radius, _BAR_HEIGHT)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_alpha(tone.ink, 0.22))
            painter.drawRoundedRect(track, _BAR_HEIGHT / 2, _BAR_HEIGHT / 2)
            done = QRectF(track)
            done.setWidth(track.width() * max(0, min(100, job.progress)) / 100)
            if done.width() > 0:
                painter.setBrush(tone.ink)
                painter.drawRoundedRect(done, _BAR_HEIGHT / 2, _BAR_HEIGHT / 2)
        return chip.left()


def _title_font(font: QFont) -> QFont:
    title = QFont(font)
    title.setWeight(QFont.Weight.DemiBold)
    return title


def _small_font(font: QFont) -> QFont:
    small = QFont(font)
    if font.pointSizeF() > 0:
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
    elif font.pixelSize() > 0:
        small.setPixelSize(max(9, round(font.pixelSize() * 0.9)))
    return small


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``amount`` of ``b`` over ``a``, as an opaque colour."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


def _alpha(color: QColor, alpha: float) -> QColor:
    out = QColor(color)
    out.setAlphaF(alpha)
    return out


def _aware(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value
