"""Issue 18, the spending limit: a daily limit, or one for this session, stops a video and
asks, naming the figures; a dear video is confirmed first; the ledger shows what was spent
and exports it."""

from __future__ import annotations

import csv
import re

from PySide6.QtWidgets import QMessageBox

from tests.acceptance.batch_abilities import drops_pictures, good_pictures, opens_review
from tests.acceptance.connection_abilities import sees_connection
from tests.acceptance.generate_abilities import fills_the_form, makes_video
from tests.acceptance.settings_abilities import clicks_tab, saves_settings, tab_names
from tests.acceptance.spending_abilities import (
    exports_ledger,
    opens_ledger,
    opens_settings,
    saves_spending,
    types_spending,
)
from tests.conftest import TEST_KEY
from tests.images import write_png

TITLE = "Spending limit reached"


def _box(person, title: str) -> QMessageBox:
    return next(
        w for w in person.windows() if isinstance(w, QMessageBox) and w.windowTitle() == title
    )


def test_the_daily_limit_stops_a_video_and_asks_and_send_anyway_sends_it(
    desktop, person, play, poyo, tmp_path
):
    async def scenario() -> None:
        await desktop.start()
        await saves_settings(person, key=TEST_KEY, server=poyo.base_url)
        await sees_connection(person, "1,000 credits")
        await saves_spending(person, daily="50")
        await makes_video(person, tmp_path, "Clouds over a mountain")
        await person.sees(re.compile(r"^Finished.*Clouds"), timeout=30)
        await makes_video(person, tmp_path, "Rain on a window")
        await person.sees("Spending limit reached", timeout=20)
        person.screenshot("spending-limit-window")
        person.screenshot("spending-limit-dialog", widget=_box(person, "Spending limit reached"))
        assert poyo.tasks_created == 1  # the second one was not sent
        said = await person.answers_dialog("Send anyway", title="Spending limit reached")
        assert (
            "Not sent: today's spending would reach 60 of your 50-credit daily limit "
            "(about $0.30). Raise the limit in Settings or send it anyway." in said
        )
        await person.sees(re.compile(r"^Finished.*Rain on"), timeout=30)
        assert poyo.tasks_created == 2
        await desktop.quit()

    play(scenario)


def test_a_limit_for_this_session_stops_the_third_video_and_a_new_session_starts_afresh(
    desktop, person, play, poyo, tmp_path
):
    async def scenario() -> None:
        await desktop.start()
        await saves_settings(person, key=TEST_KEY, server=poyo.base_url)
        await sees_connection(person, "1,000 credits")
        await opens_settings(person)
        assert tab_names(person) == ["Account", "Videos", "Spending", "Notifications", "Advanced"]
        await clicks_tab(person, "Spending")
        assert not person.is_enabled("Limit for this session (credits)")  # off by default
        await types_spending(person, launch_on=True, launch="70")
        await person.sees("credits (about $0.35)")
        person.screenshot(
            "spending-session-limit-settings",
            widget=next(w for w in person.windows() if w.windowTitle() == "Settings"),
        )
        await person.click("Save")
        await person.sees_not("Limit for this session:", timeout=10)
        await person.window_manager_activates()
        for prompt in ("Clouds over a mountain", "Rain on a window"):
            await makes_video(person, tmp_path, prompt)
            await person.sees(re.compile(rf"^Finished.*{prompt[:8]}"), timeout=30)
        await makes_video(person, tmp_path, "Snow on the pines")
        await person.sees("Spending limit reached", timeout=20)
        person.screenshot("spending-session-limit-dialog", widget=_box(person, TITLE))
        said = await person.answers_dialog("Keep waiting", title=TITLE)
        assert (
            "Not sent: spending since the app started would reach 90 of your 70-credit "
            "limit for this session (about $0.45). Raise the limit in Settings or send it "
            "anyway." in said
        )
        assert poyo.tasks_created == 2
        await desktop.quit()

        await desktop.start()  # a new session: the 60 credits spent count no more
        await sees_connection(person, re.compile(r"credits"))
        await makes_video(person, tmp_path, "Leaves in the wind")
        await person.sees(re.compile(r"^Finished.*Leaves in"), timeout=30)
        assert poyo.tasks_created == 3
        await desktop.quit()

    play(scenario)


def test_the_review_says_where_the_session_limit_stops_a_batch(
    desktop, person, play, poyo, tmp_path
):
    pictures = good_pictures(tmp_path, 5)

    async def scenario() -> None:
        await desktop.start()
        await saves_settings(person, key=TEST_KEY, server=poyo.base_url)
        await sees_connection(person, "1,000 credits")
        await saves_spending(person, launch_on=True, launch="100")
        await person.replaces_text("Leaves drift down", into="Prompt")
        await drops_pictures(person, pictures)
        await opens_review(person, 5)
        await person.sees(
            "Your 100-credit limit for this session stops this batch at video 4: 3 fit, "
            "the other 2 will wait and ask you first."
        )
        person.screenshot("review-sheet-session-limit", person.windows()[-1])
        await person.click("Cancel")
        assert poyo.tasks_created == 0
        await desktop.quit()

    play(scenario)


def test_open_settings_and_a_raised_limit_sends_the_video(desktop, person, play, poyo, tmp_path):
    async def scenario() -> None:
        await desktop.start()
        await saves_settings(person, key=TEST_KEY, server=poyo.base_url)
        await saves_spending(person, daily="20")
        await makes_video(person, tmp_path, "Lanterns at night")
        await person.answers_dialog("Open Settings", title="Spending limit reached")
        await person.waits_for(lambda: person.can_see("Daily limit:"), 10, "Settings")
        await person.sees_not("Checking where your key is kept", timeout=10)
        assert poyo.tasks_created == 0
        await types_spending(person, daily="100")
        await person.click("Save")
        await person.sees(re.compile(r"^Finished.*Lanterns"), timeout=30)
        assert poyo.tasks_created == 1
        await desktop.quit()

    play(scenario)


def test_keep_waiting_keeps_the_video_unsent(desktop, person, play, poyo, tmp_path):
    async def scenario() -> None:
        await desktop.start()
        await saves_settings(person, key=TEST_KEY, server=poyo.base_url)
        await saves_spending(person, daily="20")
        await makes_video(person, tmp_path, "Boats in a harbour")
        await person.answers_dialog("Keep waiting", title="Spending limit reached")
        await person.waits(1.0)
        assert poyo.requests["submit"] == 0 and poyo.tasks_created == 0
        await person.sees(re.compile(r"Boats in a harbour"))
        await desktop.quit()

    play(scenario)


def test_bad_figures_in_settings_are_named_and_nothing_is_lost(desktop, person, play, tmp_path):
    async def scenario() -> None:
        await desktop.start()
        await opens_settings(person)
        await types_spending(person, daily="lots", ask_above="0")
        await person.click("Save")
        await person.sees("The daily limit must be a whole number of credits", timeout=5)
        await person.sees("The amount to ask about must be 1 to 1,000,000 credits.")
        assert person.can_see("lots")  # what was typed stays, to be fixed
        person.screenshot(
            "spending-settings-problems",
            widget=next(w for w in person.windows() if w.windowTitle() == "Settings"),
        )
        await types_spending(person, daily="1,500", ask_above="200")
        await person.sees("about $7.50")
        await person.click("Save")
        await person.sees_not("The daily limit must be", timeout=5)
        await opens_settings(person)
        await clicks_tab(person, "Spending")
        assert person.find("Daily limit (credits)").text() == "1500"
        person.screenshot(
            "spending-settings",
            widget=next(w for w in person.windows() if w.windowTitle() == "Settings"),
        )
        await person.click("Cancel")
        await desktop.quit()

    play(scenario)


def test_a_pro_ten_second_video_is_confirmed_first_and_cancel_sends_nothing(
    desktop, person, play, poyo, tmp_path
):
    async def scenario() -> None:
        await desktop.start()
        await saves_settings(person, key=TEST_KEY, server=poyo.base_url)
        await person.click("Pro model")
        await person.click("Length 10 seconds")
        photo = write_png(tmp_path / "lake.png", 640, 400)
        await fills_the_form(person, photo, "A lake at dawn")
        await person.click("Generate video")
        await person.sees("Confirm the price", timeout=10)
        person.screenshot("spending-confirm-dialog", widget=_box(person, "Confirm the price"))
        said = await person.answers_dialog("Cancel", title="Confirm the price")
        assert "Make this 10-second Pro video for 110 credits (about $0.55)?" in said
        await person.waits(0.5)
        assert poyo.requests["upload"] == 0 and poyo.tasks_created == 0
        assert not person.can_see(re.compile(r"^(Waiting|Uploading|Queued).*lake", re.I))
        assert person.is_enabled("Generate video")
        assert person.can_see("A lake at dawn")  # the form as it was
        await person.click("Generate video")
        await person.answers_dialog("Make It", title="Confirm the price")
        await person.sees(re.compile(r"^Finished.*A lake at dawn"), timeout=30)
        await desktop.quit()

    play(scenario)


def test_the_ledger_shows_todays_spending_and_exports_it(desktop, person, play, poyo, tmp_path):

    async def scenario() -> None:
        await desktop.start()
        await saves_settings(person, key=TEST_KEY, server=poyo.base_url)
        await makes_video(person, tmp_path, "Clouds over a mountain")
        await person.sees(re.compile(r"^Finished.*Clouds"), timeout=30)
        await person.click("Length 10 seconds")
        await makes_video(person, tmp_path, "Rain on a window")
        await person.sees(re.compile(r"^Finished.*Rain on"), timeout=30)
        await opens_ledger(person)
        await person.sees("Today: 90 credits (about $0.45), 2 videos")
        await person.sees("This month: 90 credits (about $0.45), 2 videos")
        rows = person.rows("Purchases")
        assert len(rows) == 2
        assert re.search(r"Standard, 10 s, expected 60, charged 60, Finished, Rain on", rows[0])
        assert re.search(r"Standard, 5 s, expected 30, charged 30, Finished, Clouds", rows[1])
        person.screenshot(
            "spending-ledger",
            widget=next(w for w in person.windows() if w.windowTitle() == "Spending"),
        )
        target = tmp_path / "spent.csv"
        await exports_ledger(person, target)
        person.screenshot(
            "spending-ledger-exported",
            widget=next(w for w in person.windows() if w.windowTitle() == "Spending"),
        )
        with open(target, encoding="utf-8", newline="") as handle:
            lines = list(csv.DictReader(handle))
        assert [(r["seconds"], r["charged_credits"], r["outcome"], r["prompt"]) for r in lines] == [
            ("10", "60", "Finished", "Rain on a window"),
            ("5", "30", "Finished", "Clouds over a mountain"),
        ]
        assert TEST_KEY not in target.read_text(encoding="utf-8")
        await person.click("Close")
        await desktop.quit()

    play(scenario)
