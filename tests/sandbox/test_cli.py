"""``python -m poyo_desktop.sandbox`` driven with curl, as a person would try it."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.sandbox.images import png_bytes

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses SIGINT and curl")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def curl(*args: str) -> dict:
    done = subprocess.run(
        ["curl", "-sS", "--fail-with-body", *args],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    return json.loads(done.stdout)


def test_standalone_server_with_curl(tmp_path: Path) -> None:
    port = free_port()
    image = tmp_path / "start.png"
    image.write_bytes(png_bytes(120, 90, 2))
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "poyo_desktop.sandbox",
            "--port",
            str(port),
            "--task-seconds",
            "0.5",
            "--video-long-side",
            "160",
            "--api-key",
            "cli-key",
            "--data-dir",
            str(tmp_path / "data"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first.strip() == f"PoYo sandbox listening on http://127.0.0.1:{port}"
        base = f"http://127.0.0.1:{port}"
        auth = ["-H", "Authorization: Bearer cli-key"]

        uploaded = curl(
            *auth, "-F", f"file=@{image};type=image/png", f"{base}/api/common/upload/stream"
        )
        assert uploaded["success"] is True
        body = json.dumps(
            {
                "model": "kling-2.1/standard",
                "input": {"prompt": "a calm lake", "start_image_url": uploaded["data"]["file_url"]},
            }
        )
        submitted = curl(
            *auth, "-H", "Content-Type: application/json", "-d", body, f"{base}/api/generate/submit"
        )
        task_id = submitted["data"]["task_id"]
        deadline = time.monotonic() + 60
        while True:
            data = curl(*auth, f"{base}/api/generate/status/{task_id}")["data"]
            if data["status"] in ("finished", "failed") or time.monotonic() > deadline:
                break
            time.sleep(0.1)
        assert data["status"] == "finished", data
        video = tmp_path / "result.mp4"
        subprocess.run(
            ["curl", "-sS", "--fail", "-o", str(video), data["files"][0]["file_url"]],
            check=True,
            timeout=30,
        )
        assert video.stat().st_size == data["files"][0]["file_size"]
        assert video.read_bytes()[4:8] == b"ftyp"
        balance = curl(*auth, f"{base}/api/user/balance")
        assert balance["data"]["credits_amount"] == 2000 - 30
        refused = subprocess.run(
            ["curl", "-s", f"{base}/api/user/balance"], capture_output=True, text=True, timeout=30
        )
        assert json.loads(refused.stdout)["code"] == 401
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=15)
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    assert "PoYo sandbox stopped." in out
    assert "cli-key" not in err + out  # keys are never logged


def test_busy_port_is_a_clear_error(tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "poyo_desktop.sandbox",
                "--port",
                str(port),
                "--data-dir",
                str(tmp_path),
            ],
            capture_output=True,
            text=True,
            timeout=30,
        )
    assert done.returncode == 1
    assert f"cannot listen on port {port}" in done.stderr
    assert "Traceback" not in done.stderr
