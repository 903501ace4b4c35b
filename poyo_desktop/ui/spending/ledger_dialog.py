"""The spend ledger: today's and this month's totals, each purchase, and a CSV export.

Everything is read through the spending service (the history's worker thread) and the
CSV is written by a worker thread: the window keeps painting meanwhile.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from pathlib import Path

import shiboken6
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from poyo_desktop.core.job import utc_now
from poyo_desktop.services.background import BackgroundTasks
from poyo_desktop.services.spending import (
    LedgerTotals,
    SpendingService,
    SpendTotals,
    day_start,
    month_start,
    write_csv,
)
from poyo_desktop.ui.kit.locale_words import money
from poyo_desktop.ui.kit.theme import muted_color, set_text_color
from poyo_desktop.ui.kit.translations import QT_TRANSLATE_NOOP, translate
from poyo_desktop.ui.spending.ledger_model import LedgerModel

TITLE = QT_TRANSLATE_NOOP("LedgerDialog", "Spending")
PERIODS = (
    QT_TRANSLATE_NOOP("LedgerDialog", "This month"),
    QT_TRANSLATE_NOOP("LedgerDialog", "Today"),
    QT_TRANSLATE_NOOP("LedgerDialog", "Last 12 months"),
)


def _period_start(name: str, now: datetime) -> datetime:
    if name == "Today":
        return day_start(now)
    if name == "This month":
        return month_start(now)
    return day_start(now) - timedelta(days=365)


def _spent(label: str, totals: SpendTotals) -> str:
    return translate("LedgerDialog", "{period}: {money}, %n video(s)", "", totals.count).format(
        period=label, money=money(totals.credits)
    )


class LedgerDialog(QDialog):
    """Shown with :meth:`open_and_load`; follows new purchases while open."""

    def __init__(self, spending: SpendingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("LedgerDialog", TITLE))
        self.setObjectName("spendLedger")
        self.resize(760, 440)
        self._spending = spending
        self._work = BackgroundTasks()
        self.today_label = QLabel(translate("LedgerDialog", "Reading your spending…"))
        self.month_label = QLabel("")
        self.demo_label = QLabel("")
        set_text_color(self.demo_label, muted_color(self.palette()))
        self.period = QComboBox()
        for period in PERIODS:  # shown in the window's language, known by its English name
            self.period.addItem(translate("LedgerDialog", period), period)
        self.period.setAccessibleName(translate("LedgerDialog", "Period"))
        self.period.currentTextChanged.connect(lambda _text: self.reload())
        self.model = LedgerModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("LedgerDialog", "Purchases"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.export_button = QPushButton(translate("LedgerDialog", "Export CSV…"))
        self.export_button.clicked.connect(self._on_export)
        self.note = QLabel("")
        self.note.setWordWrap(True)
        self._build_layout()
        spending.ledger_changed.connect(self.reload)

    def _build_layout(self) -> None:
        period_row = QHBoxLayout()
        period_row.addWidget(QLabel(translate("LedgerDialog", "Show:")))
        period_row.addWidget(self.period)
        period_row.addStretch(1)
        period_row.addWidget(self.export_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for label in (self.today_label, self.month_label):
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        layout = QVBoxLayout(self)
        for label in (self.today_label, self.month_label, self.demo_label):
            layout.addWidget(label)
        layout.addLayout(period_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def open_and_load(self) -> None:
        self.open()
        self.reload()

    def reload(self) -> None:
        if shiboken6.isValid(self):
            self._work.run(self._load(), name="reading the spend ledger", on_error=self._say)

    async def _load(self) -> None:
        totals = await self._spending.totals()
        since = _period_start(str(self.period.currentData()), utc_now())
        rows = await self._spending.rows(since)
        if not shiboken6.isValid(self):
            return
        self._show_totals(totals)
        self.model.set_rows(rows)
        self.export_button.setEnabled(bool(rows))

    def _show_totals(self, totals: LedgerTotals) -> None:
        self.today_label.setText(_spent(translate("LedgerDialog", "Today"), totals.today))
        self.month_label.setText(_spent(translate("LedgerDialog", "This month"), totals.month))
        demo = totals.month.demo_count
        self.demo_label.setText(
            translate(
                "LedgerDialog", "Demo videos this month: {count} (free: they count toward no limit)"
            ).format(count=demo)
            if demo
            else ""
        )
        self.demo_label.setVisible(bool(demo))

    def _on_export(self) -> None:
        chooser = QFileDialog(self, translate("LedgerDialog", "Export spending as CSV"))
        chooser.setObjectName("exportChooser")
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setNameFilter(translate("LedgerDialog", "CSV files (*.csv)"))
        chooser.setDefaultSuffix("csv")
        chooser.selectFile(f"poyo-spending-{utc_now().astimezone():%Y-%m-%d}.csv")
        chooser.fileSelected.connect(self._export_to)
        chooser.open()

    def _export_to(self, name: str) -> None:
        if name:
            self._work.run(
                self._export(Path(name)),
                name="exporting the spend ledger",
                on_error=self._say,
                failure=translate("LedgerDialog", "The spending could not be exported"),
            )

    async def _export(self, path: Path) -> None:
        count = await asyncio.to_thread(write_csv, self.model.rows(), path)
        said = translate("LedgerDialog", "Saved %n purchase(s) to {path}.", "", count)
        self._say(said.format(path=path))

    def _say(self, words: str) -> None:
        if shiboken6.isValid(self):
            self.note.setText(words)

    def done(self, result: int) -> None:
        self._work.cancel()
        super().done(result)
