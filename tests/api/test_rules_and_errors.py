"""The Kling 2.1 request rules and the HTTP → error mapping, without a server."""

from __future__ import annotations

import pytest

from poyo_desktop.api import (
    AuthenticationError,
    InsufficientCredits,
    InvalidRequest,
    MalformedResponse,
    NotFound,
    PermissionDenied,
    PoyoClient,
    RateLimited,
    RequestInvalid,
    ServerError,
    build_request,
)
from poyo_desktop.api.http_errors import error_for, parse_retry_after
from poyo_desktop.core.redaction import redact
from poyo_desktop.core.rules import PRO, STANDARD, Severity, check_generation


def test_valid_request_body():
    req = build_request(
        model=PRO,
        prompt="a cat surfing",
        start_image_url="https://x/a.png",
        end_image_url="https://x/b.png",
        duration=10,
        negative_prompt="blur",
    )
    assert req.to_json() == {
        "model": PRO,
        "input": {
            "prompt": "a cat surfing",
            "start_image_url": "https://x/a.png",
            "duration": 10,
            "negative_prompt": "blur",
            "end_image_url": "https://x/b.png",
        },
    }


def test_blank_negative_prompt_and_no_end_image_are_left_out():
    body = build_request(model=STANDARD, prompt="p", start_image_url="u").to_json()
    assert body["input"] == {"prompt": "p", "start_image_url": "u", "duration": 5}
    assert "enable_safety_checker" not in body["input"]


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"prompt": "   "}, "prompt"),
        ({"prompt": "x" * 5001}, "prompt"),
        ({"start_image_url": None}, "start_image"),
        ({"start_image_url": " "}, "start_image"),
        ({"duration": 7}, "duration"),
        ({"model": "kling-3"}, "model"),
        ({"end_image_url": "https://x/b.png"}, "end_image"),  # standard takes no end image
        ({"negative_prompt": "n" * 5001}, "negative_prompt"),
    ],
)
def test_each_rule_gives_a_clear_message(kwargs, field):
    args = {"model": STANDARD, "prompt": "p", "start_image_url": "https://x/a.png", **kwargs}
    with pytest.raises(RequestInvalid) as caught:
        build_request(**args)
    assert field in caught.value.problems
    assert caught.value.problems[field].endswith(".")
    assert len(caught.value.problems[field]) > 15


def test_long_prompt_is_a_warning_not_an_error():
    problems = check_generation(model=STANDARD, prompt="x" * 3000, duration=5, has_start_image=True)
    assert [p.severity for p in problems] == [Severity.WARNING]
    build_request(model=STANDARD, prompt="x" * 3000, start_image_url="u")


@pytest.mark.parametrize(
    ("status", "body", "kind"),
    [
        (
            400,
            b'{"code":400,"error":{"message":"Invalid parameter: size","type":"x"}}',
            InvalidRequest,
        ),
        (401, b'{"code":401,"error":{"message":"bad key"}}', AuthenticationError),
        (402, b'{"code":402,"error":{"message":"no credits"}}', InsufficientCredits),
        (403, b'{"code":403,"error":{"message":"no"}}', PermissionDenied),
        (404, b'{"code":404,"error":{"message":"unknown task"}}', NotFound),
        (413, b'{"detail":"too big"}', InvalidRequest),
        (
            422,
            b'{"detail":[{"loc":["body","file"],"msg":"field required","type":"missing"}]}',
            InvalidRequest,
        ),
        (429, b'{"code":429,"error":{"message":"slow down"}}', RateLimited),
        (500, b'{"code":500,"error":{"message":"oops"}}', ServerError),
        (502, b"<html><body><h1>502 Bad Gateway</h1></body></html>", ServerError),
        (503, b"", ServerError),
        (408, b"{}", ServerError),
        (200, b'{"code":402,"error":{"message":"no credits"}}', InsufficientCredits),
        (200, b"<html>oops</html>", MalformedResponse),
        (200, b'{"code": 200, "data": {"x": ', MalformedResponse),
    ],
)
def test_error_mapping(status, body, kind):
    error = error_for(status, body, retry_after_header="2")
    assert isinstance(error, kind)
    assert error.message and "Traceback" not in error.message
    assert str(error) == error.message


def test_success_is_not_an_error():
    assert error_for(200, b'{"code":200,"data":{}}') is None


def test_validation_detail_is_readable():
    error = error_for(422, b'{"detail":[{"loc":["body","file"],"msg":"field required"}]}')
    assert "file: field required" in error.message


def test_retry_after_forms():
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert parse_retry_after("soon") is None
    assert error_for(429, b"{}", retry_after_header="1.5").retry_after == 1.5


def test_key_never_in_repr_or_messages():
    client = PoyoClient("sk-live-supersecret123456", "http://127.0.0.1:1")
    assert "supersecret" not in repr(client)
    text = redact("Authorization: Bearer sk-live-supersecret123456 failed")
    assert "supersecret" not in text
    error = ServerError(detail="header Bearer sk-live-supersecret123456")
    assert "supersecret" not in error.detail and "supersecret" not in repr(error)


def test_the_stand_in_for_a_starting_server_sends_nothing_and_says_so():
    import asyncio

    from poyo_desktop.api import NetworkError
    from poyo_desktop.api.standin import StandInClient

    client = StandInClient()
    for call in (
        lambda: client.status("task-1"),
        lambda: client.balance(),
        lambda: client.submit(None, idempotency_key="k"),
        lambda: client.upload_bytes(b"x", filename="a.png"),
    ):
        with pytest.raises(NetworkError, match="demo server is not running yet"):
            asyncio.run(call())
    with pytest.raises(NetworkError):
        client.fetch_to("http://127.0.0.1:9/v.mp4", sink=None)
    with pytest.raises(NetworkError):
        client.open_download("http://127.0.0.1:9/v.mp4")
    asyncio.run(client.aclose())
    assert client.base_url == "http://127.0.0.1:9" and "StandInClient" in repr(client)
