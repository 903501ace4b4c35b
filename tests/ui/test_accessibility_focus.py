"""Issue 20, a visible focus: the widgets the app paints itself (the picture boxes, the model
cards, the list's rows) and the multi-line fields a style leaves unmarked draw a ring where
the keyboard is, in light and in dark. Read from the pixels: the ring's colour is on screen
around the focused widget, and not there while it has no focus."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from poyo_desktop.core.job import Job
from poyo_desktop.core.states import JobState
from poyo_desktop.services.paths import AppPaths
from poyo_desktop.ui.kit.theme import contrast, focus_color
from poyo_desktop.ui.tasks.task_model import JobListModel
from poyo_desktop.ui.tasks.task_view import TaskListView
from tests.acceptance.test_dark_switch import dark_palette
from tests.ui.test_accessibility_contrast import light_palette

SCHEMES = {"light": light_palette, "dark": dark_palette}


@pytest.fixture(params=sorted(SCHEMES))
def scheme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    before = QPalette(qapp.palette())
    palette = SCHEMES[request.param]()
    qapp.setPalette(palette)
    try:
        yield palette
    finally:
        qapp.setPalette(before)


def ring_pixels(widget: QWidget, colour: QColor, margin: int = 4) -> int:
    """How many pixels of ``colour`` (give or take a little) the window shows on and
    just around ``widget``."""
    window = widget.window()
    area = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()).adjusted(
        -margin, -margin, margin, margin
    )
    image = window.grab(area).toImage()
    near = 0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if all(
                abs(a - b) <= 12
                for a, b in zip(pixel.getRgb()[:3], colour.getRgb()[:3], strict=True)
            ):
                near += 1
    return near


def focused(widget: QWidget, qapp: QApplication) -> None:
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qapp.processEvents()
    assert widget.hasFocus(), f"{widget} took no focus"


@pytest.fixture
def window(qapp: QApplication, tmp_path) -> Iterator[QWidget]:
    from poyo_desktop.ui.window.main_window import MainWindow

    shown = MainWindow(paths=AppPaths.default(tmp_path / "home"))
    shown.resize(1280, 800)
    shown.show()
    qapp.processEvents()
    try:
        yield shown
    finally:
        shown.close()
        shown.deleteLater()


def _model_cards(window: QWidget) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if type(w).__name__ == "ChoiceCard"]


def test_the_form_shows_where_the_keyboard_is(window, scheme, qapp):
    """The picture box, the model card (its radio focused) and the prompt, each in turn."""
    ring = focus_color(scheme)
    assert contrast(ring, scheme.color(QPalette.ColorRole.Base)) >= 3.0
    card = _model_cards(window)[0]
    for name, shown, focus_on in (
        ("start picture box", window.form.start_zone, window.form.start_zone),
        ("Standard model card", card, card.radio),  # type: ignore[attr-defined]
        ("prompt", window.form.prompt_edit, window.form.prompt_edit),
    ):
        focused(window.preview, qapp)
        before = ring_pixels(shown, ring)
        focused(focus_on, qapp)
        after = ring_pixels(shown, ring)
        assert after > before + shown.width(), (name, before, after)


def test_the_focused_row_of_the_list_is_ringed(scheme, qapp):
    model = JobListModel()
    made = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
    model.set_jobs(
        [
            Job(model="kling-2.1/standard", prompt=f"wave {n}", created_at=made, state=state)
            for n, state in enumerate((JobState.FINISHED, JobState.FAILED))
        ]
    )
    view = TaskListView()
    view.setModel(model)
    view.resize(600, 300)
    view.show()
    focused(view, qapp)
    index = model.index(1, 0)
    selection = view.selectionModel()
    selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
    ring = focus_color(scheme)
    qapp.processEvents()
    row = view.visualRect(index)
    image = view.viewport().grab(row).toImage()
    ringed = sum(
        1
        for x in range(image.width())
        if contrast(image.pixelColor(x, 2), ring) < 1.2  # the ring's top edge
    )
    assert ringed > row.width() // 2, (ringed, row.width())
    view.close()
