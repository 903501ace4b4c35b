"""The batch rules (core/batch.py): folders, copies, prompts, "made before", the review's
sums and the drafts confirming it makes."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from poyo_desktop.core import batch
from poyo_desktop.core.batch import Item, LeftOut, MadeBefore, Shared
from poyo_desktop.core.prices import money
from poyo_desktop.core.rules import PRO, STANDARD

SUFFIXES = (".jpg", ".jpeg", ".png")
DEC_3 = datetime(2026, 12, 3, 14, 0, tzinfo=UTC)


def items(count: int, **changes: object) -> list[Item]:
    return [
        Item(
            key=i, picture=Path(f"/p/img{i}.jpg"), name=f"img{i}.jpg", digest=f"{i:064x}", **changes
        )  # type: ignore[arg-type]
        for i in range(count)
    ]


def test_a_folder_gives_its_pictures_in_file_manager_order_and_counts_the_rest() -> None:
    names = ["img10.jpg", "notes.txt", "img2.PNG", ".DS_Store", "Img1.jpeg", "clip.mp4"]
    pictures, ignored = batch.pictures_in(names, SUFFIXES)
    assert pictures == ["Img1.jpeg", "img2.PNG", "img10.jpg"]
    assert ignored == 2  # the hidden file is neither taken nor counted


def test_each_item_uses_its_own_prompt_and_copies_or_the_shared_ones() -> None:
    shared = Shared(STANDARD, 5, "waves roll in", copies=2)
    plain, own, blank = (
        Item(0, Path("a.jpg"), "a.jpg"),
        Item(1, Path("b.jpg"), "b.jpg", prompt="a cat", copies=5),
        Item(2, Path("c.jpg"), "c.jpg", prompt="  "),
    )
    assert batch.prompt_of(plain, shared) == "waves roll in"
    assert batch.prompt_of(own, shared) == "a cat"
    assert batch.prompt_of(blank, shared) == "waves roll in"
    assert (batch.copies_of(plain, shared), batch.copies_of(own, shared)) == (2, 5)
    assert batch.copies_of(Item(3, Path("d"), "d", copies=500), shared) == batch.MAX_COPIES
    assert batch.copies_of(Item(3, Path("d"), "d", copies=0), shared) == 1


def test_the_plan_prices_every_video_and_lists_what_is_left_out() -> None:
    shared = Shared(STANDARD, 5, "waves")
    made = MadeBefore(DEC_3)
    chosen = [
        *items(16),
        Item(16, Path("/p/old.jpg"), "old.jpg", digest="f" * 64, made_before=made),
    ]
    refused = [LeftOut("bad.jpg", "bad.jpg is damaged.")]
    plan = batch.plan(shared, chosen, refused)
    assert plan.count == 16
    assert plan.price == 30
    assert plan.total_credits == 480
    assert [left.name for left in plan.left_out] == ["bad.jpg", "old.jpg"]
    assert "Made before on 3 Dec" in plan.left_out[1].reason


def test_a_picture_made_before_is_sent_once_included() -> None:
    shared = Shared(PRO, 10, "waves")
    (item,) = items(1, made_before=MadeBefore(DEC_3))
    assert batch.plan(shared, [item]).count == 0
    included = batch.plan(shared, [Item(**{**_fields(item), "include": True})])
    assert included.count == 1
    assert included.total_credits == 110


def _fields(item: Item) -> dict[str, object]:
    return {name: getattr(item, name) for name in item.__slots__}  # type: ignore[attr-defined]


def test_copies_make_that_many_drafts_all_of_one_batch() -> None:
    shared = Shared(PRO, 5, "waves", end_image=Path("/p/end.png"), copies=3)
    plan = batch.plan(shared, items(2))
    drafts = batch.drafts(plan, "b-1")
    assert len(drafts) == 6
    assert {d.batch_id for d in drafts} == {"b-1"}
    assert [d.start_image for d in drafts] == [Path("/p/img0.jpg")] * 3 + [Path("/p/img1.jpg")] * 3
    assert {d.end_image for d in drafts} == {Path("/p/end.png")}
    standard = batch.drafts(
        batch.plan(Shared(STANDARD, 5, "w", end_image=Path("/e.png")), items(1)), "b"
    )
    assert standard[0].end_image is None  # as in the one-picture form: never sent there


def test_sameness_needs_the_bytes_and_follows_the_prompt() -> None:
    shared = Shared(STANDARD, 5, "waves")
    assert batch.sameness(Item(0, Path("a"), "a"), shared) is None
    (item,) = items(1, prompt="a cat")
    assert batch.sameness(item, shared) == batch.Sameness(item.digest, STANDARD, 5, "a cat")


@pytest.mark.parametrize(
    ("balance", "total", "after"), [(1000.0, 510, 490.0), (None, 510, None), (100.0, None, None)]
)
def test_the_balance_after(balance: float | None, total: int | None, after: float | None) -> None:
    assert batch.balance_after(balance, total) == after


def test_how_many_the_balance_pays_for() -> None:
    assert batch.affordable(200.0, 30, 17) == 6
    assert batch.affordable(None, 30, 17) == 17
    assert batch.affordable(-5.0, 30, 17) == 0


def test_words_for_money_and_days() -> None:
    assert money(510) == "510 credits (about $2.55)"
    assert money(1) == "1 credit (about $0.01)"
    assert money(27.5) == "27.5 credits (about $0.14)"  # PoYo may charge fractions
    assert money(1030) == "1,030 credits (about $5.15)"
    assert batch.videos_text(1) == "1 video"
    assert MadeBefore(DEC_3).words() == "made before on 3 Dec"
    assert MadeBefore(DEC_3, under_way=True).words() == "already being made (since 3 Dec)"


def test_problems_of_a_batch() -> None:
    shared = Shared(STANDARD, 5, "")
    found = batch.batch_problems(shared, items(2))
    assert [p.field for p in found] == ["prompt"]
    long_own = items(1, prompt="x" * 6000)
    assert (
        "The prompt of img0.jpg"
        in batch.batch_problems(Shared(STANDARD, 5, "w"), long_own)[0].message
    )
    skipped = items(1, made_before=MadeBefore(DEC_3))
    assert (
        "Every picture of this batch is skipped"
        in batch.batch_problems(Shared(STANDARD, 5, "w"), skipped)[0].message
    )
    assert "no pictures left" in batch.batch_problems(Shared(STANDARD, 5, "w"), [])[0].message
