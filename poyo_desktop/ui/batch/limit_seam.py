"""SEAM for the spending limit (issue 18, built apart in ``services/spending.py``).

The review sheet shows what :func:`spending_limit_note` returns, above the balance
warning: e.g. "This batch would cross your daily limit at item 12 (…)". Until the spending
service is merged, nothing is said. To wire it: ask the service's plan check (something
like ``check_plan(prices)``, with ``[video.credits for video in plan.videos]``) and turn
its answer into that sentence here; the sheet needs no other change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from poyo_desktop.core.batch import Plan


def spending_limit_note(plan: Plan, *, demo: bool) -> str:
    """Where the spending limit would stop ``plan`` ("" when it would not, or in demo
    mode, where videos cost nothing)."""
    del plan, demo  # the spending service is not on this branch yet
    return ""
