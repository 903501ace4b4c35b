"""The words of a batch's review (core/batch_review.py), shared by the sheet and the CLI."""

from __future__ import annotations

from pathlib import Path

from poyo_desktop.core.batch import Item, LeftOut, Shared, plan
from poyo_desktop.core.batch_review import review
from poyo_desktop.core.rules import PRO, STANDARD


def three(shared: Shared) -> object:
    items = [Item(i, Path(f"/p/{i}.jpg"), f"{i}.jpg") for i in range(3)]
    return plan(shared, items, [LeftOut("bad.jpg", "bad.jpg is damaged.")])


def test_with_a_known_balance() -> None:
    words = review(three(Shared(STANDARD, 5, "w")), balance=1000.0, demo=False)  # type: ignore[arg-type]
    assert words.heading == "Make 3 videos?"
    assert words.settings == "Kling 2.1 Standard · 5 seconds each"
    assert words.each == "30 credits (about $0.15)"
    assert words.total == "90 credits (about $0.45)"
    assert words.balance == "910 credits left of 1,000"
    assert words.warning == ""
    assert words.confirm == "Make 3 videos — 90 credits"
    assert words.row_price == "30 credits"
    assert words.left_out == ("bad.jpg is damaged.",)  # named once


def test_a_balance_that_pays_for_some_and_one_unknown() -> None:
    low = review(three(Shared(PRO, 10, "w")), balance=250.0, demo=False)  # type: ignore[arg-type]
    assert low.total == "330 credits (about $1.65)"
    assert low.balance == "80 credits short (you have 250)"
    assert low.warning.startswith("Your balance pays for 2 of these 3 videos.")
    unknown = review(three(Shared(PRO, 10, "w")), balance=None, demo=False)  # type: ignore[arg-type]
    assert unknown.balance.startswith("Balance unknown")
    assert unknown.warning == ""


def test_in_demo_mode_nothing_is_charged() -> None:
    words = review(three(Shared(STANDARD, 5, "w")), balance=None, demo=True)  # type: ignore[arg-type]
    assert words.total == "free in demo mode (90 credits with a key)"
    assert words.confirm == "Make 3 videos (free)"
    assert "free" in words.balance


def test_a_reason_that_does_not_name_the_picture_gets_its_name() -> None:
    from poyo_desktop.core.batch import LeftOut

    assert LeftOut("sea.png", "made before on 3 Dec").line() == "sea.png: made before on 3 Dec"
    assert LeftOut("sea.png", "sea.png is damaged.").line() == "sea.png is damaged."
