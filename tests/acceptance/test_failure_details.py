"""Issue 16: a failed task shows its technical detail on demand. Under the preview of a
failed task, "Show details" opens the detail PoYo gave (selectable, key removed), and
Copy puts it on the clipboard, to paste into a message to support."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QApplication, QPlainTextEdit

from poyo_desktop.sandbox import Fault
from tests.acceptance.generate_abilities import fills_the_form
from tests.acceptance.person import Person
from tests.acceptance.settings_abilities import saves_settings
from tests.conftest import TEST_KEY
from tests.images import write_png

REASON = "the model could not process this request (code 4711)"
FAILED_ROW = re.compile(r"Failed")


def pasted(person: Person) -> str:
    """What a paste would insert now: the clipboard's text."""
    return QApplication.clipboard().text()


def detail_box(person: Person) -> QPlainTextEdit:
    return person.find("Technical details", QPlainTextEdit)  # type: ignore[return-value]


def test_a_failed_task_shows_and_copies_its_technical_detail(desktop, person, play, tmp_path, poyo):
    photo = write_png(tmp_path / "lake.png", 640, 400)

    async def scenario() -> None:
        await desktop.start()
        await saves_settings(person, key=TEST_KEY, server=poyo.base_url, via="Add API key")
        poyo.inject(Fault.fail_task(message=REASON))
        await fills_the_form(person, photo, "Mist rises over the lake")
        await person.click("Generate video")
        await person.waits_for(
            lambda: any(FAILED_ROW.search(row) for row in person.rows()), 60, "the task to fail"
        )
        await person.clicks_row(FAILED_ROW)
        await person.sees(re.compile(r"^Failed"))
        # The detail waits behind a button: the plain words come first.
        assert not person.can_see(REASON) or not _box_shown(person)
        person.screenshot("issue16-failure-closed")
        await person.click("Show details")
        await person.sees("Hide details")
        box = detail_box(person)
        detail = box.toPlainText()
        assert REASON in detail, detail
        assert "PoYo task: task-" in detail and TEST_KEY not in detail
        assert box.isReadOnly()
        person.screenshot("issue16-failure-details")
        QApplication.clipboard().clear()
        await person.click("Copy")
        await person.waits_for(lambda: pasted(person) == detail, 5, "the detail to be copied")
        await person.sees("Copied")
        person.screenshot("issue16-failure-copied")
        # Closed again, it is out of the way.
        await person.click("Hide details")
        await person.waits_for(lambda: not _box_shown(person), 5, "the details to close")
        await desktop.quit()

    play(scenario)


def _box_shown(person: Person) -> bool:
    try:
        detail_box(person)
    except Exception:  # not on screen
        return False
    return True
