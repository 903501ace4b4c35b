"""A chained video in the list: the line saying which video it continues.

A video made from another's frame (Continue from Last Frame, Use This Frame) knows its
parent (``Job.parent_id``). Its row says so under its facts, "↳ Continues “Waves roll
in…”", in the words a screen reader and the tooltip use too, so the two rows read as one
chain. A parent not among the loaded rows (further down the history, or removed) is
"an earlier video". Plain functions, no Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from poyo_desktop.ui.kit.rich_text import escape
from poyo_desktop.ui.kit.translations import translate

if TYPE_CHECKING:
    from poyo_desktop.core.job import Job

__all__ = ["chain_line", "chained_tooltip", "continues"]

ARROW = "↳"
SHORT = 60  # characters of the parent's prompt in a spoken or tooltip line


def continues(parent: Job | None) -> str:
    """``Continues “Waves roll in slowly”``, or ``Continues an earlier video``."""
    if parent is None:
        return translate("Chains", "Continues an earlier video")
    prompt = " ".join(parent.prompt.split())
    if len(prompt) > SHORT:
        prompt = prompt[: SHORT - 1].rstrip() + "…"
    prompt = prompt or translate("Chains", "no prompt")
    return translate("Chains", "Continues “{prompt}”").format(prompt=prompt)


def chain_line(parent: Job | None) -> str:
    """The row's line: ``↳ Continues “…”`` (the painter elides it to the row's width)."""
    if parent is None:
        return f"{ARROW} {translate('Chains', 'Continues an earlier video')}"
    prompt = " ".join(parent.prompt.split()) or translate("Chains", "no prompt")
    return f"{ARROW} {translate('Chains', 'Continues “{prompt}”').format(prompt=prompt)}"


def chained_tooltip(tooltip: str, parent: Job | None) -> str:
    """A job's tooltip (rich text, see formatting.job_tooltip) with the chain line added."""
    line = f"<p>{ARROW} {escape(continues(parent))}</p>"
    return tooltip[: -len("</qt>")] + line + "</qt>" if tooltip.endswith("</qt>") else tooltip
