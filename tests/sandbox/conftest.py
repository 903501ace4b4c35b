"""Fixtures for the sandbox tests: a fast sandbox per test, a client, and uploaded images.

Renders are cached in one data directory for the whole session, so only the first test
using a given picture and duration pays for a render.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from poyo_desktop.runtime.pyside_refcounts import pin_none_refcount
from poyo_desktop.sandbox import Sandbox
from tests.sandbox.images import png_bytes

API_KEY = "test-key-123"

# Qt runs in this process too (the decoding tests): guard against PySide6 6.12's
# None-refcount leak on Python 3.11 before any Qt call is made.
pin_none_refcount()


@pytest.fixture(scope="session")
def sandbox_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("sandbox-data")


@pytest.fixture
def sandbox(sandbox_data_dir: Path) -> Iterator[Sandbox]:
    """A running sandbox: 0.3 s tasks, 320 px videos, any key accepted."""
    box = Sandbox(task_seconds=0.3, video_long_side=320, data_dir=sandbox_data_dir, credits=1000)
    box.start()
    try:
        yield box
    finally:
        box.stop()


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[httpx.Client]:
    """An httpx client for the sandbox, with a bearer key."""
    with httpx.Client(
        base_url=sandbox.base_url,
        headers={"Authorization": f"Bearer {API_KEY}"},
        timeout=10.0,
    ) as http:
        yield http


@pytest.fixture
def upload(client: httpx.Client) -> Callable[..., str]:
    """Upload a test PNG (``hue`` picks a distinct picture); returns its ``file_url``."""

    def do_upload(hue: int = 0, width: int = 400, height: int = 300) -> str:
        answer = client.post(
            "/api/common/upload/stream",
            files={"file": ("picture.png", png_bytes(width, height, hue), "image/png")},
        )
        assert answer.status_code == 200, answer.text
        url: str = answer.json()["data"]["file_url"]
        return url

    return do_upload


@pytest.fixture
def submit(client: httpx.Client, upload: Callable[..., str]) -> Callable[..., httpx.Response]:
    """Submit a standard task for a freshly uploaded picture (override any input field)."""

    def do_submit(
        model: str = "kling-2.1/standard", headers: dict[str, str] | None = None, **inputs: object
    ) -> httpx.Response:
        body_input: dict[str, object] = {"prompt": "a slow pan over the hills"}
        if "start_image_url" not in inputs:
            body_input["start_image_url"] = upload()
        body_input.update(inputs)
        return client.post(
            "/api/generate/submit",
            json={"model": model, "input": body_input},
            headers=headers or {},
        )

    return do_submit
