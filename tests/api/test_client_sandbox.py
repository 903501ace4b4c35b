"""The client against the sandbox over real loopback HTTP: every call, every error class."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import httpx
import pytest

from poyo_desktop.api import (
    AuthenticationError,
    InsufficientCredits,
    InvalidRequest,
    LinkExpired,
    MalformedResponse,
    NetworkError,
    NotFound,
    PoyoClient,
    PoyoError,
    RateLimited,
    RemoteStatus,
    RetryPolicy,
    ServerError,
    SubmitOutcomeUnknown,
    build_request,
)
from poyo_desktop.core.rules import PRO, STANDARD
from poyo_desktop.sandbox import Fault
from tests.conftest import TEST_KEY
from tests.images import write_jpeg, write_png, write_webp

FAST = RetryPolicy(attempts=4, base_delay=0.01, max_delay=0.05)


def write_image(path: Path, width: int, height: int, fmt: str = "PNG") -> Path:
    writer = {"PNG": write_png, "JPEG": write_jpeg, "WEBP": write_webp}[fmt]
    return writer(path, width, height)


def run(coro):
    return asyncio.run(coro)


def client_for(poyo, key: str = TEST_KEY, **kwargs) -> PoyoClient:
    return PoyoClient(key, poyo.base_url, retry=kwargs.pop("retry", FAST), **kwargs)


async def upload_png(
    client: PoyoClient, tmp_path: Path, name: str = "a.png", width: int = 400
) -> str:
    path = write_image(tmp_path / name, width, 300)
    return (await client.upload_file(path, file_name="upload.png")).file_url


def test_balance_and_auth_header(poyo):
    async def go():
        async with client_for(poyo) as client:
            return await client.balance()

    balance = run(go())
    assert balance.credits == 1000
    [request] = poyo.requests_for("balance")
    assert request.header("Authorization") == f"Bearer {TEST_KEY}"


def test_wrong_key_is_an_authentication_error(poyo):
    async def go():
        async with client_for(poyo, key="sk-wrong") as client:
            await client.balance()

    with pytest.raises(AuthenticationError) as caught:
        run(go())
    assert "API key" in caught.value.message
    assert "sk-wrong" not in caught.value.message + caught.value.detail


@pytest.mark.parametrize(
    ("fmt", "suffix", "mime"),
    [
        ("PNG", "png", "image/png"),
        ("JPEG", "jpg", "image/jpeg"),
        ("WEBP", "webp", "image/webp"),
    ],
)
def test_upload_forms(poyo, tmp_path, fmt, suffix, mime):
    path = write_image(tmp_path / f"pic.{suffix}", 400, 300, fmt=fmt)

    async def go():
        async with client_for(poyo) as client:
            streamed = await client.upload_file(path, file_name=f"neutral.{suffix}")
            b64 = await client.upload_base64(path.read_bytes(), mime_type=mime)
            rehosted = await client.upload_url(streamed.file_url)
            return streamed, b64, rehosted

    streamed, b64, rehosted = run(go())
    for uploaded in (streamed, b64, rehosted):
        assert uploaded.file_url.startswith(poyo.base_url)
        assert uploaded.expires_at is not None
        served = httpx.get(uploaded.file_url)
        assert served.status_code == 200 and served.content == path.read_bytes()
    assert streamed.mime_type == mime


def test_upload_of_a_non_image_is_refused_clearly(poyo, tmp_path):
    bogus = tmp_path / "notes.png"
    bogus.write_text("just text")

    async def go():
        async with client_for(poyo) as client:
            await client.upload_file(bogus)

    with pytest.raises(InvalidRequest) as caught:
        run(go())
    assert caught.value.message.startswith("PoYo did not accept the request")


def test_full_flow_yields_a_playable_video(poyo, tmp_path):
    async def go():
        async with client_for(poyo) as client:
            url = await upload_png(client, tmp_path)
            request = build_request(model=STANDARD, prompt="a slow pan", start_image_url=url)
            submitted = await client.submit(request, idempotency_key="k-1")
            assert submitted.status is RemoteStatus.QUEUED
            seen = []
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                info = await client.status(submitted.task_id)
                seen.append(info.status)
                if info.status is RemoteStatus.FINISHED:
                    break
                await asyncio.sleep(0.1)
            video = info.video()
            target = tmp_path / "out.mp4"
            async with client.open_download(video.url) as download:
                with target.open("wb") as handle:
                    async for chunk in download.chunks():
                        handle.write(chunk)
                total = download.total
            return submitted, info, seen, target, total

    submitted, info, seen, target, total = run(go())
    assert seen[-1] is RemoteStatus.FINISHED
    assert info.credits_amount == 30
    assert target.stat().st_size == total > 1000
    assert poyo.task(submitted.task_id).submit_requests == 1
    from poyo_desktop.services.mp4check import check_mp4

    check_mp4(target)


def test_pro_takes_an_end_image_and_standard_refuses_one(poyo, tmp_path):
    async def go():
        async with client_for(poyo) as client:
            start = await upload_png(client, tmp_path, "s.png")
            end = await upload_png(client, tmp_path, "e.png", width=420)
            pro = await client.submit(
                build_request(
                    model=PRO, prompt="morph", start_image_url=start, end_image_url=end, duration=10
                ),
                idempotency_key="pro-1",
            )
            # Bypass the local rules to see the server's own refusal.
            body = {
                "model": STANDARD,
                "input": {"prompt": "x", "start_image_url": start, "end_image_url": end},
            }
            raw = await client._send("POST", "/api/generate/submit", what="submit", json=body)
            return pro, raw

    with pytest.raises(InvalidRequest) as caught:
        run(go())
    assert "end_image_url" in caught.value.detail
    assert poyo.tasks_created == 1


@pytest.mark.parametrize(
    ("fault", "error"),
    [
        (Fault.http_error(500, route="balance", times=None), ServerError),
        (Fault.http_error(502, route="balance", times=None), ServerError),
        (Fault.http_error(503, route="balance", times=None), ServerError),
        (Fault.html_error(502, route="balance", times=None), ServerError),
        (Fault.malformed_json(route="balance", times=None), MalformedResponse),
        (Fault.drop(route="balance", times=None), NetworkError),
        (Fault.unauthorized(route="balance", times=None), AuthenticationError),
        (Fault.no_credits(route="balance", times=None), InsufficientCredits),
        (Fault.rate_limit(retry_after=0.01, route="balance", times=None), RateLimited),
    ],
)
def test_each_fault_becomes_its_error_class(poyo, fault, error):
    poyo.inject(fault)

    async def go():
        async with client_for(poyo) as client:
            await client.balance()

    with pytest.raises(error) as caught:
        run(go())
    assert caught.value.message
    retried = error.retryable
    assert poyo.requests["balance"] == (FAST.attempts if retried else 1)


def test_status_retries_through_transient_trouble(poyo, tmp_path):
    async def go():
        async with client_for(poyo) as client:
            url = await upload_png(client, tmp_path)
            task = await client.submit(
                build_request(model=STANDARD, prompt="p", start_image_url=url), idempotency_key="r"
            )
            poyo.inject(Fault.http_error(503, route="status", times=2))
            info = await client.status(task.task_id)
            return info

    info = run(go())
    assert info.status in (RemoteStatus.QUEUED, RemoteStatus.RUNNING, RemoteStatus.FINISHED)
    assert poyo.requests["status"] == 3


def test_retry_after_is_honoured(poyo):
    poyo.inject(Fault.rate_limit(retry_after=0.6, route="balance", times=1))

    async def go():
        async with client_for(poyo) as client:
            started = time.monotonic()
            await client.balance()
            return time.monotonic() - started

    waited = run(go())
    assert waited >= 0.55
    assert poyo.requests["balance"] == 2


def test_unknown_task_is_not_found(poyo):
    async def go():
        async with client_for(poyo) as client:
            await client.status("task-unified-0-nothere/../x")

    with pytest.raises(NotFound):
        run(go())


@pytest.mark.parametrize(
    "fault",
    [
        Fault.lost_answer(),
        Fault.lost_answer(delay=2.0),
        Fault.http_error(503, route="submit"),
        Fault.malformed_json(route="submit", after_commit=True),
        Fault.rate_limit(retry_after=0, route="submit"),
    ],
)
def test_submit_with_unclear_outcome_is_unknown_and_never_repeated(poyo, tmp_path, fault):
    async def go():
        timeout = httpx.Timeout(5.0, read=0.5)
        async with client_for(poyo, timeout=timeout) as client:
            url = await upload_png(client, tmp_path)
            poyo.inject(fault)
            await client.submit(
                build_request(model=STANDARD, prompt="p", start_image_url=url),
                idempotency_key="once",
            )

    with pytest.raises(SubmitOutcomeUnknown) as caught:
        run(go())
    assert "charged twice" in caught.value.message
    assert poyo.requests["submit"] == 1  # asked once, never again on its own


def test_submit_that_never_left_is_a_clean_network_error(unused_port):
    async def go():
        async with PoyoClient(TEST_KEY, f"http://127.0.0.1:{unused_port}") as client:
            await client.submit(
                build_request(model=STANDARD, prompt="p", start_image_url="u"), idempotency_key="x"
            )

    with pytest.raises(NetworkError) as caught:
        run(go())
    assert not isinstance(caught.value, SubmitOutcomeUnknown)
    assert caught.value.request_sent is False


def test_clean_refusals_on_submit(poyo, tmp_path):
    async def go():
        async with client_for(poyo) as client:
            url = await upload_png(client, tmp_path)
            poyo.credits = 10
            await client.submit(
                build_request(model=PRO, prompt="p", start_image_url=url), idempotency_key="poor"
            )

    with pytest.raises(InsufficientCredits):
        run(go())
    assert poyo.tasks_created == 0


def test_idempotency_key_is_sent(poyo, tmp_path):
    async def go():
        async with client_for(poyo) as client:
            url = await upload_png(client, tmp_path)
            await client.submit(
                build_request(model=STANDARD, prompt="p", start_image_url=url),
                idempotency_key="job-42",
            )

    run(go())
    [request] = poyo.requests_for("submit")
    assert request.header("Idempotency-Key") == "job-42"


def test_download_link_on_another_host_gets_no_key(poyo, tmp_path):
    """The API key must never travel to a storage host a result link points at."""
    video = tmp_path / "v.bin"
    video.write_bytes(b"x" * 1000)
    url = poyo.add_file(video).replace("127.0.0.1", "localhost")

    async def go():
        async with client_for(poyo) as client, client.open_download(url) as download:
            return b"".join([c async for c in download.chunks()])

    assert run(go()) == b"x" * 1000
    last = poyo.request_log[-1]
    assert last.header("Authorization") is None


@pytest.fixture
def unused_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _Collect:
    """A sink that keeps what a download brings (for fetch_to, the app's download path)."""

    def __init__(self) -> None:
        self.data = bytearray()

    def begin(self, total: int | None) -> None:
        pass

    def write(self, data: bytes) -> None:
        self.data += data


def refused_download(poyo, url: str) -> tuple[PoyoError, PoyoError]:
    """The error of one refused download through each of the client's two paths."""

    async def stream() -> None:
        async with client_for(poyo) as client, client.open_download(url):
            pass

    errors = []
    with pytest.raises(PoyoError) as caught:
        run(stream())
    errors.append(caught.value)

    async def blocking() -> None:
        async with client_for(poyo) as client:
            await asyncio.to_thread(client.fetch_to, url, _Collect())

    with pytest.raises(PoyoError) as caught:
        run(blocking())
    errors.append(caught.value)
    return errors[0], errors[1]


@pytest.mark.parametrize("status", [401, 403, 404, 410])
def test_a_storage_host_refusing_a_result_link_means_the_link_expired(poyo, tmp_path, status):
    """Not "your account is not allowed": the key never went there, the link is stale."""
    video = tmp_path / "v.bin"
    video.write_bytes(b"x" * 1000)
    url = poyo.add_file(video).replace("127.0.0.1", "localhost")
    poyo.inject(Fault.expired_link(status, times=2))
    for error in refused_download(poyo, url):
        assert isinstance(error, LinkExpired), repr(error)
        assert error.kind == "link_expired" and error.http_status == status
        assert "expired" in error.message and "not allowed" not in error.message
        assert "AccessDenied" in error.detail or "NoSuchKey" in error.detail


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (404, LinkExpired),
        (410, LinkExpired),  # the file is gone, not the task
        (401, AuthenticationError),  # the key was sent to the API's own host
    ],
)
def test_a_refused_result_link_on_the_api_host(poyo, tmp_path, status, expected):
    video = tmp_path / "v.bin"
    video.write_bytes(b"x" * 1000)
    url = poyo.add_file(video)
    poyo.inject(Fault.http_error(status, route="download", times=2))
    for error in refused_download(poyo, url):
        assert isinstance(error, expected), repr(error)


def test_clients_share_one_certificate_context(monkeypatch, tmp_path):
    """Reading the CA bundle costs 20-50 ms per context; a PoyoClient needs two (API calls
    and downloads) and the app makes a new one per key or server, so all of them share
    one context."""
    from poyo_desktop.api import client as client_module

    made: list[object] = []
    real = httpx.create_ssl_context

    def counting(*args: object, **kwargs: object) -> object:
        made.append(real(*args, **kwargs))
        return made[-1]

    monkeypatch.setattr(httpx, "create_ssl_context", counting)
    monkeypatch.setattr(client_module, "_tls", None)
    clients = [client_module.PoyoClient("sk-test", "https://api.example.test") for _ in range(3)]
    for client in clients:
        client._result_fetcher()
    assert len(made) == 1
    for client in clients:
        asyncio.run(client.aclose())
