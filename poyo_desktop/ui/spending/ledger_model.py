"""The spend ledger's rows for a table view: one purchase a row, newest first."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from poyo_desktop.services.spending import SpendRow
from poyo_desktop.ui.kit.locale_words import credit_figure
from poyo_desktop.ui.kit.translations import QT_TRANSLATE_NOOP, translate
from poyo_desktop.ui.spending.spending_phrases import outcome_text
from poyo_desktop.ui.tasks.formatting import clip_length, model_label

HEADERS = (
    QT_TRANSLATE_NOOP("LedgerModel", "Date"),
    QT_TRANSLATE_NOOP("LedgerModel", "Model"),
    QT_TRANSLATE_NOOP("LedgerModel", "Length"),
    QT_TRANSLATE_NOOP("LedgerModel", "Expected (credits)"),
    QT_TRANSLATE_NOOP("LedgerModel", "Charged (credits)"),
    QT_TRANSLATE_NOOP("LedgerModel", "Outcome"),
    QT_TRANSLATE_NOOP("LedgerModel", "Prompt"),
)
SNIPPET = 60  # characters of the prompt shown

Index = QModelIndex | QPersistentModelIndex


def _cells(row: SpendRow) -> tuple[str, ...]:
    demo = translate("LedgerModel", " (demo)") if row.backend == "demo" else ""
    charged = "" if row.charged is None else credit_figure(row.charged)
    prompt = (
        row.prompt
        if row.prompt is not None
        else translate("LedgerModel", "(removed from your history)")
    )
    if len(prompt) > SNIPPET:
        prompt = prompt[: SNIPPET - 1].rstrip() + "…"
    return (
        f"{row.bought_at.astimezone():%Y-%m-%d %H:%M}",
        model_label(row.model) + demo,
        clip_length(row.duration),
        credit_figure(row.credits),
        charged,
        outcome_text(row.outcome),
        prompt,
    )


def _spoken(cells: tuple[str, ...]) -> str:
    date, model, length, expected, charged, outcome, prompt = cells
    paid = (
        translate("LedgerModel", ", charged {credits}").format(credits=charged) if charged else ""
    )
    return translate(
        "LedgerModel", "{date}, {model}, {length}, expected {expected}{paid}, {outcome}, {prompt}"
    ).format(
        date=date,
        model=model,
        length=length,
        expected=expected,
        paid=paid,
        outcome=outcome,
        prompt=prompt,
    )


class LedgerModel(QAbstractTableModel):
    """Read-only: :meth:`set_rows` replaces what it shows."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[SpendRow] = []
        self._cells: list[tuple[str, ...]] = []

    def set_rows(self, rows: list[SpendRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._cells = [_cells(row) for row in rows]
        self.endResetModel()

    def rows(self) -> list[SpendRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == 0:
            return _spoken(self._cells[index.row()])  # the whole purchase, in one sentence
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == len(HEADERS) - 1:
            return self._rows[index.row()].prompt
        if role == Qt.ItemDataRole.TextAlignmentRole and 2 <= index.column() <= 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("LedgerModel", HEADERS[section])
        return None
