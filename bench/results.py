"""One line of the benchmark table, and how it travels between processes (JSON)."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Row:
    """A figure, the baseline it is compared with in the same run, and its budget.

    ``ok`` is True/False against the budget, or None when the row only informs.
    """

    benchmark: str
    measure: str
    value: float
    unit: str
    baseline: float | None = None
    baseline_label: str = ""
    budget: str = ""
    ok: bool | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or math.isnan(self.value):
            return None
        if self.baseline == 0:
            return None if self.value == 0 else math.inf
        return self.value / self.baseline

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Row:
        return cls(**data)


def failed_row(benchmark: str, error: str) -> Row:
    """What the table shows when a benchmark could not run at all."""
    return Row(
        benchmark=benchmark, measure="did not run", value=math.nan, unit="", ok=False, notes=[error]
    )
