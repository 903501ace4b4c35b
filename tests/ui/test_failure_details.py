"""The failure details under the preview: what they hold, and when they are offered."""

from __future__ import annotations

from poyo_desktop.core.job import Job
from poyo_desktop.core.redaction import remember_secret
from poyo_desktop.core.states import JobState
from poyo_desktop.ui.player.failure_details import failure_detail
from poyo_desktop.ui.player.player import VideoPreview

SECRET = "pk-details-secret-98765"


def _job(state: JobState, **changes: object) -> Job:
    return Job(model="kling-2.1/standard", prompt="a cat", state=state, **changes)  # type: ignore[arg-type]


def test_the_detail_says_what_support_needs_and_never_the_key() -> None:
    remember_secret(SECRET)
    job = _job(
        JobState.FAILED,
        remote_id="task-unified-1-abc",
        error_kind="internal",
        error_message="Something unexpected went wrong with this task.",
        error_detail=f"RuntimeError: header Bearer {SECRET} refused",
    )
    detail = failure_detail(job)
    assert detail.splitlines() == [
        "Message: Something unexpected went wrong with this task.",
        "Detail: RuntimeError: header Bearer [redacted] refused",
        "PoYo task: task-unified-1-abc",
        "Error kind: internal",
        "State: failed · Model: kling-2.1/standard · Server: PoYo",
    ]


def test_only_a_failed_or_unknown_task_with_something_to_tell_has_details() -> None:
    assert failure_detail(None) == ""
    assert failure_detail(_job(JobState.RUNNING, error_detail="slow")) == ""
    assert failure_detail(_job(JobState.FAILED)) == ""
    assert "PoYo task: none (not created)" in failure_detail(
        _job(JobState.UNKNOWN, error_kind="internal", backend="demo")
    )


def test_the_preview_offers_them_closed_and_closes_them_for_another_task(qapp) -> None:
    preview = VideoPreview()
    preview.show_job(_job(JobState.RUNNING))
    assert preview.details is None  # nothing made before a failure is shown
    first = _job(JobState.FAILED, error_kind="internal", error_detail="KeyError: 'x'")
    preview.show_job(first)
    details = preview.details
    assert details is not None and not details.isHidden() and not details.is_open()
    details.toggle.click()
    assert details.is_open() and not details.text.isHidden()
    preview.show_job(first)  # a list refresh: left open
    assert details.is_open()
    preview.show_job(_job(JobState.FAILED, error_kind="internal", error_detail="other"))
    assert not details.is_open()
    preview.show_job(_job(JobState.FINISHED))
    assert details.isHidden()
    preview.deleteLater()
