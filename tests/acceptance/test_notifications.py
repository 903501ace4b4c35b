"""Tell me when it is done: a notification for a video that ends while the person is in
another program (a click on it shows that video), the count of videos in progress in the
window title, and a setting that turns each off.

How the desktop takes part is in ``notification_abilities.py``: the notification is what
the app hands the system tray, its click is the tray's ``messageClicked``; another program
comes forward, or the window is minimised, as the window manager does it.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QCheckBox

from tests.acceptance.generate_abilities import START_ZONE
from tests.acceptance.notification_abilities import (
    DesktopWithTray,
    TaskbarEntry,
    another_program_comes_forward,
    minimises,
    restores_from_taskbar,
)
from tests.acceptance.person import FramesSeen, Person
from tests.acceptance.settings_abilities import clicks_tab, saves_settings
from tests.images import write_png

ONE_RUNNING = "PoYo Desktop — 1 video in progress"
NOTIFY = "Notify me when a video is ready or fails while I am elsewhere"
COUNT = "Show the number of videos in progress in the title and taskbar"
SURF = "A cat surfing a big wave at sunset, slow motion, golden light"


def title(person: Person) -> str:
    return person.main_window().windowTitle()


async def asks_for_a_video(person: Person, prompt: str) -> None:
    """Write ``prompt`` over what the Prompt box held, then press Generate. (A click on a
    window that is not in front brings it there first, as the window manager does.)"""
    await person.window_manager_activates(over_others=True)
    await person.replaces_text(prompt, into="Prompt")
    await person.click("Generate video")


def test_a_video_done_in_the_background_is_notified_and_a_click_shows_it(
    desktop, person, play, tmp_path, monkeypatch
):
    tray = DesktopWithTray(monkeypatch)
    photo = write_png(tmp_path / "beach.png", 640, 400)

    async def scenario() -> None:
        await desktop.start(demo_seconds=2.0)
        assert await person.drops(photo, on=person.find(START_ZONE))
        # A first video, watched as it is made: the title counts it, no notification.
        await asks_for_a_video(person, "Waves roll in slowly")
        await person.waits_for(
            lambda: title(person) == ONE_RUNNING, 10, "the title to count the video in progress"
        )
        await person.sees(re.compile(r"^Finished: Waves"), timeout=60)
        await person.waits_for(
            lambda: title(person) == "PoYo Desktop", 5, "the count to leave the title"
        )
        assert tray.messages == []  # the person was looking

        # A second one; the person looks at the first, then goes to another program.
        await asks_for_a_video(person, SURF)
        await person.waits_for(
            lambda: title(person) == ONE_RUNNING, 10, "the title to count the second video"
        )
        await person.clicks_row(re.compile(r"^Finished: Waves"))
        other = await another_program_comes_forward(person)
        await person.waits_for(lambda: tray.messages, 60, "a notification")
        [message] = tray.messages
        assert message.title == "Your video is ready"
        assert "A cat surfing a big wave" in message.body
        assert message.icon is not None and not message.icon.isNull()  # its start image
        assert title(person) == "PoYo Desktop"

        await tray.clicks(message, person)
        window = person.main_window()
        await person.waits_for(window.isActiveWindow, 5, "the window to come forward")
        assert person.highlighted_row().startswith("Finished: A cat surfing")
        await person.waits_for(
            lambda: person.is_enabled("Save as"), 10, "the video to be ready to save"
        )
        frames = await FramesSeen.once_shown(person)
        await person.waits_for(lambda: frames.count >= 3, 20, "the video to play")
        person.screenshot("notification-clicked")
        other.close()
        await desktop.quit()

    play(scenario)


def test_turned_off_in_settings_no_notification_and_no_count(
    desktop, person, play, tmp_path, monkeypatch
):
    tray = DesktopWithTray(monkeypatch)
    photo = write_png(tmp_path / "beach.png", 640, 400)

    async def scenario() -> None:
        await desktop.start(demo_seconds=1.5)
        await person.click(re.compile(r"^Settings"))
        await clicks_tab(person, "Notifications")
        for choice in (NOTIFY, COUNT):
            assert person.find(choice, QCheckBox).isChecked()  # on by default
            await person.click(choice, QCheckBox)
        person.screenshot("notification-settings", person.find(NOTIFY, QCheckBox).window())
        await person.click("Save")
        await person.sees_not(NOTIFY)

        assert await person.drops(photo, on=person.find(START_ZONE))
        await asks_for_a_video(person, SURF)
        other = await another_program_comes_forward(person)
        seen_titles = set()
        await person.waits_for(
            lambda: (
                seen_titles.add(title(person)) or person.can_see(re.compile(r"^Finished: A cat"))
            ),
            60,
            "the video to finish",
        )
        await person.waits(0.5)
        assert tray.messages == []
        assert seen_titles == {"PoYo Desktop"}
        other.close()
        await restores_from_taskbar(person)  # back to the app, to quit it
        await desktop.quit()

    play(scenario)


def test_without_a_tray_the_taskbar_entry_asks_and_coming_back_shows_the_video(
    desktop, person, play, tmp_path, monkeypatch
):
    taskbar = TaskbarEntry(monkeypatch)  # offscreen has no tray: the honest fallback
    photo = write_png(tmp_path / "beach.png", 640, 400)

    async def scenario() -> None:
        await desktop.start(demo_seconds=1.5)
        assert await person.drops(photo, on=person.find(START_ZONE))
        await asks_for_a_video(person, SURF)
        await person.waits_for(
            lambda: title(person) == ONE_RUNNING, 10, "the title to count the video"
        )
        await minimises(person)
        await person.waits_for(lambda: taskbar.alerts, 60, "the taskbar entry to ask")
        assert title(person) == "Your video is ready — PoYo Desktop"
        await restores_from_taskbar(person)
        await person.waits_for(
            lambda: title(person) == "PoYo Desktop", 5, "the title to be the app's again"
        )
        assert person.highlighted_row().startswith("Finished: A cat surfing")
        await person.waits_for(
            lambda: person.is_enabled("Save as"), 10, "the video to be ready to save"
        )
        await desktop.quit()

    play(scenario)


def test_a_failed_video_is_notified_with_its_reason(
    desktop, person, play, tmp_path, monkeypatch, poyo
):
    from poyo_desktop.sandbox import Fault
    from tests.conftest import TEST_KEY

    tray = DesktopWithTray(monkeypatch)
    photo = write_png(tmp_path / "beach.png", 640, 400)

    async def scenario() -> None:
        await desktop.start()
        await saves_settings(person, key=TEST_KEY, server=poyo.base_url)
        poyo.inject(Fault.fail_task("The prompt was flagged by the safety filter."))
        assert await person.drops(photo, on=person.find(START_ZONE))
        await asks_for_a_video(person, SURF)
        other = await another_program_comes_forward(person)
        await person.waits_for(lambda: tray.messages, 60, "a notification")
        [message] = tray.messages
        assert message.title == "Your video failed"
        assert "A cat surfing a big wave" in message.body
        assert "safety filter" in message.body
        await tray.clicks(message, person)
        await person.waits_for(person.main_window().isActiveWindow, 5, "the window to come forward")
        assert person.highlighted_row().startswith("Failed: A cat surfing")
        other.close()
        await desktop.quit()

    play(scenario)
