"""Editing a video before it is sent, and Pause Sending kept through a restart, on a real
sandbox and a real SQLite file: an edit of a waiting job is what gets sent; a job that a
slot took, or that was sent, keeps its words and says why; the rules of the form apply."""

from __future__ import annotations

import asyncio

from poyo_desktop.core.rules import PRO, STANDARD
from poyo_desktop.core.states import JobState
from poyo_desktop.sandbox import Fault
from poyo_desktop.services.queue_edits import Edit, Edited, NotEdited, model_refusal
from poyo_desktop.store import JobStore
from tests.services.harness import draft, make_harness
from tests.services.test_pipeline import run


def test_an_edited_waiting_job_is_sent_as_edited(poyo, tmp_path, qapp):
    async def main():
        h = await make_harness(poyo.base_url, tmp_path, max_concurrent=1)
        try:
            h.service.hold_all()
            job = await h.service.generate(draft(tmp_path, prompt="A boat at sunset"))
            assert h.latest(job.id).held
            outcome = await h.service.edit(job.id, Edit("A boat at dawn", "fog", 10, PRO))
            assert isinstance(outcome, Edited), outcome
            now = h.latest(job.id)
            assert (now.prompt, now.negative_prompt, now.duration, now.model) == (
                "A boat at dawn",
                "fog",
                10,
                PRO,
            )
            assert now.held and now.state is JobState.DRAFT  # still paused, still waiting
            stored = await h.store.get(job.id)
            assert stored is not None and (stored.prompt, stored.duration) == ("A boat at dawn", 10)
            assert [j.prompt for j in h.seen if j.id == job.id][-1] == "A boat at dawn"
            h.service.resume_all()
            await h.wait_for(lambda: h.latest(job.id).state is JobState.FINISHED, 60)
            sent = poyo.tasks()[0]
            assert (sent.prompt, sent.negative_prompt, sent.duration) == (
                "A boat at dawn",
                "fog",
                10,
            )
            assert sent.model == PRO
        finally:
            await h.close()

    run(main())


def test_a_job_taken_by_a_slot_or_sent_is_not_edited(poyo, tmp_path, qapp):
    poyo.inject(Fault.slow(0.6, route="upload", times=1))

    async def main():
        h = await make_harness(poyo.base_url, tmp_path, max_concurrent=1)
        try:
            first = await h.service.generate(draft(tmp_path, prompt="one"))
            await h.wait_for(lambda: h.latest(first.id).state is JobState.UPLOADING)
            outcome = await h.service.edit(first.id, Edit("changed", "", 5, STANDARD))
            assert isinstance(outcome, NotEdited) and "being sent now" in outcome.message
            assert h.service.edit_refusal(h.latest(first.id)) is not None
            await h.wait_for(lambda: h.latest(first.id).state.is_remote, 60)
            outcome = await h.service.edit(first.id, Edit("changed", "", 5, STANDARD))
            assert isinstance(outcome, NotEdited)
            assert outcome.message == (
                "This video was sent to PoYo while you were editing it, so it is paid and "
                "can no longer change. Nothing was changed."
            )
            await h.wait_for(lambda: h.latest(first.id).state is JobState.FINISHED, 60)
            assert h.latest(first.id).prompt == "one"
            assert poyo.tasks()[0].prompt == "one"
        finally:
            await h.close()

    run(main())


def test_an_edit_the_history_refuses_changes_nothing(poyo, tmp_path, qapp):
    """Another program sent the job (its row no longer waits) though this one has not heard:
    the history's own check refuses the edit, and the list shows the words it had."""

    async def main():
        db = tmp_path / "history.sqlite3"
        h = await make_harness(poyo.base_url, tmp_path, max_concurrent=1, db=db)
        try:
            h.service.hold_all()
            job = await h.service.generate(draft(tmp_path, prompt="kept words"))
            with JobStore(db) as other:
                other.save(job.moved(JobState.UPLOADING, held=False))
            seen = len(h.seen)
            outcome = await h.service.edit(job.id, Edit("new words", "", 5, STANDARD))
            assert isinstance(outcome, NotEdited) and "was sent to PoYo" in outcome.message
            assert h.latest(job.id).prompt == "kept words"
            # Shown at once, and put back as it was once the history said no.
            assert [j.prompt for j in h.seen[seen:]] == ["new words", "kept words"]
        finally:
            await h.close()

    run(main())


def test_while_the_edit_is_written_no_slot_takes_the_job(poyo, tmp_path, qapp):
    poyo.inject(Fault.slow(0.8, route="upload", times=1))

    async def main():
        h = await make_harness(poyo.base_url, tmp_path, max_concurrent=1)
        try:
            first = await h.service.generate(draft(tmp_path, prompt="first"))
            job = await h.service.generate(draft(tmp_path, prompt="before"))
            await h.wait_for(lambda: h.latest(first.id).state is JobState.UPLOADING)
            assert h.service.place_in_line(job.id) == 1
            editing = h.service.edit(job.id, Edit("after", "", 5, STANDARD))
            # At once: the list shows the new words, and the job is out of line until the
            # history has answered.
            assert h.latest(job.id).prompt == "after"
            assert h.service.queue.edits.kept_back(job.id)
            assert h.service.place_in_line(job.id) is None
            assert (
                h.service.edit_refusal(h.latest(job.id)) == "This video is being changed already."
            )
            assert isinstance(await editing, Edited)
            assert h.service.place_in_line(job.id) == 1
            await h.wait_for(lambda: h.latest(job.id).state is JobState.FINISHED, 60)
            assert [task.prompt for task in poyo.tasks()] == ["first", "after"]
        finally:
            await h.close()

    run(main())


def test_a_resume_saved_while_an_edit_is_written_keeps_both(poyo, tmp_path, qapp):
    async def main():
        h = await make_harness(poyo.base_url, tmp_path, max_concurrent=1)
        try:
            h.service.hold_all()
            job = await h.service.generate(draft(tmp_path, prompt="before"))
            h.service.resume_all()  # saved first, and only then does it let the job go
            assert isinstance(await h.service.edit(job.id, Edit("after", "", 10, STANDARD)), Edited)
            await h.wait_for(lambda: h.latest(job.id).state is JobState.FINISHED, 60)
            sent = poyo.tasks()[0]
            assert (sent.prompt, sent.duration) == ("after", 10)
        finally:
            await h.close()

    run(main())


def test_the_rules_of_the_form_apply(poyo, tmp_path, qapp):
    async def main():
        h = await make_harness(poyo.base_url, tmp_path)
        try:
            h.service.hold_all()
            pro = await h.service.generate(draft(tmp_path, model=PRO, end=True, prompt="ends"))
            plain = await h.service.generate(draft(tmp_path, prompt="plain"))
            # An end image it ends on stays: only Pro takes one.
            assert model_refusal(pro, STANDARD) == "Only Kling 2.1 Pro takes an end image."
            assert model_refusal(plain, PRO) is None
            refused = await h.service.edit(pro.id, Edit("ends", "", 5, STANDARD))
            assert isinstance(refused, NotEdited) and "end image" in refused.message
            empty = await h.service.edit(plain.id, Edit("   ", "", 5, STANDARD))
            assert isinstance(empty, NotEdited) and empty.message.startswith("Write a prompt")
            long = await h.service.edit(plain.id, Edit("x" * 5001, "", 5, STANDARD))
            assert isinstance(long, NotEdited) and "at most 5000" in long.message
            assert (h.latest(pro.id).model, h.latest(plain.id).prompt) == (PRO, "plain")
            # Standard, once Pro, may take the end image it had kept: Pro needs nothing more.
            assert isinstance(await h.service.edit(plain.id, Edit("p", "", 10, PRO)), Edited)
        finally:
            await h.close()

    run(main())


def test_pause_sending_is_kept_for_the_next_start(poyo, tmp_path, qapp):
    db = tmp_path / "history.sqlite3"

    async def first() -> None:
        h = await make_harness(poyo.base_url, tmp_path, db=db)
        try:
            await h.service.restore_sending_pause()
            assert not h.service.queue.all_paused()
            h.service.hold_all()
        finally:
            await h.close()

    async def second() -> None:
        h = await make_harness(poyo.base_url, tmp_path, db=db)
        try:
            restoring = h.service.restore_sending_pause()
            # Made in the same moment as the start: it waits for the answer, and is held.
            job = await h.service.generate(draft(tmp_path, prompt="made at once"))
            await restoring
            assert h.service.queue.all_paused()
            assert h.latest(job.id).held and h.latest(job.id).state is JobState.DRAFT
            await asyncio.sleep(0.3)
            assert poyo.tasks_created == 0
            h.service.resume_all()
            await h.wait_for(lambda: h.latest(job.id).state is JobState.FINISHED, 60)
        finally:
            await h.close()

    async def third() -> None:
        h = await make_harness(poyo.base_url, tmp_path, db=db)
        try:
            restoring = h.service.restore_sending_pause()
            h.service.hold_all()  # chosen while the saved choice (resumed) was being read
            await restoring
            assert h.service.queue.all_paused()
        finally:
            await h.close()

    run(first())
    run(second())
    run(third())
