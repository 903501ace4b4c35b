"""The command line beside the window: what it starts while the app runs is done by the app
and is in the window's list at once; a window started while the command line runs says the
command line is busy and opens once it has finished."""

from __future__ import annotations

import asyncio
import json
import re
import subprocess
import time

from tests.acceptance.process_abilities import AppProcess
from tests.cli.conftest import QUICK, listed, start
from tests.images import encode, write_png
from tests.picture_files import panorama


async def _ends(process: subprocess.Popen[str], within: float) -> int:
    deadline = time.monotonic() + within
    while process.poll() is None:
        assert time.monotonic() < deadline, "the command did not end"
        await asyncio.sleep(0.05)
    return process.returncode


def test_a_generate_while_the_app_runs_appears_in_its_list_at_once(desktop, person, play, tmp_path):
    photo = write_png(tmp_path / "lighthouse.png", 640, 400)

    async def scenario() -> None:
        await desktop.start(demo=True, demo_seconds=3)
        assert not any("Lighthouse" in row for row in person.rows("Tasks"))
        command = start(
            desktop.data_dir,
            "generate",
            "--image",
            photo,
            "--prompt",
            "Lighthouse at dusk",
            "--demo",
            "--wait",
        )
        try:
            # In the window's list while the command still waits for it.
            await person.waits_for(
                lambda: any("Lighthouse at dusk" in row for row in person.rows("Tasks")),
                20,
                "the command line's task in the window's list",
            )
            assert command.poll() is None
            person.screenshot("cli-task-in-the-window")
            assert await _ends(command, 60) == 0, command.communicate()
        finally:
            if command.poll() is None:
                command.kill()
        out, err = command.communicate()
        assert "lighthouse.png  Finished" in out, out + err
        row = next(row for row in person.rows("Tasks") if "Lighthouse at dusk" in row)
        assert re.search("Finished|Done|finished", row), row
        # One history: the command line's own list reads the app's, through the app.
        listing = start(desktop.data_dir, "list", "--json")  # the app must go on meanwhile
        assert await _ends(listing, 30) == 0
        rows = [json.loads(line) for line in listing.communicate()[0].splitlines()]
        assert [job["prompt"] for job in rows] == ["Lighthouse at dusk"]
        await desktop.quit()

    play(scenario)


def test_without_demo_beside_a_demo_app_it_says_there_is_no_key(desktop, play, tmp_path):
    photo = write_png(tmp_path / "a.png", 640, 400)

    async def scenario() -> None:
        await desktop.start(demo=True)
        command = start(desktop.data_dir, "generate", "--image", photo, "--prompt", "Sea")
        assert await _ends(command, 30) == 3
        out, err = command.communicate()
        assert "No API key is set" in out + err
        await desktop.quit()

    play(scenario)


def test_a_window_started_while_the_command_line_runs_says_so_then_opens(desktop, play, tmp_path):
    folder = tmp_path / "shots"
    for n in range(2):
        write_png(folder / f"p{n}.png", 480, 320)
    data_dir = tmp_path / "poyo-data"

    async def scenario() -> None:
        slow = ("--task-seconds", "3", "--poll-interval", "0.1", "--video-size", "320")
        command = start(data_dir, "batch", folder, "--prompt", "Pan", "--yes", "--demo", *slow)
        window = None
        try:
            assert command.stdout is not None
            while "sent to the queue" not in command.stdout.readline():
                assert command.poll() is None
            window = AppProcess(data_dir, "--demo")
            await asyncio.sleep(2)
            assert window.running()  # waiting, not gone and not a second engine
            assert "Ready" not in window.log()
            assert await _ends(command, 60) == 0
            await window.says("Ready", within=30)  # opened by itself once it was free
            window.is_sent("SIGTERM")
            assert await window.exits(within=20) == 0
            said = window.output()
            assert "The command line (poyo-desktop batch" in said
            assert "will open by itself as soon as the command has finished" in said
        finally:
            if command.poll() is None:
                command.kill()
            if window is not None:
                window.stop()

    play(scenario)


def test_a_second_command_while_one_runs_headless_sends_nothing_and_says_why(play, tmp_path):
    photo = write_png(tmp_path / "p.png", 480, 320)
    data_dir = tmp_path / "poyo-data"

    async def scenario() -> None:
        first = start(
            data_dir,
            "generate",
            "--image",
            photo,
            "--prompt",
            "One",
            "--demo",
            "--task-seconds",
            "3",
            "--poll-interval",
            "0.1",
        )
        try:
            assert first.stdout is not None
            first.stdout.readline()  # it owns the history now
            second = start(
                data_dir, "generate", "--image", photo, "--prompt", "Two", "--demo", *QUICK
            )
            assert await _ends(second, 30) == 3
            out, err = second.communicate()
            assert "is using this task history" in out + err and "Nothing was sent" in out + err
            assert await _ends(first, 60) == 0
        finally:
            if first.poll() is None:
                first.kill()
        assert [job["prompt"] for job in listed(data_dir)] == ["One"]

    play(scenario)


def test_a_batch_beside_the_app_is_reviewed_by_it_and_flags_what_it_is_making(
    desktop, person, play, tmp_path
):
    """The review is the app's: its history says which pictures it already makes."""
    folder = tmp_path / "shots"
    for n in range(2):
        write_png(folder / f"p{n}.png", 480 + 2 * n, 320)
    batch = ("batch", folder, "--prompt", "Pan", "--demo")

    async def scenario() -> None:
        await desktop.start(demo=True, demo_seconds=3)
        first = start(desktop.data_dir, *batch, "--yes")
        assert await _ends(first, 30) == 0, first.communicate()
        assert "Make 2 videos?" in first.communicate()[0]
        write_png(folder / "p2.png", 500, 320)
        second = start(desktop.data_dir, *batch)  # stdin empty: the question is answered No
        assert await _ends(second, 30) == 3
        out, err = second.communicate()
        assert "Make 1 video?" in out and "p2.png · free" in out, out + err
        assert re.search(
            r"• p0.png: (Made before on|Already being made \(since) \d{1,2} \w{3}\)? with "
            r"these settings; skipped.",
            out,
        ), out
        assert "To make the pictures made before again, add --include-made-before." in out
        assert "Nothing was sent." in err
        assert sum("Pan" in row for row in person.rows("Tasks")) == 2
        ledger = start(desktop.data_dir, "ledger", "--json")  # the app answers that too
        assert await _ends(ledger, 30) == 0, ledger.communicate()
        assert json.loads(ledger.communicate()[0])["today"]["credits"] == 0  # demo: free
        await desktop.quit()

    play(scenario)


def test_a_picture_fitted_beside_the_app_is_sent_by_it_under_its_own_name(
    desktop, person, play, tmp_path
):
    pano = tmp_path / "pano.png"
    pano.write_bytes(encode(panorama(), "PNG"))

    async def scenario() -> None:
        await desktop.start(demo=True)
        command = start(
            desktop.data_dir,
            *("generate", "--image", pano, "--prompt", "Wide harbour", "--fit", "crop"),
            *("--demo", "--wait"),
        )
        try:
            assert await _ends(command, 60) == 0
        finally:
            if command.poll() is None:
                command.kill()
        out, err = command.communicate()
        assert "pano.png: before sending: cropped to 16:9 (711 × 400 px)." in out, out + err
        await person.sees(re.compile(r"^Finished: Wide harbour"))
        listing = start(desktop.data_dir, "list", "--json")
        assert await _ends(listing, 30) == 0
        [job] = [json.loads(line) for line in listing.communicate()[0].splitlines()]
        assert job["picture"] == str(pano)  # the person's file, not the fixed copy
        await desktop.quit()

    play(scenario)
