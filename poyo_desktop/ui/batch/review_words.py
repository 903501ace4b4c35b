"""The review sheet's words in the window's language: ``core.batch_review.review`` (the
command line's English) said again from the same plan, balance and mode."""

from __future__ import annotations

from typing import TYPE_CHECKING

from poyo_desktop.core.batch import affordable, balance_after
from poyo_desktop.core.batch_review import MODEL_TITLES, Review
from poyo_desktop.ui.kit.locale_words import credit_figure, credits_text, money
from poyo_desktop.ui.kit.translations import translate

if TYPE_CHECKING:
    from poyo_desktop.core.batch import Plan


def review(plan: Plan, *, balance: float | None, demo: bool) -> Review:
    """The words of the review of ``plan``; ``balance`` ``None`` when it is unknown."""
    count, total = plan.count, plan.total_credits
    title = MODEL_TITLES.get(plan.shared.model, plan.shared.model)
    settings = translate("ReviewWords", "{model} · %n second(s) each", "", plan.shared.duration)
    settings = settings.format(model=title)
    if plan.shared.end_image is not None:
        settings += translate("ReviewWords", " · ending on the same end image")
    return Review(
        heading=translate("ReviewWords", "Make %n video(s)?", "", count),
        settings=settings,
        each=_price(plan.price, demo),
        total=_price(total, demo),
        balance=translate("ReviewWords", "not touched: demo videos are free")
        if demo
        else _balance(balance, total),
        warning="" if demo else _shortfall(balance, plan.price, count),
        confirm=_confirm(count, total, demo),
        row_price=_row_price(plan.price, demo),
        left_out=tuple(f"{left.name}: {left.reason}" for left in plan.left_out),
    )


def _price(credits: int | None, demo: bool) -> str:
    if credits is None:
        return translate("ReviewWords", "price unknown")
    if demo:
        said = translate("ReviewWords", "free in demo mode ({credits} with a key)")
        return said.format(credits=credits_text(credits))
    return money(credits)


def _row_price(credits: int | None, demo: bool) -> str:
    if demo:
        return translate("ReviewWords", "free")
    return (
        credits_text(credits) if credits is not None else translate("ReviewWords", "price unknown")
    )


def _balance(balance: float | None, total: int | None) -> str:
    after = balance_after(balance, total)
    if balance is None or after is None:
        return translate("ReviewWords", "Balance unknown: it could not be read just now.")
    if after < 0:
        said = translate("ReviewWords", "{short} short (you have {balance})")
        return said.format(short=credits_text(round(-after)), balance=credit_figure(round(balance)))
    said = translate("ReviewWords", "{left} left of {balance}")
    return said.format(left=credits_text(round(after)), balance=credit_figure(round(balance)))


def _shortfall(balance: float | None, price: int | None, count: int) -> str:
    paid = affordable(balance, price, count)
    if paid >= count:
        return ""
    return translate(
        "ReviewWords",
        "Your balance pays for {paid} of these %n videos. PoYo will refuse the rest (nothing "
        "is charged for those): top up on poyo.ai first, or make fewer.",
        "",
        count,
    ).format(paid=paid)


def _confirm(count: int, total: int | None, demo: bool) -> str:
    if demo:
        return translate("ReviewWords", "Make %n video(s) (free)", "", count)
    if total is None:
        return translate("ReviewWords", "Make %n video(s)", "", count)
    said = translate("ReviewWords", "Make %n video(s) — {credits}", "", count)
    return said.format(credits=credits_text(total))
