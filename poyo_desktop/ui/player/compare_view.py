"""Compare: a finished video's start picture beside its first frame, and its end picture
beside its last frame, to see how closely the video followed them.

A window of its own, not modal: the person can keep it open while watching. Its pictures
are read on a worker thread (services/frames.compare); until they come, it says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from poyo_desktop.services.background import BackgroundTasks
from poyo_desktop.ui.kit.elided_label import ElidedLabel
from poyo_desktop.ui.kit.theme import SCREEN_COLOUR, SCREEN_TEXT_COLOUR, error_color, set_text_color
from poyo_desktop.ui.kit.translations import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    import asyncio

    from PySide6.QtGui import QCloseEvent, QImage

    from poyo_desktop.core.job import Job
    from poyo_desktop.services.frames import Comparison

__all__ = ["CompareView"]

TITLE = QT_TRANSLATE_NOOP("CompareView", "Compare with Pictures")
PICTURE_EDGE = 320  # logical pixels each picture is shown at, at most


class CompareView(QDialog):
    """``job``'s pictures (left) beside its video's frames (right)."""

    def __init__(self, job: Job, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareView")
        self.setWindowTitle(translate("CompareView", TITLE))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._work = BackgroundTasks()
        heading = ElidedLabel(self)
        prompt = " ".join(job.prompt.split()) or translate("CompareView", "No prompt")
        heading.set_full_text(translate("CompareView", "“{prompt}”").format(prompt=prompt))
        heading.setToolTip(job.prompt)
        self.status = QLabel(translate("CompareView", "Reading the video…"), self)
        self.status.setObjectName("compareStatus")
        self.status.setWordWrap(True)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(16)
        self._grid.setVerticalSpacing(6)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        column = QVBoxLayout(self)
        column.addWidget(heading)
        column.addWidget(self.status)
        column.addLayout(self._grid)
        column.addStretch(1)
        column.addWidget(buttons)
        from poyo_desktop.services.frames import compare

        task = self._work.run(
            compare(job), name="comparing a video with its pictures", on_exception=self._failed
        )
        task.add_done_callback(self._done)

    def _done(self, task: asyncio.Task[Comparison]) -> None:
        if not task.cancelled() and task.exception() is None:
            self._show(task.result())

    def _show(self, found: Comparison) -> None:
        rows = [
            (
                QT_TRANSLATE_NOOP("CompareView", "Start image"),
                found.start,
                QT_TRANSLATE_NOOP("CompareView", "First frame"),
                found.first,
            )
        ]
        if found.end is not None:
            rows.append(
                (
                    QT_TRANSLATE_NOOP("CompareView", "End image"),
                    found.end,
                    QT_TRANSLATE_NOOP("CompareView", "Last frame"),
                    found.last,
                )
            )
        for row, (left_caption, left, right_caption, right) in enumerate(rows):
            self._add(row * 2, 0, left_caption, left)
            self._add(row * 2, 1, right_caption, right)
        self.status.setText(
            translate(
                "CompareView",
                "The video's first frame beside the picture it started from, and its last "
                "frame beside the picture it ended on.",
            )
            if found.end
            else translate(
                "CompareView", "The video's first frame beside the picture it started from."
            )
        )
        self.adjustSize()

    def _add(self, row: int, column: int, caption: str, image: QImage | None) -> None:
        title = QLabel(f"<b>{translate('CompareView', caption)}</b>", self)
        picture = QLabel(self)
        picture.setObjectName(caption.replace(" ", "").lower())
        picture.setAccessibleName(translate("CompareView", caption))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        picture.setMinimumSize(PICTURE_EDGE * 3 // 4, PICTURE_EDGE * 9 // 16)
        picture.setAutoFillBackground(True)
        palette = picture.palette()
        palette.setColor(picture.backgroundRole(), SCREEN_COLOUR)
        palette.setColor(picture.foregroundRole(), SCREEN_TEXT_COLOUR)
        picture.setPalette(palette)
        if image is None:
            picture.setText(translate("CompareView", "The picture is no longer there."))
        else:
            ratio = self.devicePixelRatioF() or 1.0
            pixmap = QPixmap.fromImage(
                image.scaled(
                    round(PICTURE_EDGE * ratio),
                    round(PICTURE_EDGE * ratio),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            pixmap.setDevicePixelRatio(ratio)
            picture.setPixmap(pixmap)
        self._grid.addWidget(title, row, column)
        self._grid.addWidget(picture, row + 1, column)
        # Shown now, not by the layout's queued show: adjustSize() must count them, or the
        # window keeps its first size and the pictures are cut to their minimum width.
        title.show()
        picture.show()

    def _failed(self, error: BaseException) -> None:
        from poyo_desktop.services.video_reader import VideoError

        reason = (
            str(error)
            if isinstance(error, VideoError)
            else translate("CompareView", "something went wrong.")
        )
        set_text_color(self.status, error_color(self.palette()))  # follows a switch
        self.status.setText(
            translate("CompareView", "The video could not be compared: {reason}").format(
                reason=reason
            )
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self._work.cancel()
        super().closeEvent(event)
