"""The "Spending" page of the Settings dialog: ask before a dear video, and the limits.

Each figure is typed in credits and shown in dollars beside it as it is typed. What the
person typed is read back by :meth:`SpendingSettings.changes`; what cannot be read is
named by :meth:`SpendingSettings.problems`, and nothing is saved until it is fixed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QWidget

from poyo_desktop.services.settings import SettingsValues
from poyo_desktop.services.spending_words import parse_credits
from poyo_desktop.ui.kit.locale_words import dollars
from poyo_desktop.ui.kit.theme import muted_color, set_text_color
from poyo_desktop.ui.kit.translations import QT_TRANSLATE_NOOP, translate
from poyo_desktop.ui.spending.spending_phrases import credits_or_problem

# (switch field, figure field, the words before the figure)
ROWS = (
    (
        "confirm_above_on",
        "confirm_above_credits",
        QT_TRANSLATE_NOOP("SpendingSettings", "Ask me before any single video over"),
    ),
    (
        "daily_limit_on",
        "daily_limit_credits",
        QT_TRANSLATE_NOOP("SpendingSettings", "Daily limit:"),
    ),
    (
        "launch_limit_on",
        "launch_limit_credits",
        QT_TRANSLATE_NOOP("SpendingSettings", "Limit for this session:"),
    ),
)
_NAMES = {
    "confirm_above_credits": QT_TRANSLATE_NOOP(
        "SpendingSettings", "Ask before a video over (credits)"
    ),
    "daily_limit_credits": QT_TRANSLATE_NOOP("SpendingSettings", "Daily limit (credits)"),
    "launch_limit_credits": QT_TRANSLATE_NOOP(
        "SpendingSettings", "Limit for this session (credits)"
    ),
}


class SpendingSettings:
    """The page, its switches and figures."""

    def __init__(self, values: SettingsValues) -> None:
        self.page = QWidget()
        grid = QGridLayout(self.page)
        grid.setContentsMargins(12, 12, 12, 12)
        grid.setVerticalSpacing(10)
        self.switches: dict[str, QCheckBox] = {}
        self.figures: dict[str, QLineEdit] = {}
        self.in_dollars: dict[str, QLabel] = {}
        for row, (switch_name, figure_name, words) in enumerate(ROWS):
            switch = QCheckBox(translate("SpendingSettings", words))
            switch.setChecked(bool(getattr(values, switch_name)))
            figure = QLineEdit(str(getattr(values, figure_name)))
            figure.setAccessibleName(translate("SpendingSettings", _NAMES[figure_name]))
            figure.setMaximumWidth(110)
            # Never narrower than a 7-digit figure, however long the switch's words are.
            figure.setMinimumWidth(figure.fontMetrics().horizontalAdvance("8" * 7) + 12)
            figure.setEnabled(switch.isChecked())
            switch.toggled.connect(figure.setEnabled)
            money = QLabel("")
            set_text_color(money, muted_color(self.page.palette()))
            figure.textChanged.connect(lambda text, m=money: m.setText(_in_dollars(text)))
            money.setText(_in_dollars(figure.text()))
            grid.addWidget(switch, row, 0)
            grid.addWidget(figure, row, 1)
            grid.addWidget(money, row, 2)
            self.switches[switch_name] = switch
            self.figures[figure_name] = figure
            self.in_dollars[figure_name] = money
        grid.setColumnStretch(2, 1)
        note = QLabel(
            translate(
                "SpendingSettings",
                "A video that would go over a limit waits, and you are asked. A session lasts "
                "from when you start the app until you quit it. Demo videos never count. "
                "File › Spending… shows what you spent.",
            )
        )
        note.setWordWrap(True)
        set_text_color(note, muted_color(self.page.palette()))
        grid.addWidget(note, len(ROWS), 0, 1, 3)
        grid.setRowStretch(len(ROWS) + 1, 1)
        self._current = values

    def changes(self) -> dict[str, Any]:
        """The switches, and every figure that reads as one (the others stay as they were)."""
        changes: dict[str, Any] = {n: s.isChecked() for n, s in self.switches.items()}
        for name, edit in self.figures.items():
            value = credits_or_problem(edit.text(), name)
            changes[name] = value if isinstance(value, int) else getattr(self._current, name)
        return changes

    def problems(self) -> dict[str, str]:
        """Why a figure that is switched on cannot be saved, by field."""
        found: dict[str, str] = {}
        for switch_name, figure_name, _words in ROWS:
            if not self.switches[switch_name].isChecked():
                continue
            value = credits_or_problem(self.figures[figure_name].text(), figure_name)
            if isinstance(value, str):
                found[figure_name] = value
        return found


def _in_dollars(text: str) -> str:
    value = parse_credits(text, "figure")
    if not isinstance(value, int):
        return translate("SpendingSettings", "credits")
    return translate("SpendingSettings", "credits (about {dollars})").format(dollars=dollars(value))
