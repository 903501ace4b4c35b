"""The spend ledger as a CSV file (stdlib csv): one purchase a line, for a spreadsheet."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from poyo_desktop.services.spending_words import credit_figure, dollars, outcome_words
from poyo_desktop.store.spend import DEMO, SpendRow

CSV_COLUMNS = (
    "bought_at",
    "model",
    "seconds",
    "expected_credits",
    "charged_credits",
    "counted_usd",
    "outcome",
    "demo",
    "job_id",
    "prompt",
)


def write_csv(rows: Sequence[SpendRow], path: Path) -> int:
    """The ledger's rows as CSV (blocking: run it in a worker thread); how many."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        write_rows(rows, handle)
    return len(rows)


def write_rows(rows: Sequence[SpendRow], handle: TextIO) -> None:
    """The header and one line a purchase, to ``handle`` (the command line's stdout too)."""
    writer = csv.writer(handle)
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow(
            (
                row.bought_at.astimezone().isoformat(timespec="seconds"),
                row.model,
                row.duration,
                credit_figure(row.credits).replace(",", ""),
                "" if row.charged is None else credit_figure(row.charged).replace(",", ""),
                dollars(row.counted).removeprefix("$").replace(",", ""),
                outcome_words(row.outcome),
                "yes" if row.backend == DEMO else "no",
                row.job_id,
                row.prompt or "",
            )
        )
