"""``--fit crop | pad | shrink``: a picture Kling refuses is refused in the window's words,
naming the fit that would send it; with one, it is fixed by the window's fixer, and every
picture is sent as the window sends it (upright, 8-bit sRGB, no place or camera unless
Settings keeps them), the command saying what sending changed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QImageReader

from poyo_desktop.sandbox import Sandbox
from poyo_desktop.services.metadata import read_metadata_facts
from poyo_desktop.services.paths import AppPaths
from poyo_desktop.services.settings import Settings
from tests.cli.conftest import QUICK, history_rows, listed, run
from tests.conftest import TEST_KEY
from tests.images import encode, write_noisy_png, write_png
from tests.picture_files import BANDS, panorama, phone_photo, write_cmyk_jpeg

TOO_WIDE = (
    "The start image is too wide (3000 × 400 px). Kling takes shapes from 1:2.5 to 2.5:1: "
    "crop it closer to a rectangle and try again."
)
CROP_OR_PAD = (
    "To send it anyway, add --fit crop (its largest centred 16:9 part) or --fit pad (bars "
    "around it to make it 16:9); --ratio 16:9, 9:16 or 1:1 picks the shape."
)


@pytest.fixture
def pano(tmp_path) -> Path:
    path = tmp_path / "pano.png"  # lossless: the bands' colours are exact
    path.write_bytes(encode(panorama(), "PNG"))
    return path


def near(image: QImage, x: int, y: int, rgb: tuple[int, int, int], within: int = 6) -> bool:
    colour = QColor(image.pixel(x, y))
    return all(abs(a - b) <= within for a, b in zip(colour.getRgb()[:3], rgb, strict=True))


def kept_start(data_dir: Path, prompt: str) -> QImage:
    """The start image the history kept (what was sent) for the video of ``prompt``."""
    [row] = [row for row in history_rows(data_dir) if row["prompt"] == prompt]
    image = QImage(row["start_image"])
    assert not image.isNull()
    return image


def test_without_fit_a_panorama_is_refused_naming_the_fits_that_would_send_it(data_dir, pano):
    refused = run(data_dir, "generate", "--image", pano, "--prompt", "Pan", "--demo")
    assert refused.returncode == 2
    assert refused.stderr == f"{TOO_WIDE}\n{CROP_OR_PAD}\nNothing was sent.\n"
    shrunk = run(data_dir, "generate", "--image", pano, "--prompt", "Pan", "--fit", "shrink")
    assert shrunk.returncode == 2
    assert shrunk.stderr == (
        f"{TOO_WIDE}\n--fit shrink does not change a picture's shape. {CROP_OR_PAD}\n"
        "Nothing was sent.\n"
    )
    tiny = write_png(pano.with_name("tiny.png"), 200, 150)
    small = run(data_dir, "generate", "--image", tiny, "--prompt", "Pan", "--fit", "shrink")
    assert small.returncode == 2
    assert "--fit shrink only makes a picture smaller. Use --fit crop or --fit pad" in small.stderr
    assert not AppPaths.default(data_dir).database.exists()  # nothing asked, nothing sent


def test_crop_pad_and_enlarge_send_the_fixed_picture_under_its_own_name(data_dir, pano):
    made = run(
        data_dir,
        *("generate", "--image", pano, "--prompt", "Cropped", "--fit", "crop", "--json"),
        *("--demo", *QUICK),
    )
    assert made.returncode == 0, made.stdout + made.stderr
    prepared, *events = [json.loads(line) for line in made.stdout.splitlines()]
    assert prepared["event"] == "prepared" and prepared["name"] == "pano.png"
    assert prepared["changes"] == ["cropped to 16:9 (711 × 400 px)"]
    assert events[-1]["job"]["state"] == "finished"
    cropped = kept_start(data_dir, "Cropped")
    assert (cropped.width(), cropped.height()) == (711, 400)
    # The centred part: a little of the orange band, the green one, a little of the blue.
    assert near(cropped, 20, 200, BANDS[1]) and near(cropped, 355, 200, BANDS[2])
    assert near(cropped, 690, 200, BANDS[3])

    padded = run(
        data_dir,
        "generate",
        "--image",
        pano,
        "--prompt",
        "Padded",
        "--fit",
        "pad",
        "--demo",
        *QUICK,
    )
    assert padded.returncode == 0, padded.stdout + padded.stderr
    assert "pano.png: before sending: bars added to make it 16:9 (3000 × 1688 px)." in padded.stdout
    bars = kept_start(data_dir, "Padded")
    assert (bars.width(), bars.height()) == (3000, 1688)
    assert near(bars, 1500, 10, (0, 0, 0)) and near(bars, 1500, 1677, (0, 0, 0))
    assert near(bars, 100, 844, BANDS[0]) and near(bars, 2900, 844, BANDS[4])

    tiny = write_png(pano.with_name("tiny.png"), 200, 150)
    grown = run(
        data_dir,
        "generate",
        "--image",
        tiny,
        "--prompt",
        "Grown",
        "--fit",
        "crop",
        "--demo",
        *QUICK,
    )
    assert grown.returncode == 0, grown.stdout + grown.stderr
    assert "tiny.png: before sending: enlarged from 200 × 150 px to 400 × 300 px." in grown.stdout
    assert kept_start(data_dir, "Grown").size().toTuple() == (400, 300)
    names = {job["prompt"]: Path(job["picture"]).name for job in listed(data_dir)}
    assert names == {"Cropped": "pano.png", "Padded": "pano.png", "Grown": "tiny.png"}


def _uploads(box: Sandbox) -> set[Path]:
    return set((box.config.data_dir / "uploads").rglob("*.*"))


def test_what_is_sent_is_normalised_as_the_window_sends_it_and_the_command_says_so(
    data_dir, tmp_path, monkeypatch
):
    monkeypatch.setenv("POYO_API_KEY", TEST_KEY)
    box = Sandbox(
        task_seconds=0.3, video_long_side=320, data_dir=tmp_path / "box", api_key=TEST_KEY
    )
    box.start()
    try:
        server = ("--server", box.base_url, "--poll-interval", "0.1")
        photo = phone_photo(tmp_path / "phone.jpg", orientation=6)  # stored on its side
        sent = run(data_dir, "generate", "--image", photo, "--prompt", "Walk", *server)
        assert sent.returncode == 0, sent.stdout + sent.stderr
        assert (
            "phone.jpg: before sending: turned upright, location removed, camera details "
            "removed." in sent.stdout
        )
        [upload] = _uploads(box)
        reader = QImageReader(str(upload))
        assert reader.size().toTuple() == (600, 800)  # upright, and says nothing to turn
        assert read_metadata_facts(upload, "jpeg").location is False
        assert read_metadata_facts(upload, "jpeg").camera is False

        settings = Settings(AppPaths.default(data_dir).settings_file)  # as the window saves it
        settings.update(keep_metadata=True)
        assert settings.flush(timeout=5)
        kept = phone_photo(tmp_path / "kept.jpg", width=820, orientation=6)
        cmyk = write_cmyk_jpeg(tmp_path / "print.jpg")
        before = _uploads(box)
        both = run(data_dir, "batch", kept, cmyk, "--prompt", "Walk", "--yes", "--json", *server)
        assert both.returncode == 0, both.stdout + both.stderr
        review = json.loads(both.stdout.splitlines()[0])
        assert [(p["name"], p["changes"]) for p in review["prepared"]] == [
            ("kept.jpg", ["turned upright"]),
            ("print.jpg", ["converted from CMYK"]),
        ]
        assert "kept.jpg: before sending: turned upright." in both.stderr
        sent_as = {QImageReader(str(p)).size().toTuple(): p for p in _uploads(box) - before}
        assert set(sent_as) == {(600, 820), (600, 400)}  # upright; the print file's size
        facts = read_metadata_facts(sent_as[(600, 820)], "jpeg")
        assert facts.location and facts.camera  # kept, as Settings asks
        print_file = QImageReader(str(sent_as[(600, 400)]))
        assert print_file.imageFormat() != QImage.Format.Format_CMYK8888  # 8-bit RGB now
    finally:
        box.stop()


def test_a_batch_lists_a_refused_panorama_with_the_fit_and_sends_it_with_one(
    data_dir, tmp_path, pano
):
    folder = tmp_path / "shots"
    folder.mkdir()
    pano.rename(folder / "pano.png")
    write_png(folder / "plain.png", 480, 320)
    asked = run(data_dir, "batch", folder, "--prompt", "Drift", "--demo", *QUICK, answer="n\n")
    assert asked.returncode == 3, asked.stdout + asked.stderr
    assert (
        "  • pano.png is too wide (3000 × 400 px). Kling takes shapes from 1:2.5 to "
        f"2.5:1: crop it closer to a rectangle and try again. {CROP_OR_PAD}" in asked.stdout
    )
    made = run(
        data_dir,
        *("batch", folder, "--prompt", "Drift", "--fit", "pad", "--ratio", "1:1", "--yes"),
        *("--json", "--demo", *QUICK),
    )
    assert made.returncode == 0, made.stdout + made.stderr
    review = json.loads(made.stdout.splitlines()[0])
    assert review["count"] == 2 and review["left_out"] == []
    assert review["prepared"][0]["changes"] == ["bars added to make it 1:1 (3000 × 3000 px)"]
    assert "pano.png: before sending: bars added to make it 1:1 (3000 × 3000 px)." in made.stderr
    assert sorted(Path(job["picture"]).name for job in listed(data_dir)) == [
        "pano.png",
        "plain.png",
    ]


def test_a_picture_over_the_upload_limit_goes_made_smaller_and_is_said_so(data_dir, tmp_path):
    folder = tmp_path / "big"
    noisy = write_noisy_png(folder / "noisy.png", 1900, 1800)
    assert noisy.stat().st_size > 10_000_000  # over PoYo's limit: made smaller when sent
    asked = run(data_dir, "batch", folder, "--prompt", "Grain", "--demo", *QUICK, answer="n\n")
    assert asked.returncode == 3, asked.stdout + asked.stderr
    assert "noisy.png: before sending: made smaller to fit the upload limits.\n" in asked.stdout
    assert "Make 1 video?" in asked.stdout
