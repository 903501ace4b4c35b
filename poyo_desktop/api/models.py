"""Typed answers from PoYo. Parsing lives in ``parse.py``; these are plain values."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from poyo_desktop.api.errors import MalformedResponse
from poyo_desktop.core.wording import translate


class RemoteStatus(StrEnum):
    """A task's status as PoYo reports it, folded into the four that matter."""

    QUEUED = "queued"
    RUNNING = "running"
    FINISHED = "finished"
    FAILED = "failed"
    UNKNOWN = "unknown"  # a value we have never seen: keep polling, never fail on it


@dataclass(frozen=True, slots=True)
class ResultFile:
    url: str
    file_type: str
    name: str | None = None
    size: int | None = None
    content_type: str | None = None


@dataclass(frozen=True, slots=True)
class TaskInfo:
    task_id: str
    status: RemoteStatus
    raw_status: str
    progress: int | None = None
    files: tuple[ResultFile, ...] = ()
    created_time: datetime | None = None
    finished_time: datetime | None = None
    error_message: str | None = None
    credits_amount: float | None = None

    def video(self) -> ResultFile:
        """The single result video of a finished task; anything else is malformed."""
        videos = [f for f in self.files if f.file_type.lower() == "video"]
        if len(self.files) != 1 or len(videos) != 1 or not videos[0].url.strip():
            raise MalformedResponse(
                translate(
                    "ApiErrors",
                    "PoYo reported the video as finished but did not give exactly one video file.",
                ),
                detail=f"task {self.task_id} files={self.files!r}",
            )
        return videos[0]


@dataclass(frozen=True, slots=True)
class SubmittedTask:
    task_id: str
    status: RemoteStatus
    created_time: datetime | None = None


@dataclass(frozen=True, slots=True)
class UploadedFile:
    file_url: str
    file_id: str | None = None
    file_name: str | None = None
    file_size: int | None = None
    mime_type: str | None = None
    download_url: str | None = None
    expires_at: datetime | None = None
    original_name: str | None = None
    upload_path: str | None = None
    upload_time: datetime | None = None


@dataclass(frozen=True, slots=True)
class Balance:
    credits: float
    email: str | None = None
    fetched_at: datetime | None = field(default=None, compare=False)
