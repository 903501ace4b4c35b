"""Pause Sending beyond the window: a command run with the window closed honours the pause
the window saved (what it makes waits, unsent, exit 5, and it says how to resume), and
``poyo-desktop pause`` / ``resume`` toggle it with the window closed or open (its toolbar
follows)."""

from __future__ import annotations

import asyncio
import json
import re

from PySide6.QtWidgets import QToolButton

from tests.acceptance.queue_abilities import row_of
from tests.cli.conftest import QUICK, history_rows, listed, run, start
from tests.cli.test_with_app import _ends
from tests.conftest import TEST_KEY
from tests.images import write_png

PAUSED_ONE = (
    "Sending is paused in PoYo Desktop, so nothing was sent: 1 video waits in the queue; "
    "they go when you resume in the app or run `poyo-desktop resume`."
)


def test_with_the_window_closed_a_pause_holds_every_video_until_resume(
    data_dir, tmp_path, monkeypatch, poyo
):
    monkeypatch.setenv("POYO_API_KEY", TEST_KEY)
    server = ("--server", poyo.base_url, "--poll-interval", "0.1")
    paused = run(data_dir, "pause")
    assert paused.returncode == 0, paused.stdout + paused.stderr
    assert paused.stdout.startswith("Sending is paused: nothing more is sent until you resume")

    photo = write_png(tmp_path / "harbour.png", 640, 400)
    one = run(data_dir, "generate", "--image", photo, "--prompt", "Boats", "--wait", *server)
    assert one.returncode == 5, one.stdout + one.stderr
    assert PAUSED_ONE in one.stdout
    assert "harbour.png  Paused, not sent" in one.stdout
    folder = tmp_path / "shots"
    for n in range(2):
        write_png(folder / f"p{n}.png", 480 + 2 * n, 320)
    batch = run(data_dir, "batch", folder, "--prompt", "Pan", "--yes", "--json", *server)
    assert batch.returncode == 5, batch.stdout + batch.stderr
    review = json.loads(batch.stdout.splitlines()[0])
    assert review["paused_note"].startswith("Sending is paused: these videos will wait")
    assert review["paused_note"] in batch.stderr  # on the sheet a person reads
    assert '"event": "paused", "waiting": 3' in batch.stdout  # its two, and the one before
    assert "the 3 videos wait in the queue" in batch.stdout
    assert poyo.tasks_created == 0  # nothing bought
    assert {(job["state"], job["held"]) for job in listed(data_dir)} == {("draft", True)}

    again = run(data_dir, "pause")
    assert again.stdout.startswith("Sending was already paused") and again.returncode == 0
    assert "3 videos wait in the queue, none of them paid." in again.stdout

    resumed = run(data_dir, "resume", *server)  # no window: it stays until they are made
    assert resumed.returncode == 0, resumed.stdout + resumed.stderr
    assert "Sending is resumed: 3 videos waiting go now." in resumed.stdout
    assert poyo.tasks_created == 3
    assert {job["state"] for job in listed(data_dir)} == {"finished"}
    assert all(row["submit_attempts"] == 1 for row in history_rows(data_dir))

    after = run(data_dir, "generate", "--image", photo, "--prompt", "More", *server)
    assert after.returncode == 0, after.stdout + after.stderr  # resumed is kept
    assert "Sending is paused" not in after.stdout and poyo.tasks_created == 4
    assert TEST_KEY not in one.stdout + batch.stdout + resumed.stdout


def test_pause_and_resume_reach_the_open_window_and_its_saved_pause_holds_after(
    desktop, person, play, tmp_path
):
    photo = write_png(tmp_path / "cliff.png", 480, 320)
    making = ("generate", "--image", photo, "--demo", *QUICK)

    async def command(*args: object) -> tuple[int, str]:
        process = start(desktop.data_dir, *args)
        code = await _ends(process, 60)
        out, err = process.communicate()
        return code, out + err

    async def scenario() -> None:
        await desktop.start(demo=True)
        code, said = await command("pause")
        assert code == 0 and "Sending is paused" in said, said
        await person.sees("Sending paused — new videos wait until you resume")
        assert person.find("Resume Sending", QToolButton).isChecked()  # the toolbar follows

        code, said = await command(*making, "--prompt", "Cliffs at dawn")
        assert code == 5 and PAUSED_ONE.replace("resume`", "resume --demo`") in said, said
        await person.sees("Paused · not paid yet: Cliffs at dawn")

        code, said = await command("resume")
        assert code == 0 and "Sending is resumed: 1 video waiting goes now." in said, said
        await person.sees(re.compile(r"^Finished: Cliffs at dawn"), timeout=60)
        assert not person.find("Pause Sending", QToolButton).isChecked()

        # Paused in the window, which then closes: a command on its own honours it.
        await person.click("Pause Sending")
        await person.sees("Sending paused — new videos wait until you resume")
        await desktop.quit()
        code, said = await command(*making, "--prompt", "Cliffs at dusk")
        assert code == 5 and "1 video waits in the queue" in said, said
        jobs = {job["prompt"]: job for job in listed(desktop.data_dir)}
        assert jobs["Cliffs at dusk"]["held"] and not jobs["Cliffs at dusk"]["task_id"]
        code, said = await command("resume", "--demo", *QUICK)
        assert code == 0 and "cliff.png  Finished" in said, said

        await desktop.start(demo=True)  # resumed from the command line: kept
        await person.sees(re.compile(r"^Finished: Cliffs at dusk"))
        assert not person.find("Pause Sending", QToolButton).isChecked()
        assert "Paused" not in row_of(person, "Cliffs at dusk")
        await asyncio.sleep(0)
        await desktop.quit()

    play(scenario)
