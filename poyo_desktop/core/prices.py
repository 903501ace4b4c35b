"""Credits per video, from PoYo's published price table (November 2026)."""

from __future__ import annotations

from poyo_desktop.core.rules import PRO, STANDARD

CREDIT_USD = 0.005

_PRICES: dict[tuple[str, int], int] = {
    (STANDARD, 5): 30,
    (STANDARD, 10): 60,
    (PRO, 5): 55,
    (PRO, 10): 110,
}


def price_credits(model: str, duration: int) -> int | None:
    return _PRICES.get((model, duration))


def describe_price(model: str, duration: int) -> str:
    """e.g. "30 credits (about $0.15)"; empty when the price is not known."""
    credits = price_credits(model, duration)
    if credits is None:
        return ""
    return f"{credits} credits (about ${credits * CREDIT_USD:.2f})"
