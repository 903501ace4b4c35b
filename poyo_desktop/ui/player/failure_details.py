"""The technical detail of a failed task, shown on demand under the preview.

The preview says what went wrong in plain words; the detail PoYo or the app recorded
(``Job.error_detail``), PoYo's task id and the kind of error are for support, so they wait
behind a "Show details" button: a read-only, selectable monospace text with a Copy button,
to paste into a message. The API key never appears in it (core/redaction).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from poyo_desktop.core.redaction import redact
from poyo_desktop.core.states import JobState
from poyo_desktop.ui.kit.translations import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from poyo_desktop.core.job import Job

SHOW = QT_TRANSLATE_NOOP("FailureDetails", "Show details ▸")
HIDE = QT_TRANSLATE_NOOP("FailureDetails", "Hide details ▾")
COPY = QT_TRANSLATE_NOOP("FailureDetails", "Copy")
COPIED = QT_TRANSLATE_NOOP("FailureDetails", "Copied")
VISIBLE_LINES = 5  # the box's height; longer details scroll
COPIED_FOR_MS = 2000

_WITH_DETAILS = (JobState.FAILED, JobState.UNKNOWN)


def failure_detail(job: Job | None) -> str:
    """What support needs to know of a failed (or unknown) task, key removed; "" for a
    task with nothing to tell or not in trouble."""
    if job is None or job.state not in _WITH_DETAILS:
        return ""
    if not (job.error_detail or job.remote_id or job.error_kind):
        return ""
    lines = [f"Message: {job.error_message}"] if job.error_message else []
    if job.error_detail:
        lines.append(f"Detail: {job.error_detail.strip()}")
    lines.append(f"PoYo task: {job.remote_id or 'none (not created)'}")
    if job.error_kind:
        lines.append(f"Error kind: {job.error_kind}")
    server = "demo mode" if job.backend == "demo" else "PoYo"
    lines.append(f"State: {job.state.value} · Model: {job.model} · Server: {server}")
    return redact("\n".join(lines))


class FailureDetails(QWidget):
    """A "Show details ▸" button that opens the detail and a Copy button; hidden when the
    task shown has no detail."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("failureDetails")
        self.toggle = QToolButton(self)
        self.toggle.setText(translate("FailureDetails", SHOW))
        self.toggle.setAutoRaise(True)  # a disclosure, not a button that stays pressed
        self.toggle.setToolTip(
            translate("FailureDetails", "The technical detail of this failure, for support")
        )
        self.toggle.clicked.connect(lambda: self.set_open(not self.is_open()))
        self.copy_button = QToolButton(self)
        self.copy_button.setText(translate("FailureDetails", COPY))
        self.copy_button.setToolTip(
            translate("FailureDetails", "Copy the details to the clipboard")
        )
        self.copy_button.clicked.connect(self.copy)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("failureDetailText")
        self.text.setAccessibleName(translate("FailureDetails", "Technical details"))
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit_text()
        self._copied = QTimer(self)
        self._copied.setSingleShot(True)
        self._copied.setInterval(COPIED_FOR_MS)
        self._copied.timeout.connect(
            lambda: self.copy_button.setText(translate("FailureDetails", COPY))
        )

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.toggle)
        row.addStretch(1)
        row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.text)
        self._open = False
        self.set_open(False)
        self.hide()

    def show_job(self, job: Job | None) -> None:
        """Offer the detail of ``job`` if it failed; closed again for another detail."""
        detail = failure_detail(job)
        if detail != self.text.toPlainText():
            self.set_open(False)
            self.text.setPlainText(detail)
        self.setVisible(bool(detail))

    def detail(self) -> str:
        return self.text.toPlainText()

    def copy(self) -> None:
        """The whole detail to the clipboard, and "Copied" on the button for a moment."""
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self.copy_button.setText(translate("FailureDetails", COPIED))
        self._copied.start()

    def is_open(self) -> bool:
        return self._open

    def set_open(self, shown: bool) -> None:
        self._open = shown
        text = translate("FailureDetails", HIDE if shown else SHOW)
        self.toggle.setText(text)
        self.toggle.setAccessibleName(text.rstrip(" ▸▾"))  # the arrow is not read out
        self.text.setVisible(shown)
        self.copy_button.setVisible(shown)

    def _fit_text(self) -> None:
        lines = self.text.fontMetrics().lineSpacing() * VISIBLE_LINES
        frame = 2 * self.text.frameWidth()
        document_margin = 2 * int(self.text.document().documentMargin())
        self.text.setFixedHeight(lines + frame + document_margin + 4)  # 4: no scroll bar for 5
