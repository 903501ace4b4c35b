"""The "While you were away" card's words and its parts, offscreen (the whole path, from
the window's activation to a line's click, is tests/acceptance/test_while_away.py)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QMainWindow, QToolButton, QWidget

from poyo_desktop.core.job import Job
from poyo_desktop.core.states import JobState
from poyo_desktop.services.away_summary import AwayItem, AwaySummary
from poyo_desktop.ui.window import away_words
from poyo_desktop.ui.window.away_card import LINES_SHOWN, AwayCard
from poyo_desktop.ui.window.away_watch import read_last_seen, write_last_seen

SINCE = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)


def job(prompt: str, state: JobState = JobState.FINISHED, **changes: object) -> Job:
    made = Job(model="kling-2.1/standard", prompt=prompt, state=state, backend="poyo")
    return replace(made, **changes)


def summary(*items: tuple[Job, float]) -> AwaySummary:
    return AwaySummary(SINCE, tuple(AwayItem(j, credits) for j, credits in items))


def test_the_headline_counts_in_plural_words_with_reasons_and_money():
    said = away_words.headline(
        summary(
            (job("a"), 30.0),
            (job("b"), 30.0),
            (job("c"), 55.0),
            (job("d", JobState.FAILED, error_kind="insufficient_credits"), 0.0),
        )
    )
    assert said == (
        "3 videos finished, 1 failed (not enough credits) · 115 credits spent (about $0.58)"
    )
    one = away_words.headline(summary((job("a"), 1.0)))
    assert one == "1 video finished · 1 credit spent (about $0.01)"
    reasons = away_words.headline(
        summary(
            (job("a", JobState.FAILED, error_kind="network"), 0.0),
            (job("b", JobState.FAILED, error_kind="generation_failed"), 0.0),
            (job("c", JobState.FAILED, error_kind="generation_failed"), 0.0),
            (job("d", JobState.FAILED, error_kind="something new"), 0.0),
            (job("e", JobState.UNKNOWN), 0.0),
        )
    )
    assert reasons == (
        "4 failed (PoYo could not make it, PoYo could not be reached), "
        "1 may have been made (check it) · Nothing was charged"
    )


def test_demo_videos_are_free_as_the_app_says_it():
    said = away_words.headline(summary((job("a", backend="demo"), 0.0)))
    assert said == "1 video finished · Free in demo mode"


def test_a_line_says_the_prompts_start_and_a_failure_why():
    assert away_words.line(job("Waves roll in slowly")) == "“Waves roll in slowly” is ready"
    long = away_words.line(job("word " * 30))
    assert long.endswith("…” is ready") and len(long) < 70
    refused = job("Otters", JobState.FAILED, error_kind="insufficient_credits")
    assert away_words.line(refused) == "“Otters” failed: not enough credits"
    # A kind with no short words: the first sentence of the task's own message.
    odd = job("Otters", JobState.FAILED, error_kind="odd", error_message="It broke. Try later.")
    assert away_words.line(odd) == "“Otters” failed: It broke"
    assert away_words.line(job("", JobState.UNKNOWN)) == "Your video may have been made: check it"


@pytest.fixture
def card(qtbot) -> Iterator[AwayCard]:
    window = QMainWindow()
    central = QWidget()
    window.setCentralWidget(central)
    made = AwayCard(central)
    qtbot.addWidget(window)
    window.show()
    yield made  # the window lives as long as the test


def lines(card: AwayCard) -> list[QToolButton]:
    return [b for b in card.findChildren(QToolButton) if b.objectName() != "awayDismiss"]


def test_each_line_chooses_its_task_and_the_rest_are_counted(card, qtbot):
    jobs = [job(f"Video {n}") for n in range(LINES_SHOWN + 2)]
    card.show_summary(summary(*[(j, 0.0) for j in jobs]))
    card.show()
    qtbot.waitUntil(lambda: all(b.isVisible() for b in lines(card)))
    shown = [b.text() for b in lines(card)]
    assert shown[-1] == "and 2 more in the list"
    assert len(shown) == LINES_SHOWN + 1
    assert shown[0] == "“Video 0” is ready  ›"
    headline = card.findChild(QLabel, "awayHeadline").text()
    assert headline.startswith("<b>While you were away:</b> 5 videos finished")
    with qtbot.waitSignal(card.task_chosen) as chosen:
        QTest.mouseClick(lines(card)[1], Qt.MouseButton.LeftButton)
    assert chosen.args == [jobs[1]]
    # Shown again with less: the old lines go.
    card.show_summary(summary((jobs[0], 0.0)))
    qtbot.waitUntil(lambda: len(lines(card)) == 1)


def test_esc_or_its_button_dismisses_it(card, qtbot):
    card.show_summary(summary((job("a"), 0.0)))
    card.show()
    card.window().activateWindow()
    qtbot.waitUntil(card.window().isActiveWindow)
    with qtbot.waitSignal(card.dismissed):
        QTest.keyClick(card.window(), Qt.Key.Key_Escape)
    assert card.isHidden()
    card.show()
    with qtbot.waitSignal(card.dismissed):
        QTest.mouseClick(card.findChild(QToolButton, "awayDismiss"), Qt.MouseButton.LeftButton)
    assert card.isHidden()


def test_the_last_look_is_kept_beside_the_window_layout(tmp_path):
    assert read_last_seen(tmp_path) is None  # a first start
    write_last_seen(tmp_path, SINCE)
    assert read_last_seen(tmp_path) == SINCE
    (tmp_path / "window.ini").write_text("[away]\nlast-seen=not a time\n")
    assert read_last_seen(tmp_path) is None
