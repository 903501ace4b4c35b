"""The renderer's geometry, its command line, caching, and failure reporting."""

from __future__ import annotations

import sys

import httpx
import pytest

from poyo_desktop.sandbox import Sandbox, TaskStatus
from poyo_desktop.sandbox.render import (
    MAX_ZOOM,
    RenderError,
    camera_path,
    crossfade,
    output_size,
    parse_args,
    render_command,
)
from tests.sandbox.images import png_bytes


@pytest.mark.parametrize(
    ("size", "long_side", "expected"),
    [
        ((400, 300), 320, (320, 240)),
        ((300, 480), 320, (200, 320)),
        ((1920, 1080), 960, (960, 540)),
        ((1001, 333), 960, (960, 320)),
        ((333, 1001), 961, (320, 960)),
        ((5000, 10), 320, (320, 16)),
    ],
)
def test_output_size_keeps_aspect_and_even_sizes(size, long_side, expected) -> None:
    w, h = output_size(*size, long_side)
    assert (w, h) == expected
    assert w % 2 == 0 and h % 2 == 0


def test_output_size_refuses_empty_images() -> None:
    with pytest.raises(RenderError):
        output_size(0, 10, 320)


@pytest.mark.parametrize("seed", [0, 45, 200, 359])
def test_camera_starts_on_the_whole_picture_and_stays_inside(seed: int) -> None:
    first = camera_path(0.0, seed)
    assert (first.zoom, first.cx, first.cy) == (1.0, 0.5, 0.5)
    zooms = [camera_path(i / 100, seed).zoom for i in range(101)]
    assert zooms == sorted(zooms) and zooms[-1] == pytest.approx(MAX_ZOOM)
    for i in range(101):
        cam = camera_path(i / 100, seed)
        half = 0.5 / cam.zoom
        assert half - 1e-9 <= cam.cx <= 1 - half + 1e-9
        assert half - 1e-9 <= cam.cy <= 1 - half + 1e-9


def test_crossfade_reaches_the_end_image() -> None:
    assert crossfade(0.0, True) == 0.0 and crossfade(1.0, True) == 1.0
    assert crossfade(0.95, True) == 1.0
    assert all(crossfade(t / 10, False) == 0.0 for t in range(11))


def test_render_command(monkeypatch: pytest.MonkeyPatch) -> None:
    assert render_command(["--x"]) == [sys.executable, "-m", "poyo_desktop.sandbox.render", "--x"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert render_command(["--x"]) == [sys.executable, "--sandbox-render", "--x"]


def test_parse_args_checks_ranges(tmp_path) -> None:
    job = parse_args(["--start", "a.png", "--out", "o.mp4", "--duration", "10"])
    assert job.frame_count == 240 and job.end is None
    with pytest.raises(SystemExit):
        parse_args(["--start", "a.png", "--out", "o.mp4", "--duration", "0"])
    with pytest.raises(SystemExit):
        parse_args(["--start", "a.png"])


def test_unreadable_image_fails_the_task_with_a_reason(client, sandbox: Sandbox) -> None:
    broken = png_bytes(40, 30)[:40] + b"garbage" * 20  # PNG magic, no picture
    url = client.post("/api/common/upload/stream", files={"file": ("b.png", broken)}).json()[
        "data"
    ]["file_url"]
    task_id = client.post(
        "/api/generate/submit",
        json={"model": "kling-2.1/standard", "input": {"prompt": "x", "start_image_url": url}},
    ).json()["data"]["task_id"]
    info = sandbox.wait_for_task(task_id, timeout=30)
    assert info.status is TaskStatus.FAILED
    assert info.error_message.startswith("Rendering the simulated video failed: ")
    assert "cannot read the start image" in info.error_message
    assert info.credits_charged == 0 and sandbox.credits == 1000


def test_renders_are_cached_by_content(sandbox_data_dir, tmp_path) -> None:
    with (
        Sandbox(task_seconds=0.1, video_long_side=160, data_dir=tmp_path) as box,
        httpx.Client(base_url=box.base_url, headers={"Authorization": "Bearer k"}) as http,
    ):
        ids = []
        for _ in range(3):  # three uploads of the same picture, two at once
            url = http.post(
                "/api/common/upload/stream", files={"file": ("a.png", png_bytes(64, 48, 7))}
            ).json()["data"]["file_url"]
            ids.append(
                http.post(
                    "/api/generate/submit",
                    json={
                        "model": "kling-2.1/standard",
                        "input": {"prompt": "x", "start_image_url": url},
                    },
                ).json()["data"]["task_id"]
            )
        infos = [box.wait_for_task(task_id, timeout=60) for task_id in ids]
        assert {i.status for i in infos} == {TaskStatus.FINISHED}
        assert box.renders_started == 1
        assert len({i.video_path for i in infos}) == 1
