"""The whole job journey against the sandbox: real HTTP, real SQLite, real files."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from poyo_desktop.core.states import JobState
from poyo_desktop.sandbox import Fault
from poyo_desktop.services.mp4check import check_mp4
from tests.images import write_text_as_png
from tests.services.harness import draft, make_harness


def run(coro):
    return asyncio.run(coro)


@pytest.fixture
def harness_run(poyo, tmp_path, qapp):
    """Run ``body(harness)`` inside one event loop, closing the service afterwards."""

    def go(body, **kwargs):
        async def main():
            harness = await make_harness(poyo.base_url, tmp_path, **kwargs)
            try:
                return await body(harness)
            finally:
                await harness.close()

        return run(main())

    return go


def test_generation_reaches_finished_with_a_verified_video(poyo, tmp_path, harness_run):
    async def body(h):
        h.service.generate(draft(tmp_path, model="kling-2.1/pro", end=True, duration=10))
        job = await h.wait_terminal()
        stored = await h.store.get(job.id)
        return h, job, stored

    h, job, stored = harness_run(body)
    assert job.state is JobState.FINISHED, job.error_message
    out = Path(job.output_path)
    assert out.parent == h.downloads and out.suffix == ".mp4"
    assert " pro a-boat-at-sunset" in out.name
    check_mp4(out)
    assert job.output_size == out.stat().st_size
    assert stored == job  # the store holds exactly what the service shows
    assert job.credits == 110
    states = [j.state for j in h.seen]
    for expected in (
        JobState.UPLOADING,
        JobState.SUBMITTING,
        JobState.QUEUED,
        JobState.DOWNLOADING,
        JobState.FINISHED,
    ):
        assert expected in states
    task = poyo.task(job.remote_id)
    assert task.submit_requests == 1 and poyo.tasks_created == 1
    # privacy: the upload carries a neutral name, never the person's file name
    assert poyo.requests["upload"] == 2
    for url in (job.start_image_url, job.end_image_url):
        assert "start" not in url.rsplit("/", 1)[-1] and "end" not in url.rsplit("/", 1)[-1]
    assert [p.name for p in h.files_in_downloads()] == [out.name]  # no leftovers


def test_submit_without_an_answer_becomes_unknown_and_is_not_resent(poyo, tmp_path, harness_run):
    poyo.inject(Fault.lost_answer())

    async def body(h):
        h.service.generate(draft(tmp_path))
        job = await h.wait_terminal()
        await asyncio.sleep(0.3)  # give a careless client time to resend
        return job

    job = harness_run(body)
    assert job.state is JobState.UNKNOWN
    assert "may or may not" in job.error_message
    assert poyo.requests["submit"] == 1
    assert poyo.tasks_created == 1  # it was created: exactly why we must not resend


def test_submit_again_on_purpose_reuses_the_idempotency_key(poyo, tmp_path, harness_run):
    poyo.inject(Fault.lost_answer())

    async def body(h):
        h.service.generate(draft(tmp_path))
        job = await h.wait_terminal()
        assert job.state is JobState.UNKNOWN
        h.service.submit_again(job.id)
        await h.wait_for(lambda: h.latest().state is not JobState.UNKNOWN)
        return await h.wait_terminal()

    job = harness_run(body)
    assert job.state is JobState.FINISHED
    assert poyo.requests["submit"] == 2
    assert poyo.tasks_created == 1  # the sandbox honours the key: charged once
    keys = {r.header("Idempotency-Key") for r in poyo.requests_for("submit")}
    assert keys == {job.idempotency_key}


def test_server_failure_is_shown_in_plain_words_and_can_be_retried(poyo, tmp_path, harness_run):
    poyo.inject(Fault.fail_task("The image contains content that cannot be animated."))

    async def body(h):
        h.service.generate(draft(tmp_path))
        failed = await h.wait_terminal()
        h.service.retry(failed.id)
        await h.wait_for(lambda: h.latest().state is not JobState.FAILED)
        return failed, await h.wait_terminal()

    failed, retried = harness_run(body)
    assert failed.state is JobState.FAILED
    assert failed.error_message == "The image contains content that cannot be animated."
    assert retried.state is JobState.FINISHED
    assert retried.remote_id != failed.remote_id
    assert retried.idempotency_key != failed.idempotency_key
    assert poyo.tasks_created == 2


def test_polling_rides_out_server_trouble(poyo, tmp_path, harness_run):
    poyo.inject(Fault.http_error(503, route="status", times=3))
    poyo.inject(Fault.html_error(502, route="status", times=1))

    async def body(h):
        h.service.generate(draft(tmp_path))
        return await h.wait_terminal(), h

    job, h = harness_run(body)
    assert job.state is JobState.FINISHED
    notes = [j.error_message for j in h.seen if j.error_message]
    assert any("trouble" in n or "error page" in n for n in notes)


def test_truncated_download_is_never_shown_finished_and_can_be_fetched_again(
    poyo, tmp_path, harness_run
):
    poyo.inject(Fault.truncate(route="download", keep=0.4))

    async def body(h):
        h.service.generate(draft(tmp_path))
        failed = await h.wait_terminal()
        leftovers = h.files_in_downloads()
        h.service.retry(failed.id)
        await h.wait_for(lambda: h.latest().state is not JobState.FAILED)
        return failed, leftovers, await h.wait_terminal(), h

    failed, leftovers, done, h = harness_run(body)
    assert failed.state is JobState.FAILED and failed.error_kind.startswith("download")
    assert "downloaded again" in failed.error_message
    assert failed.output_path is None and leftovers == []
    assert done.state is JobState.FINISHED
    assert poyo.tasks_created == 1 and poyo.requests["submit"] == 1  # nothing re-bought
    assert len(h.files_in_downloads()) == 1


def test_corrupt_image_fails_before_anything_is_sent(poyo, tmp_path, harness_run):
    from poyo_desktop.core.draft import JobDraft

    bad = write_text_as_png(tmp_path / "bad.png")

    async def body(h):
        h.service.generate(JobDraft(model="kling-2.1/standard", prompt="p", start_image=bad))
        return await h.wait_terminal()

    job = harness_run(body)
    assert job.state is JobState.FAILED and job.error_kind == "image"
    assert poyo.requests["submit"] == 0 and poyo.requests["upload"] == 0


def test_not_enough_credits_is_a_clean_failure(poyo, tmp_path, harness_run):
    poyo.credits = 5

    async def body(h):
        h.service.generate(draft(tmp_path))
        return await h.wait_terminal()

    job = harness_run(body)
    assert job.state is JobState.FAILED and job.error_kind == "insufficient_credits"
    assert "credits" in job.error_message
    assert poyo.tasks_created == 0


def test_wrong_key_fails_the_upload_with_a_clear_message(poyo, tmp_path, harness_run):
    async def body(h):
        h.service.generate(draft(tmp_path))
        return await h.wait_terminal()

    job = harness_run(body, key="sk-not-the-right-one")
    assert job.state is JobState.FAILED and job.error_kind == "authentication"
    assert "API key" in job.error_message
    assert "sk-not-the-right-one" not in (job.error_message + (job.error_detail or ""))


def test_concurrency_cap_holds_new_jobs_back(poyo, tmp_path, harness_run):
    poyo.inject(Fault.slow(0.4, route="upload", times=None))

    async def body(h):
        for _ in range(3):
            h.service.generate(draft(tmp_path))
        await h.wait_for(lambda: len(h.service.jobs()) == 3)
        await asyncio.sleep(0.2)
        active = [j for j in h.service.jobs() if j.state is not JobState.DRAFT]
        waiting = [j for j in h.service.jobs() if j.state is JobState.DRAFT]
        await h.wait_for(lambda: all(j.state.is_terminal for j in h.service.jobs()), 60)
        return active, waiting, h.service.jobs()

    active, waiting, final = harness_run(body, max_concurrent=1)
    assert len(active) == 1 and len(waiting) == 2
    assert all(j.state is JobState.FINISHED for j in final)


def test_resume_after_restart(poyo, tmp_path, qapp):
    """Jobs saved mid-way are picked up by the next session: polled, or honestly unknown."""
    from poyo_desktop.core.job import Job

    async def main():
        first = await make_harness(poyo.base_url, tmp_path)
        first.service.generate(draft(tmp_path))
        await first.wait_for(
            lambda: first.service.jobs() and first.latest().state is JobState.QUEUED
        )
        queued = first.latest()
        await first.close()  # the app closes while the task runs remotely
        # a second job was "being sent" when the power went
        sending = Job(
            model="kling-2.1/standard",
            prompt="lost",
            start_image=queued.start_image,
            state=JobState.SUBMITTING,
            submit_attempts=1,
            start_image_url=queued.start_image_url,
        )
        second = await make_harness(poyo.base_url, tmp_path)
        await second.store.save(sending)
        await second.service.resume()
        done = await second.wait_terminal(queued.id)
        unknown = await second.wait_terminal(sending.id)
        await second.close()
        return done, unknown

    done, unknown = run(main())
    assert done.state is JobState.FINISHED
    assert unknown.state is JobState.UNKNOWN
    assert poyo.requests["submit"] == 1


def test_expired_uploads_are_redone_before_a_retry_is_submitted(poyo, tmp_path, harness_run):
    from datetime import timedelta

    from poyo_desktop.core.job import utc_now

    poyo.inject(Fault.fail_task("Temporary model failure."))

    async def body(h):
        h.service.generate(draft(tmp_path))
        failed = await h.wait_terminal()
        # Three days pass: PoYo's copy of the image is gone.
        old = failed.with_changes(start_image_expires_at=utc_now() - timedelta(minutes=1))
        h.service._jobs[old.id] = old
        await h.store.save(old)
        uploads_before = poyo.requests["upload"]
        poyo.expire_uploads()
        h.service.retry(old.id)
        await h.wait_for(lambda: h.latest().state is not JobState.FAILED)
        done = await h.wait_terminal()
        return uploads_before, done

    uploads_before, done = harness_run(body)
    assert done.state is JobState.FINISHED, done.error_message
    assert poyo.requests["upload"] == uploads_before + 1
    assert done.start_image_expires_at > utc_now()


def test_a_file_that_takes_the_videos_name_mid_download_is_never_replaced(
    poyo, tmp_path, harness_run
):
    """The name is saved when the download starts; a file given that name meanwhile (by
    the person, another program) stays, and the video gets the next free name."""
    poyo.inject(Fault.throttle(100_000, route="download"))

    async def body(h):
        h.service.generate(draft(tmp_path))
        await h.wait_for(lambda: h.service.jobs() and h.latest().output_path is not None)
        promised = Path(h.latest().output_path)
        promised.parent.mkdir(parents=True, exist_ok=True)  # the download may not have yet
        promised.write_bytes(b"the person's own file")
        job = await h.wait_terminal()
        return promised, job, await h.store.get(job.id), h

    promised, job, stored, h = harness_run(body)
    assert job.state is JobState.FINISHED, job.error_message
    assert promised.read_bytes() == b"the person's own file"
    out = Path(job.output_path)
    assert out.name == f"{promised.stem} (2).mp4" and stored == job
    check_mp4(out)
    assert h.files_in_downloads() == sorted([promised, out])


# -- a finished answer that could not be read ------------------------------------------------


def unreadable_finish(times: int = 1) -> Fault:
    """A status answer that says "finished" but gives no video file: it cannot be read."""
    return Fault.respond(
        route="status",
        times=times,
        json_body={
            "code": 200,
            "data": {
                "task_id": "task-unified-0-unread00",
                "status": "finished",
                "progress": 100,
                "files": [],
                "credits_amount": 30,
            },
        },
    )


def status_asked_after(poyo, moment: float, remote_id: str) -> int:
    return sum(1 for r in poyo.requests_for("status") if r.at >= moment and remote_id in r.path)


async def fail_then_retry(h, tmp_path, retried):
    """Generate until the job fails, press Retry, wait until ``retried(h, failed)`` holds;
    the failed job, when Retry was pressed, and the job once it ended again."""
    h.service.generate(draft(tmp_path))
    failed = await h.wait_terminal()
    asked = time.time()
    h.service.retry(failed.id)
    await h.wait_for(lambda: retried(h, failed))
    return failed, asked, await h.wait_terminal()


def test_retry_after_an_unreadable_answer_checks_the_task_first_and_takes_its_video(
    poyo, tmp_path, harness_run
):
    """The task may have finished fine: Retry must not buy a second one."""
    poyo.inject(unreadable_finish())

    async def body(h):
        return await fail_then_retry(
            h, tmp_path, lambda h, failed: h.latest().state is not JobState.FAILED
        )

    failed, asked, done = harness_run(body)
    assert failed.error_kind == "malformed_response" and failed.remote_id
    assert "Retry" in failed.error_message and "only if" in failed.error_message
    assert done.state is JobState.FINISHED, done.error_message
    assert done.remote_id == failed.remote_id
    check_mp4(Path(done.output_path))
    assert status_asked_after(poyo, asked, failed.remote_id) >= 1
    assert poyo.tasks_created == 1 and poyo.requests["submit"] == 1  # not bought again


def test_retry_after_an_unreadable_answer_buys_a_new_task_only_once_the_first_failed(
    poyo, tmp_path, harness_run
):
    poyo.inject(Fault.fail_task("Temporary model failure."))
    poyo.inject(unreadable_finish())

    async def body(h):
        return *await fail_then_retry(
            h, tmp_path, lambda h, failed: h.latest().remote_id != failed.remote_id
        ), h

    failed, asked, done, h = harness_run(body)
    assert failed.error_kind == "malformed_response"
    assert done.state is JobState.FINISHED, done.error_message
    assert done.remote_id != failed.remote_id and poyo.tasks_created == 2
    assert done.idempotency_key != failed.idempotency_key  # a new task, a new key
    # the first task was asked about (and seen failed) before the second was bought
    first_submit_after = min(r.at for r in poyo.requests_for("submit") if r.at >= asked)
    assert any(
        r.at < first_submit_after and failed.remote_id in r.path
        for r in poyo.requests_for("status")
        if r.at >= asked
    )
    assert any(j.error_kind == "generation_failed" for j in h.seen)


def test_retry_after_an_unreadable_answer_that_stays_unreadable_buys_nothing(
    poyo, tmp_path, harness_run
):
    poyo.inject(unreadable_finish(times=2))

    async def body(h):
        return await fail_then_retry(
            h, tmp_path, lambda h, _: len([j for j in h.seen if j.state is JobState.FAILED]) >= 2
        )

    failed, _, again = harness_run(body)
    assert again.state is JobState.FAILED and again.error_kind == "malformed_response"
    assert again.remote_id == failed.remote_id
    assert poyo.tasks_created == 1 and poyo.requests["submit"] == 1


# -- an expired result link -----------------------------------------------------------------


@pytest.fixture
def storage_poyo(render_cache):
    """A sandbox whose result links point at a storage host ("localhost"), as PoYo's do."""
    from poyo_desktop.sandbox import Sandbox
    from tests.conftest import TEST_KEY

    with Sandbox(
        task_seconds=0.3,
        video_long_side=320,
        data_dir=render_cache,
        api_key=TEST_KEY,
        credits=1000,
        storage_host="localhost",
    ) as box:
        yield box


def test_an_expired_result_link_is_said_plainly_and_retry_fetches_a_fresh_one(
    storage_poyo, tmp_path, qapp
):
    poyo = storage_poyo
    poyo.inject(Fault.expired_link(403))

    async def main():
        h = await make_harness(poyo.base_url, tmp_path)
        try:
            h.service.generate(draft(tmp_path))
            failed = await h.wait_terminal()
            asked = time.time()
            h.service.retry(failed.id)
            await h.wait_for(lambda: h.latest().state is not JobState.FAILED)
            return failed, asked, await h.wait_terminal()
        finally:
            await h.close()

    failed, asked, done = run(main())
    assert failed.state is JobState.FAILED and failed.error_kind == "download_link_expired"
    assert failed.result_url.startswith("http://localhost:")
    message = failed.error_message
    assert "not allowed" not in message and "account" not in message
    assert "link" in message and "expired" in message
    assert "Retry" in message and "fresh link" in message and "not charged again" in message
    assert done.state is JobState.FINISHED, done.error_message
    assert done.remote_id == failed.remote_id and poyo.tasks_created == 1
    check_mp4(Path(done.output_path))
    # Retry asked PoYo for the task (and so a fresh link) before downloading again
    after = [r for r in poyo.request_log if r.at >= asked and r.route in ("status", "download")]
    assert after[0].route == "status" and failed.remote_id in after[0].path
    assert any(r.route == "download" for r in after)
    assert all(r.header("Authorization") is None for r in poyo.requests_for("download"))


# -- a task PoYo answers "not found" for ----------------------------------------------------

GONE = {"gone_after": 0.3, "gone_checks": 3}  # PoYo mode's rule, on a test's time scale


def gone(h, job_id: str):
    def check() -> bool:
        job = h.service.get(job_id)
        return (
            job is not None
            and job.state is JobState.FAILED
            and job.error_kind == "not_found"
            and not h.service.busy_count()
        )

    return check


def test_a_polled_task_that_keeps_answering_not_found_ends_failed_instead_of_polling_forever(
    poyo, tmp_path, harness_run
):
    poyo.inject(Fault.http_error(404, route="status", times=None, message="Task not found"))

    async def body(h):
        h.service.generate(draft(tmp_path))
        await h.wait_for(lambda: h.service.jobs() and h.latest().remote_id)
        started = time.monotonic()
        await h.wait_for(gone(h, h.latest().id), timeout=10)
        took = time.monotonic() - started
        await asyncio.sleep(0.3)
        return h.latest(), took, poyo.requests["status"]

    failed, took, asked = harness_run(body, **GONE)
    poyo.clear_faults()
    message = failed.error_message
    assert "PoYo no longer knows this task" in message
    assert "Retry" in message and "charged again" in message
    assert failed.remote_id and failed.remote_id in (failed.error_detail or "")
    assert took >= GONE["gone_after"] and asked >= GONE["gone_checks"]
    assert poyo.tasks_created == 1 and poyo.requests["submit"] == 1  # nothing bought


def test_a_brief_not_found_is_ridden_out(poyo, tmp_path, harness_run):
    poyo.inject(Fault.http_error(404, route="status", times=2, message="Task not found"))

    async def body(h):
        h.service.generate(draft(tmp_path))
        return await h.wait_terminal()

    done = harness_run(body, **GONE)
    assert done.state is JobState.FINISHED, done.error_message


def test_retry_of_a_task_poyo_has_purged_stops_and_buys_anew_only_when_asked_again(
    poyo, tmp_path, harness_run
):
    """The video's link expired, and PoYo has since forgotten the task: Retry's re-check
    ends (it does not poll forever), says so, and buys nothing by itself. A second Retry,
    knowing it is charged again, makes a new task."""
    poyo.inject(Fault.expired_link(410))

    async def body(h):
        h.service.generate(draft(tmp_path))
        expired = await h.wait_terminal()
        assert poyo.forget_task(expired.remote_id)
        h.service.retry(expired.id)
        await h.wait_for(gone(h, expired.id), timeout=10)
        purged = h.latest()
        bought_meanwhile = poyo.tasks_created
        h.service.retry(expired.id)
        await h.wait_for(lambda: h.latest().remote_id != expired.remote_id)
        return expired, purged, bought_meanwhile, await h.wait_terminal()

    expired, purged, bought_meanwhile, done = harness_run(body, **GONE)
    assert expired.error_kind == "download_link_expired"
    assert "PoYo no longer knows this task" in purged.error_message
    assert bought_meanwhile == 1  # the first task only
    assert done.state is JobState.FINISHED, done.error_message
    assert done.remote_id != expired.remote_id and poyo.tasks_created == 2
    assert done.idempotency_key != expired.idempotency_key


def test_retry_after_an_unreadable_answer_buys_nothing_when_poyo_no_longer_knows_the_task(
    poyo, tmp_path, harness_run
):
    """'A new one only if this one failed': not found is not failed (it may have finished
    fine, and been charged), so no second task is bought behind the person's back."""
    poyo.inject(unreadable_finish())

    async def body(h):
        h.service.generate(draft(tmp_path))
        unread = await h.wait_terminal()
        assert poyo.forget_task(unread.remote_id)
        h.service.retry(unread.id)
        await h.wait_for(gone(h, unread.id), timeout=10)
        await asyncio.sleep(0.3)
        return unread, h.latest()

    unread, purged = harness_run(body, **GONE)
    assert unread.error_kind == "malformed_response"
    assert purged.state is JobState.FAILED and purged.error_kind == "not_found"
    assert poyo.tasks_created == 1 and poyo.requests["submit"] == 1


# -- Retry's "buy a new one if it failed", across a restart -----------------------------------


def test_a_retry_recheck_cut_short_by_closing_the_app_is_completed_at_the_next_start(
    poyo, tmp_path, qapp
):
    """Retry after an unreadable answer: the app closes while it asks PoYo again. The next
    start asks again and, PoYo saying the task failed, buys the new task: once."""
    poyo.inject(Fault.fail_task("Temporary model failure."))
    poyo.inject(unreadable_finish())

    async def main():
        first = await make_harness(poyo.base_url, tmp_path)
        first.service.generate(draft(tmp_path))
        unread = await first.wait_terminal()
        poyo.inject(Fault.slow(5, route="status"))  # the re-check's answer is slow...
        first.service.retry(unread.id)
        await first.wait_for(
            lambda: poyo.requests_for("status") and first.latest().state is JobState.QUEUED
        )
        await asyncio.sleep(0.2)
        await first.close()  # ...and the app is closed meanwhile
        second = await make_harness(poyo.base_url, tmp_path)
        saved = await second.store.get(unread.id)
        await second.service.resume()
        await second.wait_for(
            lambda: second.service.jobs() and second.latest().remote_id != unread.remote_id
        )
        done = await second.wait_terminal()
        await second.close()
        third = await make_harness(poyo.base_url, tmp_path)  # and once more: nothing new
        await third.service.resume()
        await asyncio.sleep(0.5)
        again = await third.store.get(unread.id)
        await third.close()
        return unread, saved, done, again

    unread, saved, done, again = run(main())
    assert unread.error_kind == "malformed_response"
    assert saved.state is JobState.QUEUED and saved.buy_if_failed  # the intent was saved
    assert done.state is JobState.FINISHED, done.error_message
    assert done.remote_id != unread.remote_id and not done.buy_if_failed
    assert done.idempotency_key != unread.idempotency_key
    assert poyo.tasks_created == 2 and poyo.requests["submit"] == 2  # one new task, once
    assert again == done


def test_a_new_task_retry_had_decided_to_buy_is_bought_once_after_a_crash(poyo, tmp_path, qapp):
    """The re-check said "failed" and was saved, then the app died before the new task was
    recorded: the next start buys it, and a start after that buys nothing more."""
    from poyo_desktop.core.job import Job

    async def main():
        first = await make_harness(poyo.base_url, tmp_path)
        kept = await first.store.keep_image(draft(tmp_path).start_image)
        decided = Job(
            model="kling-2.1/standard",
            prompt="A boat at sunset",
            start_image=str(kept),
            state=JobState.FAILED,
            remote_id="task-unified-1700000000-failed00",
            submit_attempts=1,
            error_kind="generation_failed",
            error_message="Temporary model failure.",
            buy_if_failed=True,
        )
        await first.store.save(decided)
        await first.close()
        second = await make_harness(poyo.base_url, tmp_path)
        await second.service.resume()
        await second.wait_for(
            lambda: second.service.jobs() and second.latest().state is JobState.FINISHED
        )
        done = second.latest()
        await second.close()
        third = await make_harness(poyo.base_url, tmp_path)
        await third.service.resume()
        await asyncio.sleep(0.5)
        again = await third.store.get(decided.id)
        await third.close()
        return decided, done, again

    decided, done, again = run(main())
    assert done.remote_id != decided.remote_id and not done.buy_if_failed
    assert done.idempotency_key != decided.idempotency_key
    assert poyo.tasks_created == 1 and poyo.requests["submit"] == 1
    assert again == done


def test_retry_that_is_to_buy_anew_buys_nothing_on_the_other_server(poyo, tmp_path, qapp):
    """Decided in demo mode, started again with the real key: not bought with real credits
    behind the person's back. The task stays failed, Retry is theirs to press."""
    from poyo_desktop.core.job import Job

    async def main():
        first = await make_harness(poyo.base_url, tmp_path)
        kept = await first.store.keep_image(draft(tmp_path).start_image)
        decided = Job(
            model="kling-2.1/standard",
            prompt="demo",
            start_image=str(kept),
            backend="demo",
            state=JobState.FAILED,
            remote_id="task-unified-1700000000-demo0000",
            submit_attempts=1,
            error_kind="generation_failed",
            error_message="It failed.",
            buy_if_failed=True,
        )
        await first.store.save(decided)
        await first.close()
        second = await make_harness(poyo.base_url, tmp_path)  # PoYo mode
        await second.service.resume()
        await asyncio.sleep(0.5)
        after = await second.store.get(decided.id)
        await second.close()
        return after

    after = run(main())
    assert after.state is JobState.FAILED and not after.buy_if_failed
    assert after.error_kind == "generation_failed"
    assert "press Retry" in after.error_message and "charged" in after.error_message
    assert poyo.tasks_created == 0 and poyo.requests["submit"] == 0


def test_many_jobs_left_running_are_picked_up_in_batches_the_window_can_paint_between(
    poyo, tmp_path, qapp
):
    """Measured in the responsiveness benchmark: starting 210 jobs of the last session in
    one go held the event loop 16-18 ms (their first steps run back to back). They start
    a batch at a time, and whatever else is waiting (a paint, a click) runs in between."""
    from poyo_desktop.core.job import Job
    from poyo_desktop.services import jobs as jobs_module

    count = 3 * jobs_module.RESUME_BATCH + 5
    left = [
        Job(
            model="kling-2.1/standard",
            prompt=f"left {i}",
            state=JobState.RUNNING,
            remote_id=f"task-{i}",
            backend="poyo",
        )
        for i in range(count)
    ]

    async def main() -> tuple[list[int], int]:
        h = await make_harness(poyo.base_url, tmp_path, poll=30.0)
        for job in left:
            await h.store.save(job)
        started: list[int] = []  # jobs started, each time something else got to run
        done = asyncio.Event()

        async def meanwhile() -> None:  # what the window would do between batches
            while not done.is_set():
                started.append(len(h.service._tasks))
                await asyncio.sleep(0)

        probe = asyncio.ensure_future(meanwhile())
        resumed = await h.service.resume()
        done.set()
        await probe
        running = h.service.busy_count()
        await h.close()
        return started, len(resumed), running

    started, resumed, running = run(main())
    assert resumed == count and running == count  # every one picked up, none lost
    batch = jobs_module.RESUME_BATCH
    assert any(0 < n < count for n in started), started  # ran while resume was under way
    assert all(n % batch == 0 or n == count for n in started), started  # between batches
