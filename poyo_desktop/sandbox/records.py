"""What the sandbox stores: files it serves, tasks it runs, requests it was sent.

Its own module because these records (and the id and time formats PoYo uses for them)
are shared by the routes and the test API, while :mod:`poyo_desktop.sandbox.state` is
about keeping them safe across threads.
"""

from __future__ import annotations

import secrets
import string
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from urllib.parse import quote

_ID_ALPHABET = string.ascii_lowercase + string.digits


class TaskStatus(StrEnum):
    NOT_STARTED = "not_started"
    RUNNING = "running"
    FINISHED = "finished"
    FAILED = "failed"


def utc_now() -> datetime:
    return datetime.now(UTC)


def naive_time(moment: datetime) -> str:
    """Task timestamps, as in PoYo's own examples: UTC without a zone (``2025-11-12T10:30:00``)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")


def zulu_time(moment: datetime) -> str:
    """Upload timestamps carry an explicit ``Z``; clients must accept both forms."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def new_file_id() -> str:
    return secrets.token_hex(12)


def new_task_id() -> str:
    tail = "".join(secrets.choice(_ID_ALPHABET) for _ in range(8))
    return f"task-unified-{int(time.time())}-{tail}"


@dataclass(slots=True)
class StoredFile:
    """A file the sandbox serves at ``/files/<file_id>/<file_name>``."""

    file_id: str
    path: Path
    file_name: str
    mime_type: str
    size: int
    kind: str  # "upload", "result" or "extra"
    created_at: datetime
    expires_at: datetime | None = None
    original_name: str | None = None
    upload_path: str | None = None
    expired_by_hand: bool = False

    def is_expired(self, now: datetime | None = None) -> bool:
        if self.expired_by_hand or not self.path.is_file():
            return True  # deleted data (e.g. uploads after a restart) is as good as expired
        return self.expires_at is not None and (now or utc_now()) >= self.expires_at

    def url(self, base_url: str) -> str:
        return f"{base_url}/files/{self.file_id}/{quote(self.file_name)}"


@dataclass(slots=True)
class Task:
    task_id: str
    model: str
    prompt: str
    duration: int
    start_image: StoredFile
    price: int
    created_at: datetime
    created_mono: float
    negative_prompt: str | None = None
    end_image: StoredFile | None = None
    callback_url: str | None = None
    idempotency_key: str | None = None
    status: TaskStatus = TaskStatus.NOT_STARTED
    progress: int = 0
    finished_at: datetime | None = None
    error_message: str | None = None
    credits_charged: float = 0
    video: StoredFile | None = None
    submit_requests: int = 1
    planned_failure: str | None = None

    @property
    def terminal(self) -> bool:
        return self.status in (TaskStatus.FINISHED, TaskStatus.FAILED)


@dataclass(frozen=True, slots=True)
class TaskInfo:
    """A read-only snapshot of a task, for tests and the demo UI."""

    task_id: str
    model: str
    prompt: str
    duration: int
    negative_prompt: str | None
    status: TaskStatus
    progress: int
    price: int
    credits_charged: float
    error_message: str | None
    idempotency_key: str | None
    submit_requests: int
    callback_url: str | None
    has_end_image: bool
    video_path: Path | None


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    """One request as received. ``headers`` keys are lower-case; kept in memory only."""

    route: str
    method: str
    path: str
    query: str
    headers: Mapping[str, str]
    at: float = field(default_factory=time.time)

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())
