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


def credit_figure(credits: float) -> str:
    """``1,030`` (whole credits) or ``27.5`` (PoYo may charge fractions)."""
    return f"{credits:,.0f}" if float(credits).is_integer() else f"{credits:,.1f}"


def dollars(credits: float) -> str:
    """Credits in US dollars, as PoYo sells them: "$2.55"."""
    return f"${credits * CREDIT_USD:,.2f}"


def money(credits: float) -> str:
    """e.g. "1,030 credits (about $5.15)"; "1 credit" for one. Every screen and the command
    line say amounts in these words."""
    unit = "credit" if credits == 1 else "credits"
    return f"{credit_figure(credits)} {unit} (about {dollars(credits)})"


def price_credits(model: str, duration: int) -> int | None:
    return _PRICES.get((model, duration))


def describe_price(model: str, duration: int) -> str:
    """e.g. "30 credits (about $0.15)"; empty when the price is not known."""
    credits = price_credits(model, duration)
    if credits is None:
        return ""
    return money(credits)
