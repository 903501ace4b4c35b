"""Submit, status and balance: shapes, validation, auth, credits and idempotency."""

from __future__ import annotations

import time
from urllib.parse import quote

import httpx
import pytest

from poyo_desktop.sandbox import Sandbox, TaskStatus
from tests.sandbox.images import png_bytes


def assert_error(answer: httpx.Response, status: int, *, contains: str = "") -> None:
    assert answer.status_code == status, answer.text
    body = answer.json()
    assert body["code"] == status
    assert set(body["error"]) == {"message", "type"}
    assert contains.lower() in body["error"]["message"].lower()
    if status == 400:
        assert body["error"]["type"] == "invalid_request_error"


def test_submit_answers_task_id_and_not_started(submit, sandbox: Sandbox) -> None:
    answer = submit()
    assert answer.status_code == 200
    body = answer.json()
    assert body["code"] == 200
    data = body["data"]
    assert set(data) == {"task_id", "status", "created_time"}
    assert data["status"] == "not_started"
    assert data["task_id"].startswith("task-unified-")
    time.strptime(data["created_time"], "%Y-%m-%dT%H:%M:%S")  # naive, as in PoYo's examples
    assert sandbox.tasks_created == 1
    assert sandbox.requests["submit"] == 1


def test_status_moves_to_finished_with_one_video_and_charges(
    client: httpx.Client, submit, sandbox: Sandbox
) -> None:
    task_id = submit(duration=10).json()["data"]["task_id"]
    seen: list[tuple[str, int]] = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        answer = client.get(f"/api/generate/status/{quote(task_id, safe='')}")
        assert answer.status_code == 200
        data = answer.json()["data"]
        seen.append((data["status"], data["progress"]))
        if data["status"] == "finished":
            break
        assert data["files"] == []
        assert data["credits_amount"] == 0
        time.sleep(0.03)
    assert set(data) == {
        "task_id",
        "status",
        "progress",
        "files",
        "created_time",
        "finished_time",
        "error_message",
        "credits_amount",
    }
    assert data["status"] == "finished" and data["progress"] == 100
    assert data["credits_amount"] == 60  # standard, 10 s
    assert data["error_message"] is None
    time.strptime(data["finished_time"], "%Y-%m-%dT%H:%M:%S")
    [video] = data["files"]
    assert video["file_type"] == "video"
    assert video["file_url"].startswith(sandbox.base_url + "/files/")
    assert video["file_name"].endswith(".mp4") and video["file_size"] > 1000
    progress = [p for _, p in seen]
    assert progress == sorted(progress), "progress must never go down"
    statuses = [s for s, _ in seen]
    assert statuses[0] in ("not_started", "running")
    order = ["not_started", "running", "finished"]
    assert [order.index(s) for s in statuses] == sorted(order.index(s) for s in statuses)
    balance = client.get("/api/user/balance").json()
    assert balance == {"code": 200, "data": {"email": "demo@sandbox.local", "credits_amount": 940}}


@pytest.mark.parametrize(
    ("model", "duration", "price"),
    [("kling-2.1/standard", 5, 30), ("kling-2.1/pro", 5, 55), ("kling-2.1/pro", 10, 110)],
)
def test_price_table(submit, sandbox: Sandbox, model: str, duration: int, price: int) -> None:
    task_id = submit(model=model, duration=duration).json()["data"]["task_id"]
    info = sandbox.wait_for_task(task_id)
    assert info.status is TaskStatus.FINISHED
    assert info.credits_charged == price
    assert sandbox.credits == 1000 - price


def test_status_of_unknown_task_is_404(client: httpx.Client) -> None:
    assert_error(
        client.get("/api/generate/status/task-unified-0-nothere"), 404, contains="not found"
    )


def test_balance_shape(client: httpx.Client, sandbox: Sandbox) -> None:
    sandbox.credits = 12.5
    assert client.get("/api/user/balance").json() == {
        "code": 200,
        "data": {"email": "demo@sandbox.local", "credits_amount": 12.5},
    }


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"model": "kling-9/ultra"}, "model"),
        ({"model": None}, "model"),
        ({"input": {"start_image_url": "KEEP"}}, "input.prompt"),
        ({"input": {"prompt": "   ", "start_image_url": "KEEP"}}, "must not be empty"),
        ({"input": {"prompt": "x" * 5001, "start_image_url": "KEEP"}}, "5000"),
        ({"input": {"prompt": "ok"}}, "start_image_url"),
        ({"input": {"prompt": "ok", "start_image_url": "not a url"}}, "start_image_url"),
        (
            {"input": {"prompt": "ok", "start_image_url": "KEEP", "end_image_url": "KEEP"}},
            "only accepted by kling-2.1/pro",
        ),
        ({"input": {"prompt": "ok", "start_image_url": "KEEP", "duration": 7}}, "5 or 10"),
        ({"input": {"prompt": "ok", "start_image_url": "KEEP", "duration": "5"}}, "5 or 10"),
        ({"input": {"prompt": "ok", "start_image_url": "KEEP", "duration": True}}, "5 or 10"),
        (
            {"input": {"prompt": "ok", "start_image_url": "KEEP", "enable_safety_checker": True}},
            "enable_safety_checker",
        ),
        (
            {"input": {"prompt": "ok", "start_image_url": "KEEP", "negative_prompt": 3}},
            "negative_prompt",
        ),
        ({"input": "nope"}, "input"),
        ({"extra": 1}, "unknown parameter: extra"),
        ({"callback_url": "ftp://x"}, "callback_url"),
    ],
)
def test_submit_validation(client, upload, sandbox: Sandbox, change: dict, message: str) -> None:
    url = upload()
    body: dict = {"model": "kling-2.1/standard", "input": {"prompt": "ok", "start_image_url": url}}
    body.update(change)
    if body["model"] is None:
        del body["model"]
    if isinstance(body["input"], dict):
        body["input"] = {k: (url if v == "KEEP" else v) for k, v in body["input"].items()}
    assert_error(client.post("/api/generate/submit", json=body), 400, contains=message)
    assert sandbox.tasks_created == 0


def test_submit_accepts_a_full_pro_request(client, upload, sandbox: Sandbox) -> None:
    body = {
        "model": "kling-2.1/pro",
        "callback_url": "http://127.0.0.1:9/hook",
        "input": {
            "prompt": "p" * 5000,
            "start_image_url": upload(0),
            "end_image_url": upload(1),
            "duration": 10,
            "negative_prompt": "blur",
        },
    }
    answer = client.post("/api/generate/submit", json=body)
    assert answer.status_code == 200, answer.text
    info = sandbox.task(answer.json()["data"]["task_id"])
    assert info.has_end_image and info.duration == 10 and info.negative_prompt == "blur"


def test_submit_refuses_non_json(client: httpx.Client) -> None:
    answer = client.post(
        "/api/generate/submit", content=b"{nope", headers={"Content-Type": "application/json"}
    )
    assert_error(answer, 400, contains="json")


def test_submit_refuses_images_it_cannot_fetch(submit) -> None:
    answer = submit(start_image_url="https://example.com/cat.png")
    assert_error(answer, 400, contains="no internet")


def test_submit_with_expired_upload_fails(client, upload, sandbox: Sandbox) -> None:
    url = upload()
    assert sandbox.expire_uploads() == 1
    answer = client.post(
        "/api/generate/submit",
        json={"model": "kling-2.1/standard", "input": {"prompt": "x", "start_image_url": url}},
    )
    assert_error(answer, 400, contains="expired")
    assert client.get(url).status_code == 404


def test_short_upload_ttl_expires_by_itself(sandbox_data_dir) -> None:
    with (
        Sandbox(
            task_seconds=0.3, video_long_side=320, data_dir=sandbox_data_dir, upload_ttl=0.2
        ) as box,
        httpx.Client(base_url=box.base_url) as http,
    ):
        answer = http.post(
            "/api/common/upload/stream",
            headers={"Authorization": "Bearer k"},
            files={"file": ("a.png", png_bytes(), "image/png")},
        )
        url = answer.json()["data"]["file_url"]
        assert http.get(url).status_code == 200
        time.sleep(0.3)
        assert http.get(url).status_code == 404


def test_not_enough_credits_is_402(submit, sandbox: Sandbox) -> None:
    sandbox.credits = 29
    assert_error(submit(), 402, contains="credits")
    assert sandbox.tasks_created == 0


def test_running_tasks_reserve_their_price(submit, sandbox: Sandbox) -> None:
    sandbox.credits = 60
    assert submit().status_code == 200
    assert submit().status_code == 200
    assert_error(submit(), 402)  # 60 credits are already spoken for


def test_idempotency_key_returns_the_same_task(submit, upload, sandbox: Sandbox) -> None:
    url = upload()
    first = submit(start_image_url=url, headers={"Idempotency-Key": "job-1"})
    again = submit(start_image_url=url, headers={"Idempotency-Key": "job-1"})
    other = submit(start_image_url=url, headers={"Idempotency-Key": "job-2"})
    task_id = first.json()["data"]["task_id"]
    assert again.json()["data"]["task_id"] == task_id
    assert other.json()["data"]["task_id"] != task_id
    assert sandbox.tasks_created == 2
    assert sandbox.task(task_id).submit_requests == 2
    assert sandbox.task(task_id).idempotency_key == "job-1"
    for info in sandbox.tasks():
        sandbox.wait_for_task(info.task_id)
    assert sandbox.credits == 1000 - 2 * 30  # two tasks charged, not three


def test_without_idempotency_key_every_submit_is_a_task(submit, sandbox: Sandbox) -> None:
    submit()
    submit()
    assert sandbox.tasks_created == 2


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer"}, {"Authorization": "Basic abc"}, {"Authorization": ""}],
)
def test_missing_key_is_401(sandbox: Sandbox, headers: dict[str, str]) -> None:
    answer = httpx.get(sandbox.base_url + "/api/user/balance", headers=headers)
    assert_error(answer, 401, contains="key")
    assert answer.json()["error"]["type"] == "authentication_error"


def test_configured_key_is_enforced(sandbox_data_dir) -> None:
    with Sandbox(api_key="right", data_dir=sandbox_data_dir) as box:
        url = box.base_url + "/api/user/balance"
        assert_error(
            httpx.get(url, headers={"Authorization": "Bearer wrong"}), 401, contains="invalid"
        )
        assert httpx.get(url, headers={"Authorization": "bearer right"}).status_code == 200


def test_unknown_path_and_method_use_the_error_shape(client: httpx.Client) -> None:
    assert_error(client.get("/api/nothing"), 404)
    assert_error(client.get("/api/generate/submit"), 405)


def test_fail_task_by_hand(submit, client, sandbox: Sandbox) -> None:
    task_id = submit().json()["data"]["task_id"]
    assert sandbox.fail_task(task_id, "Stopped by the test")
    data = client.get(f"/api/generate/status/{task_id}").json()["data"]
    assert data["status"] == "failed" and data["error_message"] == "Stopped by the test"
    assert data["credits_amount"] == 0 and data["files"] == []
    time.sleep(0.4)
    assert sandbox.task(task_id).status is TaskStatus.FAILED  # the render did not revive it
    assert sandbox.credits == 1000
