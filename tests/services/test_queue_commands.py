"""The send queue a person controls, on a real sandbox and a real SQLite file: pause,
reorder and cancel before anything is sent; nothing cancelled or paused is sent; the
order and the pauses survive a restart."""

from __future__ import annotations

import asyncio

from poyo_desktop.core.states import JobState
from poyo_desktop.sandbox import Fault
from tests.services.harness import draft, make_harness
from tests.services.test_pipeline import run


def test_pause_move_cancel_then_the_rest_go_in_the_new_order(poyo, tmp_path, qapp):
    poyo.inject(Fault.slow(0.3, route="upload", times=None))

    async def main():
        h = await make_harness(poyo.base_url, tmp_path, max_concurrent=1)
        try:
            for index in range(4):
                await h.service.generate(draft(tmp_path, prompt=f"video {index}"))
            jobs = {job.prompt: job.id for job in h.service.jobs()}
            first, paused, cancelled, moved = (jobs[f"video {i}"] for i in range(4))
            assert [j.id for j in h.service.queue.waiting()] == [paused, cancelled, moved]
            assert h.service.hold([paused]) == 1
            assert h.service.move(moved, "first")
            assert h.service.cancel([cancelled]) == 1
            # A move takes effect once saved; a pause and a cancel at once.
            await h.wait_for(lambda: [j.id for j in h.service.queue.waiting()] == [moved, paused])
            await h.wait_for(lambda: h.latest(moved).state is JobState.FINISHED, 60)
            await h.wait_for(lambda: h.latest(first).state is JobState.FINISHED, 60)
            await asyncio.sleep(0.3)
            assert h.latest(paused).state is JobState.DRAFT and h.latest(paused).held
            assert h.latest(cancelled).state is JobState.CANCELLED
            stored = await h.store.get(paused)
            assert stored is not None and stored.held and stored.state is JobState.DRAFT
            gone = await h.store.get(cancelled)
            assert gone is not None and gone.state is JobState.CANCELLED
            assert gone.remote_id is None and gone.submit_attempts == 0
            # Refused once sent: it is paid.
            assert h.service.cancel([first]) == 0
            assert poyo.tasks_created == 2
        finally:
            await h.close()
        # A restart keeps the pause and the cancel; nothing is sent until released.
        again = await make_harness(poyo.base_url, tmp_path, max_concurrent=1)
        try:
            await again.service.resume()
            await asyncio.sleep(0.5)
            assert again.latest(paused).held and again.latest(paused).state is JobState.DRAFT
            assert poyo.tasks_created == 2
            again.service.release([paused])
            await again.wait_for(lambda: again.latest(paused).state is JobState.FINISHED, 60)
            again.service.send_after_all(cancelled)
            await again.wait_for(
                lambda: getattr(again.service.get(cancelled), "state", None) is JobState.FINISHED,
                60,
            )
            assert poyo.tasks_created == 4
        finally:
            await again.close()

    run(main())


def test_pause_all_stops_an_upload_and_holds_new_jobs_until_resumed(poyo, tmp_path, qapp):
    poyo.inject(Fault.slow(0.5, route="upload", times=None))

    async def main():
        h = await make_harness(poyo.base_url, tmp_path, max_concurrent=1)
        try:
            first = await h.service.generate(draft(tmp_path, prompt="one"))
            await h.wait_for(lambda: h.latest(first.id).state is JobState.UPLOADING)
            h.service.hold_all()
            second = await h.service.generate(draft(tmp_path, prompt="two"))
            await asyncio.sleep(1.0)
            for job in (first, second):
                now = h.latest(job.id)
                assert now.state is JobState.DRAFT and now.held, now
            assert poyo.tasks_created == 0 and h.service.queue.all_paused()
            h.service.resume_all()
            await h.wait_for(
                lambda: all(j.state is JobState.FINISHED for j in h.service.jobs()), 60
            )
            assert poyo.tasks_created == 2
        finally:
            await h.close()

    run(main())


def test_cancel_during_upload_frees_the_slot_and_a_sent_job_refuses(poyo, tmp_path, qapp):
    poyo.inject(Fault.slow(0.6, route="upload", times=1))

    async def main():
        h = await make_harness(poyo.base_url, tmp_path, max_concurrent=1)
        try:
            first = await h.service.generate(draft(tmp_path, prompt="one"))
            second = await h.service.generate(draft(tmp_path, prompt="two"))
            await h.wait_for(lambda: h.latest(first.id).state is JobState.UPLOADING)
            assert h.service.place_in_line(second.id) == 1
            assert h.service.cancel([first.id]) == 1
            assert h.latest(first.id).state is JobState.CANCELLED  # at once
            await h.wait_for(lambda: h.latest(second.id).state is JobState.FINISHED, 60)
            assert h.latest(first.id).state is JobState.CANCELLED
            stored = await h.store.get(first.id)
            assert stored is not None and stored.state is JobState.CANCELLED
            assert poyo.tasks_created == 1
            problems: list[str] = []
            h.service.problem_reported.connect(problems.append)
            assert h.service.hold([second.id]) == 0  # finished: not for it, silently
            third = await h.service.generate(draft(tmp_path, prompt="three"))
            await h.wait_for(
                lambda: h.latest(third.id).state in (JobState.QUEUED, JobState.RUNNING), 60
            )
            assert h.service.cancel([third.id]) == 0
            assert problems and "paid" in problems[-1]
        finally:
            await h.close()

    run(main())


def test_a_pause_in_the_same_moment_as_the_grant_stops_the_job_before_its_submit(
    poyo, tmp_path, qapp
):
    """The slot is granted and the job has begun (its "uploading" record is on its way to
    the history) when the pause arrives: it is stopped there, saved paused, never sent."""

    async def main():
        h = await make_harness(poyo.base_url, tmp_path, max_concurrent=1)
        try:
            job = await h.service.generate(draft(tmp_path, prompt="raced"))
            # generate's answer comes after the job's own first step: it holds the slot.
            assert h.service.queue.slots.holds_slot(job.id)
            assert h.service.hold([job.id]) == 1
            await asyncio.sleep(1.0)
            now = h.latest(job.id)
            assert (now.state, now.held) == (JobState.DRAFT, True)
            stored = await h.store.get(job.id)
            assert stored is not None and (stored.state, stored.held) == (JobState.DRAFT, True)
            assert poyo.requests["submit"] == 0 and not h.service.queue.slots.holds_slot(job.id)
            h.service.release([job.id])
            await h.wait_for(lambda: h.latest(job.id).state is JobState.FINISHED, 60)
            assert poyo.tasks_created == 1
        finally:
            await h.close()

    run(main())
