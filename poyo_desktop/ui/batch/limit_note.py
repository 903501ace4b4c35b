"""What the spending limits would do to a batch, for its review sheet.

Asked of the spending service before the sheet opens (what was spent today is in the
store's ledger), so the sheet says where a limit would stop the batch: "Your
1,000-credit daily limit stops this batch at video 12: 11 fit, the other 6 will wait and
ask you first." The limit itself is enforced at each paid submit; this only warns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from poyo_desktop.ui.spending.spending_phrases import plan_limit_text

if TYPE_CHECKING:
    from poyo_desktop.core.batch import Plan
    from poyo_desktop.services.spending import SpendingService


async def spending_limit_note(plan: Plan, spending: SpendingService | None, *, demo: bool) -> str:
    """Where the spending limit would stop ``plan`` ("" when it would not, in demo mode,
    where videos cost nothing, or without a spending service)."""
    if demo or spending is None:
        return ""
    verdict = await spending.plan([video.credits or 0 for video in plan.videos], demo=demo)
    return plan_limit_text(verdict)
