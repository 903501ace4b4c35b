"""Make a Loop…: a finished video written as a seamless loop beside it, with its progress,
and then where it went (or why it could not be made).

The export runs on a worker thread (services/loop_export.py); this window only shows how
far it got. Not modal: the app keeps working meanwhile. Closing it (or Cancel) stops the
export, and nothing is left behind.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from poyo_desktop.services.background import BackgroundTasks
from poyo_desktop.ui.kit.rich_text import escape
from poyo_desktop.ui.kit.theme import error_color, set_text_color
from poyo_desktop.ui.kit.translations import QT_TRANSLATE_NOOP, translate
from poyo_desktop.ui.player import file_actions

if TYPE_CHECKING:
    import asyncio

    from PySide6.QtGui import QCloseEvent

__all__ = ["LoopDialog"]

TITLE = QT_TRANSLATE_NOOP("LoopDialog", "Make a Loop")


class LoopDialog(QDialog):
    """Writes ``video`` as a loop and says how it goes."""

    def __init__(self, video: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from poyo_desktop.services.loop_export import LoopExport

        self.setObjectName("loopDialog")
        self.setWindowTitle(translate("LoopDialog", TITLE))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(420)
        self.result_path: Path | None = None
        self.message = QLabel(
            translate(
                "LoopDialog",
                "Making a seamless loop of “{name}”: it plays forward, then backward, and "
                "starts again where it began.",
            ).format(name=escape(video.name)),
            self,
        )
        self.message.setObjectName("loopMessage")
        self.message.setTextFormat(Qt.TextFormat.RichText)  # names are escaped
        self.message.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("loopProgress")
        self.progress.setAccessibleName(translate("LoopDialog", "Progress"))
        self.progress.setRange(0, 0)  # busy until the first frame is written
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.rejected.connect(self.close)
        self.show_button = QPushButton(translate("LoopDialog", "Show in Folder"), self)
        self.show_button.setVisible(False)
        self.show_button.clicked.connect(self._show_in_folder)
        column = QVBoxLayout(self)
        column.addWidget(self.message)
        column.addWidget(self.progress)
        column.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.buttons)

        self._export = LoopExport(video, self._on_progress)
        self._work = BackgroundTasks()
        task = self._work.run(self._export.run(), name="making a loop", on_exception=self._failed)
        task.add_done_callback(self._done)

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress.maximum() != total:
            self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _done(self, task: asyncio.Task[Path]) -> None:
        if task.cancelled() or task.exception() is not None:
            return
        self.result_path = path = task.result()
        self.progress.setValue(self.progress.maximum())
        self.message.setText(
            translate(
                "LoopDialog", "The loop is ready, saved beside the video as “{name}”."
            ).format(name=escape(path.name))
        )
        self.show_button.setVisible(True)
        self._finish()

    def _failed(self, error: BaseException) -> None:
        from poyo_desktop.services.loop_export import LoopCancelled
        from poyo_desktop.services.video_reader import VideoError

        if isinstance(error, LoopCancelled):
            return
        if isinstance(error, VideoError):
            reason = str(error)
        elif isinstance(error, OSError):
            reason = translate("LoopDialog", "the file could not be written ({reason}).").format(
                reason=error.strerror or error
            )
        else:
            reason = translate("LoopDialog", "something went wrong.")
        set_text_color(self.message, error_color(self.palette()))  # follows a switch
        self.message.setText(
            translate("LoopDialog", "The loop could not be made. {reason}").format(
                reason=escape(reason)
            )
        )
        self.progress.setVisible(False)
        self._finish()

    def _finish(self) -> None:
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    def _show_in_folder(self) -> None:
        if self.result_path is not None:
            file_actions.show_in_folder(self.result_path)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._export.cancel()  # stops the worker between two frames; it cleans up
        self._work.cancel()
        super().closeEvent(event)
