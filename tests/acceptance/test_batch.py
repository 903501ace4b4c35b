"""Issue 18, batches: many pictures on the start slot, one review before paying, then one
video per picture (or per copy) in the queue; pictures that cannot be used are named with
their reasons, and pictures made before are skipped unless the person includes them."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest

from tests.acceptance.batch_abilities import (
    bad_pictures,
    confirms,
    drops_pictures,
    good_pictures,
    opens_review,
)
from tests.acceptance.connection_abilities import sees_connection
from tests.acceptance.generate_abilities import another_program_holds, fills_the_form
from tests.acceptance.person import Person
from tests.acceptance.settings_abilities import saves_settings
from tests.acceptance.spending_abilities import saves_spending
from tests.conftest import TEST_KEY

PROMPT = "The waves roll in slowly"


def videos_made(home: Path) -> int:
    """The finished videos in the person's videos folder."""
    return len(list((home / "Videos").rglob("*.mp4")))


async def all_finished(person: Person, home: Path, count: int, timeout: float) -> None:
    await person.waits_for(lambda: videos_made(home) >= count, timeout, f"{count} videos")
    await person.waits_for(
        lambda: "in progress" not in person.main_window().windowTitle(), 30, "the queue to empty"
    )
    assert videos_made(home) == count


@pytest.mark.timeout(400)
def test_twenty_pictures_three_bad_make_seventeen_videos(desktop, person, play, tmp_path):
    pictures = good_pictures(tmp_path / "drop", 17)
    pictures[5:5] = bad_pictures(tmp_path / "drop")

    async def scenario() -> None:
        await desktop.start()
        await person.replaces_text(PROMPT, into="Prompt")
        await drops_pictures(person, pictures)
        await person.sees("Batch of 17 pictures", timeout=60)
        left_out = await person.sees("Left out, 3 pictures that cannot be used")
        assert "• broken.jpg is damaged" in left_out, left_out
        assert "• tiny.png is too small (200 × 150 px" in left_out, left_out
        assert "• notes.jpg is not a picture" in left_out, left_out
        await person.waits_for(lambda: person.is_enabled("Review 17 videos…"), 30, "Review")
        person.screenshot("batch-form")

        await opens_review(person, 17)
        await person.sees("Kling 2.1 Standard · 5 seconds each")
        await person.sees("free in demo mode (510 credits with a key)")  # the total: 17 × 30
        await person.sees("free in demo mode (30 credits with a key)")  # each
        not_sent = await person.sees("Not sent (3):")
        assert "tiny.png" in not_sent and "notes.jpg" in not_sent and "broken.jpg" in not_sent
        person.screenshot("review-sheet", person.windows()[-1])
        await confirms(person)

        await person.sees_not("Batch of 17 pictures", timeout=60)  # back to one picture
        await person.sees("Start image")
        await all_finished(person, desktop.home, 17, timeout=300)
        await desktop.quit()

    play(scenario)


@pytest.mark.timeout(300)
def test_a_picture_made_before_is_skipped_until_included(desktop, person, play, tmp_path):
    old, new = good_pictures(tmp_path, 2)

    async def scenario() -> None:
        await desktop.start()
        await fills_the_form(person, old, PROMPT)
        await person.click("Generate video")
        await person.sees(re.compile(rf"Finished: {PROMPT}"), timeout=90)

        await drops_pictures(person, [old, new])
        flagged = await person.sees(
            re.compile(r"photo-01.png, .*made before on \d+ \w+: skipped"), timeout=30
        )
        assert "photo-02.png" not in flagged
        await person.sees("1 picture was made into a video with these settings before")
        await person.clicks_row("photo-01.png")
        await person.sees("Make it again anyway")
        person.screenshot("batch-made-before")
        await opens_review(person, 1)
        await person.sees(re.compile(r"photo-01.png: Made before on \d+ \w+ with these settings"))
        await person.click("Cancel")
        await person.sees_not("Make 1 video?")
        await person.click("Include them")
        await opens_review(person, 2)
        await confirms(person)
        await all_finished(person, desktop.home, 3, timeout=120)
        await desktop.quit()

    play(scenario)


@pytest.mark.timeout(300)
def test_each_picture_can_get_its_own_prompt_or_be_removed(desktop, person, play, tmp_path):
    pictures = good_pictures(tmp_path, 3)

    async def scenario() -> None:
        await desktop.start()
        await person.replaces_text(PROMPT, into="Prompt")
        await drops_pictures(person, pictures)
        await person.sees("Batch of 3 pictures", timeout=30)
        await person.clicks_row("photo-02.png")
        await person.types("A cat jumps onto the wall", into="Own prompt")
        await person.sees(re.compile(r"photo-02.png, .*own prompt: “A cat jumps onto the wall”"))
        person.screenshot("batch-own-prompt")
        await person.clicks_row("photo-03.png")
        await person.click("Remove from batch")
        await person.sees("Batch of 2 pictures")
        assert not any("photo-03.png" in row for row in person.rows("Batch pictures"))

        await opens_review(person, 2)
        await person.click("Cancel")  # the batch stays as it was
        await person.sees("Batch of 2 pictures")
        await person.sees(re.compile(r"photo-02.png, .*own prompt"))
        await opens_review(person, 2)
        rows = person.rows("Videos to make")
        assert rows == [
            f"photo-01.png, free, “{PROMPT}”",
            "photo-02.png, free, “A cat jumps onto the wall”",
        ]
        await confirms(person)
        await person.waits_for(lambda: len(person.rows()) == 2, 60, "two tasks in the list")
        await person.sees(re.compile(r"A cat jumps onto the wall"))
        await all_finished(person, desktop.home, 2, timeout=120)
        await desktop.quit()

    play(scenario)


@pytest.mark.timeout(300)
def test_three_copies_of_one_picture_make_three_videos_once(desktop, person, play, tmp_path):
    (picture,) = good_pictures(tmp_path, 1)

    async def scenario() -> None:
        await desktop.start()
        await fills_the_form(person, picture, PROMPT)
        await person.replaces_text("3", into="Copies")
        await person.sees("3 videos: free in demo mode (90 credits with a key)")
        person.screenshot("copies-form")
        await opens_review(person, 3)
        person.screenshot("copies-review", person.windows()[-1])
        rows = person.rows("Videos to make")
        assert rows[0].startswith("photo-01.png (copy 1 of 3)"), rows
        await confirms(person, double=True)  # a double-click buys nothing twice
        await person.waits_for(lambda: len(person.rows()) >= 3, 60, "three tasks in the list")
        await person.waits(1.5)
        assert len(person.rows()) == 3, person.rows()
        await all_finished(person, desktop.home, 3, timeout=120)
        await desktop.quit()

    play(scenario)


@pytest.mark.timeout(300)
def test_with_a_key_the_review_shows_the_cost_and_the_balance_after(
    desktop, person, play, poyo, tmp_path
):
    pictures = good_pictures(tmp_path, 3)

    async def scenario() -> None:
        await desktop.start()
        await saves_settings(person, key=TEST_KEY, server=poyo.base_url)
        await sees_connection(person, "1,000 credits")
        await person.replaces_text(PROMPT, into="Prompt")
        await drops_pictures(person, pictures)
        await person.sees("3 videos: 90 credits (about $0.45)", timeout=30)  # beside Generate
        await opens_review(person, 3)
        await person.sees("30 credits (about $0.15)")
        await person.sees("90 credits (about $0.45)")
        await person.sees("910 credits left of 1,000")
        person.screenshot("review-sheet-key", person.windows()[-1])
        await person.click("Cancel")
        await person.waits(0.5)
        assert poyo.requests["upload"] == 0 and poyo.tasks_created == 0  # nothing paid
        await opens_review(person, 3)
        await confirms(person)
        await person.waits_for(lambda: poyo.tasks_created == 3, 60, "three tasks bought")
        await person.waits_for(lambda: len(person.rows()) == 3, 30, "three tasks in the list")
        await desktop.quit()

    play(scenario)


def test_a_folder_gives_the_pictures_directly_inside_and_clear_batch_goes_back(
    desktop, person, play, tmp_path
):
    folder = tmp_path / "Holiday"
    good_pictures(folder, 2, start=9)  # photo-09, photo-10: in the order a person reads them
    good_pictures(folder / "more", 2)  # a folder inside it: not opened
    (folder / "itinerary.txt").write_text("day 1: the beach")
    single = good_pictures(tmp_path, 1)[0]

    async def scenario() -> None:
        await desktop.start()
        await fills_the_form(person, single, PROMPT)
        await drops_pictures(person, folder)
        await person.sees("Batch of 2 pictures", timeout=30)
        await person.sees(
            "From the folder “Holiday”: 2 pictures, those directly inside it, by name; "
            "1 other file ignored, 1 folder inside it not opened."
        )
        assert [row.split(",")[0] for row in person.rows("Batch pictures")] == [
            "photo-09.png",
            "photo-10.png",
        ]
        await person.click("Clear batch")
        await person.sees_not("Batch of 2 pictures")
        await person.sees("photo-01.png")  # the one picture the form held before
        await person.waits_for(lambda: person.is_enabled("Generate video"), 10, "Generate")
        await desktop.quit()

    play(scenario)


@pytest.mark.timeout(300)
def test_a_locked_history_sends_nothing_and_keeps_the_batch(desktop, person, play, tmp_path):
    pictures = good_pictures(tmp_path, 3)

    async def scenario() -> None:
        await desktop.start()
        await person.replaces_text(PROMPT, into="Prompt")
        await drops_pictures(person, pictures)
        await opens_review(person, 3)
        with another_program_holds(desktop.data_dir / "data" / "history.sqlite3"):
            await confirms(person)
            said = await person.sees("None of the 3 videos was sent", timeout=30)
            assert "in use by another program" in said and "press Review again" in said, said
            assert person.rows() == []
            await person.sees("Batch of 3 pictures")  # nothing lost
        await opens_review(person, 3)
        await confirms(person)
        await person.sees_not("Batch of 3 pictures", timeout=30)
        await all_finished(person, desktop.home, 3, timeout=120)
        await desktop.quit()

    play(scenario)


def test_the_pictures_of_a_batch_are_checked_off_the_gui_thread(
    desktop, person, play, tmp_path, monkeypatch
):
    from poyo_desktop.ui.batch import intake

    pictures = good_pictures(tmp_path, 6)
    gui = threading.get_ident()
    threads: list[int] = []
    check = intake.inspect_with_thumbnail

    def watched(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.get_ident())
        return check(*args, **kwargs)

    monkeypatch.setattr(intake, "inspect_with_thumbnail", watched)

    async def scenario() -> None:
        await desktop.start()
        await drops_pictures(person, pictures)
        await person.sees("Batch of 6 pictures", timeout=30)
        await desktop.quit()

    play(scenario)
    assert len(threads) == 6 and gui not in threads


def test_a_balance_that_cannot_pay_for_the_batch_is_said_before_paying(
    desktop, person, play, poyo, tmp_path
):
    poyo.credits = 50
    pictures = good_pictures(tmp_path, 3)

    async def scenario() -> None:
        await desktop.start()
        await saves_settings(person, key=TEST_KEY, server=poyo.base_url)
        await sees_connection(person, "50 credits")
        await person.replaces_text(PROMPT, into="Prompt")
        await drops_pictures(person, pictures)
        await opens_review(person, 3)
        await person.sees("40 credits short (you have 50)")
        await person.sees("Your balance pays for 1 of these 3 videos.")
        person.screenshot("review-sheet-low-balance", person.windows()[-1])
        await person.click("Cancel")
        await person.sees("Batch of 3 pictures")
        assert poyo.tasks_created == 0
        await desktop.quit()

    play(scenario)


@pytest.mark.timeout(300)
def test_the_review_says_where_the_daily_limit_stops_the_batch(
    desktop, person, play, poyo, tmp_path
):
    pictures = good_pictures(tmp_path, 5)

    async def scenario() -> None:
        await desktop.start()
        await saves_settings(person, key=TEST_KEY, server=poyo.base_url)
        await sees_connection(person, "1,000 credits")
        await saves_spending(person, daily="100")
        await person.replaces_text(PROMPT, into="Prompt")
        await drops_pictures(person, pictures)
        await opens_review(person, 5)
        await person.sees(
            "Your 100-credit daily limit stops this batch at video 4: 3 fit, the other 2 "
            "will wait and ask you first."
        )
        person.screenshot("review-sheet-limit", person.windows()[-1])
        await person.click("Cancel")
        await person.waits(0.5)
        assert poyo.tasks_created == 0  # a review buys nothing
        await desktop.quit()

    play(scenario)
