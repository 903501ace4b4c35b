"""What a plan of N videos would cost, and where the spending limits would stop it.

Plain functions, no Qt and no disk: a batch's review sheet, the command line and the
Generate press ask them before anything is recorded. The figures already spent come from
:meth:`~poyo_desktop.services.spending.SpendingService.spent` (or ``plan``, which joins
the two).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from poyo_desktop.core.prices import CREDIT_USD, price_credits
from poyo_desktop.services.settings import SettingsValues


@dataclass(frozen=True, slots=True)
class PlanVerdict:
    """What a plan of N videos would cost, and where the limits would stop it.

    ``fits`` items (in order) keep within the limits; the next would cross ``crossed_by``
    ("daily" or "launch"). ``ask_first``: an item is above the "ask before" amount.
    Independent of the balance, which the caller checks apart.
    """

    total: int
    fits: int
    count: int
    ask_first: bool
    crossed_by: str | None = None
    spent_today: float = 0.0
    limit: float = 0.0  # the figure of the limit that stops it (0 when none does)

    @property
    def total_usd(self) -> float:
        return self.total * CREDIT_USD

    @property
    def within_limits(self) -> bool:
        return self.fits == self.count


def check_plan(
    prices: Sequence[int],
    values: SettingsValues,
    *,
    spent_today: float,
    spent_this_launch: float = 0.0,
    demo: bool = False,
) -> PlanVerdict:
    """The verdict on buying ``prices`` in order, given what was already spent."""
    daily = values.daily_limit_credits if values.daily_limit_on else None
    launch = values.launch_limit_credits if values.launch_limit_on else None
    today, this_launch, fits, crossed = spent_today, spent_this_launch, 0, None
    for price in prices:
        if not demo and daily is not None and today + price > daily:
            crossed = "daily"
            break
        if not demo and launch is not None and this_launch + price > launch:
            crossed = "launch"
            break
        today, this_launch, fits = today + price, this_launch + price, fits + 1
    ask = not demo and values.confirm_above_on
    return PlanVerdict(
        total=sum(prices),
        fits=fits,
        count=len(prices),
        ask_first=ask and any(p > values.confirm_above_credits for p in prices),
        crossed_by=crossed,
        spent_today=spent_today,
        limit={"daily": daily, "launch": launch}.get(crossed or "") or 0.0,
    )


def needs_confirming(values: SettingsValues, model: str, duration: int, *, demo: bool) -> int:
    """The price to confirm before making this video, or 0 when no question is due."""
    price = price_credits(model, duration) or 0
    if demo or not values.confirm_above_on or price <= values.confirm_above_credits:
        return 0
    return price
