"""The review sheet: what a batch will make and cost, before anything is recorded or paid.

It lists every video (thumbnail, name, prompt), the model and length, the price of each
and the total in credits and dollars, the balance after (or that it is unknown), a
spending limit the batch would cross, and every picture that will not be sent and why.
Nothing happens until the confirm button ("Make 17 videos — 510 credits") is pressed, and
it answers one press only: :attr:`ReviewSheet.confirmed` is emitted once, whatever the
clicks. Cancel closes it and the batch stays as it was. The words are
:mod:`poyo_desktop.core.batch_review`'s, shared with the command line.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
)

from poyo_desktop.ui.batch.rows import even_rows, fit_rows
from poyo_desktop.ui.kit.theme import error_color, muted_color, set_text_color, warning_color
from poyo_desktop.ui.kit.translations import translate

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QWidget

    from poyo_desktop.core.batch import Plan, Video
    from poyo_desktop.core.batch_review import Review

THUMB = 40
ROWS_SHOWN = 8  # rows in view before the list scrolls


class VideosModel(QAbstractListModel):
    """The plan's videos, one row each: thumbnail, name (and copy), prompt, price."""

    def __init__(
        self,
        plan: Plan,
        thumbnail: Callable[[int], object],
        price: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._videos = plan.videos
        self._price = price  # each video's, as the row says it: "30 credits", "free"
        self._thumbnail = thumbnail
        self._copies = Counter(video.item.key for video in plan.videos)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._videos)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        video = self._videos[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self._name(video)} · {self._price}\n{_short(video.prompt)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self._name(video)}, {self._price}, “{video.prompt}”"
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbnail(video.item.key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return video.prompt
        return None

    def _name(self, video: Video) -> str:
        copies = self._copies[video.item.key]
        name = video.item.name
        if copies <= 1:
            return name
        return translate("ReviewSheet", "{name} (copy {copy} of {copies})").format(
            name=name, copy=video.copy + 1, copies=copies
        )


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class ReviewSheet(QDialog):
    """The review of ``plan`` in the words of ``words``; ``limit_note`` says where a
    spending limit would stop the batch ("" when none would)."""

    #: The person confirmed: record and send every video. Emitted once.
    confirmed = Signal()

    def __init__(
        self,
        plan: Plan,
        words: Review,
        thumbnail: Callable[[int], object],
        *,
        limit_note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("batchReview")
        self.setWindowTitle(translate("ReviewSheet", "Review the batch"))
        self.setModal(True)
        self._done = False
        palette = self.palette()
        column = QVBoxLayout(self)
        column.setContentsMargins(22, 18, 22, 16)
        column.setSpacing(10)

        heading = QLabel(words.heading, self)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        heading.setFont(font)
        column.addWidget(heading)
        settings = QLabel(words.settings, self)
        set_text_color(settings, muted_color(palette))
        column.addWidget(settings)

        self.videos = QListView(self)
        self.videos.setAccessibleName(translate("ReviewSheet", "Videos to make"))
        self._model = VideosModel(plan, thumbnail, words.row_price, self.videos)
        self.videos.setModel(self._model)
        self.videos.setIconSize(QSize(THUMB, THUMB))
        self.videos.setUniformItemSizes(True)
        self.videos.setSpacing(2)
        self.videos.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.videos.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = min(max(plan.count, 1), ROWS_SHOWN)
        fit_rows(self.videos, even_rows(self.videos, THUMB), rows, 2)
        column.addWidget(self.videos)

        column.addLayout(self._costs(words))
        limit_name = translate("ReviewSheet", "Spending limit")
        self._note(column, limit_note, warning_color(palette), limit_name)
        balance_name = translate("ReviewSheet", "Balance warning")
        self._note(column, words.warning, error_color(palette), balance_name)
        if words.left_out:
            lines = [
                translate("ReviewSheet", "Not sent ({count}):").format(count=len(words.left_out)),
                *(f"• {line}" for line in words.left_out),
            ]
            not_sent = translate("ReviewSheet", "Not sent")
            self._note(column, "\n".join(lines), muted_color(palette), not_sent)
        column.addStretch(1)  # a taller sheet keeps its lines together
        column.addWidget(self._buttons(words.confirm, plan.count > 0))
        self.confirm_button.setFocus()
        self.resize(640, self.minimumSizeHint().height())

    def _costs(self, words: Review) -> QFormLayout:
        costs = QFormLayout()
        costs.setHorizontalSpacing(16)
        costs.setVerticalSpacing(4)
        rows = [
            (translate("ReviewSheet", "Each video"), words.each, False),
            (translate("ReviewSheet", "Total"), words.total, True),
        ]
        if words.balance:
            rows.append((translate("ReviewSheet", "Balance after"), words.balance, False))
        for title, text, total in rows:
            value = QLabel(text, self)
            value.setAccessibleName(title)
            if total:
                font = value.font()
                font.setBold(True)
                value.setFont(font)
            costs.addRow(translate("ReviewSheet", "{title}:").format(title=title), value)
        return costs

    def _note(self, column: QVBoxLayout, text: str, color: object, name: str) -> None:
        if not text:
            return
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setAccessibleName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_text_color(label, color)  # type: ignore[arg-type]
        column.addWidget(label)

    def _buttons(self, confirm: str, any_video: bool) -> QDialogButtonBox:
        box = QDialogButtonBox(self)
        self.confirm_button = QPushButton(confirm, self)
        self.confirm_button.setAccessibleName(confirm)
        self.confirm_button.setEnabled(any_video)
        self.confirm_button.setDefault(True)
        box.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = box.addButton(QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self._on_confirm)
        box.rejected.connect(self.reject)
        return box

    def _on_confirm(self) -> None:
        """One press, one batch: the second click of a double-click finds it done."""
        if self._done:
            return
        self._done = True
        self.confirm_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.confirmed.emit()
        self.accept()
