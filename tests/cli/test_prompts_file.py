"""``batch --prompts prompts.csv``: a picture's own prompt and, in an optional ``copies``
column, how many videos of it; a bad number is refused with its line, nothing sent."""

from __future__ import annotations

import json

import pytest

from tests.cli.conftest import QUICK, history_rows, run
from tests.images import write_png


@pytest.fixture
def shots(tmp_path):
    folder = tmp_path / "shots"
    for n in range(3):
        write_png(folder / f"photo{n}.png", 480 + 2 * n, 320)
    return folder


def test_a_copies_column_makes_that_many_videos_of_its_picture(data_dir, tmp_path, shots):
    prompts = tmp_path / "prompts.csv"
    prompts.write_text(
        "file,copies,prompt\n"  # columns in any order, named by the header
        "photo0.png,3,Storm clouds\n"
        'photo1.png,,"Calm sea, then rain"\n'  # no copies: --copies
        "photo2.png,1,\n",  # no prompt: the shared one
        encoding="utf-8",
    )
    asked = run(
        data_dir,
        *("batch", shots, "--prompt", "Waves", "--copies", "2", "--prompts", prompts),
        *("--demo", *QUICK),
        answer="n\n",
    )
    assert asked.returncode == 3, asked.stdout + asked.stderr
    sheet = asked.stdout
    assert "Make 6 videos?" in sheet
    assert "   3  photo0.png (copy 3 of 3) · free · “Storm clouds”" in sheet
    assert "   5  photo1.png (copy 2 of 2) · free · “Calm sea, then rain”" in sheet
    assert "   6  photo2.png · free · “Waves”" in sheet  # one copy: no "(copy 1 of 1)"
    assert history_rows(data_dir) == []

    without_header = tmp_path / "plain.csv"
    without_header.write_text("photo2.png,Drift,4\n", encoding="utf-8")  # file,prompt,copies
    made = run(
        data_dir,
        *("batch", shots / "photo2.png", "--prompt", "Waves", "--prompts", without_header),
        *("--yes", "--json", "--demo", *QUICK),
    )
    assert made.returncode == 0, made.stdout + made.stderr
    review = json.loads(made.stdout.splitlines()[0])
    assert [(v["copy"], v["copies"], v["prompt"]) for v in review["videos"]] == [
        (n, 4, "Drift") for n in range(1, 5)
    ]
    assert len(history_rows(data_dir)) == 4


@pytest.mark.parametrize("value", ["lots", "0", "21", "2.5"])
def test_a_bad_copies_value_is_refused_with_its_line(data_dir, tmp_path, shots, value):
    prompts = tmp_path / "prompts.csv"
    prompts.write_text(  # the line an editor shows: a quoted prompt's line break counts
        f'file,prompt,copies\nphoto0.png,"Fog\nand mist",2\nphoto1.png,Rain,{value}\n',
        encoding="utf-8",
    )
    done = run(data_dir, "batch", shots, "--prompt", "Waves", "--prompts", prompts, "--demo")
    assert done.returncode == 2, done.stdout + done.stderr
    assert done.stderr == (
        f"The prompts file “prompts.csv”, line 4: copies “{value}” is not a whole number "
        "from 1 to 20.\nNothing was sent.\n"
    )
    assert done.stdout == "" and not (data_dir / "data" / "history.sqlite3").exists()
