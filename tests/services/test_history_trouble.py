"""When the task history cannot be written at a bad moment: nothing paid is bought again,
nothing is left hanging, and the person is told in plain words.

Real sandbox, real SQLite, real files. The disk's "no" is SQLite's own: a TEMP trigger that
refuses chosen saves, or ``PRAGMA query_only`` (a read-only history), on the store's
connection (see ``harness.on_store_thread``).
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from poyo_desktop.core.states import JobState
from poyo_desktop.sandbox import Fault
from poyo_desktop.services.mp4check import check_mp4
from tests.conftest import TEST_KEY
from tests.services.harness import (
    ALLOW_SAVES,
    draft,
    make_harness,
    on_store_thread,
    refuse_saves,
)


def run(coro):
    return asyncio.run(coro)


def test_a_failed_finished_save_keeps_the_paid_task_and_retry_takes_the_saved_video(
    poyo, tmp_path, qapp
):
    """The video is renamed into place, then the "finished" save fails (and so does the
    "failed" one: the disk is gone for a moment). The task was paid for and the video is
    there: Retry must record it, not buy a new task nor fetch it again."""

    async def main():
        h = await make_harness(poyo.base_url, tmp_path)
        try:
            await on_store_thread(h.store, refuse_saves("finished", "failed"))
            h.service.generate(draft(tmp_path))
            stopped = await h.wait_terminal()
            on_disk = await h.store.get(stopped.id)
            await on_store_thread(h.store, ALLOW_SAVES)
            downloads = poyo.requests["download"]
            h.service.retry(stopped.id)
            await h.wait_for(lambda: h.latest().state is not JobState.FAILED)
            done = await h.wait_terminal()
            return stopped, on_disk, downloads, done, await h.store.get(done.id), h
        finally:
            await h.close()

    stopped, on_disk, downloads, done, stored, h = run(main())
    assert stopped.state is JobState.FAILED
    assert stopped.remote_id and stopped.result_url and stopped.output_path
    video = Path(stopped.output_path)
    check_mp4(video)
    assert video.name in stopped.error_message  # says where the video is
    assert "charged" not in stopped.error_message or "not" in stopped.error_message
    # What a restart would read: the promised name, so it takes the video as it is.
    assert on_disk.state is JobState.DOWNLOADING and on_disk.output_path == str(video)
    assert done.state is JobState.FINISHED, done.error_message
    assert done.output_path == str(video) and done.output_size == video.stat().st_size
    assert stored == done
    assert poyo.tasks_created == 1 and poyo.requests["submit"] == 1  # not bought again
    assert poyo.requests["download"] == downloads  # not fetched again
    assert h.files_in_downloads() == [video]


def test_a_task_whose_creation_could_not_be_saved_is_followed_not_bought_again(
    poyo, tmp_path, qapp
):
    """PoYo answered the submit with a task id, then saving that id failed. The task exists
    and will be charged: the job must not claim otherwise, and Retry follows that task."""

    async def main():
        h = await make_harness(poyo.base_url, tmp_path)
        try:
            await on_store_thread(h.store, refuse_saves("queued", "failed"))
            h.service.generate(draft(tmp_path))
            stopped = await h.wait_terminal()
            on_disk = await h.store.get(stopped.id)
            await on_store_thread(h.store, ALLOW_SAVES)
            h.service.retry(stopped.id)
            await h.wait_for(lambda: h.latest().state is not JobState.FAILED)
            return stopped, on_disk, await h.wait_terminal(), h
        finally:
            await h.close()

    stopped, on_disk, done, h = run(main())
    assert stopped.state is JobState.FAILED and stopped.remote_id
    assert "before anything was charged" not in stopped.error_message
    # A restart reads "a submit was sent, no answer recorded": it will say "unknown".
    assert on_disk.state is JobState.SUBMITTING and on_disk.submit_attempts == 1
    assert done.state is JobState.FINISHED, done.error_message
    assert done.remote_id == stopped.remote_id
    assert poyo.tasks_created == 1 and poyo.requests["submit"] == 1
    check_mp4(Path(done.output_path))
    assert h.files_in_downloads() == [Path(done.output_path)]


def test_a_failed_save_on_retry_ends_in_a_clear_state_and_retry_works_afterwards(
    poyo, tmp_path, qapp
):
    poyo.inject(Fault.fail_task("Temporary model failure."))

    async def main():
        h = await make_harness(poyo.base_url, tmp_path)
        problems: list[str] = []
        h.service.problem_reported.connect(problems.append)
        try:
            h.service.generate(draft(tmp_path))
            failed = await h.wait_terminal()
            await on_store_thread(h.store, "PRAGMA query_only = ON")  # read-only history
            h.service.retry(failed.id)
            refused = await h.wait_terminal(timeout=5)
            on_disk = await h.store.get(failed.id)
            created = poyo.tasks_created
            await on_store_thread(h.store, "PRAGMA query_only = OFF")
            h.service.retry(failed.id)
            await h.wait_for(lambda: h.latest().state is not JobState.FAILED)
            return failed, refused, on_disk, created, problems, await h.wait_terminal()
        finally:
            await h.close()

    failed, refused, on_disk, created, problems, done = run(main())
    assert failed.state is JobState.FAILED and failed.error_kind == "generation_failed"
    assert refused.state is JobState.FAILED
    assert refused.error_kind == failed.error_kind  # Retry still decides as before
    assert "read-only" in refused.error_message and "Nothing was sent" in refused.error_message
    assert problems and "read-only" in problems[-1]
    assert on_disk == failed  # nothing half-saved
    assert created == 1  # nothing sent while the history could not record it
    assert done.state is JobState.FINISHED, done.error_message
    assert poyo.tasks_created == 2


def test_a_failed_save_is_logged_with_the_remote_task_id_and_never_the_key(
    poyo, tmp_path, qapp, caplog
):
    """Should the record be lost after all, the log still names the paid task."""

    async def main():
        h = await make_harness(poyo.base_url, tmp_path)
        try:
            await on_store_thread(h.store, refuse_saves("queued", "failed"))
            h.service.generate(draft(tmp_path))
            return await h.wait_terminal()
        finally:
            await h.close()

    with caplog.at_level("ERROR", logger="poyo_desktop.services.pipeline"):
        stopped = run(main())
    lines = [r.getMessage() for r in caplog.records if "could not save" in r.getMessage()]
    assert stopped.remote_id
    assert any(stopped.remote_id in line and stopped.id in line for line in lines), lines
    assert not any(TEST_KEY in r.getMessage() for r in caplog.records)


def test_a_generate_that_cannot_be_recorded_leaves_no_phantom_and_says_which(poyo, tmp_path, qapp):
    """The history refuses the new job's first save: nothing is sent, nothing stays in
    memory, the person is told which request was not made; the next press works."""
    from poyo_desktop.services.not_sent import NotSent

    async def main():
        h = await make_harness(poyo.base_url, tmp_path)
        added, problems = [], []
        h.service.job_added.connect(added.append)
        h.service.problem_reported.connect(problems.append)
        try:
            await on_store_thread(h.store, "PRAGMA query_only = ON")
            refused = await h.service.generate(draft(tmp_path, prompt="A boat at sunset"))
            phantom = h.service.jobs()
            await on_store_thread(h.store, "PRAGMA query_only = OFF")
            made = await h.service.generate(draft(tmp_path))
            return refused, phantom, list(added), problems, made, await h.wait_terminal()
        finally:
            await h.close()

    refused, phantom, added, problems, made, done = run(main())
    assert isinstance(refused, NotSent)
    assert phantom == [] and added == [made]
    assert problems and problems[0] == refused.message
    assert refused.message.startswith("Your video “A boat at sunset” was not sent:")
    assert "Something went wrong" not in refused.message
    assert done.state is JobState.FINISHED and poyo.tasks_created == 1
