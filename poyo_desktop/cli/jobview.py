"""A job as the command line shows it: a JSON object (what the app sends over the socket and
``--json`` prints) and one line of plain words made from it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from poyo_desktop.cli import exits
from poyo_desktop.core.job import Job
from poyo_desktop.core.states import JobState
from poyo_desktop.store.spend import DEMO, SpendRow


def view(job: Job) -> dict[str, Any]:
    """What a person or a script needs of ``job`` (never a key: a job holds none)."""
    picture = job.start_image_original or job.start_image or ""
    return {
        "id": job.id,
        "task_id": job.remote_id,
        "state": job.state.value,
        "progress": job.progress,
        "model": job.model,
        "duration": job.duration,
        "prompt": job.prompt,
        "picture": picture,
        "batch_id": job.batch_id,
        "created_at": job.created_at.isoformat(),
        "output_path": job.output_path,
        "credits": job.credits,
        "error": job.error_message,
        # Waiting, paused: by the person, or by a spending limit (its words in "error").
        "held": job.held and job.state is JobState.DRAFT,
    }


def purchase_view(row: SpendRow) -> dict[str, Any]:
    """One purchase of the spend ledger, as ``ledger --json`` prints it."""
    return {
        "bought_at": row.bought_at.isoformat(),
        "job_id": row.job_id,
        "model": row.model,
        "duration": row.duration,
        "expected_credits": row.credits,
        "charged_credits": row.charged,
        "counted_credits": row.counted,
        "outcome": row.outcome,
        "demo": row.backend == DEMO,
        "prompt": row.prompt,
    }


def purchase_from(view: dict[str, Any]) -> SpendRow:
    """A purchase back from :func:`purchase_view` (to write it as the window's CSV)."""
    return SpendRow(
        key=view["job_id"],
        model=view["model"],
        duration=int(view["duration"]),
        backend=DEMO if view["demo"] else "poyo",
        bought_at=datetime.fromisoformat(view["bought_at"]),
        credits=float(view["expected_credits"]),
        charged=view["charged_credits"],
        outcome=view["outcome"],
        prompt=view["prompt"],
    )


def label(state: str) -> str:
    try:
        return JobState(state).label
    except ValueError:
        return state


def line(job: dict[str, Any]) -> str:
    """e.g. ``3f9a1c2e  harbour.png  Running 40%``, with the file or the reason when ended."""
    if job.get("held"):
        text = f"{job['id'][:8]}  {Path(job['picture']).name or '-'}  Paused, not sent"
        return text + (f"  {job['error']}" if job.get("error") else "")
    words = label(job["state"])
    if job["state"] in ("uploading", "queued", "running", "downloading") and job["progress"]:
        words += f" {job['progress']}%"
    text = f"{job['id'][:8]}  {Path(job['picture']).name or '-'}  {words}"
    if job["state"] == JobState.FINISHED.value and job.get("output_path"):
        text += f"  {job['output_path']}"
    elif job.get("error") and job["state"] in ("failed", "unknown", "cancelled"):
        text += f"  {job['error']}"
    return text


def exit_code(jobs: list[dict[str, Any]]) -> int:
    """What a script is told about jobs that ended this way (see exits); a job held back
    (a spending limit stopped it, or the person paused it) was not sent."""
    states = [job["state"] for job in jobs]
    if any(s == JobState.UNKNOWN.value for s in states):
        return exits.UNKNOWN
    if any(s in (JobState.FAILED.value, JobState.CANCELLED.value) for s in states):
        return exits.FAILED
    if any(job.get("held") for job in jobs):
        return exits.NOT_SENT
    return exits.DONE


def ended(state: str) -> bool:
    try:
        return JobState(state).is_terminal
    except ValueError:
        return False


def changes_line(name: str, changes: list[str]) -> str:
    """e.g. ``pano.jpg: before sending: cropped to 16:9 (711 × 400 px), location removed.``"""
    return f"{name}: before sending: {', '.join(changes)}."
