"""The one line the preview pane says about a job that has no video to play, and the
job's video file when it is there.

Kept apart from the pane so the words for each state can be read (and tested) in one
place; the translation context stays the pane's, where these texts are shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from poyo_desktop.core.states import JobState
from poyo_desktop.ui.kit.translations import translate

if TYPE_CHECKING:
    from poyo_desktop.core.job import Job

__all__ = ["job_status_text", "video_file"]


def video_file(job: Job | None) -> Path | None:
    """``job``'s finished video, if the file is there (it may have been moved or deleted)."""
    if job is None or not job.output_path:
        return None
    path = Path(job.output_path)
    return path if path.is_file() else None


def job_status_text(job: Job) -> str:
    """One line saying where a job stands, in the words a person would use."""
    state = job.state
    if state is JobState.RUNNING and not job.error_message:
        if job.progress > 0:
            return translate("JobStatus", "Running — {percent} %").format(percent=job.progress)
        return translate("JobStatus", "Running")
    if state is JobState.FAILED:
        if job.error_message:
            return translate("JobStatus", "Failed: {message}").format(message=job.error_message)
        return translate("JobStatus", "Failed")
    if state is JobState.UNKNOWN:
        return translate("JobStatus", "Unknown — may have been created")
    if state is JobState.CANCELLED:
        return translate("JobStatus", "Cancelled before it was sent — nothing was charged")
    if state is JobState.DRAFT and job.held:
        text = translate("JobStatus", "Paused — not sent, not paid yet; resume it to send it")
        return f"{text} — {job.error_message}" if job.error_message else text
    if state is JobState.FINISHED:
        if job.output_path:
            return translate("JobStatus", "The video file is missing: {path}").format(
                path=job.output_path
            )
        return translate("JobStatus", "The video file is missing.")
    texts = {
        JobState.DRAFT: translate("JobStatus", "Waiting for a free slot — not sent, not paid yet"),
        JobState.UPLOADING: translate("JobStatus", "Uploading the photo…"),
        JobState.SUBMITTING: translate("JobStatus", "Sending to PoYo…"),
        JobState.QUEUED: translate("JobStatus", "Queued"),
        JobState.DOWNLOADING: translate("JobStatus", "Downloading the video…"),
    }
    text = texts.get(state, state.label)
    if job.error_message:  # under way, with trouble the app keeps trying through
        text = f"{text} — {job.error_message}"
    return text
