"""The form as a batch, with real widgets and real files: the history's answer about
pictures made before, copies per picture, and settings used again ending the batch."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from poyo_desktop.core.batch import MadeBefore
from poyo_desktop.core.draft import JobDraft
from poyo_desktop.core.rules import STANDARD
from poyo_desktop.ui.form.form import GenerationForm
from tests import images

PROMPT = "The waves roll in slowly"


@pytest.fixture
def form(qtbot, tmp_path):
    widget = GenerationForm(paste_dir=tmp_path / "pasted")
    qtbot.addWidget(widget)
    widget.resize(600, 900)
    widget.show()
    widget.prompt_edit.setPlainText(PROMPT)
    return widget


def run(qloop, seconds: float) -> None:
    qloop.run_until_complete(asyncio.sleep(seconds))


def test_the_history_flags_a_picture_and_settings_used_again_end_the_batch(form, qloop, tmp_path):
    pictures = [images.write_png(tmp_path / f"p{n}.png", 600 + n, 400) for n in range(2)]
    asked: list[set[object]] = []

    async def history(wanted):  # type: ignore[no-untyped-def]
        asked.append(set(wanted))
        first = next(w for w in wanted if w.prompt == PROMPT and w.model == STANDARD)
        return {first: MadeBefore(datetime(2026, 12, 3, tzinfo=UTC))}

    form.batches.use_history(history)
    form.start_zone.pictures_given.emit(pictures)
    deadline = 100
    while form.generate_button.text() != "Review 1 video…" and deadline:
        run(qloop, 0.05)
        deadline -= 1
    assert form.generate_button.text() == "Review 1 video…"
    assert form.generate_button.isEnabled()
    assert len(asked[-1]) == 2
    batch = form.batches.batch()
    assert batch is not None
    assert [item.made_before is not None for item in batch.model.items()].count(True) == 1

    # Delete on the list takes the chosen picture out of the batch.
    view = batch.panel.list
    view.setFocus()
    view.setCurrentIndex(view.model().index(1, 0))
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert [item.name for item in batch.model.items()] == ["p0.png"]

    form.set_draft(JobDraft(model=STANDARD, prompt="again", start_image=pictures[0]))
    assert form.batches.batch() is None
    assert form.start_zone.isVisible()
    assert form.start_zone.path() == pictures[0]


def test_copies_of_one_picture_are_reviewed_first(qtbot, form, tmp_path):
    picture = images.write_png(tmp_path / "p.png", 640, 400)
    with qtbot.waitSignal(form.start_zone.image_checked, timeout=10_000):
        form.start_zone.set_image(picture)
    assert form.generate_button.text() == "Generate video"
    form.batches.copies.spin.setValue(3)
    assert form.generate_button.text() == "Review 3 videos…"
    with qtbot.waitSignal(form.batch_requested) as asked:
        form.generate_button.click()
    plan = asked.args[0]
    assert plan.count == 3
    assert {video.item.picture for video in plan.videos} == {picture}


def test_pictures_given_again_while_the_batch_form_loads_replace_the_first(form, qloop, tmp_path):
    first = [images.write_png(tmp_path / f"a{n}.png", 600 + n, 400) for n in range(2)]
    second = [images.write_png(tmp_path / f"b{n}.png", 640 + n, 400) for n in range(3)]
    form.start_zone.pictures_given.emit(first)
    form.start_zone.pictures_given.emit(second)  # before the batch form has loaded
    deadline = 100
    while form.generate_button.text() != "Review 3 videos…" and deadline:
        run(qloop, 0.05)
        deadline -= 1
    run(qloop, 0.3)  # anything of the first pictures still coming would be in by now
    batch = form.batches.batch()
    assert batch is not None
    assert sorted(item.name for item in batch.model.items()) == ["b0.png", "b1.png", "b2.png"]
    assert form.generate_button.text() == "Review 3 videos…"
