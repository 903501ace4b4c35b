"""The sandbox answers in exactly the documented shapes: one test per shape, each against
the same fixture the client's parsing tests read (tests/contract/documented.py)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from poyo_desktop.sandbox import Fault
from tests.conftest import TEST_KEY
from tests.contract.documented import FIXTURES, SHAPES, load, shape
from tests.images import write_png


@pytest.fixture
def api(poyo):
    with httpx.Client(
        base_url=poyo.base_url, timeout=10, headers={"Authorization": f"Bearer {TEST_KEY}"}
    ) as http:
        yield http


@pytest.fixture
def upload(api, tmp_path) -> Callable[[], httpx.Response]:
    def do() -> httpx.Response:
        png = write_png(tmp_path / "picture.png", 480, 320).read_bytes()
        return api.post(
            "/api/common/upload/stream",
            data={"upload_path": "desktop"},
            files={"file": ("picture.png", png, "image/png")},
        )

    return do


def submitted(api, upload) -> str:
    url = upload().json()["data"]["file_url"]
    answer = api.post(
        "/api/generate/submit",
        json={"model": "kling-2.1/standard", "input": {"prompt": "a boat", "start_image_url": url}},
    )
    assert answer.status_code == 200, answer.text
    return answer.json()["data"]["task_id"]


def status_when(api, task_id: str, status: str) -> dict[str, Any]:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        body = api.get(f"/api/generate/status/{task_id}").json()
        if body["data"]["status"] == status:
            return body
        time.sleep(0.01)
    raise AssertionError(f"task {task_id} never {status}")


def same_shape(name: str, answer: Any) -> None:
    assert shape(answer) == shape(load(name)), f"{SHAPES[name]} differs from {name}.json"


def test_every_fixture_is_a_documented_shape():
    assert {p.stem for p in FIXTURES.glob("*.json")} == set(SHAPES)


def test_submit(api, upload):
    answer = api.post(
        "/api/generate/submit",
        json={
            "model": "kling-2.1/standard",
            "input": {"prompt": "a boat", "start_image_url": upload().json()["data"]["file_url"]},
        },
    )
    same_shape("submit", answer.json())


def test_status_running(api, upload):
    same_shape("status_running", status_when(api, submitted(api, upload), "running"))


def test_status_finished(api, upload):
    same_shape("status_finished", status_when(api, submitted(api, upload), "finished"))


def test_status_failed(api, upload, poyo):
    poyo.inject(Fault.fail_task("Content policy violation"))
    same_shape("status_failed", status_when(api, submitted(api, upload), "failed"))


def test_upload(upload):
    answer = upload()
    assert answer.status_code == 200
    same_shape("upload", answer.json())


def test_upload_error(api):
    answer = api.post(
        "/api/common/upload/stream", files={"file": ("notes.txt", b"plain text", "text/plain")}
    )
    assert answer.status_code == 400
    same_shape("upload_error", answer.json())


def test_upload_validation_error(api):
    answer = api.post("/api/common/upload/base64", json={})
    assert answer.status_code == 422
    same_shape("upload_validation_error", answer.json())


def test_balance(api):
    same_shape("balance", api.get("/api/user/balance").json())


def test_error(api):
    answer = api.post("/api/generate/submit", json={"model": "kling-2.1/standard", "input": {}})
    assert answer.status_code == 400
    same_shape("error", answer.json())


def test_catalog_model(poyo):
    answer = httpx.get(f"{poyo.base_url}/v1/catalog/models/kling-2.1/pro")  # no key
    same_shape("catalog_model", answer.json())
    assert answer.json() == load("catalog_model")  # prices and schema, to the letter


def test_catalog_models(poyo):
    """What ``poyo models`` lists: each model's summary, as the per-model answer has it."""
    answer = httpx.get(f"{poyo.base_url}/v1/catalog/models")  # no key
    assert answer.status_code == 200
    same_shape("catalog_models", answer.json())
    assert answer.json() == load("catalog_models")
    for summary in answer.json()["data"]:
        full = httpx.get(f"{poyo.base_url}/v1/catalog/models/{summary['model']}").json()
        assert {k: v for k, v in full["data"].items() if k != "input_schema"} == summary
    etag = answer.headers["etag"]
    cached = httpx.get(f"{poyo.base_url}/v1/catalog/models", headers={"If-None-Match": etag})
    assert cached.status_code == 304
