"""What the spending limits say to a person: money in credits and dollars, and refusals.

Its own module so the window, the review sheet and the command line say the same
figures in the same words. A refusal reaches the window on its job, so it is said in the
window's language (``core.wording``); the rest is for the command line and the CSV file,
and stays English (the window says those in ``ui/spending/spending_phrases``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from poyo_desktop.core.prices import credit_figure, dollars, money
from poyo_desktop.core.rules import PRO
from poyo_desktop.core.wording import translate
from poyo_desktop.services.settings import CREDITS_MAX, CREDITS_MIN
from poyo_desktop.store.spend import FAILED, FINISHED, REFUSED, UNKNOWN, Reservation

if TYPE_CHECKING:
    from poyo_desktop.services.spend_plan import PlanVerdict

_LIMIT_NAMES = {
    "daily": ("today's spending", "daily limit"),
    # "This session": from when the app started until it quits (a command line run
    # headless is a session of its own; handed to the running app, it is the app's).
    "launch": ("spending since the app started", "limit for this session"),
}
_OUTCOMES = {
    None: "In progress",
    FINISHED: "Finished",
    FAILED: "Failed",
    UNKNOWN: "Unknown",
    REFUSED: "Not made",
}


def refusal_words(reservation: Reservation) -> str:
    """Why a video was not sent, with the figures and what the person can do."""
    which = reservation.refused_by or "daily"
    before = reservation.spent_today if which == "daily" else reservation.spent_this_launch
    reach = before + reservation.price
    limit = reservation.limit or 0
    if which == "daily":  # said in the window's language (core.wording), whole
        words = translate(
            "SpendingWords",
            "Not sent: today's spending would reach {reach} of your {limit}-credit daily "
            "limit (about {dollars}). Raise the limit in Settings or send it anyway.",
        )
    else:
        words = translate(
            "SpendingWords",
            "Not sent: spending since the app started would reach {reach} of your "
            "{limit}-credit limit for this session (about {dollars}). Raise the limit in "
            "Settings or send it anyway.",
        )
    return words.format(
        reach=credit_figure(reach), limit=credit_figure(limit), dollars=dollars(reach)
    )


def confirm_words(model: str, duration: int, price: float) -> str:
    """The question asked before a video above the "ask first" amount is made."""
    kind = "Pro" if model == PRO else "Standard"
    return f"Make this {duration}-second {kind} video for {money(price)}?"


def outcome_words(outcome: str | None) -> str:
    return _OUTCOMES.get(outcome, outcome or "")


def parse_credits(text: str, what: str) -> int | str:
    """A whole number of credits typed by a person, or why it is not one (their words).

    Thousands separators and a trailing "credits" are accepted: "1,000 credits" is 1000.
    """
    cleaned = text.strip().lower().removesuffix("credits").strip().replace(",", "")
    cleaned = cleaned.replace("_", "").replace(" ", "")
    if not cleaned:
        return f"Type the {what} in credits, for example 1000."
    if not cleaned.isdigit():
        return f"The {what} must be a whole number of credits, for example 1000 (not “{text}”)."
    value = int(cleaned)
    if not CREDITS_MIN <= value <= CREDITS_MAX:
        return f"The {what} must be {CREDITS_MIN} to {CREDITS_MAX:,} credits."
    return value


def plan_limit_words(verdict: PlanVerdict) -> str:
    """Where a limit stops a batch, for its review sheet ("" when it does not)."""
    if verdict.within_limits or verdict.crossed_by is None:
        return ""
    name = _LIMIT_NAMES[verdict.crossed_by][1]
    stops = f"Your {credit_figure(verdict.limit)}-credit {name} stops this batch"
    waiting = verdict.count - verdict.fits
    if verdict.fits == 0:
        return f"{stops} before its first video: all {waiting} will wait and ask you first."
    if waiting == 1:
        return f"{stops} at its last video: that one will wait and ask you first."
    return (
        f"{stops} at video {verdict.fits + 1}: {verdict.fits} fit, the other {waiting} will "
        "wait and ask you first."
    )
