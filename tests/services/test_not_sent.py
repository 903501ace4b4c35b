"""The words for a Generate that made no video: which request, why, what to do."""

from __future__ import annotations

from poyo_desktop.core.draft import JobDraft
from poyo_desktop.services.not_sent import not_sent, prompt_start
from poyo_desktop.store.errors import DiskFullError, StoreBusyError, StoreError


def test_the_prompt_names_the_request_cut_at_a_word():
    assert prompt_start("Waves  roll in") == "Waves roll in"
    assert (
        prompt_start("The lighthouse beam sweeps across the stormy sea")
        == "The lighthouse beam sweeps…"
    )
    assert prompt_start("x" * 40) == "x" * 32 + "…"


def test_each_cause_says_what_to_do():
    draft = JobDraft(model="kling-2.1/standard", prompt="A cat turns its head")
    busy = not_sent(
        draft,
        StoreBusyError(
            "Could not save your task history: another "
            "program is using the history file; try again."
        ),
    )
    assert busy.message == (
        "Your video “A cat turns its head” was not sent: the history file "
        "is in use by another program. Close that program and press "
        "Generate again."
    )
    assert "disk is full" in not_sent(draft, DiskFullError("x")).message
    kept = not_sent(
        draft, StoreError("Could not keep a copy of your image: the file was not found.")
    )
    assert "a copy of your picture could not be kept (the file was not found)" in kept.message
    assert "details are in the log" in not_sent(draft, RuntimeError("boom")).message
    assert not_sent(JobDraft(model="m", prompt=""), RuntimeError()).message.startswith(
        "Your video was not sent:"
    )


def test_the_reason_alone_and_its_batch_form_from_the_stores_parts():
    from poyo_desktop.services.not_sent import backend_not_started
    from poyo_desktop.store.errors import KEEP_IMAGE, READ, SAVE, ReadOnlyError, told

    draft = JobDraft(model="kling-2.1/standard", prompt="Waves")
    full = not_sent(draft, told(DiskFullError, SAVE, "the disk is full"))
    assert full.reason == "the disk is full. Free some space and press Generate again."
    assert full.batch_reason == "the disk is full. Free some space and press Review again."
    assert full.message == f"Your video “Waves” was not sent: {full.reason}"
    kept = not_sent(draft, told(StoreError, KEEP_IMAGE, "the file was not found"))
    assert kept.reason == (
        "a copy of your picture could not be kept (the file was not found). "
        "Press Generate again once that is fixed."
    )
    read = not_sent(draft, told(ReadOnlyError, READ, "the disk is read-only"))
    assert read.batch_reason == (
        "Could not read your task history: the disk is read-only. "
        "Press Review again once the history can be written to."
    )
    assert backend_not_started(draft).batch_reason.endswith("Press Review to try again.")
