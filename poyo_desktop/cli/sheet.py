"""The review sheet of ``poyo-desktop batch`` as text: the window's review sheet
(``ui/batch/review_sheet``) line for line, from the data the owner of the history answered
(``cli/review_op``): the videos with their prices, each and the total, the balance after,
the spending limit's note, the balance warning, that sending is paused, and what will not
be sent and why."""

from __future__ import annotations

from typing import Any

INCLUDE_HINT = "To make the pictures made before again, add --include-made-before."
PROMPT_SHOWN = 60  # characters of a prompt on a video's line


def _short(text: str, limit: int = PROMPT_SHOWN) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def video_line(number: int, video: dict[str, Any], price: str) -> str:
    """e.g. ``  3  beach.png (copy 1 of 2) · 30 credits · “Slow pan”``, as the sheet's row."""
    name = video["name"]
    if video["copies"] > 1:
        name += f" (copy {video['copy']} of {video['copies']})"
    text = f"{number:>4}  {name} · {price} · “{_short(video['prompt'])}”"
    if video.get("made_before"):
        text += f" · {video['made_before']}, made again"
    return text


def sheet_text(sheet: dict[str, Any]) -> str:
    """The whole sheet: the videos, what they cost, the notes, and what is left out."""
    lines = [sheet["heading"], sheet["settings"]]
    lines += [video_line(n, v, sheet["row_price"]) for n, v in enumerate(sheet["videos"], 1)]
    costs = [("Each video", sheet["each"]), ("Total", sheet["total"])]
    if sheet["balance"]:
        costs.append(("Balance after", sheet["balance"]))
    lines += [f"{title + ':':<15}{text}" for title, text in costs]
    lines += [sheet[note] for note in ("limit_note", "warning", "paused_note") if sheet.get(note)]
    left = left_out_text(sheet)
    return "\n".join(lines + ([left] if left else []))


def left_out_text(sheet: dict[str, Any]) -> str:
    """Every picture that will not be sent and why ("" when none), and how to include the
    ones made before."""
    left_out = sheet["left_out"]
    lines = [f"Not sent ({len(left_out)}):"] if left_out else []
    lines += [f"  • {left['line']}" for left in left_out]
    if any(not made["included"] for made in sheet["made_before"]):
        lines.append(INCLUDE_HINT)
    return "\n".join(lines)


def question(sheet: dict[str, Any]) -> str:
    """The confirm button's words, asked: "Make 17 videos — 510 credits? [y/N] "."""
    return f"{sheet['confirm']}? [y/N] "
