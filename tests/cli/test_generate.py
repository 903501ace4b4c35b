"""``poyo-desktop generate``: the window's checks and words, exit codes, a real video."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import QUICK, history_rows, run
from tests.images import write_png


def test_generate_demo_wait_makes_the_video(data_dir, tmp_path):
    photo = write_png(tmp_path / "harbour.png", 640, 400)
    out = tmp_path / "out"
    done = run(
        data_dir,
        "generate",
        "--image",
        photo,
        "--prompt",
        "Boats",
        "--demo",
        "--wait",
        "--output",
        out,
        *QUICK,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "harbour.png  Finished" in done.stdout
    video = Path(done.stdout.split("Finished  ")[1].splitlines()[0])
    assert video.is_file() and video.stat().st_size > 1000
    assert (out / video.name).is_file()  # --output has a copy
    rows = history_rows(data_dir)
    assert len(rows) == 1 and rows[0]["state"] == "finished" and rows[0]["submit_attempts"] == 1


def test_json_lines_parse_and_end_finished(data_dir, tmp_path):
    photo = write_png(tmp_path / "field.png", 640, 400)
    done = run(
        data_dir, "generate", "--image", photo, "--prompt", "Wind", "--demo", "--json", *QUICK
    )
    assert done.returncode == 0, done.stderr
    events = [json.loads(line) for line in done.stdout.splitlines()]
    assert events[0]["event"] == "added"
    assert events[-1]["job"]["state"] == "finished"
    assert Path(events[-1]["job"]["output_path"]).is_file()


def test_a_bad_picture_is_refused_in_the_windows_words(data_dir, tmp_path):
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"not a picture at all")
    done = run(data_dir, "generate", "--image", broken, "--prompt", "x", "--demo")
    assert done.returncode == 2
    # The form's own sentence (services/preflight.py, subject "The start image").
    assert "The start image is not a picture, or the file is damaged." in done.stderr
    assert "Nothing was sent." in done.stderr
    assert not (data_dir / "data" / "history.sqlite3").exists()  # not even the history


def test_an_empty_prompt_and_an_end_image_on_standard_are_refused(data_dir, tmp_path):
    photo = write_png(tmp_path / "a.png", 640, 400)
    done = run(data_dir, "generate", "--image", photo, "--end", photo, "--prompt", " ")
    assert done.returncode == 2
    assert "Write a prompt: describe what should happen." in done.stderr
    assert "Only Kling 2.1 Pro takes an end image." in done.stderr


def test_without_a_key_it_says_how_to_set_one_and_sends_nothing(data_dir, tmp_path):
    photo = write_png(tmp_path / "a.png", 640, 400)
    done = run(data_dir, "generate", "--image", photo, "--prompt", "Sea")
    assert done.returncode == 3, done.stdout + done.stderr
    said = done.stdout + done.stderr
    assert "No API key is set" in said and "Settings" in said and "--demo" in said
    assert history_rows(data_dir) == []


def test_status_finds_a_task_by_the_start_of_its_id(data_dir, tmp_path):
    photo = write_png(tmp_path / "pier.png", 640, 400)
    made = run(
        data_dir, "generate", "--image", photo, "--prompt", "Pier", "--demo", "--json", *QUICK
    )
    job = json.loads(made.stdout.splitlines()[-1])["job"]
    done = run(data_dir, "status", job["id"][:6])
    assert done.returncode == 0, done.stderr
    assert "state: Finished" in done.stdout and job["task_id"] in done.stdout
    by_task = run(data_dir, "status", job["task_id"], "--json")
    assert json.loads(by_task.stdout)["id"] == job["id"]
    assert run(data_dir, "status", "zzzz").returncode == 2


def test_help_documents_the_exit_codes(data_dir):
    done = run(data_dir, "generate", "--help")  # --data-dir after --help: never reached
    assert done.returncode == 0
    for code in (
        "0    done",
        "1    a video failed",
        "2    bad input",
        "3    not sent",
        "4    unknown outcome",
        "130  interrupted",
    ):
        assert code in done.stdout
