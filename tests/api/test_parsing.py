"""Parsing tolerates what PoYo (and its clones) may send, and rejects what it must not."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from poyo_desktop.api import MalformedResponse, RemoteStatus
from poyo_desktop.api.parse import (
    parse_balance,
    parse_submitted,
    parse_task,
    parse_time,
    parse_upload,
)

TASK = {
    "task_id": "task-unified-1731406200-ab12cd34",
    "status": "finished",
    "progress": 100,
    "files": [
        {
            "file_url": "https://cdn.example/v.mp4",
            "file_type": "video",
            "file_name": "v.mp4",
            "file_size": 1234,
            "format": "mp4",
            "label": "x",
        }
    ],
    "created_time": "2025-11-12T10:30:00",
    "finished_time": "2025-11-12T10:32:00Z",
    "error_message": None,
    "credits_amount": 30,
    "something_new": {"nested": True},
}


def test_wrapped_and_bare_bodies_parse_the_same():
    wrapped = parse_task({"code": 200, "data": TASK})
    bare = parse_task(TASK)
    assert wrapped == bare
    assert wrapped.status is RemoteStatus.FINISHED
    assert wrapped.video().url == "https://cdn.example/v.mp4"
    assert wrapped.video().size == 1234
    assert wrapped.created_time == datetime(2025, 11, 12, 10, 30, tzinfo=UTC)
    assert wrapped.finished_time == datetime(2025, 11, 12, 10, 32, tzinfo=UTC)
    assert wrapped.credits_amount == 30.0


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("not_started", RemoteStatus.QUEUED),
        ("pending", RemoteStatus.QUEUED),
        ("queued", RemoteStatus.QUEUED),
        ("running", RemoteStatus.RUNNING),
        ("processing", RemoteStatus.RUNNING),
        ("success", RemoteStatus.FINISHED),
        ("finished", RemoteStatus.FINISHED),
        ("failed", RemoteStatus.FAILED),
        ("cancelled", RemoteStatus.FAILED),
        ("canceled", RemoteStatus.FAILED),
        ("warming_up", RemoteStatus.UNKNOWN),
        (None, RemoteStatus.UNKNOWN),
        (7, RemoteStatus.UNKNOWN),
    ],
)
def test_status_aliases(raw, expected):
    assert parse_task({"task_id": "t", "status": raw}).status is expected


def test_missing_optional_fields_are_tolerated():
    info = parse_task({"task_id": "t", "status": "running"})
    assert info.progress is None and info.files == () and info.credits_amount is None
    info = parse_task(
        {
            "task_id": "t",
            "status": "running",
            "progress": None,
            "credits_amount": "0.5",
            "files": None,
        }
    )
    assert info.progress is None and info.credits_amount == 0.5


def test_progress_is_clamped():
    assert parse_task({"task_id": "t", "status": "running", "progress": 140}).progress == 100
    assert parse_task({"task_id": "t", "status": "running", "progress": -3}).progress == 0


@pytest.mark.parametrize(
    "body",
    [
        [],
        "text",
        {"code": 200, "data": "x"},
        {"status": "running"},
        {"task_id": ""},
        {"task_id": "t", "files": "x"},
        {"task_id": "t", "files": ["x"]},
    ],
)
def test_malformed_status_bodies(body):
    with pytest.raises(MalformedResponse):
        parse_task(body)


@pytest.mark.parametrize(
    "files",
    [
        [],
        [{"file_url": "", "file_type": "video"}],
        [{"file_url": "a", "file_type": "video"}, {"file_url": "b", "file_type": "video"}],
        [{"file_url": "a", "file_type": "image"}],
    ],
)
def test_finished_without_exactly_one_video_is_flagged(files):
    info = parse_task({"task_id": "t", "status": "finished", "files": files})
    with pytest.raises(MalformedResponse) as caught:
        info.video()
    assert "exactly one video" in caught.value.message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-11-12T10:30:00", datetime(2025, 11, 12, 10, 30, tzinfo=UTC)),
        ("2025-11-12T10:30:00Z", datetime(2025, 11, 12, 10, 30, tzinfo=UTC)),
        ("2025-11-12T12:30:00+02:00", datetime(2025, 11, 12, 10, 30, tzinfo=UTC)),
        ("yesterday", None),
        ("", None),
        (None, None),
    ],
)
def test_times(text, expected):
    assert parse_time(text) == expected


def test_submit_upload_balance():
    sub = parse_submitted(
        {
            "code": 200,
            "data": {
                "task_id": "task-1",
                "status": "not_started",
                "created_time": "2025-11-12T10:30:00",
            },
        }
    )
    assert sub.task_id == "task-1" and sub.status is RemoteStatus.QUEUED
    up = parse_upload(
        {
            "success": True,
            "code": 200,
            "msg": "ok",
            "data": {
                "file_id": "f",
                "file_name": "a.png",
                "file_size": 10,
                "mime_type": "image/png",
                "file_url": "https://x/a.png",
                "download_url": "https://x/a.png?dl=1",
                "expires_at": "2025-11-15T10:30:00Z",
                "extra": 1,
            },
        }
    )
    assert up.file_url == "https://x/a.png" and up.file_size == 10
    assert up.expires_at == datetime(2025, 11, 15, 10, 30, tzinfo=UTC)
    bal = parse_balance({"code": 200, "data": {"email": "a@b.c", "credits_amount": 12.5}})
    assert bal.credits == 12.5 and bal.email == "a@b.c"
    with pytest.raises(MalformedResponse):
        parse_balance({"code": 200, "data": {"email": "a@b.c"}})
    with pytest.raises(MalformedResponse):
        parse_upload({"code": 200, "data": {"file_id": "f"}})
