"""Issue 20, "While you were away": back at the window after a while, or at the next start,
a quiet card says what ended meanwhile (finished, failed and why, what it cost), each line
showing its task; its × or Esc dismisses it. The time that counts as "a while" is made
short here (the app's is two minutes); the clock is the real one.

How the desktop takes part (another program in front, the window activated again) is in
``notification_abilities.py``. A video PoYo finishes while the app is closed is made by the
PoYo stand-in, which, unlike the app's own demo server, lives on between two starts.
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from poyo_desktop.sandbox import Sandbox
from poyo_desktop.services import away_summary
from tests.acceptance.generate_abilities import fills_the_form
from tests.acceptance.notification_abilities import (
    another_program_comes_forward,
    minimises,
    restores_from_taskbar,
)
from tests.acceptance.person import NotOnScreen, Person
from tests.acceptance.queue_abilities import sets_videos_at_once
from tests.acceptance.settings_abilities import saves_settings
from tests.conftest import TEST_KEY
from tests.images import write_png

AWAY = 1.0  # seconds unwatched that count as "a while" in these tests
CARD = re.compile(r"^While you were away:")
WAVES = "Waves roll in slowly"
TOWER = "A lighthouse beam turns at night"


@pytest.fixture(autouse=True)
def short_while(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(away_summary, "AWAY_AFTER", timedelta(seconds=AWAY))


async def makes(person: Person, photo, prompt: str) -> None:
    await fills_the_form(person, photo, prompt)
    await person.click("Generate video")
    await person.sees(re.compile(rf"^\S.*: {re.escape(prompt)},"), timeout=20)  # its row


async def stays_away_until(person: Person, what, seconds: float = 60) -> None:
    """The window minimised while ``what`` comes true, and a while longer. (Minimised
    rather than behind another program: offscreen, the first video widget the preview
    makes activates the window, which no desktop's window manager does.)"""
    await minimises(person)
    await person.waits_for(what, seconds, "the work to end")
    await person.waits(AWAY + 0.3)


async def comes_back(person: Person) -> None:
    """A click on the taskbar entry: the window manager restores and activates it."""
    await restores_from_taskbar(person)


def ended(person: Person, *prompts: str) -> bool:
    return all(
        any(re.match(rf"^(Finished|Failed): {re.escape(p)},", row) for row in person.rows())
        for p in prompts
    )


def is_playing(person: Person, *, portrait: bool) -> bool:
    """Whether the preview plays a portrait (or a landscape) video, as seen."""
    from PySide6.QtMultimediaWidgets import QVideoWidget

    videos = [w for w in person._widgets(QVideoWidget)]  # the video widgets on screen
    if not videos:
        return False
    size = videos[-1].videoSink().videoSize()
    if size.isEmpty():
        return False
    return (size.height() > size.width()) == portrait


def test_back_after_a_while_the_card_tells_what_finished_and_shows_it(
    desktop, person, play, tmp_path
):
    wide = write_png(tmp_path / "beach.png", 640, 400)
    tall = write_png(tmp_path / "tower.png", 400, 640)

    async def scenario() -> None:
        await desktop.start(demo=True, demo_seconds=2.0)
        await makes(person, wide, WAVES)
        await makes(person, tall, TOWER)
        assert not person.can_see(CARD)  # nothing ended yet, and the person is here
        await stays_away_until(person, lambda: ended(person, WAVES, TOWER))
        assert not person.can_see(CARD)  # not while away: it waits for the person
        await comes_back(person)

        said = await person.sees(CARD, timeout=10)
        assert said == "While you were away: 2 videos finished · Free in demo mode", said
        assert person.can_see(f"“{WAVES}” is ready ›")
        assert person.can_see(f"“{TOWER}” is ready ›")
        person.screenshot("while-away-card")
        # Each line shows its task: selected in the list, its video in the preview.
        for prompt, portrait in ((TOWER, True), (WAVES, False), (TOWER, True)):
            await person.click(f"“{prompt}” is ready")
            await person.waits_for(
                lambda p=prompt: person.highlighted_row().startswith(f"Finished: {p}"),
                5,
                f"“{prompt}” to be selected in the list",
            )
            await person.waits_for(
                lambda p=portrait: is_playing(person, portrait=p),
                20,
                f"the video of “{prompt}” in the preview",
            )

        # Esc, wherever the keyboard is in the window, puts it away.
        await person.presses(Qt.Key.Key_Escape)
        await person.sees_not(CARD, timeout=5)
        # A while in another program, with nothing new: no card.
        other = await another_program_comes_forward(person)
        await person.waits(AWAY + 0.3)
        other.close()
        await person.window_manager_activates(person.main_window(), over_others=True)
        await person.waits(0.5)
        assert not person.can_see(CARD)
        await desktop.quit()

    play(scenario)


def test_a_failure_says_why_and_the_money_is_the_ledgers(
    desktop, person, play, tmp_path, render_cache
):
    """The issue's own example: one made, one refused for want of credits, what it cost."""
    photo = write_png(tmp_path / "beach.png", 640, 400)
    with Sandbox(
        task_seconds=2.0,
        video_long_side=320,
        data_dir=render_cache,
        api_key=TEST_KEY,
        credits=40,  # one 30-credit video, not two
    ) as poyo:

        async def scenario() -> None:
            await desktop.start()
            await saves_settings(person, key=TEST_KEY, server=poyo.base_url, via="Add API key")
            await sets_videos_at_once(person, 1)  # the second waits for the first
            await makes(person, photo, WAVES)
            await makes(person, photo, TOWER)
            await stays_away_until(person, lambda: ended(person, WAVES, TOWER))
            await comes_back(person)
            said = await person.sees(CARD, timeout=10)
            assert said == (
                "While you were away: 1 video finished, 1 failed (not enough credits) · "
                "30 credits spent (about $0.15)"
            ), said
            assert person.can_see(f"“{TOWER}” failed: not enough credits ›")
            person.screenshot("while-away-card-failure")
            await person.click(f"“{TOWER}” failed: not enough credits")
            await person.waits_for(
                lambda: person.highlighted_row().startswith(f"Failed: {TOWER}"),
                5,
                "the failed task to be selected",
            )
            await person.sees(re.compile(r"^Failed: Your PoYo account does not have enough"))
            await person.click("Dismiss")
            await person.sees_not(CARD, timeout=5)
            await desktop.quit()

        play(scenario)


def test_a_video_finished_while_the_app_was_closed_is_told_at_the_next_start(
    desktop, person, play, tmp_path, render_cache
):
    photo = write_png(tmp_path / "harbour.png", 640, 400)
    boats = "Boats rock in the harbour"
    with Sandbox(
        task_seconds=4.0, video_long_side=320, data_dir=render_cache, api_key=TEST_KEY
    ) as poyo:

        async def scenario() -> None:
            await desktop.start()
            await saves_settings(person, key=TEST_KEY, server=poyo.base_url, via="Add API key")
            await makes(person, photo, boats)
            await person.sees(re.compile(rf"^(Queued|Running).* · paid: {boats},"), timeout=20)
            await desktop.quit()  # the person looked until now, and PoYo goes on making it
            await person.waits(5.0)

            await desktop.start()
            await person.window_manager_activates()
            said = await person.sees(CARD, timeout=30)
            assert said == "While you were away: 1 video finished · 30 credits spent (about $0.15)"
            await person.click(f"“{boats}” is ready")
            await person.waits_for(
                lambda: person.highlighted_row().startswith(f"Finished: {boats}"),
                5,
                "the task to be selected",
            )
            person.screenshot("while-away-card-after-restart")
            # Seen: the next start has nothing to tell.
            await desktop.restart()
            await person.window_manager_activates()
            await person.waits(1.0)
            if person.can_see(CARD):
                raise NotOnScreen("the card came back with nothing new:\n" + person.screen_text())
            await desktop.quit()

        play(scenario)


def test_a_short_look_elsewhere_is_not_a_while(desktop, person, play, tmp_path, monkeypatch):
    """Under the threshold the desktop's notice is enough: no card on the way back."""
    monkeypatch.setattr(away_summary, "AWAY_AFTER", timedelta(minutes=2))  # the app's own
    photo = write_png(tmp_path / "beach.png", 640, 400)

    async def scenario() -> None:
        await desktop.start(demo=True, demo_seconds=1.0)
        await makes(person, photo, WAVES)
        await stays_away_until(person, lambda: ended(person, WAVES))
        await comes_back(person)
        await person.waits(1.0)
        assert not person.can_see(CARD)
        await desktop.quit()

    play(scenario)
