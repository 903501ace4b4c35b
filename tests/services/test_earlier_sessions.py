"""What a new session does with what an earlier one left: a video saved under the name its
record promised, and tasks a person picks from the history to try again.

Each session is a fresh jobs service on the same history file and download folder, with
the sandbox behind it: real HTTP, real SQLite, real files.
"""

from __future__ import annotations

import asyncio
import os
import struct
from pathlib import Path

from poyo_desktop.core.job import Job
from poyo_desktop.core.states import JobState
from poyo_desktop.sandbox import Fault
from poyo_desktop.services.mp4check import check_mp4
from poyo_desktop.services.naming import NameBook
from poyo_desktop.store import AsyncJobStore
from tests.services.harness import Harness, draft, make_harness, on_store_thread, refuse_saves


def run(coro):
    return asyncio.run(coro)


async def earlier_session(base_url: str, tmp_path: Path, ends: JobState) -> Job:
    """A first session that generates one task, sees it end as ``ends``, and closes."""
    first = await make_harness(base_url, tmp_path)
    try:
        first.service.generate(draft(tmp_path))
        job = await first.wait_terminal()
    finally:
        await first.close()
    assert job.state is ends, job.error_message
    return job


async def finished_video(base_url: str, tmp_path: Path) -> Job:
    return await earlier_session(base_url, tmp_path, JobState.FINISHED)


async def cut_off_after_the_rename(base_url: str, tmp_path: Path, **changes: object) -> Job:
    """The history as a crash leaves it between the video's rename and the "finished"
    save: still downloading, with the video's name already saved."""
    done = await finished_video(base_url, tmp_path)
    cut = done.moved(JobState.DOWNLOADING, output_size=None, finished_at=None, **changes)
    second = await make_harness(base_url, tmp_path)
    await second.store.save(cut)
    await second.close()
    return cut


async def save_in_history(tmp_path: Path, job: Job) -> None:
    store = await AsyncJobStore.open(tmp_path / "history.sqlite3")
    try:
        await store.save(job)
    finally:
        await store.close()


async def next_session(base_url: str, tmp_path: Path, job_id: str) -> tuple[Job, Harness]:
    later = await make_harness(base_url, tmp_path)
    try:
        await later.service.resume()
        job = await later.wait_terminal(job_id)
    finally:
        await later.close()
    return job, later


def test_a_video_saved_before_the_crash_is_taken_not_fetched_again(poyo, tmp_path, qapp):
    async def main():
        cut = await cut_off_after_the_rename(poyo.base_url, tmp_path)
        downloads = poyo.requests["download"]
        job, later = await next_session(poyo.base_url, tmp_path, cut.id)
        return cut, downloads, job, later

    cut, downloads, job, later = run(main())
    assert job.state is JobState.FINISHED
    assert job.output_path == cut.output_path
    assert job.output_size == Path(cut.output_path).stat().st_size
    assert poyo.requests["download"] == downloads  # nothing fetched again
    assert later.files_in_downloads() == [Path(cut.output_path)]  # no second copy


def test_a_damaged_file_under_the_saved_name_is_kept_and_the_video_fetched_again(
    poyo, tmp_path, qapp
):
    """Whatever lies there is not this job's video (those are only renamed into place
    whole): it is left alone, and the video comes again under the next free name."""

    async def main():
        cut = await cut_off_after_the_rename(poyo.base_url, tmp_path)
        saved = Path(cut.output_path)
        damaged = saved.read_bytes()[: saved.stat().st_size // 2]
        saved.write_bytes(damaged)
        downloads = poyo.requests["download"]
        job, later = await next_session(poyo.base_url, tmp_path, cut.id)
        return cut, damaged, downloads, job, later

    cut, damaged, downloads, job, later = run(main())
    saved = Path(cut.output_path)
    assert job.state is JobState.FINISHED, job.error_message
    out = Path(job.output_path)
    assert out.parent == saved.parent and out.name == f"{saved.stem} (2).mp4"
    check_mp4(out)
    assert job.output_size == out.stat().st_size
    assert saved.read_bytes() == damaged  # not ours to delete
    assert poyo.requests["download"] == downloads + 1
    assert poyo.tasks_created == 1  # fetched again, not bought again
    assert later.files_in_downloads() == sorted([saved, out])


def mp4_bytes(payload: int) -> bytes:
    """A structurally complete MP4 (ftyp, moov, mdat) that is not the job's video."""

    def box(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", 8 + len(body)) + kind + body

    return box(b"ftyp", b"isom\0\0\0\0isom") + box(b"moov", b"") + box(b"mdat", b"\0" * payload)


def test_a_video_saved_before_the_crash_is_taken_when_the_task_announced_another_size(
    poyo, tmp_path, qapp
):
    """The task's status said one size, the download's Content-Length another; the download
    goes by Content-Length, so the video in place is not the size the record says."""

    async def main():
        cut = await cut_off_after_the_rename(poyo.base_url, tmp_path)
        size = Path(cut.output_path).stat().st_size
        cut = cut.with_changes(result_size=size + 1000)
        await save_in_history(tmp_path, cut)
        job, later = await next_session(poyo.base_url, tmp_path, cut.id)
        return cut, job, later

    cut, job, later = run(main())
    assert job.state is JobState.FINISHED, job.error_message
    assert job.output_path == cut.output_path  # taken, no "(2)" copy
    assert job.output_size == Path(cut.output_path).stat().st_size
    assert later.files_in_downloads() == [Path(cut.output_path)]
    assert poyo.tasks_created == 1


def test_a_cut_short_file_is_never_taken_even_when_its_size_is_the_announced_one(
    poyo, tmp_path, qapp
):
    """The status announced fewer bytes than the video has, and the file at the saved name
    is exactly that many: the first part of the video. It is not taken."""

    async def main():
        cut = await cut_off_after_the_rename(poyo.base_url, tmp_path)
        saved = Path(cut.output_path)
        part = saved.read_bytes()[:-1000]
        saved.write_bytes(part)
        cut = cut.with_changes(result_size=len(part))
        await save_in_history(tmp_path, cut)
        job, later = await next_session(poyo.base_url, tmp_path, cut.id)
        return cut, part, job, later

    assert_left_alone_and_fetched_again(*run(main()))


def assert_left_alone_and_fetched_again(cut, kept: bytes, job, later) -> None:
    """The file at the saved name was not the task's video: it is left as it was, and the
    video is fetched again beside it as "(2)"."""
    saved = Path(cut.output_path)
    assert job.state is JobState.FINISHED, job.error_message
    out = Path(job.output_path)
    assert out.name == f"{saved.stem} (2).mp4"
    check_mp4(out)
    assert saved.read_bytes() == kept
    assert later.files_in_downloads() == sorted([saved, out])


def test_a_complete_video_that_is_not_the_tasks_is_not_taken(poyo, tmp_path, qapp):
    """A whole MP4 at the saved name, of neither the size the task announced nor the size
    the server sends now, is some other video: left alone, this one fetched again."""

    async def main():
        cut = await cut_off_after_the_rename(poyo.base_url, tmp_path)
        saved = Path(cut.output_path)
        other = mp4_bytes(saved.stat().st_size + 500)
        saved.write_bytes(other)
        job, later = await next_session(poyo.base_url, tmp_path, cut.id)
        return cut, other, job, later

    assert_left_alone_and_fetched_again(*run(main()))


def test_the_size_a_download_verified_is_saved_so_its_video_is_taken_after_the_link_expired(
    poyo, tmp_path, qapp
):
    """The status announced another size than the download sent. The video is renamed into
    place, then the app cannot save "finished" (here: the disk says no; a kill is the same).
    Next time the link has expired: the record alone must be enough to take the video."""

    async def main():
        done = await finished_video(poyo.base_url, tmp_path)
        os.remove(done.output_path)
        left = done.moved(
            JobState.DOWNLOADING,
            output_path=None,
            output_size=None,
            finished_at=None,
            result_size=done.result_size + 1000,
        )
        second = await make_harness(poyo.base_url, tmp_path)
        try:
            await second.store.save(left)
            await on_store_thread(second.store, refuse_saves("finished", "failed"))
            await second.service.resume()
            await second.wait_terminal(left.id)
        finally:
            await second.close()
        poyo.inject(
            Fault.http_error(403, route="download", times=None, message="Request has expired")
        )
        job, later = await next_session(poyo.base_url, tmp_path, left.id)
        return job, later

    job, later = run(main())
    assert job.state is JobState.FINISHED, job.error_message
    out = Path(job.output_path)
    check_mp4(out)
    assert job.output_size == out.stat().st_size == job.result_size
    assert later.files_in_downloads() == [out]
    assert poyo.tasks_created == 1


def test_a_video_that_never_reached_its_saved_name_comes_under_that_name(poyo, tmp_path, qapp):
    async def main():
        cut = await cut_off_after_the_rename(poyo.base_url, tmp_path)
        os.remove(cut.output_path)  # the crash came before the rename
        downloads = poyo.requests["download"]
        job, later = await next_session(poyo.base_url, tmp_path, cut.id)
        return cut, downloads, job, later

    cut, downloads, job, later = run(main())
    assert job.state is JobState.FINISHED, job.error_message
    assert job.output_path == cut.output_path
    check_mp4(Path(job.output_path))
    assert poyo.requests["download"] == downloads + 1
    assert later.files_in_downloads() == [Path(cut.output_path)]


def test_videos_with_the_same_name_never_replace_one_another(poyo, tmp_path, qapp):
    """Both names are promised (and saved) when the downloads start, long before either
    file exists: the second must not be promised the first one's name."""
    poyo.inject(Fault.throttle(200_000, route="download", times=None))

    async def main():
        h = await make_harness(poyo.base_url, tmp_path)
        try:
            for _ in range(2):
                h.service.generate(draft(tmp_path, prompt="Same words"))
            await h.wait_for(
                lambda: (
                    len(h.service.jobs()) == 2
                    and all(j.state.is_terminal for j in h.service.jobs())
                    and not h.service.busy_count()
                )
            )
            return h.service.jobs(), h
        finally:
            await h.close()

    jobs, h = run(main())
    assert [j.state for j in jobs] == [JobState.FINISHED] * 2
    outputs = sorted(Path(j.output_path) for j in jobs)
    assert len(set(outputs)) == 2 and h.files_in_downloads() == outputs
    for out in outputs:
        check_mp4(out)


def test_name_book_promises_each_name_to_one_job(tmp_path):
    book = NameBook()
    first = book.claim(tmp_path, "a.mp4", "job-1")
    second = book.claim(tmp_path, "a.mp4", "job-2")
    assert (first.name, second.name) == ("a.mp4", "a (2).mp4")
    assert not book.hold(first, "job-2") and book.holder(first) == "job-1"
    assert book.claim(tmp_path, "a.mp4", "job-1") == first  # its own name stays free to it
    book.release("job-1")
    assert book.hold(first, "job-2") and book.holder(second) is None  # one name per job
    (tmp_path / "a.mp4").write_bytes(b"")
    assert book.claim(tmp_path, "a.mp4", "job-3").name == "a (2).mp4"  # a file takes it too


# -- a person's choices on tasks from an earlier session ------------------------------------


async def ended_in_an_earlier_session(base_url: str, tmp_path: Path) -> list[Job]:
    first = await make_harness(base_url, tmp_path)
    try:
        for prompt in ("one", "two"):
            first.service.generate(draft(tmp_path, prompt=prompt))
        await first.wait_for(
            lambda: (
                len(first.service.jobs()) == 2
                and all(j.state.is_terminal for j in first.service.jobs())
                and not first.service.busy_count()
            )
        )
        return first.service.jobs()
    finally:
        await first.close()


def test_retry_and_submit_again_reach_tasks_of_an_earlier_session(poyo, tmp_path, qapp):
    poyo.inject(Fault.lost_answer())
    poyo.inject(Fault.truncate())

    async def main():
        earlier = await ended_in_an_earlier_session(poyo.base_url, tmp_path)
        later = await make_harness(poyo.base_url, tmp_path)
        try:
            await later.service.resume()
            assert later.service.jobs() == []  # nothing left to follow on its own
            (failed,) = [j for j in earlier if j.state is JobState.FAILED]
            (unknown,) = [j for j in earlier if j.state is JobState.UNKNOWN]
            later.service.retry(failed.id)
            later.service.submit_again(unknown.id)
            await later.wait_for(lambda: len(later.service.jobs()) == 2)
            fetched = await later.wait_terminal(failed.id)
            resent = await later.wait_terminal(unknown.id)
            return failed, unknown, fetched, resent, await later.store.get(unknown.id)
        finally:
            await later.close()

    failed, unknown, fetched, resent, stored = run(main())
    assert failed.error_kind.startswith("download")
    assert fetched.state is JobState.FINISHED and fetched.remote_id == failed.remote_id
    assert resent.state is JobState.FINISHED and stored == resent
    assert resent.idempotency_key == unknown.idempotency_key
    assert poyo.tasks_created == 2  # re-downloaded; the resend got its own task back
    keys = [r.header("Idempotency-Key") for r in poyo.requests_for("submit")]
    assert keys.count(unknown.idempotency_key) == 2


def test_check_again_reaches_a_task_of_an_earlier_session(poyo, tmp_path, qapp):
    async def main():
        done = await finished_video(poyo.base_url, tmp_path)
        os.remove(done.output_path)
        # Its task exists, but the history says only that the answer never came.
        unknown = Job(
            model=done.model,
            prompt=done.prompt,
            start_image=done.start_image,
            backend=done.backend,
            state=JobState.UNKNOWN,
            submit_attempts=1,
            remote_id=done.remote_id,
            error_kind="submit_unknown",
            error_message="may or may not have been created",
        )
        later = await make_harness(poyo.base_url, tmp_path)
        try:
            await later.store.save(unknown)
            later.service.check_again(unknown.id)
            await later.wait_for(lambda: later.service.get(unknown.id) is not None)
            return unknown, await later.wait_terminal(unknown.id)
        finally:
            await later.close()

    unknown, job = run(main())
    assert job.state is JobState.FINISHED and job.remote_id == unknown.remote_id
    check_mp4(Path(job.output_path))
    assert poyo.tasks_created == 1 and poyo.requests["submit"] == 1  # only asked, not sent


def test_a_second_click_before_the_first_is_saved_does_not_buy_twice(poyo, tmp_path, qapp):
    """Retry of a failed generation is a new paid task; a double click must make one."""
    poyo.inject(Fault.fail_task("Temporary model failure.", times=2))

    async def main():
        failed = await failed_in_an_earlier_session(poyo.base_url, tmp_path)
        later = await make_harness(poyo.base_url, tmp_path)
        try:
            for _ in range(2):  # a task of the history, read from the store
                later.service.retry(failed.id)
            await later.wait_for(lambda: later.service.get(failed.id) is not None)
            again = await later.wait_terminal(failed.id)
            assert again.state is JobState.FAILED and poyo.tasks_created == 2
            for _ in range(2):  # the same task, now in this session's memory
                later.service.retry(failed.id)
            await later.wait_for(lambda: later.service.get(failed.id).state is not JobState.FAILED)
            return await later.wait_terminal(failed.id)
        finally:
            await later.close()

    job = run(main())
    assert job.state is JobState.FINISHED
    assert poyo.tasks_created == 3  # the failed one, then one per retry, never two


async def failed_in_an_earlier_session(base_url: str, tmp_path: Path) -> Job:
    return await earlier_session(base_url, tmp_path, JobState.FAILED)


# -- tasks made on the other server (demo mode vs PoYo) -------------------------------------

# There is no "demo mode switch": demo mode is no API key, or a start with --demo.
DEMO_ONLY = (
    "This task was made in demo mode, so it can be {done} only in demo mode: "
    "remove your API key in Settings, or start PoYo Desktop with --demo."
)
POYO_ONLY = (
    "This task was made with your PoYo account, so it can be {done} only with your "
    "API key: add it in Settings (if it is there, start PoYo Desktop without "
    "--demo)."
)


async def refused_elsewhere(
    base_url: str, tmp_path: Path, job: Job, backend: str, ask: str
) -> tuple[list[str], Job | None, Harness]:
    """``job`` in the history; a session on ``backend`` is asked to ``ask`` it."""
    later = await make_harness(base_url, tmp_path, backend=backend)
    problems: list[str] = []
    later.service.problem_reported.connect(problems.append)
    try:
        await later.store.save(job)
        getattr(later.service, ask)(job.id)
        await later.wait_for(lambda: problems, timeout=5)
        await asyncio.sleep(0.2)  # anything it wrongly started would show by now
        assert not later.service.busy_count()
        return problems, await later.store.get(job.id), later
    finally:
        await later.close()


def unknown_copy(done: Job, backend: str, **changes: object) -> Job:
    """A task whose answer never came, made on ``backend``: its task exists on the sandbox."""
    return Job(
        model=done.model,
        prompt=done.prompt,
        start_image=done.start_image,
        start_image_url=done.start_image_url,
        start_image_expires_at=done.start_image_expires_at,
        backend=backend,
        state=JobState.UNKNOWN,
        submit_attempts=1,
        error_kind="submit_unknown",
        error_message="may or may not have been created",
        **changes,
    )


def test_check_again_refuses_a_task_made_in_demo_mode(poyo, tmp_path, qapp):
    async def main():
        done = await finished_video(poyo.base_url, tmp_path)
        job = unknown_copy(done, "demo", remote_id=done.remote_id)
        asked = poyo.requests["status"]
        problems, stored, _ = await refused_elsewhere(
            poyo.base_url, tmp_path, job, "poyo", "check_again"
        )
        return job, asked, problems, stored

    job, asked, problems, stored = run(main())
    assert problems == [DEMO_ONLY.format(done="checked again")]
    assert stored == job  # nothing changed
    assert poyo.requests["status"] == asked  # the real server was never asked


def test_submit_again_refuses_a_task_made_with_poyo_while_in_demo_mode(poyo, tmp_path, qapp):
    async def main():
        done = await finished_video(poyo.base_url, tmp_path)
        job = unknown_copy(done, "poyo")
        problems, stored, _ = await refused_elsewhere(
            poyo.base_url, tmp_path, job, "demo", "submit_again"
        )
        return job, problems, stored

    job, problems, stored = run(main())
    assert problems == [POYO_ONLY.format(done="sent again")]
    assert stored == job
    assert poyo.requests["submit"] == 1 and poyo.tasks_created == 1  # nothing sent


def test_retry_refuses_to_follow_a_paid_task_on_the_other_server(poyo, tmp_path, qapp):
    """A download that failed in PoYo mode: its video is PoYo's; demo mode must not try."""
    poyo.inject(Fault.truncate())

    async def main():
        failed = await failed_in_an_earlier_session(poyo.base_url, tmp_path)
        problems, stored, _ = await refused_elsewhere(
            poyo.base_url, tmp_path, failed, "demo", "retry"
        )
        return failed, problems, stored

    failed, problems, stored = run(main())
    assert problems == [POYO_ONLY.format(done="retried")]
    assert stored == failed
    assert poyo.tasks_created == 1


def test_a_retry_bought_on_the_other_server_uploads_its_images_again(poyo, tmp_path, qapp):
    """The remote task failed, so Retry buys a new one where the app now sends tasks; the
    image links the first server gave mean nothing to the second."""
    poyo.inject(Fault.fail_task("Temporary model failure."))

    async def main():
        failed = await failed_in_an_earlier_session(poyo.base_url, tmp_path)
        uploads = poyo.requests["upload"]
        later = await make_harness(poyo.base_url, tmp_path, backend="demo")
        try:
            later.service.retry(failed.id)
            await later.wait_for(lambda: later.service.get(failed.id) is not None)
            return failed, uploads, await later.wait_terminal(failed.id)
        finally:
            await later.close()

    failed, uploads, job = run(main())
    assert job.state is JobState.FINISHED, job.error_message
    assert job.backend == "demo" and job.remote_id != failed.remote_id
    assert poyo.requests["upload"] == uploads + 1
    assert job.start_image_url != failed.start_image_url


def test_the_task_menu_can_ask_beforehand_what_would_be_refused_and_why(poyo, tmp_path, qapp):
    """The window disables what the service would refuse, with the same words."""
    from poyo_desktop.services.task_choices import TaskRequest

    async def main():
        done = await finished_video(poyo.base_url, tmp_path)
        demo_unknown = unknown_copy(done, "demo", remote_id=done.remote_id)
        demo_failed = done.with_changes(
            state=JobState.FAILED,
            backend="demo",
            error_kind="download_network",
            error_message="The download broke off.",
        )
        poyo_unknown = unknown_copy(done, "poyo", remote_id=done.remote_id)
        here = await make_harness(poyo.base_url, tmp_path, backend="poyo")
        try:
            ask = here.service.refusal
            return {
                "demo check": ask(demo_unknown, TaskRequest.CHECK_AGAIN),
                "demo submit": ask(demo_unknown, TaskRequest.SUBMIT_AGAIN),
                "demo retry": ask(demo_failed, TaskRequest.RETRY),
                "own check": ask(poyo_unknown, TaskRequest.CHECK_AGAIN),
                "own retry": ask(
                    done.with_changes(state=JobState.FAILED, error_kind="download_network"),
                    TaskRequest.RETRY,
                ),
                "not for it": ask(demo_unknown, TaskRequest.RETRY),
                # its answer could not be read: it may have finished fine over there
                "demo unread": ask(
                    demo_failed.with_changes(error_kind="malformed_response", result_url=None),
                    TaskRequest.RETRY,
                ),
                # it failed over there: a new one is bought here (its images uploaded again)
                "demo failed task": ask(
                    demo_failed.with_changes(error_kind="generation_failed", result_url=None),
                    TaskRequest.RETRY,
                ),
            }, here
        finally:
            await here.close()

    refusals, here = run(main())
    assert refusals["demo check"].message == DEMO_ONLY.format(done="checked again")
    assert refusals["demo submit"].message == DEMO_ONLY.format(done="sent again")
    assert refusals["demo retry"].message == DEMO_ONLY.format(done="retried")
    assert refusals["demo retry"].brief == "only in demo mode"
    assert refusals["own check"] is None and refusals["own retry"] is None
    assert refusals["not for it"] is None  # Retry is not offered for an unknown task
    assert refusals["demo unread"].message == DEMO_ONLY.format(done="retried")
    assert refusals["demo failed task"] is None
    assert not here.service.busy_count()  # asking changed nothing, started nothing


def test_what_cannot_be_done_for_a_task_is_said_once_naming_every_choice(poyo, tmp_path, qapp):
    """One sentence for all of a task's refused choices: the note under the list, the
    row's tooltip and the preview say it alike. An unknown task's Check Status Again and
    Submit Again are both named."""
    from poyo_desktop.services.task_choices import TaskRequest

    async def main():
        done = await finished_video(poyo.base_url, tmp_path)
        demo_unknown = unknown_copy(done, "demo", remote_id=done.remote_id)
        demo_unsent = unknown_copy(done, "demo")  # no task id: nothing to check
        demo_failed = done.with_changes(
            state=JobState.FAILED,
            backend="demo",
            error_kind="download_network",
            error_message="The download broke off.",
        )
        here = await make_harness(poyo.base_url, tmp_path, backend="poyo")
        try:
            ask = here.service.unavailable
            return (
                ask(demo_unknown),
                ask(demo_unsent),
                ask(demo_failed),
                ask(done.with_changes(state=JobState.FAILED, error_kind="download_network")),
                ask(done),
            )
        finally:
            await here.close()

    unknown, unsent, failed, own, finished = run(main())
    assert unknown.requests == (TaskRequest.CHECK_AGAIN, TaskRequest.SUBMIT_AGAIN)
    assert unknown.heading == "Why “Check Status Again” and “Submit Again” are not available:"
    assert unknown.refusal.message == DEMO_ONLY.format(done="checked again or sent again")
    assert unknown.text == f"{unknown.heading} {unknown.refusal.message}"
    assert unsent.requests == (TaskRequest.SUBMIT_AGAIN,)
    assert unsent.heading == "Why “Submit Again” is not available:"
    assert failed.heading == "Why “Retry” is not available:"
    assert failed.refusal.message == DEMO_ONLY.format(done="retried")
    assert own is None and finished is None


def test_a_task_left_on_the_other_server_says_how_to_follow_it(poyo, tmp_path, qapp):
    """Unfinished work of the demo server, found at a start with the real key."""

    async def main():
        done = await finished_video(poyo.base_url, tmp_path)
        queued = done.with_changes(state=JobState.QUEUED, backend="demo", output_path=None)
        await save_in_history(tmp_path, queued)
        later = await make_harness(poyo.base_url, tmp_path, backend="poyo")
        try:
            await later.service.resume()
            return later.latest(queued.id)
        finally:
            await later.close()

    job = run(main())
    assert job.state is JobState.FAILED and job.error_kind == "backend_changed"
    assert job.error_message == DEMO_ONLY.format(done="followed")


def test_retry_of_a_download_after_its_link_must_have_expired_asks_for_a_fresh_link(
    poyo, tmp_path, qapp
):
    """The download failed for another reason (a full disk, say) two days ago: by now the
    saved link has expired, so Retry asks PoYo for the task (and a fresh link) first."""
    from datetime import timedelta

    async def main():
        done = await finished_video(poyo.base_url, tmp_path)
        os.remove(done.output_path)
        stale = done.result_url.replace(done.result_url.split("/")[-2], "0" * 24)
        failed = done.with_changes(
            state=JobState.FAILED,
            output_path=None,
            output_size=None,
            finished_at=None,
            result_url=stale,
            error_kind="download_disk_full",
            error_message="The disk is full.",
            remote_finished_at=done.remote_finished_at - timedelta(hours=48),
        )
        await save_in_history(tmp_path, failed)
        later = await make_harness(poyo.base_url, tmp_path)
        try:
            later.service.retry(failed.id)
            await later.wait_for(lambda: later.service.get(failed.id) is not None)
            return failed, await later.wait_terminal(failed.id)
        finally:
            await later.close()

    failed, job = run(main())
    assert job.state is JobState.FINISHED, job.error_message
    assert job.remote_id == failed.remote_id and job.result_url != failed.result_url
    check_mp4(Path(job.output_path))
    assert poyo.tasks_created == 1
