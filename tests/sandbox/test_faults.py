"""Every fault kind, as a client sees it on the wire, plus counters and the header log."""

from __future__ import annotations

import json
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from poyo_desktop.sandbox import Fault, FaultKind, Sandbox, TaskStatus
from tests.sandbox.images import png_bytes

SUBMIT_BODY = {"model": "kling-2.1/standard", "input": {"prompt": "waves"}}


def submit_body(start_url: str) -> dict:
    return {
        "model": "kling-2.1/standard",
        "input": {"prompt": "waves", "start_image_url": start_url},
    }


@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_errors_use_the_error_shape_then_recover(client, sandbox: Sandbox, status) -> None:
    handle = sandbox.inject(Fault.http_error(status, route="balance", times=2))
    for _ in range(2):
        answer = client.get("/api/user/balance")
        assert answer.status_code == status
        body = answer.json()
        assert body["code"] == status and body["error"]["type"] == "server_error"
        assert body["error"]["message"]
    assert client.get("/api/user/balance").status_code == 200
    assert handle.hits == 2 and handle.exhausted
    assert sandbox.pending_faults == []


@pytest.mark.parametrize(("retry_after", "header"), [(1.5, "1.5"), (2, "2"), (None, None)])
def test_rate_limit_with_retry_after(client, sandbox: Sandbox, retry_after, header) -> None:
    sandbox.inject(Fault.rate_limit(retry_after=retry_after, route="status"))
    answer = client.get("/api/generate/status/anything")
    assert answer.status_code == 429
    assert answer.headers.get("retry-after") == header
    assert answer.json()["code"] == 429 and answer.json()["error"]["type"] == "rate_limit_error"


def test_unauthorized_and_no_credits(client, upload, sandbox: Sandbox) -> None:
    url = upload()
    sandbox.inject(Fault.unauthorized(route="balance"))
    sandbox.inject(Fault.no_credits())
    assert client.get("/api/user/balance").status_code == 401
    answer = client.post("/api/generate/submit", json=submit_body(url))
    assert answer.status_code == 402 and answer.json()["code"] == 402
    assert sandbox.tasks_created == 0


def test_upload_faults_use_the_detail_dialect(client, sandbox: Sandbox) -> None:
    sandbox.inject(Fault.http_error(503, route="upload"))
    answer = client.post("/api/common/upload/stream", files={"file": ("a.png", png_bytes())})
    assert answer.status_code == 503 and set(answer.json()) == {"detail"}


def test_error_inside_http_200(client, sandbox: Sandbox) -> None:
    sandbox.inject(Fault.body_error(500, route="balance", message="backend busy"))
    answer = client.get("/api/user/balance")
    assert answer.status_code == 200
    assert answer.json() == {
        "code": 500,
        "error": {"message": "backend busy", "type": "server_error"},
    }


def test_slow_answer_times_out_then_arrives(sandbox: Sandbox) -> None:
    sandbox.inject(Fault.slow(0.6, route="balance", times=2))
    headers = {"Authorization": "Bearer k"}
    with pytest.raises(httpx.ReadTimeout):
        httpx.get(sandbox.base_url + "/api/user/balance", headers=headers, timeout=0.2)
    started = time.monotonic()
    answer = httpx.get(sandbox.base_url + "/api/user/balance", headers=headers, timeout=5)
    assert answer.status_code == 200 and time.monotonic() - started >= 0.55


def test_drop_mid_answer_is_a_protocol_error(client, sandbox: Sandbox) -> None:
    sandbox.inject(Fault.drop(route="balance"))
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        client.get("/api/user/balance")
    assert client.get("/api/user/balance").status_code == 200  # a fresh connection works


def test_drop_before_commit_creates_nothing(client, upload, sandbox: Sandbox) -> None:
    url = upload()
    sandbox.inject(Fault.drop(route="submit"))
    with pytest.raises(httpx.RemoteProtocolError):
        client.post("/api/generate/submit", json=submit_body(url))
    assert sandbox.tasks_created == 0
    assert sandbox.requests["submit"] == 1


def test_lost_answer_creates_the_task_and_the_key_finds_it_again(
    client, upload, sandbox: Sandbox
) -> None:
    url = upload()
    sandbox.inject(Fault.lost_answer())
    key = {"Idempotency-Key": "local-job-7"}
    with pytest.raises(httpx.RemoteProtocolError):
        client.post("/api/generate/submit", json=submit_body(url), headers=key)
    assert sandbox.tasks_created == 1  # the task exists and will be charged
    [info] = sandbox.tasks()
    retry = client.post("/api/generate/submit", json=submit_body(url), headers=key)
    assert retry.status_code == 200
    assert retry.json()["data"]["task_id"] == info.task_id
    assert sandbox.tasks_created == 1
    assert sandbox.task(info.task_id).submit_requests == 2
    sandbox.wait_for_task(info.task_id)
    assert sandbox.credits == 1000 - 30  # charged once


def test_lost_answer_by_delay_outlasts_the_client_timeout(upload, sandbox: Sandbox) -> None:
    url = upload()
    sandbox.inject(Fault.lost_answer(delay=2.0))
    with pytest.raises(httpx.ReadTimeout):
        httpx.post(
            sandbox.base_url + "/api/generate/submit",
            json=submit_body(url),
            headers={"Authorization": "Bearer k"},
            timeout=0.3,
        )
    assert sandbox.tasks_created == 1


def test_error_after_commit_still_creates_the_task(client, upload, sandbox: Sandbox) -> None:
    url = upload()
    sandbox.inject(Fault.http_error(503, route="submit", after_commit=True))
    assert client.post("/api/generate/submit", json=submit_body(url)).status_code == 503
    assert sandbox.tasks_created == 1


def test_malformed_json(client, sandbox: Sandbox) -> None:
    sandbox.inject(Fault.malformed_json(route="status"))
    answer = client.get("/api/generate/status/x")
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/json"
    with pytest.raises(json.JSONDecodeError):
        answer.json()


def test_html_error_page_from_a_proxy(client, sandbox: Sandbox) -> None:
    sandbox.inject(Fault.html_error(502, route="submit"))
    answer = client.post("/api/generate/submit", json=SUBMIT_BODY)
    assert answer.status_code == 502
    assert answer.headers["content-type"].startswith("text/html")
    assert "<h1>502 Bad Gateway</h1>" in answer.text
    assert sandbox.tasks_created == 0


def test_truncated_download(sandbox: Sandbox, tmp_path) -> None:
    path = tmp_path / "video.bin"
    path.write_bytes(b"v" * 3_000_000)
    url = sandbox.add_file(path)
    sandbox.inject(Fault.truncate(keep=0.4))
    received = 0
    with httpx.stream("GET", url) as answer:
        assert answer.headers["content-length"] == "3000000"
        with pytest.raises(httpx.RemoteProtocolError):
            for chunk in answer.iter_raw():
                received += len(chunk)
    assert 0 < received < 3_000_000
    assert received == pytest.approx(1_200_000, abs=2)
    assert len(httpx.get(url).content) == 3_000_000  # the next download is whole


@pytest.mark.parametrize(
    ("status", "code"),
    [(403, "AccessDenied"), (401, "AccessDenied"), (404, "NoSuchKey"), (410, "NoSuchKey")],
)
def test_expired_link_answers_as_a_storage_host_does(
    sandbox: Sandbox, tmp_path, status, code
) -> None:
    """An expired signed result link: an object store's XML error, not the API's JSON."""
    path = tmp_path / "video.bin"
    path.write_bytes(b"v" * 1000)
    url = sandbox.add_file(path)
    sandbox.inject(Fault.expired_link(status))
    answer = httpx.get(url)
    assert answer.status_code == status
    assert answer.headers["content-type"].startswith("application/xml")
    assert f"<Code>{code}</Code>" in answer.text and "expired" in answer.text
    assert httpx.get(url).content == b"v" * 1000  # one link spoiled, not the file
    with pytest.raises(ValueError):
        Fault.expired_link(500)


def test_result_links_can_point_at_a_storage_host(tmp_path, sandbox_data_dir) -> None:
    """As on PoYo, where results live on a storage host, not the API's: the key never
    goes there."""
    with (
        Sandbox(
            task_seconds=0.3,
            video_long_side=320,
            data_dir=sandbox_data_dir,
            storage_host="localhost",
        ) as box,
        httpx.Client(base_url=box.base_url, headers={"Authorization": "Bearer k"}) as client,
    ):
        start = client.post(
            "/api/common/upload/stream",
            files={"file": ("p.png", png_bytes(400, 300, 0), "image/png")},
        ).json()["data"]["file_url"]
        task_id = client.post("/api/generate/submit", json=submit_body(start)).json()["data"][
            "task_id"
        ]
        box.wait_for_task(task_id)
        (video,) = client.get(f"/api/generate/status/{task_id}").json()["data"]["files"]
        url = video["file_url"]
        assert url.startswith(box.base_url.replace("127.0.0.1", "localhost") + "/files/")
        assert httpx.get(url).content[4:8] == b"ftyp"


def test_throttled_download(sandbox: Sandbox, tmp_path) -> None:
    path = tmp_path / "slow.bin"
    path.write_bytes(b"s" * 200_000)
    url = sandbox.add_file(path)
    sandbox.inject(Fault.throttle(500_000))
    started = time.monotonic()
    assert len(httpx.get(url).content) == 200_000
    assert time.monotonic() - started >= 0.25  # 4 pieces, 0.1 s apart


def test_canned_answer(client, sandbox: Sandbox) -> None:
    odd = {"task_id": "t1", "status": "processing", "progress": None}
    sandbox.inject(Fault.respond(route="status", json_body=odd))
    assert client.get("/api/generate/status/t1").json() == odd


def test_fail_task_fault(client, submit, sandbox: Sandbox) -> None:
    sandbox.inject(Fault.fail_task(message="Content policy violation"))
    failing = submit().json()["data"]["task_id"]
    fine = submit().json()["data"]["task_id"]
    assert sandbox.wait_for_task(failing).status is TaskStatus.FAILED
    data = client.get(f"/api/generate/status/{failing}").json()["data"]
    assert data["status"] == "failed" and data["error_message"] == "Content policy violation"
    assert data["credits_amount"] == 0 and data["files"] == []
    assert sandbox.wait_for_task(fine).status is TaskStatus.FINISHED
    assert sandbox.credits == 1000 - 30


def test_a_forgotten_task_answers_not_found_as_a_purged_one_does(
    client, submit, sandbox: Sandbox
) -> None:
    running = submit().json()["data"]["task_id"]
    finished = submit().json()["data"]["task_id"]
    assert sandbox.wait_for_task(finished).status is TaskStatus.FINISHED
    assert sandbox.forget_task(running) and sandbox.forget_task(finished)
    assert not sandbox.forget_task(finished)  # already gone
    for task_id in (running, finished):
        answer = client.get(f"/api/generate/status/{task_id}")
        assert answer.status_code == 404 and answer.json()["code"] == 404
    time.sleep(0.5)  # the running one's simulation ends without trouble
    assert client.get("/api/user/balance").status_code == 200


def test_route_targeting_and_forever(client, sandbox: Sandbox) -> None:
    sandbox.inject(Fault.http_error(500, route="status", times=None))
    assert client.get("/api/user/balance").status_code == 200
    for _ in range(5):
        assert client.get("/api/generate/status/x").status_code == 500
    sandbox.clear_faults()
    assert client.get("/api/generate/status/x").status_code == 404
    sandbox.inject(Fault.http_error(503))  # route "*"
    assert httpx.get(sandbox.base_url + "/v1/catalog/models/kling-2.1/pro").status_code == 503


def test_faults_fire_in_order(client, sandbox: Sandbox) -> None:
    sandbox.inject(Fault.http_error(500, route="balance"))
    sandbox.inject(Fault.rate_limit(route="balance"))
    codes = [client.get("/api/user/balance").status_code for _ in range(3)]
    assert codes == [500, 429, 200]


def test_fault_count_is_exact_under_concurrency(sandbox: Sandbox) -> None:
    sandbox.inject(Fault.http_error(503, route="balance", times=10))

    def call(_: int) -> int:
        return httpx.get(
            sandbox.base_url + "/api/user/balance", headers={"Authorization": "Bearer k"}
        ).status_code

    with ThreadPoolExecutor(8) as pool:
        codes = list(pool.map(call, range(40)))
    assert codes.count(503) == 10 and codes.count(200) == 30
    assert sandbox.requests["balance"] == 40


def test_counters_and_header_log(client, submit, sandbox: Sandbox) -> None:
    answer = submit(headers={"Idempotency-Key": "abc-123"})
    client.get(f"/api/generate/status/{answer.json()['data']['task_id']}")
    client.get("/api/generate/status/x")
    counts = sandbox.requests
    assert counts["upload"] == 1 and counts["submit"] == 1 and counts["status"] == 2
    assert counts["download"] == 0
    [record] = sandbox.requests_for("submit")
    assert record.method == "POST" and record.path == "/api/generate/submit"
    assert record.header("Authorization") == "Bearer test-key-123"
    assert record.header("idempotency-key") == "abc-123"
    sandbox.reset_requests()
    assert sandbox.requests["status"] == 0 and sandbox.request_log == []


def test_fault_arguments_are_checked() -> None:
    with pytest.raises(ValueError, match="route"):
        Fault.http_error(500, route="statuss")
    with pytest.raises(ValueError):
        Fault.http_error(200)
    with pytest.raises(ValueError):
        Fault.drop(keep=1.0)
    with pytest.raises(ValueError):
        Fault.slow(1, times=0)
    assert Fault.truncate().kind is FaultKind.DROP and Fault.truncate().route == "download"
    assert "503" in Fault.http_error(503, route="status").describe()
