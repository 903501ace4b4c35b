"""Mapping between a :class:`Job` and one row of the ``jobs`` table.

Kept separate from the SQL so the same strict conversion checks rows read normally and rows
salvaged from a damaged file: anything that does not convert is not a job.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Literal

from poyo_desktop.core.job import Job
from poyo_desktop.core.query import search_text
from poyo_desktop.core.states import JobState

Kind = Literal["text", "text?", "int", "int?", "real", "real?", "time", "time?", "state", "bool"]

# Every column of ``jobs`` in table order (a test checks it against the live schema), with
# how it is stored. ``search_text`` is derived from the prompts and is not a Job field.
SPEC: dict[str, Kind] = {
    "id": "text",
    "model": "text",
    "prompt": "text",
    "duration": "int",
    "negative_prompt": "text",
    "start_image": "text?",
    "end_image": "text?",
    "start_image_original": "text?",
    "end_image_original": "text?",
    "callback_url": "text?",
    "backend": "text",
    "idempotency_key": "text",
    "created_at": "time",
    "updated_at": "time",
    "state": "state",
    "progress": "int",
    "remote_id": "text?",
    "submit_attempts": "int",
    "submitted_at": "time?",
    "start_image_url": "text?",
    "start_image_expires_at": "time?",
    "end_image_url": "text?",
    "end_image_expires_at": "time?",
    "result_url": "text?",
    "result_size": "int?",
    "remote_finished_at": "time?",
    "credits": "real?",
    "output_path": "text?",
    "output_size": "int?",
    "finished_at": "time?",
    "error_kind": "text?",
    "error_message": "text?",
    "error_detail": "text?",
    "buy_if_failed": "bool",
    "batch_id": "text?",
    "queue_rank": "real",
    "held": "bool",
    "parent_id": "text?",
}
# Columns added by migrations after the first, with the value rows written before hold.
# ALTER TABLE puts them after ``search_text`` and leaves old rows as they were: SQLite
# reads those with the default, and salvage fills it in alike.
LATER_DEFAULTS: dict[str, object] = {
    "buy_if_failed": 0,
    "batch_id": None,
    "queue_rank": 0.0,
    "held": 0,
    "parent_id": None,
}
JOB_COLUMNS: tuple[str, ...] = tuple(SPEC)
COLUMNS: tuple[str, ...] = (
    *(c for c in SPEC if c not in LATER_DEFAULTS),
    "search_text",
    *LATER_DEFAULTS,
)

Row = dict[str, object]


def time_to_text(value: datetime) -> str:
    """Fixed-width ISO-8601 in UTC, so text order is time order. Naive means UTC."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def text_to_time(value: str) -> datetime:
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def job_to_row(job: Job) -> Row:
    row: Row = {}
    for column, kind in SPEC.items():
        value = getattr(job, column)
        if value is None:
            row[column] = None
        elif kind in ("time", "time?"):
            row[column] = time_to_text(value)
        elif kind == "state":
            row[column] = JobState(value).value
        elif kind in ("real", "real?"):
            row[column] = float(value)
        elif kind == "bool":
            row[column] = int(bool(value))
        else:
            row[column] = value
    row["search_text"] = search_text(job)
    return row


def row_to_job(row: Mapping[str, object]) -> Job:
    """The Job stored in ``row``; raises ValueError/TypeError/KeyError when it is not one."""
    values = {column: _convert(column, kind, row[column]) for column, kind in SPEC.items()}
    return Job(**values)  # type: ignore[arg-type]


def _convert(column: str, kind: Kind, value: object) -> object:
    if value is None:
        if kind.endswith("?"):
            return None
        raise ValueError(f"{column} is NULL")
    if kind in ("text", "text?") and isinstance(value, str):
        return value
    if kind in ("int", "int?") and isinstance(value, int) and not isinstance(value, bool):
        return value
    # SQLite writes integral REAL values to disk as integers; reading them back is exact.
    if kind in ("real", "real?") and isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if kind in ("time", "time?") and isinstance(value, str):
        return text_to_time(value)
    if kind == "state" and isinstance(value, str):
        return JobState(value)
    if kind == "bool" and isinstance(value, int) and value in (0, 1):
        return bool(value)
    raise TypeError(f"{column} holds {type(value).__name__}, expected {kind}")
