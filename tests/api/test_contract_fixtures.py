"""The client reads every documented answer, from the same fixtures the sandbox's answers
are checked against (tests/contract/documented.py): one test per shape."""

from __future__ import annotations

from datetime import UTC, datetime

from poyo_desktop.api import InvalidRequest, RemoteStatus
from poyo_desktop.api.http_errors import error_for
from poyo_desktop.api.parse import parse_balance, parse_submitted, parse_task, parse_upload
from tests.contract.documented import load, raw


def test_submit():
    task = parse_submitted(load("submit"))
    assert task.task_id == load("submit")["data"]["task_id"]
    assert task.status is RemoteStatus.QUEUED
    assert task.created_time == datetime(2025, 11, 12, 10, 30, tzinfo=UTC)
    assert error_for(200, raw("submit")) is None


def test_status_running():
    info = parse_task(load("status_running"))
    assert info.status is RemoteStatus.RUNNING and info.progress == 40
    assert info.files == () and info.finished_time is None and info.error_message is None


def test_status_finished():
    info = parse_task(load("status_finished"))
    file = load("status_finished")["data"]["files"][0]
    assert info.status is RemoteStatus.FINISHED and info.progress == 100
    assert info.video().url == file["file_url"] and info.video().size == file["file_size"]
    assert info.credits_amount == 30
    assert info.finished_time == datetime(2025, 11, 12, 10, 32, 10, tzinfo=UTC)


def test_status_failed():
    info = parse_task(load("status_failed"))
    assert info.status is RemoteStatus.FAILED
    assert info.error_message == load("status_failed")["data"]["error_message"]


def test_a_bare_status_body_reads_as_the_wrapped_one():
    """Callbacks and some clients carry the task object itself."""
    for name in ("status_running", "status_finished", "status_failed"):
        assert parse_task(load(name)["data"]) == parse_task(load(name))


def test_upload():
    data = load("upload")["data"]
    uploaded = parse_upload(load("upload"))
    assert uploaded.file_url == data["file_url"] and uploaded.file_size == data["file_size"]
    assert uploaded.expires_at == datetime(2025, 11, 15, 10, 30, tzinfo=UTC)
    assert uploaded.upload_path == "desktop" and uploaded.original_name == "picture.png"
    assert error_for(200, raw("upload")) is None


def test_upload_error():
    error = error_for(400, raw("upload_error"), what="upload")
    assert isinstance(error, InvalidRequest)
    assert load("upload_error")["detail"] in error.message


def test_upload_validation_error():
    error = error_for(422, raw("upload_validation_error"), what="upload")
    assert isinstance(error, InvalidRequest)
    assert "base64_data: Field required" in error.message  # where, and what


def test_balance():
    balance = parse_balance(load("balance"))
    assert balance.credits == 1234 and balance.email == "person@example.com"


def test_error():
    error = error_for(400, raw("error"))
    assert isinstance(error, InvalidRequest) and error.code == 400
    assert "Invalid parameter: size" in error.message
    # the business code counts inside an HTTP 200 too
    assert isinstance(error_for(200, raw("error")), InvalidRequest)
