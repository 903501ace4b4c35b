"""How one job looks in the list: thumbnail, prompt, a line of facts, and a status chip.

Painted by hand rather than built from widgets per row: 10,000 rows of QLabels would cost
memory and time, while a delegate paints only the dozen rows on screen. Colours come in a
light and a dark tone per state, chosen from the palette's base colour, so every chip and
line keeps its contrast whichever theme the desktop uses.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from poyo_desktop.core.job import Job
from poyo_desktop.core.states import JobState
from poyo_desktop.ui.kit.translations import translate
from poyo_desktop.ui.tasks import formatting
from poyo_desktop.ui.tasks.row_look import (
    LINE_GAP,
    PAD_V,
    ChipCache,
    RowLook,
    Tone,
    tone_for,
)
from poyo_desktop.ui.tasks.task_model import JobListModel, is_active

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QObject
    from PySide6.QtGui import QFont, QFontMetrics

    from poyo_desktop.ui.tasks.row_look import RowColors, RowFonts
    from poyo_desktop.ui.tasks.thumbnails import StillShown, ThumbnailCache

__all__ = ["JobDelegate", "Tone", "tone_for"]

_Index = QModelIndex | QPersistentModelIndex

# Logical pixels.
_PAD_H = 10
_GAP = 12  # between thumbnail, text and chip
_BAR_HEIGHT = 3
_FOCUS_WIDTH = 2.0
_THUMB_RADIUS = 6.0

_HINTS = QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
_ELIDE = Qt.TextElideMode.ElideRight
_NO_PEN = Qt.PenStyle.NoPen
_NO_BRUSH = Qt.BrushStyle.NoBrush


class _StyleBits:
    """QStyle's state flags as plain ints, and the two elements a row draws.

    Ints, because combining and testing PySide6's enum objects runs Python code in the enum
    module, several times per row per frame. (The list is built after the first paint, so
    making QStyle's type here costs that paint nothing.)
    """

    def __init__(self) -> None:
        flag = QStyle.StateFlag
        self.selected = flag.State_Selected.value
        self.hovered = flag.State_MouseOver.value
        self.active = flag.State_Active.value
        self.focused = flag.State_HasFocus.value
        self.panel = QStyle.PrimitiveElement.PE_PanelItemViewItem


_BITS = _StyleBits()


class JobDelegate(QStyledItemDelegate):
    """Paints a :class:`~poyo_desktop.ui.tasks.task_model.JobListModel` row; holds no state of its
    own beyond the thumbnail cache it reads from, the clock it reads the time from, and
    what it has worked out about fonts, colours and chips (:mod:`~poyo_desktop.ui.tasks.row_look`).
    """

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
        self._look = RowLook()
        self._chips = ChipCache()
        self._still_shown: StillShown | None = None

    def thumbnails(self) -> ThumbnailCache:
        return self._thumbnails

    def set_thumbnails(self, cache: ThumbnailCache) -> None:
        self._thumbnails = cache

    def set_still_shown(self, check: StillShown) -> None:
        """What tells the thumbnails whether a row is still on screen (the list's own)."""
        self._still_shown = check

    # ----- geometry ------------------------------------------------------------------

    def row_height(self, font: QFont) -> int:
        """Tall enough for a bold line and two small lines at the current font size."""
        return self._look.fonts(font).row_height

    def thumbnail_size(self, font: QFont) -> QSize:
        return QSize(self._look.fonts(font).thumbnail)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        del index
        # The width is nominal: the view stretches rows to its own width.
        return QSize(320, self.row_height(option.font))

    # ----- painting ------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        job = index.data(JobListModel.JobRole)
        if not isinstance(job, Job):
            super().paint(painter, option, index)
            return
        # The view's option already carries the rect, state, palette, font and widget this
        # paints with; ``initStyleOption`` would only add the model's text and icon roles,
        # at the price of eight calls into the model per row.
        bits = _BITS
        state = option.state.value
        widget = option.widget
        style: QStyle | None = widget.style() if widget is not None else None
        painter.save()
        try:
            if style is not None and state & (bits.selected | bits.hovered):
                # Selection and hover backgrounds as the platform style draws them, in an
                # accent deep enough for the row's text to read on it.
                if state & bits.selected:
                    option = QStyleOptionViewItem(option)
                    option.palette = self._look.selection_palette(option.palette)
                style.drawPrimitive(bits.panel, option, painter, widget)
            model = index.model()
            parent = (
                model.parent_of(job) if job.parent_id and isinstance(model, JobListModel) else None
            )
            self._paint_job(
                painter, option, bits.active & state != 0, bits.selected & state != 0, job, parent
            )
            if state & bits.focused and widget is not None and widget.hasFocus():
                self._paint_focus(painter, option, bits.active & state != 0, state)
        finally:
            painter.restore()

    def _paint_job(
        self,
        painter: QPainter,
        opt: QStyleOptionViewItem,
        active: bool,
        selected: bool,
        job: Job,
        parent: Job | None = None,
    ) -> None:
        painter.setRenderHints(_HINTS)
        fonts = self._look.fonts(opt.font)
        colors = self._look.colors(opt.palette, active, selected)
        row = opt.rect
        ratio = painter.device().devicePixelRatioF()
        left, top = row.left() + _PAD_H, row.top()
        right = row.right() - _PAD_H

        thumb = QRect(
            QPoint(left, top + (row.height() - fonts.thumbnail.height()) // 2), fonts.thumbnail
        )
        self._paint_thumbnail(painter, thumb, job, colors, ratio)
        chip_left = self._paint_chip(painter, right, row, job, fonts, colors, ratio)

        # Text column between the thumbnail and the chip.
        x = thumb.right() + 1 + _GAP
        width = max(0, chip_left - _GAP - x)
        title_fm, small_fm = fonts.title_metrics, fonts.small_metrics
        lines = [
            (
                " ".join(job.prompt.split()) or translate("JobDelegate", "(no prompt)"),
                fonts.title,
                title_fm,
                colors.text,
            ),
            (self._facts_fitting(job, small_fm, width), fonts.small, small_fm, colors.secondary),
        ]
        if job.state is JobState.FAILED:
            said = job.error_message or translate("JobDelegate", "Something went wrong.")
            problem = " ".join(said.split())
            lines.append((problem, fonts.small, small_fm, colors.failed))
        elif note := formatting.trouble_note(job):
            lines.append((" ".join(note.split()), fonts.small, small_fm, colors.trouble))
        elif job.parent_id:  # a chained video: which one it continues
            from poyo_desktop.ui.tasks.chains import chain_line

            lines.append((chain_line(parent), fonts.small, small_fm, colors.secondary))
        block = sum(fm.height() for _, _, fm, _ in lines) + LINE_GAP * (len(lines) - 1)
        y = top + (row.height() - block) // 2
        for text, font, fm, color in lines:
            painter.setFont(font)
            painter.setPen(color)
            # At the baseline: the rectangle-and-alignment form lays the text out again.
            painter.drawText(QPoint(x, y + fm.ascent()), fm.elidedText(text, _ELIDE, width))
            y += fm.height() + LINE_GAP

    def _paint_focus(
        self, painter: QPainter, opt: QStyleOptionViewItem, active: bool, state: int
    ) -> None:
        """The keyboard's place: a ring inside the row, drawn by hand because a style may
        draw none (Fusion shows its focus frame only right after a Tab)."""
        colors = self._look.colors(opt.palette, active, state & _BITS.selected != 0)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colors.focus, _FOCUS_WIDTH))
        painter.setBrush(_NO_BRUSH)
        inset = _FOCUS_WIDTH / 2 + 1
        ring = QRectF(opt.rect).adjusted(inset, inset, -inset, -inset)
        painter.drawRoundedRect(ring, _THUMB_RADIUS, _THUMB_RADIUS)

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
            started = translate("JobDelegate", "started {time} ago").format(time=since)
            parts.append(since if compact else started)
        else:
            if job.state is JobState.FINISHED and job.output_size and not compact:
                parts.append(formatting.file_size(job.output_size))
            when = (
                job.finished_at
                if job.state is JobState.FINISHED and job.finished_at
                else (job.created_at)
            )
            parts.append(formatting.ago(when, now))
        return " · ".join(parts)

    def _paint_thumbnail(
        self, painter: QPainter, box: QRect, job: Job, colors: RowColors, ratio: float
    ) -> None:
        if job.start_image:
            pixmap = self._thumbnails.lookup(job.start_image, box.size(), ratio, self._still_shown)
        else:
            pixmap = self._thumbnails.placeholder(box.size(), ratio)
        if pixmap is None:  # still loading: a quiet box of the right size
            painter.setPen(_NO_PEN)
            painter.setBrush(colors.loading)
            painter.drawRoundedRect(QRectF(box), _THUMB_RADIUS, _THUMB_RADIUS)
        else:
            painter.drawPixmap(box.topLeft(), pixmap)
        # A hairline edge keeps a white photo from melting into a white list.
        painter.setPen(colors.hairline)
        painter.setBrush(_NO_BRUSH)
        painter.drawRoundedRect(
            QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), _THUMB_RADIUS, _THUMB_RADIUS
        )

    def _paint_chip(
        self,
        painter: QPainter,
        right: int,
        row: QRect,
        job: Job,
        fonts: RowFonts,
        colors: RowColors,
        ratio: float,
    ) -> int:
        """Draw the status chip ending at ``right``; return the x where it starts."""
        tone = colors.tones[job.state]
        max_width = max(60, (row.width() - 2 * _PAD_H) * 2 // 5)
        chip = self._chips.chip(formatting.status_text(job), tone, fonts, max_width, ratio)
        size = chip.deviceIndependentSize()
        width, height = round(size.width()), round(size.height())
        running = job.state is JobState.RUNNING
        group_height = height + (_BAR_HEIGHT + 4 if running else 0)
        chip_left = right - width + 1
        chip_top = row.top() + PAD_V + (row.height() - 2 * PAD_V - group_height) // 2
        painter.drawPixmap(QPoint(chip_left, chip_top), chip)
        if running:
            radius = height / 2
            track = QRectF(
                chip_left + radius / 2, chip_top + height + 4, width - radius, _BAR_HEIGHT
            )
            painter.setPen(_NO_PEN)
            painter.setBrush(tone.track)
            painter.drawRoundedRect(track, _BAR_HEIGHT / 2, _BAR_HEIGHT / 2)
            done = QRectF(track)
            done.setWidth(track.width() * max(0, min(100, job.progress)) / 100)
            if done.width() > 0:
                painter.setBrush(tone.ink)
                painter.drawRoundedRect(done, _BAR_HEIGHT / 2, _BAR_HEIGHT / 2)
        return chip_left


def _aware(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value
