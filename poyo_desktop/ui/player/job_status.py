"""The one line the preview pane says about a job that has no video to play, and the
job's video file when it is there.

Kept apart from the pane so the words for each state can be read (and tested) in one
place; the translation context stays the pane's, where these texts are shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from poyo_desktop.core.states import JobState

if TYPE_CHECKING:
    from poyo_desktop.core.job import Job

__all__ = ["job_status_text", "video_file"]


def video_file(job: Job | None) -> Path | None:
    """``job``'s finished video, if the file is there (it may have been moved or deleted)."""
    if job is None or not job.output_path:
        return None
    path = Path(job.output_path)
    return path if path.is_file() else None


def _translate(text: str) -> str:
    return QCoreApplication.translate("VideoPreview", text)


def job_status_text(job: Job) -> str:
    """One line saying where a job stands, in the words a person would use."""
    state = job.state
    if state is JobState.RUNNING and not job.error_message:
        if job.progress > 0:
            return _translate("Running — {percent} %").format(percent=job.progress)
        return _translate("Running")
    if state is JobState.FAILED:
        if job.error_message:
            return _translate("Failed: {message}").format(message=job.error_message)
        return _translate("Failed")
    if state is JobState.UNKNOWN:
        return _translate("Unknown — may have been created")
    if state is JobState.CANCELLED:
        return _translate("Cancelled before it was sent — nothing was charged")
    if state is JobState.DRAFT and job.held:
        text = _translate("Paused — not sent, not paid yet; resume it to send it")
        return f"{text} — {job.error_message}" if job.error_message else text
    if state is JobState.FINISHED:
        if job.output_path:
            return _translate("The video file is missing: {path}").format(path=job.output_path)
        return _translate("The video file is missing.")
    texts = {
        JobState.DRAFT: _translate("Waiting for a free slot — not sent, not paid yet"),
        JobState.UPLOADING: _translate("Uploading the photo…"),
        JobState.SUBMITTING: _translate("Sending to PoYo…"),
        JobState.QUEUED: _translate("Queued"),
        JobState.DOWNLOADING: _translate("Downloading the video…"),
    }
    text = texts.get(state, state.label)
    if job.error_message:  # under way, with trouble the app keeps trying through
        text = f"{text} — {job.error_message}"
    return text
