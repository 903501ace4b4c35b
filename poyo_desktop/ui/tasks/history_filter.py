"""Search and filters above the task list: prompt text, state and model."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from poyo_desktop.core.query import JobQuery
from poyo_desktop.core.rules import MODELS
from poyo_desktop.core.states import JobState
from poyo_desktop.ui.kit.translations import QT_TRANSLATE_NOOP, translate
from poyo_desktop.ui.tasks.formatting import model_label

_STATE_GROUPS: list[tuple[str, frozenset[JobState] | None]] = [
    (QT_TRANSLATE_NOOP("HistoryFilter", "All states"), None),
    (
        QT_TRANSLATE_NOOP("HistoryFilter", "In progress"),
        frozenset(
            {
                JobState.DRAFT,
                JobState.UPLOADING,
                JobState.SUBMITTING,
                JobState.QUEUED,
                JobState.RUNNING,
                JobState.DOWNLOADING,
            }
        ),
    ),
    (QT_TRANSLATE_NOOP("HistoryFilter", "Finished"), frozenset({JobState.FINISHED})),
    (QT_TRANSLATE_NOOP("HistoryFilter", "Failed"), frozenset({JobState.FAILED})),
    (QT_TRANSLATE_NOOP("HistoryFilter", "Unknown"), frozenset({JobState.UNKNOWN})),
    (QT_TRANSLATE_NOOP("HistoryFilter", "Cancelled"), frozenset({JobState.CANCELLED})),
]


# Keystrokes already queued together (a paste, a burst of typing) make one search; any
# later keystroke searches at once: the list drops a superseded search's answer and its
# reads not yet started (PageLoader), and waiting 200 ms made every search feel slow.
SEARCH_DELAY_MS = 0


class HistoryFilter(QWidget):
    """Emits a new :class:`JobQuery` as the person types (keystrokes queued together make
    one)."""

    query_changed = Signal(object)  # JobQuery

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("HistoryFilter", "Search prompts…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("HistoryFilter", "Search prompts"))
        self.state = QComboBox()
        self.state.setAccessibleName(translate("HistoryFilter", "Filter by state"))
        for label, _ in _STATE_GROUPS:
            self.state.addItem(translate("HistoryFilter", label))
        self.model = QComboBox()
        self.model.setAccessibleName(translate("HistoryFilter", "Filter by model"))
        self.model.addItem(translate("HistoryFilter", "All models"), None)
        for model in MODELS:
            self.model.addItem(model_label(model), model)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 1)
        layout.addWidget(self.state)
        layout.addWidget(self.model)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._emit)
        self.search.textChanged.connect(self._debounce.start)
        self.state.currentIndexChanged.connect(self._emit)
        self.model.currentIndexChanged.connect(self._emit)

    def query(self) -> JobQuery:
        states = _STATE_GROUPS[self.state.currentIndex()][1]
        model = self.model.currentData()
        return JobQuery(
            text=self.search.text().strip(),
            states=states,
            models=frozenset({model}) if model else None,
        )

    def _emit(self) -> None:
        self._debounce.stop()
        self.query_changed.emit(self.query())
