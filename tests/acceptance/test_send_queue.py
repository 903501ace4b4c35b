"""Issue 18: a send queue the person controls. With one video made at once (Settings), four
made by the form wait their turn in the list, saying so and that they are not paid yet;
one paused, one sent next, one cancelled (right-click menu and keys only), the list says
the new order, the cancelled one never runs and the others finish. Pause Sending holds
everything not sent; a restart keeps a paused task paused."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from tests.acceptance.generate_abilities import makes_video
from tests.acceptance.queue_abilities import (
    closes_menu,
    greyed_entries,
    open_menu,
    opens_task_menu,
    presses_on_task,
    right_clicks_and_chooses,
    row_of,
    sets_videos_at_once,
)

ALT = Qt.KeyboardModifier.AltModifier


def test_pause_reorder_and_cancel_before_anything_is_paid(desktop, person, play, tmp_path):
    async def scenario() -> None:
        await desktop.start(demo=True, demo_seconds=3.0)
        await sets_videos_at_once(person, 1)
        for name in ("Alpha", "Bravo", "Charlie", "Delta"):
            before = len(person.rows())
            await makes_video(person, tmp_path, f"{name} waves")
            await person.waits_for(lambda n=before: len(person.rows()) == n + 1, 30, name)
        # One is being made; three wait in line, in the order they were made, unpaid.
        await person.sees("Waiting · 3rd in line · not paid yet: Delta waves")
        assert "2nd in line · not paid yet" in row_of(person, "Charlie waves")
        assert "1st in line · not paid yet" in row_of(person, "Bravo waves")
        await person.sees("3 waiting · not paid yet")  # the status bar
        person.screenshot("queue-four-waiting")
        # What a waiting task offers, and that the one being made is paid and stays.
        entries = await opens_task_menu(person, "Charlie waves")
        for entry in ("Pause", "Send Next", "Move Up", "Move Down", "Cancel (Not Paid)"):
            assert entry in entries, entries
        assert "Resume" not in entries and "Send After All" not in entries
        person.screenshot("queue-menu-waiting", open_menu())
        await closes_menu(person)
        await opens_task_menu(person, "Alpha waves")
        assert "Cancel (Not Paid) — already sent, paid" in greyed_entries(person)
        person.screenshot("queue-menu-paid", open_menu())
        await closes_menu(person)

        await right_clicks_and_chooses(person, "Bravo waves", "Pause")
        await person.sees("Paused · not paid yet: Bravo waves")
        await presses_on_task(person, "Delta waves", Qt.Key.Key_Home, ALT)  # Send Next
        await person.sees("Waiting · 1st in line · not paid yet: Delta waves")
        await right_clicks_and_chooses(person, "Charlie waves", "Cancel (Not Paid)")
        await person.sees("Cancelled · nothing was charged: Charlie waves")
        assert "Paused · not paid yet" in row_of(person, "Bravo waves")
        person.screenshot("queue-reordered")
        # The list stays the history, newest first.
        order = [re.search(r": (\w+) waves", row).group(1) for row in person.rows()]
        assert order == ["Delta", "Charlie", "Bravo", "Alpha"], order

        await person.sees(re.compile(r"^Finished: Delta waves"), timeout=60)
        await person.sees(re.compile(r"^Finished: Alpha waves"), timeout=60)
        await person.waits(1.0)
        assert "Paused · not paid yet" in row_of(person, "Bravo waves")
        assert "Cancelled · nothing was charged" in row_of(person, "Charlie waves")

        # Pause Sending, then resume: the paused one goes too.
        await person.chooses_menu("Task", "Pause Sending")
        await person.sees("Sending paused — 1 waiting, nothing of them paid yet")
        await person.chooses_menu("Task", "Resume Sending")
        await person.sees(re.compile(r"^Finished: Bravo waves"), timeout=60)
        assert "Cancelled · nothing was charged" in row_of(person, "Charlie waves")
        await desktop.quit()

    play(scenario)


def test_a_paused_task_is_still_paused_after_a_restart(desktop, person, play, tmp_path):
    async def scenario() -> None:
        await desktop.start(demo=True, demo_seconds=3.0)
        await person.chooses_menu("Task", "Pause Sending")
        await makes_video(person, tmp_path, "Echo waves")
        await person.sees("Paused · not paid yet: Echo waves")
        await person.sees("Sending paused — 1 waiting, nothing of them paid yet")
        person.screenshot("queue-sending-paused")
        await desktop.quit()

        await desktop.start(demo=True, demo_seconds=3.0)
        await person.sees("Paused · not paid yet: Echo waves")
        await person.waits(1.5)
        assert "Paused · not paid yet" in row_of(person, "Echo waves")
        await right_clicks_and_chooses(person, "Echo waves", "Resume")
        await person.sees(re.compile(r"^Finished: Echo waves"), timeout=60)
        await desktop.quit()

    play(scenario)


def test_pause_sending_is_still_on_after_a_restart(desktop, person, play, tmp_path):
    async def scenario() -> None:
        await desktop.start(demo=True)
        await person.click("Pause Sending")  # the toolbar's button
        await person.sees("Sending paused — new videos wait until you resume")
        assert person.find("Resume Sending", QToolButton).isChecked()  # shown pressed
        await desktop.quit()

        await desktop.start(demo=True)
        # As it was left: the toolbar, the Task menu and the status bar say so.
        await person.sees("Sending paused — new videos wait until you resume")
        assert person.find("Resume Sending", QToolButton).isChecked()
        assert person.menu_entry_enabled("Task", "Resume Sending")
        person.screenshot("queue-paused-after-restart")
        await makes_video(person, tmp_path, "India waves")
        await person.sees("Paused · not paid yet: India waves")
        await person.sees("Sending paused — 1 waiting, nothing of them paid yet")
        await person.waits(1.5)
        assert "Paused · not paid yet" in row_of(person, "India waves")
        await person.click("Resume Sending")
        await person.sees(re.compile(r"^Finished: India waves"), timeout=60)
        assert not person.find("Pause Sending", QToolButton).isChecked()
        await desktop.quit()

        await desktop.start(demo=True)  # resumed is kept too
        await person.sees(re.compile(r"^Finished: India waves"))
        assert not person.find("Pause Sending", QToolButton).isChecked()
        assert not person.can_see("Sending paused")
        await desktop.quit()

    play(scenario)


def test_a_task_menu_acts_on_the_task_it_was_opened_on(desktop, person, play, tmp_path):
    """Tasks made one after another are selected as they come (the newest once they stop
    coming); a person who right-clicks an older one meanwhile keeps it: the menu's choice
    goes to the task clicked, not to the newest."""

    async def scenario() -> None:
        await desktop.start(demo=True)
        await person.chooses_menu("Task", "Pause Sending")  # nothing leaves: no race
        await makes_video(person, tmp_path, "Kilo waves")
        await person.sees("Paused · not paid yet: Kilo waves")
        await makes_video(person, tmp_path, "Lima waves")
        await makes_video(person, tmp_path, "Mike waves")
        await person.waits_for(lambda: len(person.rows()) == 3, 10, "three tasks")
        await opens_task_menu(person, "Kilo waves")  # while the newest are still coming
        await person.waits(0.6)  # they have stopped coming; the menu is still open
        person.clicks_in_open_menu(open_menu(), "Cancel (Not Paid)")
        await person.sees("Cancelled · nothing was charged: Kilo waves")
        await person.waits(0.6)
        assert "Paused · not paid yet" in row_of(person, "Lima waves")
        assert "Paused · not paid yet" in row_of(person, "Mike waves")
        # And the list still shows, selected, the task the person chose.
        assert person.highlighted_row().startswith("Cancelled · nothing was charged: Kilo")
        await desktop.quit()

    play(scenario)
