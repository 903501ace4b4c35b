"""Whatever PoYo (or a proxy, or a broken line) sends, each parser gives a typed value or a
typed error: never an unhandled exception, never a value outside its documented range."""

from __future__ import annotations

import contextlib
import math
from datetime import datetime

from hypothesis import example, given
from hypothesis import strategies as st

from poyo_desktop.api.errors import MalformedResponse, PoyoError, RateLimited
from poyo_desktop.api.http_errors import decode_json, error_for, parse_retry_after, server_message
from poyo_desktop.api.models import Balance, RemoteStatus, TaskInfo, UploadedFile
from poyo_desktop.api.parse import (
    announced_size,
    parse_balance,
    parse_submitted,
    parse_task,
    parse_time,
    parse_upload,
    remote_status,
)
from poyo_desktop.api.retry import RetryPolicy
from tests.property.strategies import (
    balance_objects,
    http_statuses,
    json_values,
    statuses,
    task_objects,
    texts,
    timestamps,
    upload_objects,
    wire_bodies,
    wrapped,
)


def _finite_or_none(value: float | None) -> bool:
    return value is None or (isinstance(value, float) and math.isfinite(value))


def _aware_or_none(value: datetime | None) -> bool:
    return value is None or (isinstance(value, datetime) and value.tzinfo is not None)


def _size_or_none(value: int | None) -> bool:
    return value is None or (type(value) is int and value >= 0)


@given(statuses)
def test_status_word(value):
    assert remote_status(value) in RemoteStatus


@given(timestamps)
@example("0001-01-01T00:00:00+01:00")
@example("9999-12-31T23:59:59-01:00")
def test_timestamp(value):
    assert _aware_or_none(parse_time(value))


@given(wrapped(task_objects))
def test_status_body(body):
    try:
        info = parse_task(body)
    except MalformedResponse:
        return
    assert isinstance(info, TaskInfo)
    assert isinstance(info.task_id, str) and info.task_id.strip()
    assert info.status in RemoteStatus and isinstance(info.raw_status, str)
    assert info.progress is None or (type(info.progress) is int and 0 <= info.progress <= 100)
    assert _finite_or_none(info.credits_amount)
    assert _aware_or_none(info.created_time) and _aware_or_none(info.finished_time)
    assert info.error_message is None or isinstance(info.error_message, str)
    for file in info.files:
        assert isinstance(file.url, str) and isinstance(file.file_type, str)
        assert _size_or_none(file.size)
    try:
        video = info.video()
    except MalformedResponse:
        return
    assert video.url.strip() and video.file_type.lower() == "video" and len(info.files) == 1


@given(wrapped(task_objects))
def test_submit_body(body):
    try:
        submitted = parse_submitted(body)
    except MalformedResponse:
        return
    assert isinstance(submitted.task_id, str) and submitted.task_id.strip()
    assert submitted.status in RemoteStatus and _aware_or_none(submitted.created_time)


@given(wrapped(upload_objects))
def test_upload_body(body):
    try:
        uploaded = parse_upload(body)
    except MalformedResponse:
        return
    assert isinstance(uploaded, UploadedFile) and uploaded.file_url.strip()
    assert _size_or_none(uploaded.file_size)
    assert _aware_or_none(uploaded.expires_at) and _aware_or_none(uploaded.upload_time)


@given(wrapped(balance_objects))
@example({"code": 200, "data": {"credits_amount": 10**400}})
@example({"code": 200, "data": {"credits_amount": float("nan")}})
def test_balance_body(body):
    try:
        balance = parse_balance(body)
    except MalformedResponse:
        return
    assert isinstance(balance, Balance) and math.isfinite(balance.credits)
    assert balance.email is None or isinstance(balance.email, str)


@given(json_values)
def test_error_message_of_any_body(body):
    said = server_message(body)
    assert said is None or isinstance(said, str)


@given(http_statuses, wire_bodies, st.one_of(st.none(), texts))
def test_any_answer_is_a_typed_error_or_a_json_success(status, content, retry_after):
    error = error_for(status, content, retry_after_header=retry_after, what="status")
    if error is None:
        return
    assert isinstance(error, PoyoError) and error.message and isinstance(error.detail, str)
    if isinstance(error, RateLimited):
        assert error.retry_after is None or (
            math.isfinite(error.retry_after) and error.retry_after >= 0
        )
        assert RetryPolicy().delay(1, error) >= 0


@given(http_statuses, wire_bodies)
def test_a_success_body_always_parses_to_a_value_or_malformed(status, content):
    """The client's path: error_for first; what it lets through goes to the parsers."""
    if error_for(status, content) is not None:
        return
    body = decode_json(content)
    for parse in (parse_task, parse_submitted, parse_upload, parse_balance):
        with contextlib.suppress(MalformedResponse):
            parse(body)


@given(
    st.one_of(
        texts,
        st.datetimes().map(lambda d: d.strftime("%a, %d %b %Y %H:%M:%S GMT")),
        st.sampled_from(
            [
                "Mon, 20 Nov 1995 19:12:08 -9999",
                "Fri, 31 Dec 9999 23:59:59 +2359",
                "Sat, 01 Jan 0001 00:00:00 -2359",
                "1e400",
                "nan",
                "-inf",
                "  3 ",
            ]
        ),
        st.none(),
    )
)
def test_retry_after(value):
    seconds = parse_retry_after(value)
    assert seconds is None or (math.isfinite(seconds) and seconds >= 0)


@given(
    st.one_of(
        st.none(),
        texts,
        st.integers().map(str),
        st.sampled_from(["²", "٣", "12 ", "-1", "+5", "1_000", "0" * 30]),
    )
)
@example("²")
def test_content_length(value):
    size = announced_size(value)
    assert _size_or_none(size)
    if size is not None:
        assert value is not None and value.strip().isascii() and value.strip().isdigit()
        assert size == int(value.strip())
