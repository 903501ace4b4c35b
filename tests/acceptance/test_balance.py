"""Item 6: the balance follows the charges, and a video the balance cannot pay for is
warned about before anything is sent (the person can still choose)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QMessageBox

from tests.acceptance.connection_abilities import sees_connection
from tests.acceptance.generate_abilities import makes_video
from tests.acceptance.settings_abilities import saves_settings
from tests.conftest import TEST_KEY


def test_the_balance_is_read_again_after_each_charged_video(desktop, person, play, poyo, tmp_path):
    async def scenario() -> None:
        await desktop.start()
        await saves_settings(person, key=TEST_KEY, server=poyo.base_url)
        await sees_connection(person, "1,000 credits")
        await makes_video(person, tmp_path, "Clouds over a mountain")
        await person.sees(re.compile(r"^Finished.*Clouds"), timeout=30)
        await sees_connection(person, "970 credits", timeout=5)
        await makes_video(person, tmp_path, "Rain on a window")
        await person.sees(re.compile(r"^Finished.*Rain on"), timeout=30)
        await sees_connection(person, "940 credits", timeout=5)
        person.screenshot("item06-balance-after-two-videos")
        await desktop.quit()

    play(scenario)


def test_a_video_the_balance_cannot_pay_for_is_warned_about_first(
    desktop, person, play, poyo, tmp_path
):
    poyo.credits = 20

    async def scenario() -> None:
        await desktop.start()
        await saves_settings(person, key=TEST_KEY, server=poyo.base_url)
        await sees_connection(person, "20 credits")
        await makes_video(person, tmp_path, "Fireworks over a harbour")
        await person.sees(re.compile(r"20 credits.*30 credits|30 credits.*20 credits"), timeout=5)
        person.screenshot("item06-low-balance-window")
        boxes = [w for w in person.windows() if isinstance(w, QMessageBox)]
        person.screenshot("item06-low-balance-warning", widget=boxes[-1])
        said = await person.answers_dialog("Cancel")
        assert "20 credits" in said and "30 credits" in said
        await person.waits(0.5)
        assert not person.can_see(re.compile(r"^(Uploading|Queued|Sending).*Fireworks"))
        assert poyo.requests["upload"] == 0 and poyo.tasks_created == 0
        # The person may still choose to send it.
        await person.click("Generate video")
        await person.answers_dialog("Send Anyway")
        # Sent: and PoYo, which the balance could not pay, refused it (nothing charged).
        await person.sees(re.compile(r"^Failed.*Fireworks.*credits"), timeout=10)
        assert poyo.requests["upload"] >= 1
        await desktop.quit()

    play(scenario)
