"""``poyo-desktop ledger``: what videos cost. The spend ledger (store/spend.py,
services/spending.py) comes with another change of issue 18; until it is in this version the
command says so plainly rather than guessing from the history."""

from __future__ import annotations

import argparse
import importlib.util

from poyo_desktop.cli import exits
from poyo_desktop.cli.session import fail


def run(args: argparse.Namespace) -> int:
    if importlib.util.find_spec("poyo_desktop.services.spending") is None:
        return fail(
            "The spend ledger is not available in this version yet. Nothing was read.",
            exits.NOT_SENT,
        )
    return fail("The spend ledger cannot be shown from the command line yet.", exits.NOT_SENT)
