"""What the review of a batch says, in words for a person: the same sentences on the
window's review sheet and in the command line's (``poyo-desktop batch`` without ``--yes``).

Plain functions over a :class:`~poyo_desktop.core.batch.Plan`, the balance when it is known
and whether the videos are free (demo mode): nothing here decides what is sent.
"""

from __future__ import annotations

from dataclasses import dataclass

from poyo_desktop.core.batch import Plan, affordable, balance_after, videos_text
from poyo_desktop.core.prices import money
from poyo_desktop.core.rules import PRO, STANDARD

MODEL_TITLES = {STANDARD: "Kling 2.1 Standard", PRO: "Kling 2.1 Pro"}


@dataclass(frozen=True, slots=True)
class Review:
    """The review's lines; "" where there is nothing to say."""

    heading: str  # "Make 17 videos?"
    settings: str  # "Kling 2.1 Standard · 5 seconds each"
    each: str  # "30 credits (about $0.15)"
    total: str  # "510 credits (about $2.55)"
    balance: str  # "490 credits left of 1,000", "Balance unknown: …", or demo's words
    warning: str  # when the balance cannot pay for them all
    confirm: str  # "Make 17 videos — 510 credits"
    row_price: str  # beside each video: "30 credits", "free"
    left_out: tuple[str, ...]  # "bad.jpg: bad.jpg is damaged …"


def review(plan: Plan, *, balance: float | None, demo: bool) -> Review:
    """The words of the review of ``plan``; ``balance`` ``None`` when it is unknown."""
    count = plan.count
    total = plan.total_credits
    title = MODEL_TITLES.get(plan.shared.model, plan.shared.model)
    settings = f"{title} · {plan.shared.duration} seconds each"
    if plan.shared.end_image is not None:
        settings += " · ending on the same end image"
    return Review(
        heading=f"Make {videos_text(count)}?",
        settings=settings,
        each=_price(plan.price, demo),
        total=_price(total, demo),
        balance="not touched: demo videos are free" if demo else _balance(balance, total),
        warning="" if demo else _shortfall(balance, plan.price, count),
        confirm=_confirm(count, total, demo),
        row_price=_row_price(plan.price, demo),
        left_out=tuple(left.line() for left in plan.left_out),
    )


def _price(credits: int | None, demo: bool) -> str:
    if credits is None:
        return "price unknown"
    if demo:
        return f"free in demo mode ({credits:,} credits with a key)"
    return money(credits)


def _row_price(credits: int | None, demo: bool) -> str:
    if demo:
        return "free"
    return f"{credits:,} credits" if credits is not None else "price unknown"


def _balance(balance: float | None, total: int | None) -> str:
    after = balance_after(balance, total)
    if balance is None or after is None:
        return "Balance unknown: it could not be read just now."
    if after < 0:
        return f"{-after:,.0f} credits short (you have {balance:,.0f})"
    return f"{after:,.0f} credits left of {balance:,.0f}"


def _shortfall(balance: float | None, price: int | None, count: int) -> str:
    paid = affordable(balance, price, count)
    if paid >= count:
        return ""
    return (
        f"Your balance pays for {paid} of these {count} videos. PoYo will refuse the rest "
        "(nothing is charged for those): top up on poyo.ai first, or make fewer."
    )


def _confirm(count: int, total: int | None, demo: bool) -> str:
    what = f"Make {videos_text(count)}"
    if demo:
        return f"{what} (free)"
    return f"{what} — {total:,} credits" if total is not None else what
