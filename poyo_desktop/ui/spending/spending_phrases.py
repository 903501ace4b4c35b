"""The spending limits' sentences in the window's language: the price question, a ledger
row's outcome, a typed figure's problem, where a limit stops a batch.

``services/spending_words`` says the same in English for the command line and for what
is kept in the history; the services may not translate (their Qt is for signals only), so
the window phrases the figures they hand over here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from poyo_desktop.core.rules import PRO
from poyo_desktop.services.settings import CREDITS_MAX, CREDITS_MIN
from poyo_desktop.services.spending_words import parse_credits
from poyo_desktop.ui.kit.locale_words import credit_figure, money, number
from poyo_desktop.ui.kit.translations import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from poyo_desktop.services.spend_plan import PlanVerdict

# The ledger's outcomes (store/spend; the window reads no store module).
FINISHED, FAILED, UNKNOWN, REFUSED = "finished", "failed", "unknown", "refused"
_OUTCOMES = {
    None: QT_TRANSLATE_NOOP("SpendingPhrases", "In progress"),
    FINISHED: QT_TRANSLATE_NOOP("SpendingPhrases", "Finished"),
    FAILED: QT_TRANSLATE_NOOP("SpendingPhrases", "Failed"),
    UNKNOWN: QT_TRANSLATE_NOOP("SpendingPhrases", "Unknown"),
    REFUSED: QT_TRANSLATE_NOOP("SpendingPhrases", "Not made"),
}
# services.settings.SPENDING_FIGURES, by field, as a sentence names them.
FIGURES = {
    "confirm_above_credits": QT_TRANSLATE_NOOP("SpendingPhrases", "amount to ask about"),
    "daily_limit_credits": QT_TRANSLATE_NOOP("SpendingPhrases", "daily limit"),
    "launch_limit_credits": QT_TRANSLATE_NOOP("SpendingPhrases", "limit for this session"),
}


def confirm_question(model: str, duration: int, price: float) -> str:
    """The question asked before a video above the "ask first" amount is made."""
    question = (
        translate("SpendingPhrases", "Make this %n-second Pro video for {price}?", "", duration)
        if model == PRO
        else translate(
            "SpendingPhrases", "Make this %n-second Standard video for {price}?", "", duration
        )
    )
    return question.format(price=money(price))


def outcome_text(outcome: str | None) -> str:
    found = _OUTCOMES.get(outcome)
    return translate("SpendingPhrases", found) if found else outcome or ""


def figure_name(field: str) -> str:
    found = FIGURES.get(field)
    return translate("SpendingPhrases", found) if found else field


def credits_or_problem(text: str, field: str) -> int | str:
    """``services.spending_words.parse_credits`` with its problem said in the window's
    language (the same three cases)."""
    value = parse_credits(text, field)
    if isinstance(value, int):
        return value
    what = figure_name(field)
    cleaned = text.strip().lower().removesuffix("credits").strip()
    cleaned = cleaned.replace(",", "").replace("_", "").replace(" ", "")
    if not cleaned:
        said = translate("SpendingPhrases", "Type the {what} in credits, for example 1000.")
    elif not cleaned.isdigit():
        said = translate(
            "SpendingPhrases",
            "The {what} must be a whole number of credits, for example 1000 (not “{text}”).",
        )
    else:
        said = translate("SpendingPhrases", "The {what} must be {low} to {high} credits.")
    return said.format(what=what, text=text, low=CREDITS_MIN, high=number(CREDITS_MAX))


def plan_limit_text(verdict: PlanVerdict) -> str:
    """Where a limit stops a batch, for its review sheet ("" when it does not)."""
    if verdict.within_limits or verdict.crossed_by is None:
        return ""
    limit = credit_figure(verdict.limit)
    stops = (
        translate("SpendingPhrases", "Your {limit}-credit daily limit stops this batch")
        if verdict.crossed_by == "daily"
        else translate(
            "SpendingPhrases", "Your {limit}-credit limit for this session stops this batch"
        )
    ).format(limit=limit)
    waiting = verdict.count - verdict.fits
    if verdict.fits == 0:
        rest = translate(
            "SpendingPhrases",
            "{stops} before its first video: all %n will wait and ask you first.",
            "",
            waiting,
        )
    elif waiting == 1:
        rest = translate(
            "SpendingPhrases", "{stops} at its last video: that one will wait and ask you first."
        )
    else:
        rest = translate(
            "SpendingPhrases",
            "{stops} at video {next}: {fits} fit, the other %n will wait and ask you first.",
            "",
            waiting,
        )
    return rest.format(stops=stops, next=verdict.fits + 1, fits=verdict.fits)
