"""The server side stays independent: no Qt in the server process, no app-layer imports."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import httpx

from poyo_desktop.sandbox import Fault, Sandbox
from tests.sandbox.images import png_bytes

ROOT = Path(__file__).resolve().parents[2]


def test_server_imports_neither_qt_nor_the_app_layers() -> None:
    code = textwrap.dedent(
        """
        import sys
        from poyo_desktop.sandbox import Sandbox, Fault
        import poyo_desktop.sandbox.server, poyo_desktop.sandbox.video, poyo_desktop.sandbox.render
        with Sandbox(task_seconds=0.1) as box:
            pass
        bad = sorted(m for m in sys.modules if m.startswith("PySide6") or m.startswith(
            ("poyo_desktop.api", "poyo_desktop.services", "poyo_desktop.ui", "poyo_desktop.store")))
        print(",".join(bad))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        check=True,
    )
    assert done.stdout.strip() == ""
    assert "Traceback" not in done.stderr


def test_stop_is_quick_and_idempotent(sandbox_data_dir) -> None:

    box = Sandbox(data_dir=sandbox_data_dir)
    url = box.start()
    assert box.start() == url  # already running
    started = time.monotonic()
    box.stop()
    box.stop()
    assert time.monotonic() - started < 2
    assert not box.running


def test_stop_does_not_wait_for_a_slow_answer(sandbox_data_dir) -> None:

    box = Sandbox(data_dir=sandbox_data_dir)
    box.start()
    box.inject(Fault.slow(30, route="balance"))
    outcome: list[object] = []

    def call() -> None:
        try:
            outcome.append(
                httpx.get(
                    box.base_url + "/api/user/balance",
                    headers={"Authorization": "Bearer k"},
                    timeout=10,
                )
            )
        except httpx.HTTPError as exc:
            outcome.append(exc)

    worker = threading.Thread(target=call)
    worker.start()
    time.sleep(0.2)
    started = time.monotonic()
    box.stop()
    assert time.monotonic() - started < 2.5
    worker.join(5)
    assert outcome  # the client got an answer or an error, not a hang


def test_restart_keeps_state_and_works(sandbox_data_dir) -> None:
    box = Sandbox(task_seconds=0.1, video_long_side=160, data_dir=sandbox_data_dir)
    headers = {"Authorization": "Bearer k"}
    box.start()
    first = httpx.post(
        box.base_url + "/api/common/upload/stream",
        headers=headers,
        files={"file": ("a.png", png_bytes(64, 48, 1))},
    ).json()["data"]["file_url"]
    box.stop()
    box.start()
    try:
        assert httpx.get(box.base_url + "/api/user/balance", headers=headers).status_code == 200
        stale = httpx.post(
            box.base_url + "/api/generate/submit",
            headers=headers,
            json={
                "model": "kling-2.1/standard",
                "input": {"prompt": "x", "start_image_url": first},
            },
        )
        assert stale.status_code == 400  # uploads do not survive a stop (or a changed port)
        url = httpx.post(
            box.base_url + "/api/common/upload/stream",
            headers=headers,
            files={"file": ("a.png", png_bytes(64, 48, 1))},
        ).json()["data"]["file_url"]
        task_id = httpx.post(
            box.base_url + "/api/generate/submit",
            headers=headers,
            json={"model": "kling-2.1/standard", "input": {"prompt": "x", "start_image_url": url}},
        ).json()["data"]["task_id"]
        assert box.wait_for_task(task_id, timeout=60).status == "finished"
    finally:
        box.stop()
