"""The words of the "While you were away" card: its headline and one line per task.

Kept apart from the card so each wording can be read and tested without a widget; the
translation context is the card's, where they are shown. Counts go through Qt's plural
forms ("%n video(s) finished"); money in the figures and words of core/prices.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from poyo_desktop.core.states import JobState
from poyo_desktop.ui.kit.locale_words import credit_figure, dollars
from poyo_desktop.ui.kit.translations import translate
from poyo_desktop.ui.window.task_alerts import prompt_start

if TYPE_CHECKING:
    from poyo_desktop.core.job import Job
    from poyo_desktop.services.away_summary import AwaySummary

LINE_PROMPT = 48  # characters of a prompt on a line: its start, cut at a word
REASONS_SHOWN = 2  # distinct failure reasons the headline names


def _reasons() -> dict[str, str]:
    """A failure's kind (``error_kind``) in a few words, for the headline and the lines.
    The task's own message (its tooltip, the preview) says the whole of it."""
    return {
        "insufficient_credits": translate("AwayCard", "not enough credits"),
        "generation_failed": translate("AwayCard", "PoYo could not make it"),
        "authentication": translate("AwayCard", "API key not accepted"),
        "permission": translate("AwayCard", "not allowed for your account"),
        "not_found": translate("AwayCard", "PoYo no longer knows it"),
        "link_expired": translate("AwayCard", "download link expired"),
        "network": translate("AwayCard", "PoYo could not be reached"),
        "server": translate("AwayCard", "trouble at PoYo"),
        "disk_full": translate("AwayCard", "the disk is full"),
        "folder_missing": translate("AwayCard", "the videos folder is missing"),
        "invalid_request": translate("AwayCard", "PoYo did not accept the request"),
        "request_invalid": translate("AwayCard", "settings need fixing"),
    }


def short_reason(job: Job) -> str:
    """Why ``job`` failed in a few words: by its kind, else its message's first sentence."""
    known = _reasons().get(job.error_kind or "")
    if known:
        return known
    message = " ".join((job.error_message or "").split())
    first = message.split(". ", 1)[0].rstrip(".")
    return prompt_start(first, 60) if first else ""


def headline(summary: AwaySummary) -> str:
    """e.g. "2 videos finished, 1 failed (not enough credits) · 30 credits spent (about
    $0.15)", or "… · Free in demo mode"."""
    parts = []
    if finished := len(summary.finished):
        parts.append(translate("AwayCard", "%n video(s) finished", "", finished))
    if failed := len(summary.failed):
        reasons = [_reasons().get(kind, "") for kind in summary.failure_kinds()]
        named = [reason for reason in reasons if reason][:REASONS_SHOWN]
        text = translate("AwayCard", "%n failed", "", failed)
        if named:
            text = translate("AwayCard", "{count} ({reasons})").format(
                count=text, reasons=", ".join(named)
            )
        parts.append(text)
    if unknown := len(summary.unknown):
        parts.append(translate("AwayCard", "%n may have been made (check it)", "", unknown))
    return translate("AwayCard", "{events} · {cost}").format(
        events=", ".join(parts), cost=cost(summary)
    )


def cost(summary: AwaySummary) -> str:
    """What the tasks counted for in the ledger, or that demo videos are free."""
    credits = summary.credits
    if credits > 0:  # as core/prices.money says amounts, "spent" before the dollars
        count = int(credits) if float(credits).is_integer() else 2
        text = translate("AwayCard", "{credits} credit(s) spent (about {dollars})", "", count)
        return text.format(credits=credit_figure(credits), dollars=dollars(credits))
    if summary.all_demo:
        return translate("AwayCard", "Free in demo mode")
    return translate("AwayCard", "Nothing was charged")


def line(job: Job) -> str:
    """One task: "“Waves roll in” is ready", "“Waves roll in” failed: not enough credits"."""
    prompt = prompt_start(job.prompt, LINE_PROMPT) if job.prompt.strip() else ""
    quoted = (
        translate("AwayCard", "“{prompt}”").format(prompt=prompt)
        if prompt
        else translate("AwayCard", "Your video")
    )
    if job.state is JobState.FINISHED:
        return translate("AwayCard", "{video} is ready").format(video=quoted)
    if job.state is JobState.FAILED:
        reason = short_reason(job)
        if reason:
            return translate("AwayCard", "{video} failed: {reason}").format(
                video=quoted, reason=reason
            )
        return translate("AwayCard", "{video} failed").format(video=quoted)
    return translate("AwayCard", "{video} may have been made: check it").format(video=quoted)


def more(count: int) -> str:
    """Below the lines shown: the rest, which the task list shows."""
    return translate("AwayCard", "and %n more in the list", "", count)


def title() -> str:
    return translate("AwayCard", "While you were away")
