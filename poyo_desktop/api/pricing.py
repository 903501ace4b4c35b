"""Credits per video, from PoYo's published price table (November 2026)."""

from __future__ import annotations

CREDIT_USD = 0.005

_PRICES: dict[tuple[str, int], int] = {
    ("kling-2.1/standard", 5): 30,
    ("kling-2.1/standard", 10): 60,
    ("kling-2.1/pro", 5): 55,
    ("kling-2.1/pro", 10): 110,
}


def price_credits(model: str, duration: int) -> int | None:
    return _PRICES.get((model, duration))


def describe_price(model: str, duration: int) -> str:
    """e.g. "30 credits (about $0.15)"; empty when the price is not known."""
    credits = price_credits(model, duration)
    if credits is None:
        return ""
    return f"{credits} credits (about ${credits * CREDIT_USD:.2f})"
