"""Tolerant parsing of PoYo's JSON: extra keys ignored, optional ones may be missing.

Anything the contract requires but the body lacks raises :class:`MalformedResponse`.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from poyo_desktop.api.errors import MalformedResponse
from poyo_desktop.api.models import (
    Balance,
    RemoteStatus,
    ResultFile,
    SubmittedTask,
    TaskInfo,
    UploadedFile,
)

_STATUS_ALIASES: dict[str, RemoteStatus] = {
    "not_started": RemoteStatus.QUEUED,
    "pending": RemoteStatus.QUEUED,
    "queued": RemoteStatus.QUEUED,
    "running": RemoteStatus.RUNNING,
    "processing": RemoteStatus.RUNNING,
    "finished": RemoteStatus.FINISHED,
    "success": RemoteStatus.FINISHED,
    "succeeded": RemoteStatus.FINISHED,
    "completed": RemoteStatus.FINISHED,
    "failed": RemoteStatus.FAILED,
    "cancelled": RemoteStatus.FAILED,
    "canceled": RemoteStatus.FAILED,
}


def remote_status(value: object) -> RemoteStatus:
    if not isinstance(value, str):
        return RemoteStatus.UNKNOWN
    return _STATUS_ALIASES.get(value.strip().lower(), RemoteStatus.UNKNOWN)


def parse_time(value: object) -> datetime | None:
    """Accept naive (taken as UTC), ``Z`` and offset forms; anything else is None."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return datetime.fromtimestamp(float(value), UTC)
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
        return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
    except (ValueError, OverflowError):  # "0001-01-01T00:00:00+01:00" is before year 1 in UTC
        return None


def _float(value: object) -> float | None:
    """A finite number from a JSON number or numeric text; NaN, ±Infinity, 1e400 and
    ints beyond a float's range are no number (None), not an error."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        number = float(value)
    except (ValueError, OverflowError):
        return None
    return number if math.isfinite(number) else None


def _int(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str):  # exactly, not through a float ("9007199254740993")
        with contextlib.suppress(ValueError):
            return int(value)
    number = _float(value)
    return None if number is None else int(number)


_MAX_SIZE = 2**63 - 1  # what SQLite's INTEGER holds: a larger "size" could not be saved


def _size(value: object) -> int | None:
    """A byte count: a whole number from 0 up; anything else (-1, 10**400) is unknown."""
    number = _int(value)
    return number if number is not None and 0 <= number <= _MAX_SIZE else None


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value != "" else None


def unwrap(body: object, *, what: str) -> Mapping[str, Any]:
    """Return the payload of ``{"code", "data"}`` or a bare object; reject anything else."""
    if not isinstance(body, Mapping):
        raise MalformedResponse(detail=f"{what}: expected a JSON object, got {type(body).__name__}")
    data = body.get("data") if "data" in body else body
    if not isinstance(data, Mapping):
        raise MalformedResponse(detail=f"{what}: 'data' is {type(data).__name__}, not an object")
    return data


def _require_str(data: Mapping[str, Any], key: str, what: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise MalformedResponse(detail=f"{what}: missing or empty {key!r}")
    return value


def parse_task(body: object) -> TaskInfo:
    data = unwrap(body, what="status")
    task_id = _require_str(data, "task_id", "status")
    raw_status = data.get("status")
    progress = _int(data.get("progress"))
    if progress is not None:
        progress = max(0, min(100, progress))
    files_raw = data.get("files") or []
    files: list[ResultFile] = []
    if not isinstance(files_raw, list):
        raise MalformedResponse(detail=f"status: 'files' is {type(files_raw).__name__}")
    for item in files_raw:
        if not isinstance(item, Mapping):
            raise MalformedResponse(detail="status: a file entry is not an object")
        url = item.get("file_url")
        files.append(
            ResultFile(
                url=url if isinstance(url, str) else "",
                file_type=str(item.get("file_type") or ""),
                name=_str(item.get("file_name")),
                size=_size(item.get("file_size")),
                content_type=_str(item.get("content_type")),
            )
        )
    return TaskInfo(
        task_id=task_id,
        status=remote_status(raw_status),
        raw_status=str(raw_status) if raw_status is not None else "",
        progress=progress,
        files=tuple(files),
        created_time=parse_time(data.get("created_time")),
        finished_time=parse_time(data.get("finished_time")),
        error_message=_str(data.get("error_message")),
        credits_amount=_float(data.get("credits_amount")),
    )


def parse_submitted(body: object) -> SubmittedTask:
    data = unwrap(body, what="submit")
    return SubmittedTask(
        task_id=_require_str(data, "task_id", "submit"),
        status=remote_status(data.get("status", "not_started")),
        created_time=parse_time(data.get("created_time")),
    )


def parse_upload(body: object) -> UploadedFile:
    data = unwrap(body, what="upload")
    return UploadedFile(
        file_url=_require_str(data, "file_url", "upload"),
        file_id=_str(data.get("file_id")),
        file_name=_str(data.get("file_name")),
        file_size=_size(data.get("file_size")),
        mime_type=_str(data.get("mime_type")),
        download_url=_str(data.get("download_url")),
        expires_at=parse_time(data.get("expires_at")),
        original_name=_str(data.get("original_name")),
        upload_path=_str(data.get("upload_path")),
        upload_time=parse_time(data.get("upload_time")),
    )


def parse_balance(body: object) -> Balance:
    data = unwrap(body, what="balance")
    credits = _float(data.get("credits_amount"))
    if credits is None:
        raise MalformedResponse(detail="balance: missing 'credits_amount'")
    return Balance(credits=credits, email=_str(data.get("email")), fetched_at=datetime.now(UTC))


def announced_size(content_length: str | None) -> int | None:
    """A download's size from its ``Content-Length`` header; None when absent or not a
    plain count of bytes."""
    text = (content_length or "").strip()
    # isdigit() alone lets "²" and "٣" through (int() refuses the first): ASCII digits only.
    return _size(text) if text.isascii() and text.isdigit() else None
