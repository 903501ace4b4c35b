"""Everything the sandbox remembers: files, tasks, the balance, and what it was asked.

The server thread writes and test threads read, so every access goes through one lock.
Tasks report their progress from the clock (so a slow poller still sees a smooth rise) but
only turn ``finished`` when :meth:`SandboxState.finish` is called, i.e. when the video exists.
The records themselves are in :mod:`poyo_desktop.sandbox.records`.
"""

from __future__ import annotations

import threading
import time
from collections import Counter, deque
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from poyo_desktop.sandbox.config import SandboxConfig
from poyo_desktop.sandbox.records import (
    RecordedRequest,
    StoredFile,
    Task,
    TaskInfo,
    TaskStatus,
    naive_time,
    new_file_id,
    new_task_id,
    utc_now,
)

_LOG_LIMIT = 10_000


class InsufficientCredits(Exception):
    """The balance (minus what running tasks will cost) does not cover this task."""


class SandboxState:
    """All mutable state of one sandbox, guarded by a single lock."""

    def __init__(self, config: SandboxConfig) -> None:
        self.config = config
        self._lock = threading.RLock()
        self._credits: float = config.credits
        self._files: dict[str, StoredFile] = {}
        self._tasks: dict[str, Task] = {}
        self._by_key: dict[str, str] = {}
        self._requests: Counter[str] = Counter()
        self._log: deque[RecordedRequest] = deque(maxlen=_LOG_LIMIT)
        self._tasks_created = 0

    # --- account ----------------------------------------------------------------------

    @property
    def credits(self) -> float:
        with self._lock:
            return self._credits

    def set_credits(self, value: float) -> None:
        with self._lock:
            self._credits = value

    def _reserved(self) -> float:
        return sum(t.price for t in self._tasks.values() if not t.terminal)

    # --- what was asked ---------------------------------------------------------------

    def record_request(self, record: RecordedRequest) -> None:
        with self._lock:
            self._requests[record.route] += 1
            self._log.append(record)

    def request_counts(self) -> Counter[str]:
        with self._lock:
            return Counter(self._requests)

    def request_log(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._log)

    def reset_requests(self) -> None:
        with self._lock:
            self._requests.clear()
            self._log.clear()

    # --- files ------------------------------------------------------------------------

    def add_file(
        self,
        path: Path,
        *,
        kind: str,
        file_name: str,
        mime_type: str,
        ttl: float | None,
        file_id: str | None = None,
        original_name: str | None = None,
        upload_path: str | None = None,
    ) -> StoredFile:
        now = utc_now()
        stored = StoredFile(
            file_id=file_id or new_file_id(),
            path=path,
            file_name=file_name,
            mime_type=mime_type,
            size=path.stat().st_size,
            kind=kind,
            created_at=now,
            expires_at=None if ttl is None else now + timedelta(seconds=ttl),
            original_name=original_name,
            upload_path=upload_path,
        )
        with self._lock:
            self._files[stored.file_id] = stored
        return stored

    def file(self, file_id: str) -> StoredFile | None:
        with self._lock:
            return self._files.get(file_id)

    def file_for_url(self, url: str, base_url: str) -> StoredFile | None:
        """The stored file a URL points at, if it points at this sandbox at all."""
        try:
            parts, base = urlsplit(url), urlsplit(base_url)
            same_port = parts.port == base.port
        except ValueError:
            return None
        if parts.scheme != base.scheme or not same_port:
            return None
        if parts.hostname not in (base.hostname, "localhost", "127.0.0.1"):
            return None
        segments = parts.path.split("/")
        if len(segments) < 3 or segments[1] != "files":
            return None
        return self.file(segments[2])

    def expire_uploads(self) -> int:
        """Make every current upload expired (as if 72 hours had passed); returns how many."""
        with self._lock:
            uploads = [f for f in self._files.values() if f.kind == "upload"]
            for stored in uploads:
                stored.expired_by_hand = True
            return len(uploads)

    # --- tasks ------------------------------------------------------------------------

    @property
    def tasks_created(self) -> int:
        with self._lock:
            return self._tasks_created

    def repeat_submit(self, idempotency_key: str | None) -> Task | None:
        """The task an earlier submit with this key created (and count this new request)."""
        if not idempotency_key:
            return None
        with self._lock:
            task_id = self._by_key.get(idempotency_key)
            if task_id is None:
                return None
            task = self._tasks[task_id]
            task.submit_requests += 1
            return task

    def create_task(
        self,
        *,
        model: str,
        prompt: str,
        duration: int,
        start_image: StoredFile,
        end_image: StoredFile | None,
        negative_prompt: str | None,
        callback_url: str | None,
        price: int,
        idempotency_key: str | None,
    ) -> tuple[Task, bool]:
        """A new task, or the one this idempotency key already made (``created`` False)."""
        with self._lock:
            earlier = self.repeat_submit(idempotency_key)
            if earlier is not None:
                return earlier, False
            available = self._credits - self._reserved()
            if available < price:
                raise InsufficientCredits(
                    f"Insufficient credits: this task costs {price} credits and "
                    f"{_number(max(available, 0))} are available"
                )
            task = Task(
                task_id=new_task_id(),
                model=model,
                prompt=prompt,
                duration=duration,
                start_image=start_image,
                end_image=end_image,
                negative_prompt=negative_prompt,
                callback_url=callback_url,
                price=price,
                idempotency_key=idempotency_key or None,
                created_at=utc_now(),
                created_mono=time.monotonic(),
            )
            while task.task_id in self._tasks:
                task.task_id = new_task_id()
            self._tasks[task.task_id] = task
            if idempotency_key:
                self._by_key[idempotency_key] = task.task_id
            self._tasks_created += 1
            return task, True

    def task(self, task_id: str) -> Task | None:
        with self._lock:
            return self._tasks.get(task_id)

    def plan_failure(self, task_id: str, message: str) -> None:
        with self._lock:
            self._tasks[task_id].planned_failure = message

    def forget(self, task_id: str) -> bool:
        """Drop a task as PoYo purges old ones: its status answers 404 from now on, and
        its idempotency key no longer finds it. False if there was no such task."""
        with self._lock:
            task = self._tasks.pop(task_id, None)
            if task is None:
                return False
            if task.idempotency_key and self._by_key.get(task.idempotency_key) == task_id:
                del self._by_key[task.idempotency_key]
            return True

    def finish(self, task_id: str, video: StoredFile) -> bool:
        """Mark finished and charge the price; False if the task had already ended (or
        was forgotten meanwhile)."""
        with self._lock:
            task = self._tasks.get(task_id)
            if task is None or task.terminal:
                return False
            task.status = TaskStatus.FINISHED
            task.progress = 100
            task.video = video
            task.finished_at = utc_now()
            task.credits_charged = task.price
            self._credits -= task.price
            return True

    def fail(self, task_id: str, message: str) -> bool:
        """Mark failed (nothing is charged); False if the task had already ended."""
        with self._lock:
            task = self._tasks.get(task_id)
            if task is None or task.terminal:
                return False
            self._advance(task, time.monotonic())
            task.status = TaskStatus.FAILED
            task.error_message = message
            task.finished_at = utc_now()
            return True

    def _advance(self, task: Task, now_mono: float) -> None:
        """Move a live task along the clock: queued, then running with rising progress."""
        if task.terminal:
            return
        elapsed = now_mono - task.created_mono
        queue = self.config.queue_seconds
        if elapsed < queue:
            return
        task.status = TaskStatus.RUNNING
        run = max(self.config.task_seconds - queue, 1e-6)
        share = int(100 * (elapsed - queue) / run)
        task.progress = max(task.progress, min(99, share))  # never down; 100 only when done

    def task_data(self, task_id: str, base_url: str) -> dict[str, Any] | None:
        """The ``data`` object of a status answer, or None for an unknown task."""
        with self._lock:
            task = self._tasks.get(task_id)
            if task is None:
                return None
            self._advance(task, time.monotonic())
            files: list[dict[str, Any]] = []
            if task.status is TaskStatus.FINISHED and task.video is not None:
                files.append(
                    {
                        "file_url": task.video.url(base_url),
                        "file_type": "video",
                        "file_name": task.video.file_name,
                        "file_size": task.video.size,
                    }
                )
            return {
                "task_id": task.task_id,
                "status": task.status.value,
                "progress": task.progress,
                "files": files,
                "created_time": naive_time(task.created_at),
                "finished_time": naive_time(task.finished_at) if task.finished_at else None,
                "error_message": task.error_message,
                "credits_amount": task.credits_charged,
            }

    def info(self, task_id: str) -> TaskInfo | None:
        with self._lock:
            task = self._tasks.get(task_id)
            if task is None:
                return None
            self._advance(task, time.monotonic())
            return TaskInfo(
                task_id=task.task_id,
                model=task.model,
                prompt=task.prompt,
                duration=task.duration,
                negative_prompt=task.negative_prompt,
                status=task.status,
                progress=task.progress,
                price=task.price,
                credits_charged=task.credits_charged,
                error_message=task.error_message,
                idempotency_key=task.idempotency_key,
                submit_requests=task.submit_requests,
                callback_url=task.callback_url,
                has_end_image=task.end_image is not None,
                video_path=task.video.path if task.video else None,
            )

    def task_ids(self) -> list[str]:
        with self._lock:
            return list(self._tasks)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
