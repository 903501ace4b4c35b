"""The command line's review sheet as text, from the data the owner answers: the window's
sentences (core/batch_review), including what it says when the balance is not known."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from poyo_desktop.cli.review_op import sheet_data
from poyo_desktop.cli.sheet import INCLUDE_HINT, question, sheet_text
from poyo_desktop.core.batch import Item, LeftOut, MadeBefore, Shared, plan
from poyo_desktop.core.rules import STANDARD


def _sheet(*, balance: float | None, include: bool = False) -> dict:
    shared = Shared(model=STANDARD, duration=5, prompt="Slow pan", copies=1)
    made = MadeBefore(datetime(2026, 12, 3, 10, tzinfo=UTC))
    items = [
        Item(0, Path("/p/a.png"), "a.png", digest="aa"),
        Item(1, Path("/p/b.png"), "b.png", digest="bb", made_before=made, include=include),
        Item(2, Path("/p/c.png"), "c.png", digest="cc", prompt="Zoom in", copies=2),
    ]
    refused = [LeftOut("bad.jpg", "bad.jpg is too small.")]
    return sheet_data(plan(shared, items, refused), items, balance=balance, demo=False)


def test_the_balance_unknown_is_said_and_made_before_is_skipped():
    sheet = _sheet(balance=None)
    text = sheet_text(sheet)
    assert text.startswith("Make 3 videos?\nKling 2.1 Standard · 5 seconds each\n")
    assert "   1  a.png · 30 credits · “Slow pan”" in text
    assert "   3  c.png (copy 2 of 2) · 30 credits · “Zoom in”" in text
    assert "Total:         90 credits (about $0.45)" in text
    assert "Balance after: Balance unknown: it could not be read just now." in text
    assert "  • bad.jpg is too small." in text  # named once
    assert "  • b.png: Made before on 3 Dec with these settings; skipped." in text
    assert text.endswith(INCLUDE_HINT)
    assert question(sheet) == "Make 3 videos — 90 credits? [y/N] "
    assert sheet["balance_credits"] is None and sheet["balance_after_credits"] is None


def test_an_included_picture_made_before_is_made_again_and_the_balance_counts_down():
    sheet = _sheet(balance=100, include=True)
    text = sheet_text(sheet)
    assert "   2  b.png · 30 credits · “Slow pan” · made before on 3 Dec, made again" in text
    assert "Balance after: 20 credits short (you have 100)" in text  # 4 videos, 120 credits
    assert "Your balance pays for 3 of these 4 videos." in text
    assert INCLUDE_HINT not in text
    assert sheet["total_credits"] == 120 and sheet["balance_after_credits"] == -20
