"""Items 2, 7, 8 and 9: the status bar tells the truth about the connection.

Demo / connected with the balance / key refused / PoYo cannot be reached (retrying), and
back again; a changed server address is used at once. Everything is read off the screen.
"""

from __future__ import annotations

import asyncio
import re

from tests.acceptance.connection_abilities import SwitchableServer, connection, sees_connection
from tests.acceptance.generate_abilities import makes_video
from tests.acceptance.settings_abilities import saves_settings
from tests.conftest import TEST_KEY

CONNECTED = re.compile(r"Connected to PoYo.*1,000 credits")
UNREACHABLE = re.compile(r"(?i)cannot reach PoYo.*retry|cannot reach PoYo.*trying")


def status_message(person) -> str:
    return person.main_window().statusBar().currentMessage()


def test_a_key_added_from_the_banner_says_connected_with_the_balance_at_once(
    desktop, person, play, poyo
):
    async def scenario() -> None:
        await desktop.start()
        assert "Demo mode" in connection(person)
        await saves_settings(person, key=TEST_KEY, server=poyo.base_url, via="Add API key")
        # At once: no restart, no Generate needed.
        await sees_connection(person, CONNECTED, timeout=5)
        assert "Demo mode" not in connection(person)
        await person.sees_not("Add API key", timeout=5)
        person.screenshot("item02-connected")
        await desktop.quit()

    play(scenario)


def test_a_wrong_key_says_refused_and_never_demo_mode(desktop, person, play, poyo):
    async def scenario() -> None:
        await desktop.start()
        await saves_settings(
            person, key="sk-wrong-key-00000000", server=poyo.base_url, via="Add API key"
        )
        refused = await sees_connection(person, "did not accept your API key", timeout=5)
        assert "Demo mode" not in refused
        assert "sk-wrong" not in person.screen_text()
        person.screenshot("item02-key-refused")
        # The right key, and it is connected.
        await saves_settings(person, key=TEST_KEY)
        await sees_connection(person, CONNECTED, timeout=5)
        await desktop.quit()

    play(scenario)


def test_a_lost_connection_shows_in_the_status_bar_and_the_rows_and_its_return_too(
    desktop, person, play, render_cache, tmp_path
):
    server = SwitchableServer(render_cache, TEST_KEY, task_seconds=60)
    server.on()

    async def scenario() -> None:
        await desktop.start()
        await saves_settings(person, key=TEST_KEY, server=server.base_url)
        await sees_connection(person, CONNECTED)
        await makes_video(person, tmp_path, "Lighthouse in the fog")
        await person.sees(re.compile(r"^(Queued|Running)"), timeout=20)
        await asyncio.to_thread(server.off)
        # Within a few seconds: the status bar and the task's row say it, and that the
        # app keeps trying.
        await sees_connection(person, UNREACHABLE, timeout=5)
        await person.sees(
            re.compile(r"(?i)^(Queued|Running).*Lighthouse.*cannot reach PoYo"), timeout=5
        )
        person.screenshot("item07-connection-lost")
        await asyncio.to_thread(server.on)
        # (The stand-in ends its running task as it stops, charging it: any balance.)
        await sees_connection(person, re.compile(r"Connected to PoYo.*credits"), timeout=15)
        await person.sees(re.compile(r"(?i)PoYo.*(again|back)"), timeout=5)
        await person.sees_not(re.compile(r"(?i)cannot reach PoYo"), timeout=15)
        person.screenshot("item07-connection-back")
        await desktop.quit()

    try:
        play(scenario)
    finally:
        server.off()


def test_an_upload_to_an_unreachable_server_keeps_trying_as_it_says(
    desktop, person, play, render_cache, tmp_path
):
    server = SwitchableServer(render_cache, TEST_KEY)  # not on yet

    async def scenario() -> None:
        await desktop.start()
        await saves_settings(person, key=TEST_KEY, server=server.base_url)
        await sees_connection(person, UNREACHABLE, timeout=10)
        await makes_video(person, tmp_path, "Paper boat on a pond")
        await person.sees(re.compile(r"(?i)Paper boat.*cannot reach PoYo.*trying"), timeout=10)
        await person.waits(1.0)
        assert not person.can_see(re.compile(r"^Failed")), person.screen_text()
        assert "Sending your video request" not in status_message(person)
        await asyncio.to_thread(server.on)
        # It was really kept trying: the video is made once PoYo answers.
        await person.sees(re.compile(r"^Finished.*Paper boat"), timeout=40)
        assert server.box.tasks_created == 1
        await desktop.quit()

    try:
        play(scenario)
    finally:
        server.off()


def test_a_failed_request_leaves_no_stale_sending_message(desktop, person, play, poyo, tmp_path):
    from poyo_desktop.sandbox.faults import Fault

    async def scenario() -> None:
        await desktop.start()
        await saves_settings(person, key=TEST_KEY, server=poyo.base_url)
        await sees_connection(person, CONNECTED)
        poyo.inject(Fault.http_error(400, route="upload", message="Bad image"))
        await makes_video(person, tmp_path, "Kite over the dunes")
        await person.sees(re.compile(r"^Failed.*Kite"), timeout=10)
        assert "Sending your video request" not in status_message(person)
        await desktop.quit()

    play(scenario)


def test_a_new_server_address_is_used_at_once_and_running_tasks_keep_theirs(
    desktop, person, play, render_cache, tmp_path
):
    first = SwitchableServer(render_cache, TEST_KEY, task_seconds=4)
    second = SwitchableServer(render_cache, TEST_KEY, credits=500)
    first.on()
    second.on()

    async def scenario() -> None:
        await desktop.start()
        await saves_settings(person, key=TEST_KEY, server=first.base_url)
        await sees_connection(person, CONNECTED)
        await makes_video(person, tmp_path, "Train crossing a bridge")
        await person.sees(re.compile(r"^(Queued|Running).*Train"), timeout=20)
        await saves_settings(person, server=second.base_url)
        # At once, without a restart or a new key: the new server's account.
        await sees_connection(person, re.compile(r"Connected to PoYo.*500 credits"), timeout=5)
        await person.sees(re.compile(r"(?i)already under way.*server they were sent to"), timeout=5)
        await makes_video(person, tmp_path, "Snow on pine trees")
        await person.sees(re.compile(r"^Finished.*Snow on pine"), timeout=30)
        await person.sees(re.compile(r"^Finished.*Train crossing"), timeout=30)
        assert (first.box.tasks_created, second.box.tasks_created) == (1, 1)
        await desktop.quit()

    try:
        play(scenario)
    finally:
        first.off()
        second.off()
