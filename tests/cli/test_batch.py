"""``poyo-desktop batch``: the review sheet, one shared batch id, and a kill in the middle
that loses nothing and sends nothing twice."""

from __future__ import annotations

import collections
import json
import re
import signal
import subprocess
import time
from pathlib import Path

from poyo_desktop.services.paths import AppPaths
from poyo_desktop.services.settings import Settings
from tests.cli.conftest import QUICK, history_rows, listed, run, start
from tests.conftest import TEST_KEY
from tests.images import write_png


def pictures(folder: Path, count: int) -> list[Path]:
    """``count`` different pictures (each its own bytes, as photos are)."""
    return [write_png(folder / f"photo{n:02}.png", 480 + 2 * n, 320) for n in range(count)]


def test_the_review_sheet_prices_the_batch_and_asks(data_dir, tmp_path, monkeypatch, poyo):
    """Prices, total, the balance after, where the daily limit stops it and the refused
    picture, in the window's words; answering "n" sends nothing."""
    monkeypatch.setenv("POYO_API_KEY", TEST_KEY)
    settings = Settings(AppPaths.default(data_dir).settings_file)  # as the window saves it
    settings.update(daily_limit_credits=500)
    assert settings.flush(timeout=5)
    folder = tmp_path / "shots"
    pictures(folder, 3)
    (folder / "broken.jpg").write_bytes(b"nope")
    prompts = tmp_path / "prompts.csv"
    prompts.write_text("file,prompt\nphoto01.png,Storm clouds\n", encoding="utf-8")
    done = run(
        data_dir,
        *("batch", folder, "--prompt", "Waves", "--model", "pro", "--duration", "10"),
        *("--copies", "2", "--prompts", prompts, "--server", poyo.base_url),
        answer="n\n",
    )
    assert done.returncode == 3, done.stdout + done.stderr
    sheet = done.stdout
    assert "Make 6 videos?\nKling 2.1 Pro · 10 seconds each\n" in sheet
    assert "   6  photo02.png (copy 2 of 2) · 110 credits · “Waves”" in sheet
    assert "   3  photo01.png (copy 1 of 2) · 110 credits · “Storm clouds”" in sheet  # its own
    assert "Each video:    110 credits (about $0.55)" in sheet
    assert "Total:         660 credits (about $3.30)" in sheet
    assert "Balance after: 340 credits left of 1,000" in sheet  # the sandbox's 1,000
    assert (
        "Your 500-credit daily limit stops this batch at video 5: 4 fit, the other 2 will "
        "wait and ask you first." in sheet
    )
    assert "Not sent (1):\n  • broken.jpg is not a picture, or the file is damaged." in sheet
    assert sheet.endswith("Make 6 videos — 660 credits? [y/N] ")
    assert "Nothing was sent." in done.stderr
    assert poyo.tasks_created == 0 and history_rows(data_dir) == []
    assert TEST_KEY not in done.stdout + done.stderr


def test_a_picture_made_before_is_flagged_and_skipped_unless_included(data_dir, tmp_path):
    folder = tmp_path / "shots"
    first, *_ = pictures(folder, 3)
    (folder / "broken.jpg").write_bytes(b"nope")
    made = run(data_dir, "batch", first, "--prompt", "Drift", "--yes", "--demo", *QUICK)
    assert made.returncode == 0, made.stdout + made.stderr

    asked = run(data_dir, "batch", folder, "--prompt", "Drift", "--demo", *QUICK, answer="n\n")
    assert asked.returncode == 3, asked.stdout + asked.stderr
    assert "Make 2 videos?" in asked.stdout
    assert "photo00.png" not in asked.stdout.split("Not sent")[0]  # not among the videos
    assert "  • broken.jpg is not a picture, or the file is damaged." in asked.stdout
    assert re.search(
        r"  • photo00.png: Made before on \d{1,2} \w{3} with these settings; skipped.\n"
        r"To make the pictures made before again, add --include-made-before.",
        asked.stdout,
    ), asked.stdout
    assert asked.stdout.endswith("Make 2 videos (free)? [y/N] ")
    assert len(listed(data_dir)) == 1  # "n": nothing sent

    again = run(
        data_dir,
        *("batch", folder, "--prompt", "Drift", "--include-made-before", "--yes", "--json"),
        *("--demo", *QUICK),
    )
    assert again.returncode == 0, again.stdout + again.stderr
    review, *events = [json.loads(line) for line in again.stdout.splitlines()]
    assert review["event"] == "review" and review["count"] == 3
    assert review["total"] == "free in demo mode (90 credits with a key)"
    assert [v["name"] for v in review["videos"]] == ["photo00.png", "photo01.png", "photo02.png"]
    assert review["videos"][0]["made_before"].startswith("made before on ")
    assert [(m["name"], m["included"]) for m in review["made_before"]] == [("photo00.png", True)]
    assert review["left_out"] == [
        {
            "name": "broken.jpg",
            "reason": "broken.jpg is not a picture, or the file is damaged.",
            "line": "broken.jpg is not a picture, or the file is damaged.",
        }
    ]
    finished = {e["job"]["id"] for e in events if e.get("job", {}).get("state") == "finished"}
    assert len(finished) == 3
    assert {e["job"]["batch_id"] for e in events if "job" in e} == {review["batch_id"]}
    assert len(listed(data_dir)) == 4

    # Every picture made now: nothing to send unless they are included.
    skipped = run(data_dir, "batch", folder, "--prompt", "Drift", "--yes", "--demo", *QUICK)
    assert skipped.returncode == 2, skipped.stdout + skipped.stderr
    assert "Every picture of this batch is skipped" in skipped.stderr
    assert "Nothing was sent." in skipped.stderr
    assert skipped.stdout.count(": Made before on ") == 3
    assert len(listed(data_dir)) == 4


def _kill_when_one_finished(batch: subprocess.Popen[str]) -> list[str]:
    seen: list[str] = []
    deadline = time.monotonic() + 90
    assert batch.stdout is not None
    while not any("Finished" in line for line in seen):  # some made, the rest under way
        assert time.monotonic() < deadline and batch.poll() is None, "".join(seen)
        seen.append(batch.stdout.readline())
    batch.send_signal(signal.SIGKILL)
    batch.wait()
    return seen


def test_a_kill_in_the_middle_loses_nothing_and_sends_nothing_twice(
    data_dir, tmp_path, monkeypatch, slow_poyo
):
    monkeypatch.setenv("POYO_API_KEY", TEST_KEY)
    folder = tmp_path / "ten"
    photos = pictures(folder, 10)
    server = ("--server", slow_poyo.base_url, "--poll-interval", "0.1")
    batch = start(data_dir, "batch", folder, "--prompt", "Slow pan", "--yes", *server)
    seen = _kill_when_one_finished(batch)
    assert sum("sent to the queue" in line for line in seen) == 10
    assert not any(TEST_KEY in line for line in seen)  # the key is never shown

    jobs = listed(data_dir)
    names = collections.Counter(Path(job["picture"]).name for job in jobs)
    assert names == collections.Counter(p.name for p in photos)  # every item, once
    assert len({job["batch_id"] for job in jobs}) == 1 and jobs[0]["batch_id"]
    states = collections.Counter(job["state"] for job in jobs)
    assert 0 < states["finished"] < 10, states
    sent_before = {job["id"]: job["task_id"] for job in jobs if job["task_id"]}
    assert slow_poyo.tasks_created == len(sent_before)

    # The next run resumes the rest (and makes its own video), sending none twice.
    extra = write_png(tmp_path / "extra.png", 480, 320)
    again = run(data_dir, "generate", "--image", extra, "--prompt", "One more", *server)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "Resuming" in again.stdout and TEST_KEY not in again.stdout + again.stderr

    jobs = listed(data_dir)
    assert len(jobs) == 11 and {job["state"] for job in jobs} == {"finished"}, jobs
    assert slow_poyo.tasks_created == 11  # one PoYo task per picture: none sent twice
    assert all(job["task_id"] == sent_before.get(job["id"], job["task_id"]) for job in jobs)
    assert all(row["submit_attempts"] == 1 for row in history_rows(data_dir))
    assert all(Path(job["output_path"]).is_file() for job in jobs)
    batch_items = [job for job in jobs if job["batch_id"]]
    assert sorted(Path(j["picture"]).name for j in batch_items) == sorted(p.name for p in photos)
    for log in (data_dir / "logs").glob("*.log"):
        assert TEST_KEY not in log.read_text()


def test_in_demo_mode_a_kill_loses_no_item_and_the_next_run_ends_each_once(data_dir, tmp_path):
    """The demo server is the command line's child and dies with it: tasks it had are lost
    (said so, as the window says), and the pictures not yet sent are made at the next run."""
    folder = tmp_path / "ten"
    photos = pictures(folder, 10)
    slow = ("--task-seconds", "3", "--poll-interval", "0.1", "--video-size", "320")
    batch = start(data_dir, "batch", folder, "--prompt", "Pan", "--yes", "--demo", *slow)
    _kill_when_one_finished(batch)
    jobs = listed(data_dir)
    assert sorted(Path(j["picture"]).name for j in jobs) == sorted(p.name for p in photos)
    unsent = {job["id"] for job in jobs if not job["task_id"]}
    assert unsent, "the kill came too late to leave pictures unsent"
    extra = write_png(tmp_path / "extra.png", 480, 320)
    again = run(data_dir, "generate", "--image", extra, "--prompt", "More", "--demo", *QUICK)
    assert again.returncode in (0, 1), again.stdout + again.stderr
    after = {job["id"]: job for job in listed(data_dir)}
    assert len(after) == 11 and all(
        job["state"] in ("finished", "failed") for job in after.values()
    )
    assert all(after[i]["state"] == "finished" for i in unsent)
    assert all(row["submit_attempts"] <= 1 for row in history_rows(data_dir))


def test_json_batch_lines_parse(data_dir, tmp_path):
    folder = tmp_path / "two"
    pictures(folder, 2)
    done = run(data_dir, "batch", folder, "--prompt", "Drift", "--yes", "--demo", "--json", *QUICK)
    assert done.returncode == 0, done.stderr
    # The sheet is the first JSON line; its words go to stderr, for a person watching.
    events = [json.loads(line) for line in done.stdout.splitlines()]
    assert events[0]["event"] == "review" and events[0]["total_credits"] == 60
    assert "Total:         free in demo mode (60 credits with a key)" in done.stderr
    finished = {e["job"]["id"] for e in events if e.get("job", {}).get("state") == "finished"}
    assert len(finished) == 2
