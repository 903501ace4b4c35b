"""What the form says a video costs: PoYo's price with a key, and "free" in demo mode.

Demo videos are made on this computer and cost nothing, so demo mode never shows a bare
price beside a banner that says they are free; the price a key would pay stays in view
(in brackets, and on each model card), so the models can still be compared.
"""

from __future__ import annotations

from poyo_desktop.core.prices import price_credits
from poyo_desktop.ui.kit.locale_words import money
from poyo_desktop.ui.kit.translations import translate


def footer_price(model: str, duration: int, *, demo: bool) -> str:
    """The line beside Generate: "Cost: 30 credits (about $0.15)", or in demo mode
    "Free in demo mode (30 credits with a key)"; empty when the price is not known."""
    credits = price_credits(model, duration)
    if credits is None:
        return ""
    if demo:
        return translate("PriceText", "Free in demo mode (%Ln credit(s) with a key)", "", credits)
    return translate("PriceText", "Cost: {price}").format(price=money(credits))


def card_price(model: str, duration: int, *, demo: bool) -> str:
    """The price on a model card: "30 credits", or in demo mode "Free · 30 with a key"."""
    credits = price_credits(model, duration)
    if credits is None:
        return ""
    if demo:
        return translate("PriceText", "Free · %Ln with a key", "", credits)
    return translate("PriceText", "%Ln credit(s)", "", credits)
