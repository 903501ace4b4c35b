"""A chained video in the list says which video it continues (ui/tasks/chains.py, and the
list model's spoken text and tooltip)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from poyo_desktop.core.job import Job
from poyo_desktop.core.states import JobState
from poyo_desktop.ui.tasks.chains import chain_line, chained_tooltip, continues
from poyo_desktop.ui.tasks.task_model import JobListModel

WHEN = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)


def job(prompt: str, minutes: int, **changes: object) -> Job:
    made = Job(model="kling-2.1/pro", prompt=prompt, created_at=WHEN + timedelta(minutes=minutes))
    made.state = JobState.FINISHED
    for name, value in changes.items():
        setattr(made, name, value)
    return made


def test_the_words_of_a_chain() -> None:
    parent = job("Waves  roll\nin slowly", 0)
    assert continues(parent) == "Continues “Waves roll in slowly”"
    assert chain_line(parent) == "↳ Continues “Waves roll in slowly”"
    assert continues(None) == "Continues an earlier video"
    assert continues(job("x" * 80, 0)).endswith("x…”")
    tip = chained_tooltip("<qt><b>Next</b><p>Status</p></qt>", parent)
    assert tip == "<qt><b>Next</b><p>Status</p><p>↳ Continues “Waves roll in slowly”</p></qt>"


def test_the_list_reads_a_chained_row_with_its_parent(qapp: object) -> None:
    parent = job("Waves roll in slowly", 0)
    child = job("The wave breaks", 1, parent_id=parent.id)
    orphan = job("After the storm", 2, parent_id="gone")
    model = JobListModel()
    model.set_jobs([parent, child, orphan])
    spoken = [model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole) for row in range(3)]
    assert spoken[0].endswith(". Continues an earlier video")
    assert spoken[1].endswith("Pro, 5 s. Continues “Waves roll in slowly”")
    assert "Continues" not in spoken[2]
    assert "↳ Continues" in model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
