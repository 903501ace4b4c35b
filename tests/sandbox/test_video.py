"""The whole flow ends in a real MP4 that Qt decodes: right length, frame count and picture."""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path

import httpx
import pytest
from PySide6.QtGui import QImage

from poyo_desktop.sandbox import Sandbox
from tests.sandbox.images import png_bytes
from tests.sandbox.video_probe import average_colour, probe


def run_task(client: httpx.Client, body: dict, timeout: float = 60) -> dict:
    answer = client.post("/api/generate/submit", json=body)
    assert answer.status_code == 200, answer.text
    task_id = answer.json()["data"]["task_id"]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        data = client.get(f"/api/generate/status/{task_id}").json()["data"]
        if data["status"] in ("finished", "failed"):
            return data
        time.sleep(0.05)
    raise AssertionError(f"task {task_id} did not end in {timeout} s")


def download(client: httpx.Client, url: str, target: Path) -> Path:
    with client.stream("GET", url) as answer, target.open("wb") as out:
        assert answer.status_code == 200
        assert answer.headers["content-type"] == "video/mp4"
        for chunk in answer.iter_bytes():
            out.write(chunk)
    return target


def close(a: tuple[int, int, int], b: tuple[int, int, int], tolerance: int = 24) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a, b, strict=True))


def test_standard_5s_flow_gives_a_decodable_mp4(client, upload, qapp, qtbot, tmp_path) -> None:
    body = {
        "model": "kling-2.1/standard",
        "input": {"prompt": "drift", "start_image_url": upload(3), "duration": 5},
    }
    data = run_task(client, body)
    assert data["status"] == "finished", data["error_message"]
    [video] = data["files"]
    path = download(client, video["file_url"], tmp_path / "five.mp4")
    assert path.stat().st_size == video["file_size"]
    assert path.read_bytes()[4:8] == b"ftyp"
    facts = probe(path, qtbot)
    assert not facts.error
    assert facts.duration_ms == pytest.approx(5000, abs=120)
    assert facts.frames == pytest.approx(120, abs=3)
    assert facts.sizes == {(320, 240)}  # 400×300 start image, long side 320
    start = QImage.fromData(png_bytes(400, 300, 3)).scaled(320, 240)
    assert close(average_colour(facts.first), average_colour(start))


def test_pro_10s_with_end_image_lands_on_it(client, upload, qapp, qtbot, tmp_path) -> None:
    body = {
        "model": "kling-2.1/pro",
        "input": {
            "prompt": "morph",
            "start_image_url": upload(4, 300, 480),
            "end_image_url": upload(9, 300, 480),
            "duration": 10,
        },
    }
    data = run_task(client, body)
    assert data["status"] == "finished", data["error_message"]
    assert data["credits_amount"] == 110
    path = download(client, data["files"][0]["file_url"], tmp_path / "ten.mp4")
    facts = probe(path, qtbot)
    assert facts.duration_ms == pytest.approx(10_000, abs=120)
    assert facts.frames == pytest.approx(240, abs=4)
    assert facts.sizes == {(200, 320)}  # portrait kept: 300×480 → 200×320
    start = average_colour(QImage.fromData(png_bytes(300, 480, 4)))
    end = average_colour(QImage.fromData(png_bytes(300, 480, 9)))
    assert not close(start, end), "test pictures must differ"
    assert close(average_colour(facts.first), start)
    assert close(average_colour(facts.last), end)


def test_a_task_is_not_finished_before_its_video_exists(tmp_path) -> None:
    box = Sandbox(task_seconds=0.05, video_long_side=160, data_dir=tmp_path)
    real_render = box._renderer.render
    release = threading.Event()

    async def held_render(*args):  # the render cannot finish before the test says so
        while not release.is_set():
            await asyncio.sleep(0.01)
        return await real_render(*args)

    box._renderer.render = held_render
    with (
        box,
        httpx.Client(base_url=box.base_url, headers={"Authorization": "Bearer k"}) as http,
    ):
        url = http.post(
            "/api/common/upload/stream", files={"file": ("a.png", png_bytes(64, 48, 5))}
        ).json()["data"]["file_url"]
        task_id = http.post(
            "/api/generate/submit",
            json={"model": "kling-2.1/standard", "input": {"prompt": "x", "start_image_url": url}},
        ).json()["data"]["task_id"]
        time.sleep(0.3)  # six times task_seconds
        data = http.get(f"/api/generate/status/{task_id}").json()["data"]
        assert data["status"] == "running" and data["progress"] == 99 and data["files"] == []
        assert box.credits == box.config.credits  # nothing charged yet
        release.set()
        info = box.wait_for_task(task_id, timeout=60)
        assert info.status == "finished"
        assert info.video_path is not None and info.video_path.stat().st_size > 0
        assert box.renders_started == 1
