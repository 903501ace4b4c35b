"""The words of the "While you were away" card: its headline and one line per task.

Kept apart from the card so each wording can be read and tested without a widget; the
translation context is the card's, where they are shown. Counts go through Qt's plural
forms ("%n video(s) finished"); money in the figures and words of core/prices.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from poyo_desktop.core.prices import credit_figure, dollars
from poyo_desktop.core.states import JobState
from poyo_desktop.ui.window.task_alerts import prompt_start

if TYPE_CHECKING:
    from poyo_desktop.core.job import Job
    from poyo_desktop.services.away_summary import AwaySummary

CONTEXT = "AwayCard"
LINE_PROMPT = 48  # characters of a prompt on a line: its start, cut at a word
REASONS_SHOWN = 2  # distinct failure reasons the headline names


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _count(text: str, n: int) -> str:
    """``text`` with ``%n`` in Qt's plural form for ``n``. Until a translation gives the
    forms (English's too), "(s)" is settled here, so English reads right without one."""
    said = QCoreApplication.translate(CONTEXT, text, None, n)
    return said.replace("(s)", "" if n == 1 else "s")


def _reasons() -> dict[str, str]:
    """A failure's kind (``error_kind``) in a few words, for the headline and the lines.
    The task's own message (its tooltip, the preview) says the whole of it."""
    return {
        "insufficient_credits": _tr("not enough credits"),
        "generation_failed": _tr("PoYo could not make it"),
        "authentication": _tr("API key not accepted"),
        "permission": _tr("not allowed for your account"),
        "not_found": _tr("PoYo no longer knows it"),
        "link_expired": _tr("download link expired"),
        "network": _tr("PoYo could not be reached"),
        "server": _tr("trouble at PoYo"),
        "disk_full": _tr("the disk is full"),
        "folder_missing": _tr("the videos folder is missing"),
        "invalid_request": _tr("PoYo did not accept the request"),
        "request_invalid": _tr("settings need fixing"),
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
        parts.append(_count("%n video(s) finished", finished))
    if failed := len(summary.failed):
        reasons = [_reasons().get(kind, "") for kind in summary.failure_kinds()]
        named = [reason for reason in reasons if reason][:REASONS_SHOWN]
        text = _count("%n failed", failed)
        if named:
            text = _tr("{count} ({reasons})").format(count=text, reasons=", ".join(named))
        parts.append(text)
    if unknown := len(summary.unknown):
        parts.append(_count("%n may have been made (check it)", unknown))
    return _tr("{events} · {cost}").format(events=", ".join(parts), cost=cost(summary))


def cost(summary: AwaySummary) -> str:
    """What the tasks counted for in the ledger, or that demo videos are free."""
    credits = summary.credits
    if credits > 0:  # as core/prices.money says amounts, "spent" before the dollars
        text = _tr("1 credit spent (about {dollars})") if credits == 1 else ""
        text = text or _tr("{credits} credits spent (about {dollars})")
        return text.format(credits=credit_figure(credits), dollars=dollars(credits))
    if summary.all_demo:
        return _tr("Free in demo mode")
    return _tr("Nothing was charged")


def line(job: Job) -> str:
    """One task: "“Waves roll in” is ready", "“Waves roll in” failed: not enough credits"."""
    prompt = prompt_start(job.prompt, LINE_PROMPT) if job.prompt.strip() else ""
    quoted = _tr("“{prompt}”").format(prompt=prompt) if prompt else _tr("Your video")
    if job.state is JobState.FINISHED:
        return _tr("{video} is ready").format(video=quoted)
    if job.state is JobState.FAILED:
        reason = short_reason(job)
        if reason:
            return _tr("{video} failed: {reason}").format(video=quoted, reason=reason)
        return _tr("{video} failed").format(video=quoted)
    return _tr("{video} may have been made: check it").format(video=quoted)


def more(count: int) -> str:
    """Below the lines shown: the rest, which the task list shows."""
    return _count("and %n more in the list", count)


def title() -> str:
    return _tr("While you were away")
