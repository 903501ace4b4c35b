"""``poyo-desktop frame VIDEO (--last | --at SECONDS) -o out.png``: the frame the player shows,
as a lossless PNG, pixel for pixel; what cannot be done is said plainly, exit 2, nothing
written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from tests.cli.conftest import CHECKOUT, environment
from tests.services.test_frames import FPS, played_through, sandbox_video  # noqa: F401

PNG = b"\x89PNG\r\n\x1a\n"


def frame(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "poyo_desktop", "frame", *map(str, args)],
        cwd=CHECKOUT,
        env=environment(),
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def as_shown(path: Path) -> QImage:
    """The written picture as the player's frames are held (RGB32), to compare them."""
    assert path.read_bytes().startswith(PNG)  # lossless
    return QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)


def test_the_last_frame_and_a_moment_are_the_players_frames_pixel_for_pixel(
    sandbox_video,  # noqa: F811  (a sandbox render: a start image cross-faded to an end)
    qtbot,
    tmp_path,
):
    shown = played_through(sandbox_video, qtbot)
    assert len(shown) == 2 * FPS
    last = tmp_path / "last.png"
    done = frame(sandbox_video, "--last", "-o", last)
    assert done.returncode == 0, done.stdout + done.stderr
    last_us, last_image = shown[-1]
    size = f"{last_image.width()} × {last_image.height()} px"
    at = f"{last_us / 1_000_000:.3f}".rstrip("0").rstrip(".")
    assert done.stdout == f"The last frame of waves.mp4 (at {at} s, {size}) is in {last}.\n"
    assert as_shown(last) == last_image  # every pixel

    moment = frame(sandbox_video, "--at", "1.01", "-o", tmp_path / "moment.png", "--json")
    assert moment.returncode == 0, moment.stdout + moment.stderr
    said = json.loads(moment.stdout)
    start_us = max(t for t, _ in shown if t <= 1_010_000)  # the frame on screen at 1.01 s
    assert (said["at_ms"], said["index"]) == (start_us // 1000, round(start_us * FPS / 1e6))
    assert as_shown(tmp_path / "moment.png") == dict(shown)[start_us]


def test_what_frame_cannot_do_is_said_plainly_and_nothing_is_written(
    sandbox_video,  # noqa: F811
    tmp_path,
):
    out = tmp_path / "out.png"
    notes = tmp_path / "notes.mp4"
    notes.write_text("not a video at all\n" * 50)
    cases = {
        "not a video": (notes, "--last", "-o", out),
        "no such video": (tmp_path / "gone.mp4", "--last", "-o", out),
        "past the end": (sandbox_video, "--at", "9", "-o", out),
        "no such folder": (sandbox_video, "--last", "-o", tmp_path / "missing" / "out.png"),
    }
    said = {}
    for name, args in cases.items():
        done = frame(*args)
        assert done.returncode == 2, (name, done.stdout, done.stderr)
        said[name] = done.stderr.strip()
    assert said["not a video"] in (  # as the player says it (services/video_reader)
        "notes.mp4: This file is not a video the app can read. No picture was written.",
        "notes.mp4: The video could not be read: the file may be damaged or incomplete. "
        "No picture was written.",
    )
    assert (
        said["no such video"]
        == f"The video “{tmp_path / 'gone.mp4'}” could not be found. No picture was written."
    )
    assert said["past the end"] == (
        "waves.mp4 is 2 s long, so it has no frame at 9 s. Give --at from 0 to 2, or --last. "
        "No picture was written."
    )
    assert said["no such folder"] == (
        f"The folder “{tmp_path / 'missing'}” does not exist. No picture was written."
    )
    assert not out.exists()

    locked = Path("/proc") if os.geteuid() == 0 else tmp_path / "locked"  # root writes anywhere
    if locked != Path("/proc"):
        locked.mkdir()
        locked.chmod(0o500)
    refused = frame(sandbox_video, "--last", "-o", locked / "out.png")
    assert refused.returncode == 2, refused.stdout + refused.stderr
    assert refused.stderr.startswith(f"The folder “{locked}” cannot be written to (")
    assert not (locked / "out.png").exists()
