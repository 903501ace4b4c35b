"""Issue 18, "edited … for free": a video still waiting in the send queue can be edited
(Task ▸ Edit…): its prompt, negative prompt, length and model, with the price it will cost
after the change. The list shows the new words at once, and PoYo receives them when its
turn comes. A video sent while the dialog was open is not changed, and the person is told."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QDialog, QLabel

from tests.acceptance.generate_abilities import END_ZONE, makes_video
from tests.acceptance.person import Person
from tests.acceptance.queue_abilities import right_clicks_and_chooses, row_of, sets_videos_at_once
from tests.acceptance.settings_abilities import saves_settings
from tests.conftest import TEST_KEY
from tests.images import write_png

TITLE = "Edit Video"


def edit_dialog(person: Person) -> QDialog | None:
    found = [w for w in person.windows() if w.windowTitle() == TITLE]
    return found[-1] if found and isinstance(found[-1], QDialog) else None


def cost_in(dialog: QDialog) -> str:
    """What the dialog says the video will cost (the line beside “Cost”)."""
    return " ".join(
        label.text() for label in dialog.findChildren(QLabel) if label.accessibleName() == "Cost"
    )


async def sees_cost(person: Person, dialog: QDialog, words: str) -> None:
    await person.waits_for(lambda: cost_in(dialog) == words, 5, f"the cost to read {words!r}")


async def opens_edit(person: Person, prompt: str) -> QDialog:
    """Right-click the task of ``prompt``, choose Edit…; the dialog it opens."""
    await right_clicks_and_chooses(person, prompt, "Edit…")
    await person.waits_for(lambda: edit_dialog(person) is not None, 10, "the Edit dialog")
    dialog = edit_dialog(person)
    assert dialog is not None
    return dialog


def test_a_waiting_video_is_edited_and_sent_as_edited(desktop, person, play, poyo, tmp_path):
    async def scenario() -> None:
        await desktop.start()
        await saves_settings(person, key=TEST_KEY, server=poyo.base_url, via="Add API key")
        await person.chooses_menu("Task", "Pause Sending")
        await makes_video(person, tmp_path, "Foxtrot waves")
        await person.sees("Paused · not paid yet: Foxtrot waves, Standard, 5 s")

        dialog = await opens_edit(person, "Foxtrot waves")
        await person.sees("Not sent yet, so changing it costs nothing.")
        await sees_cost(person, dialog, "30 credits (about $0.15)")
        await person.replaces_text("Foxtrot jumps over the fence", into="Prompt")
        await person.click("Length 10 seconds")
        await sees_cost(person, dialog, "60 credits (about $0.30), was 30 credits")
        await person.click("Pro model")
        await sees_cost(person, dialog, "110 credits (about $0.55), was 30 credits")
        await person.click("Standard model")
        person.screenshot("queue-edit-dialog", dialog)
        await person.click("Save")
        await person.waits_for(lambda: edit_dialog(person) is None, 10, "the dialog to close")
        await person.window_manager_activates()
        # The row says the new words at once; nothing was sent yet (sending is paused).
        await person.sees("Paused · not paid yet: Foxtrot jumps over the fence, Standard, 10 s")
        assert poyo.tasks_created == 0
        person.screenshot("queue-edited")

        await person.chooses_menu("Task", "Resume Sending")
        await person.sees(re.compile(r"^Finished: Foxtrot jumps over the fence"), timeout=60)
        sent = [(task.prompt, task.duration) for task in poyo.tasks()]
        assert sent == [("Foxtrot jumps over the fence", 10)]
        await desktop.quit()

    play(scenario)


def test_the_form_rules_hold_in_the_dialog(desktop, person, play, tmp_path):
    async def scenario() -> None:
        await desktop.start(demo=True)
        await person.chooses_menu("Task", "Pause Sending")
        await makes_video(person, tmp_path, "Juliet waves")
        await person.sees("Paused · not paid yet: Juliet waves")
        dialog = await opens_edit(person, "Juliet waves")
        await sees_cost(person, dialog, "Free in demo mode (30 credits with a key)")
        await person.replaces_text("", into="Prompt")
        await person.sees("Write a prompt: describe what should happen.")
        assert not person.is_enabled("Save")
        await person.types("Juliet smiles", into="Prompt")
        await person.waits_for(lambda: person.is_enabled("Save"), 5, "Save to be usable")
        await person.click("Cancel")
        await person.waits_for(lambda: edit_dialog(person) is None, 10, "the dialog to close")
        await person.window_manager_activates()
        assert "Juliet waves" in row_of(person, "Juliet waves")  # cancelled: as it was

        # A video that ends on a chosen picture stays on Pro: only Pro takes an end image.
        await person.click("Pro model")
        ending = write_png(tmp_path / "sunset.png", 640, 400)
        assert await person.drops(ending, on=person.find(END_ZONE))
        await makes_video(person, tmp_path, "Kilo waves")
        await person.sees("Paused · not paid yet: Kilo waves, Pro, 5 s")
        dialog = await opens_edit(person, "Kilo waves")
        await person.sees("Only Kling 2.1 Pro takes an end image. This video ends on sunset.png.")
        assert not person.is_enabled("Standard model")
        await person.click("Length 10 seconds")
        await sees_cost(person, dialog, "Free in demo mode (110 credits with a key)")
        person.screenshot("queue-edit-pro-with-end", dialog)
        await person.click("Save")
        await person.waits_for(lambda: edit_dialog(person) is None, 10, "the dialog to close")
        await person.window_manager_activates()
        await person.sees("Paused · not paid yet: Kilo waves, Pro, 10 s")
        await desktop.quit()

    play(scenario)


def test_a_video_sent_while_its_dialog_is_open_is_not_changed(desktop, person, play, tmp_path):
    async def scenario() -> None:
        await desktop.start(demo=True, demo_seconds=3.0)
        await sets_videos_at_once(person, 1)
        await makes_video(person, tmp_path, "Golf waves")
        await person.waits_for(lambda: len(person.rows()) == 1, 30, "the first task")
        await makes_video(person, tmp_path, "Hotel waves")
        await person.sees("Waiting · 1st in line · not paid yet: Hotel waves")

        dialog = await opens_edit(person, "Hotel waves")
        await person.replaces_text("Hotel jumps", into="Prompt")
        # Golf is done; Hotel's turn comes while the person is still typing.
        await person.sees(
            "This video was sent to the demo server while you were editing it, so it can "
            "no longer change. Nothing was changed.",
            timeout=60,
        )
        assert not person.is_enabled("Save")
        person.screenshot("queue-edit-sent-meanwhile", dialog)
        await person.click("Close")
        await person.waits_for(lambda: edit_dialog(person) is None, 10, "the dialog to close")
        await person.window_manager_activates()
        await person.sees(re.compile(r"^Finished: Hotel waves"), timeout=60)
        assert not any("Hotel jumps" in row for row in person.rows())
        await desktop.quit()

    play(scenario)
