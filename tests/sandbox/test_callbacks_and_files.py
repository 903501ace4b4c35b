"""Signed callbacks on finish/fail, and the sandbox cleaning up after itself."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import httpx
import pytest

from poyo_desktop.sandbox import Fault, Sandbox
from poyo_desktop.sandbox.tasks import webhook_signature
from tests.sandbox.images import png_bytes


class Receiver:
    """A throwaway HTTP server on loopback that records the POSTs it gets."""

    def __init__(self) -> None:
        self.calls: list[tuple[dict[str, str], dict]] = []
        self.arrived = threading.Event()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.calls.append((dict(self.headers), json.loads(body)))
                self.send_response(204)
                self.end_headers()
                receiver.arrived.set()

            def log_message(self, *args: object) -> None:
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.server.shutdown()
    r.server.server_close()


@pytest.mark.parametrize("fails", [False, True])
def test_callback_is_posted_and_signed(client, upload, sandbox: Sandbox, receiver, fails) -> None:
    if fails:
        sandbox.inject(Fault.fail_task(message="nope"))
    answer = client.post(
        "/api/generate/submit",
        json={
            "model": "kling-2.1/standard",
            "callback_url": receiver.url,
            "input": {"prompt": "x", "start_image_url": upload()},
        },
    )
    task_id = answer.json()["data"]["task_id"]
    assert receiver.arrived.wait(30)
    [(headers, body)] = receiver.calls
    assert body["code"] == 200 and body["data"]["task_id"] == task_id
    assert body["data"]["status"] == ("failed" if fails else "finished")
    stamp = int(headers["X-Webhook-Timestamp"])
    assert headers["X-Webhook-Signature"] == webhook_signature(
        "sandbox-webhook-secret", task_id, stamp
    )


def test_stop_removes_uploads_but_keeps_the_render_cache(tmp_path: Path) -> None:
    with (
        Sandbox(task_seconds=0.1, video_long_side=160, data_dir=tmp_path) as box,
        httpx.Client(base_url=box.base_url, headers={"Authorization": "Bearer k"}) as http,
    ):
        url = http.post(
            "/api/common/upload/stream", files={"file": ("a.png", png_bytes(64, 48, 11))}
        ).json()["data"]["file_url"]
        task_id = http.post(
            "/api/generate/submit",
            json={"model": "kling-2.1/standard", "input": {"prompt": "x", "start_image_url": url}},
        ).json()["data"]["task_id"]
        box.wait_for_task(task_id, timeout=60)
        assert any((tmp_path / "uploads").rglob("*.png"))
    assert not any((tmp_path / "uploads").rglob("*.png"))
    assert len(list((tmp_path / "renders").glob("*.mp4"))) == 1


def test_own_temporary_data_dir_is_removed() -> None:
    box = Sandbox()
    box.start()
    data_dir = box.config.data_dir
    assert data_dir.is_dir()
    box.stop()
    assert not data_dir.exists()
