"""The command line spends under the window's limits and reads the same ledger: a video
the daily limit stops is not sent (exit 3, the window's words), and ``ledger`` shows and
exports what was bought."""

from __future__ import annotations

import csv
import io
import json

from poyo_desktop.services.paths import AppPaths
from poyo_desktop.services.settings import Settings
from tests.cli.conftest import run
from tests.conftest import TEST_KEY
from tests.images import write_png


def test_the_daily_limit_stops_a_command_and_the_ledger_shows_what_was_bought(
    data_dir, tmp_path, monkeypatch, poyo
):
    monkeypatch.setenv("POYO_API_KEY", TEST_KEY)
    photo = write_png(tmp_path / "harbour.png", 640, 400)
    server = ("--server", poyo.base_url, "--poll-interval", "0.1")
    first = run(data_dir, "generate", "--image", photo, "--prompt", "Boats", "--wait", *server)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "harbour.png  Finished" in first.stdout

    ledger = run(data_dir, "ledger")
    assert ledger.returncode == 0, ledger.stdout + ledger.stderr
    assert "Today: 30 credits (about $0.15) for 1 videos" in ledger.stdout
    assert "standard  5 s      30  Finished" in ledger.stdout and "Boats" in ledger.stdout
    exported = list(csv.DictReader(io.StringIO(run(data_dir, "ledger", "--csv").stdout)))
    assert len(exported) == 1 and exported[0]["expected_credits"] == "30"
    assert exported[0]["outcome"] == "Finished" and exported[0]["demo"] == "no"
    answer = json.loads(run(data_dir, "ledger", "--json").stdout)
    assert answer["today"]["credits"] == 30 and len(answer["rows"]) == 1

    settings = Settings(AppPaths.default(data_dir).settings_file)  # as the window saves it
    settings.update(daily_limit_credits=50)
    assert settings.flush(timeout=5)
    second = run(data_dir, "generate", "--image", photo, "--prompt", "Waves", "--wait", *server)
    assert second.returncode == 3, second.stdout + second.stderr
    assert (
        "Not sent: today's spending would reach 60 of your 50-credit daily limit" in second.stdout
    )
    assert poyo.tasks_created == 1  # the second video was never bought
    assert TEST_KEY not in first.stdout + second.stdout + ledger.stdout


def test_a_headless_command_is_a_session_of_its_own_for_the_session_limit(
    data_dir, tmp_path, monkeypatch, poyo
):
    """Run headless (no window open), each command is its own session: the limit for
    this session counts what that command bought, not what earlier commands did."""
    monkeypatch.setenv("POYO_API_KEY", TEST_KEY)
    settings = Settings(AppPaths.default(data_dir).settings_file)
    settings.update(launch_limit_on=True, launch_limit_credits=40)
    assert settings.flush(timeout=5)
    photos = [write_png(tmp_path / f"pier-{n}.png", 640 + n, 400) for n in range(2)]
    server = ("--server", poyo.base_url, "--poll-interval", "0.1")
    for photo, prompt in zip(photos, ("Gulls", "Fog"), strict=True):
        alone = run(data_dir, "generate", "--image", photo, "--prompt", prompt, "--wait", *server)
        assert alone.returncode == 0, alone.stdout + alone.stderr  # 30 of 40 in its session
    both = run(data_dir, "batch", *photos, "--prompt", "Rain", "--yes", "--wait", *server)
    assert both.returncode == 3, both.stdout + both.stderr
    assert (
        "Not sent: spending since the app started would reach 60 of your 40-credit limit "
        "for this session" in both.stdout
    )
    assert poyo.tasks_created == 3  # one of the batch was stopped
