"""A local generation job: everything needed to show it, resume it, retry it or reuse it."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from poyo_desktop.core.rules import PRO
from poyo_desktop.core.states import JobState, check_move


def utc_now() -> datetime:
    return datetime.now(UTC)


def new_id() -> str:
    """128 random bits as 32 hex digits, as ``uuid4().hex`` gives (without the uuid module,
    which loads ``platform`` for its other kinds: 0.3 MB of the idle app)."""
    return os.urandom(16).hex()


@dataclass(slots=True)
class Job:
    """One row of history. Paths are strings so the record survives a round trip to SQLite."""

    model: str
    prompt: str
    duration: int = 5
    negative_prompt: str = ""
    start_image: str | None = None  # the app's own copy of the start image
    end_image: str | None = None  # the app's own copy of the end image (pro only)
    start_image_original: str | None = None  # where the person picked it, for display
    end_image_original: str | None = None
    callback_url: str | None = None
    backend: str = "poyo"  # "poyo" for the real service, "demo" for the local sandbox

    id: str = field(default_factory=new_id)
    idempotency_key: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utc_now)
    updated_at: datetime = field(default_factory=utc_now)

    state: JobState = JobState.DRAFT
    progress: int = 0
    remote_id: str | None = None
    submit_attempts: int = 0
    submitted_at: datetime | None = None

    start_image_url: str | None = None
    start_image_expires_at: datetime | None = None
    end_image_url: str | None = None
    end_image_expires_at: datetime | None = None

    result_url: str | None = None
    result_size: int | None = None  # bytes the server announced, when it did
    remote_finished_at: datetime | None = None
    credits: float | None = None

    output_path: str | None = None
    output_size: int | None = None
    finished_at: datetime | None = None

    error_kind: str | None = None
    error_message: str | None = None  # plain words for a person
    error_detail: str | None = None  # technical detail for the log and "copy details"

    # Retry's decision, kept until it is carried out: once PoYo, asked again about this
    # task, says it failed, a new task is bought (once). Saved with the job so that a
    # restart in between completes it rather than asking for a second Retry.
    buy_if_failed: bool = False

    # The local send queue (issue 18): a job waiting to be sent (DRAFT) goes in
    # ``queue_rank`` order (lower first; 0 means by creation time) and not at all while
    # ``held`` (the person paused it). ``batch_id`` ties the items of one batch together.
    batch_id: str | None = None
    queue_rank: float = 0.0
    held: bool = False

    # Chained videos: the job whose frame this one starts from (None: from a photo). Set
    # when the job is recorded, from where its start picture came (store/chains.py).
    parent_id: str | None = None

    @property
    def sends_end_image(self) -> bool:
        """Only pro takes an end frame; on standard a kept end image is never sent."""
        return self.model == PRO and bool(self.end_image)

    def moved(self, state: JobState, **changes: object) -> Job:
        """A copy in ``state`` with ``changes`` applied; illegal moves raise."""
        check_move(self.state, state)
        return replace(self, state=state, updated_at=utc_now(), **changes)  # type: ignore[arg-type]

    def with_changes(self, **changes: object) -> Job:
        return replace(self, updated_at=utc_now(), **changes)  # type: ignore[arg-type]
