"""``poyo-desktop ledger``: what videos cost, from the same spend ledger as the window's
File › Spending… (today's and this month's totals, then this month's purchases).

``--csv`` writes the purchases as the window's Export CSV… does (to standard output);
``--json`` prints the answer as the app gave it.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from typing import Any

from poyo_desktop.cli import exits
from poyo_desktop.cli.jobview import purchase_from
from poyo_desktop.cli.progress import Printer
from poyo_desktop.cli.session import perform
from poyo_desktop.services.spend_csv import write_rows
from poyo_desktop.services.spending_words import credit_figure, money, outcome_words


def run(args: argparse.Namespace) -> int:
    printer = Printer(as_json=False)  # collects; printed below, once
    code = perform(args, {"op": "ledger"}, printer)
    answer = printer.ledger
    if code != exits.DONE or answer is None:
        return code if code != exits.DONE else exits.FAILED
    if args.json:
        print(json.dumps(answer), flush=True)
    elif args.csv:
        _csv(answer["rows"])
    else:
        _table(answer)
    return exits.DONE


def _table(answer: dict[str, Any]) -> None:
    for name in ("today", "month"):
        totals = answer[name]
        title = "Today" if name == "today" else "This month"
        demo = f"; {totals['demo_count']} in demo mode (free)" if totals["demo_count"] else ""
        print(f"{title}: {money(totals['credits'])} for {totals['count']} videos{demo}")
    rows = answer["rows"]
    if not rows:
        print("No video was bought this month.")
        return
    print()
    for row in rows:
        when = datetime.fromisoformat(row["bought_at"]).astimezone().strftime("%d %b %H:%M")
        cost = "demo" if row["demo"] else credit_figure(row["counted_credits"])
        prompt = (row["prompt"] or "(removed from your history)")[:40]
        model = row["model"].split("/")[-1]
        outcome = outcome_words(row["outcome"])
        print(f"{when}  {model:8} {row['duration']:>2} s  {cost:>6}  {outcome:12}  {prompt}")


def _csv(rows: list[dict[str, Any]]) -> None:
    write_rows([purchase_from(row) for row in rows], sys.stdout)
