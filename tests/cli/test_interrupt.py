"""Ctrl+C while a command waits: it stops waiting and says so; the task is never lost and
never sent twice (it goes on in the app, or is picked up at the next start)."""

from __future__ import annotations

import asyncio
import signal
import time

from tests.cli.conftest import listed, run, start
from tests.cli.test_with_app import _ends
from tests.conftest import TEST_KEY
from tests.images import write_png


def test_ctrl_c_on_a_headless_generate_keeps_the_task_for_the_next_start(
    data_dir, tmp_path, monkeypatch, slow_poyo
):
    monkeypatch.setenv("POYO_API_KEY", TEST_KEY)
    photo = write_png(tmp_path / "dune.png", 480, 320)
    server = ("--server", slow_poyo.base_url, "--poll-interval", "0.1")
    command = start(data_dir, "generate", "--image", photo, "--prompt", "Dunes", "--wait", *server)
    assert command.stdout is not None
    deadline = time.monotonic() + 30
    while "Queued" not in command.stdout.readline():  # sent: PoYo has (and bills) it
        assert time.monotonic() < deadline and command.poll() is None
    command.send_signal(signal.SIGINT)
    out, err = command.communicate(timeout=30)
    assert command.returncode == 130, out + err
    assert "Stopped waiting." in out and "followed at the next start" in out
    [job] = listed(data_dir)
    assert job["state"] in ("queued", "running") and job["task_id"]

    again = run(data_dir, "generate", "--image", photo, "--prompt", "Again", *server)
    assert again.returncode == 0, again.stdout + again.stderr
    jobs = {j["id"]: j for j in listed(data_dir)}
    assert jobs[job["id"]]["state"] == "finished"
    assert jobs[job["id"]]["task_id"] == job["task_id"]  # followed, not sent again
    assert slow_poyo.tasks_created == 2


def test_ctrl_c_while_the_app_does_the_work_leaves_it_going_there(desktop, person, play, tmp_path):
    photo = write_png(tmp_path / "cliff.png", 480, 320)

    async def scenario() -> None:
        await desktop.start(demo=True, demo_seconds=3)
        command = start(
            desktop.data_dir, "generate", "--image", photo, "--prompt", "Cliffs", "--demo", "--wait"
        )
        try:
            await person.waits_for(
                lambda: any("Cliffs" in row for row in person.rows("Tasks")), 20, "the task"
            )
            command.send_signal(signal.SIGINT)
            assert await _ends(command, 20) == 130
            out, err = command.communicate()
            assert "Stopped waiting. The task(s) go on in PoYo Desktop" in out + err
        finally:
            if command.poll() is None:
                command.kill()
        await person.waits_for(
            lambda: any("Cliffs" in r and "Finished" in r for r in person.rows("Tasks")),
            30,
            "the task to finish in the app",
        )
        assert sum("Cliffs" in row for row in person.rows("Tasks")) == 1
        await asyncio.sleep(0)
        await desktop.quit()

    play(scenario)
