"""The right-hand side of the window: the places of the preview and the task list, and the
box the list sits in.

The first paint shows only the places (the preview's dark screen, the list's background):
the preview and the list themselves are made right after it (:meth:`MainWindow.build_panes`)
and take those places at the same geometry. The places are drawn in the first frame: no
``Qt`` namespace there (see ui/kit/lazy_qt.py); the box is made after it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QSplitter, QVBoxLayout, QWidget

from poyo_desktop.ui.kit.lazy_qt import Qt, set_qt_property
from poyo_desktop.ui.kit.theme import PREVIEW_MINIMUM, SCREEN_COLOUR, follow_palette
from poyo_desktop.ui.kit.translations import translate

if TYPE_CHECKING:
    from collections.abc import Callable

    from poyo_desktop.ui.tasks.history_filter import HistoryFilter
    from poyo_desktop.ui.tasks.task_view import TaskListView


def right_split_with_places(line_height: int) -> QSplitter:
    """The preview above the task list, each a place to fill in until they are made: the
    preview's dark screen above the room of its two rows of buttons (about two lines of
    text each), and the window's own background where the list will be."""
    preview_place = QWidget()
    preview_place.setMinimumSize(*PREVIEW_MINIMUM)  # so the splitter lays it out alike
    rows = QVBoxLayout(preview_place)
    rows.setContentsMargins(0, 0, 0, 2 * (line_height + 14))
    screen = QFrame()
    screen.setAutoFillBackground(True)
    palette = screen.palette()
    palette.setColor(palette.ColorRole.Window, SCREEN_COLOUR)
    screen.setPalette(palette)
    rows.addWidget(screen)
    split = QSplitter()
    set_qt_property(split, "orientation", "Vertical")
    split.addWidget(preview_place)
    split.addWidget(QWidget())
    split.setStretchFactor(0, 3)
    split.setStretchFactor(1, 2)
    split.setChildrenCollapsible(False)
    return split


def fill_places(split: QSplitter, panes: tuple[QWidget, QWidget]) -> None:
    """Put the made panes in their places, at the same geometry (QSplitter.replaceWidget:
    restored sizes hold). The caller keeps the panes: PySide6's replaceWidget leaves them
    owned by Python."""
    for index, pane in enumerate(panes):
        place = split.replaceWidget(index, pane)
        if place is not None:
            place.deleteLater()


def tasks_box(
    history_filter: HistoryFilter, tasks: TaskListView, open_settings: Callable[[], None]
) -> tuple[QWidget, QLabel]:
    """The list under its title and search, and the note about the selected task."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    title = QLabel(translate("Panes", "<b>Your videos</b>"))
    layout.addWidget(title)
    layout.addWidget(history_filter)
    layout.addWidget(tasks)
    # Why the selected task cannot be retried (or checked) here, where a person looks
    # when its Retry is greyed out: beside the list, not in a passing status message.
    note = QLabel()
    note.setObjectName("taskNote")
    # Its text colour by value, made again on a light/dark switch (theme.follow_palette).
    follow_palette(box, lambda palette: note.setStyleSheet(_note_sheet(palette)))
    note.setWordWrap(True)
    note.setTextFormat(Qt.TextFormat.RichText)
    note.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    note.linkActivated.connect(lambda _link: open_settings())
    note.setAccessibleName(translate("Panes", "About the selected task"))
    note.hide()
    layout.addWidget(note)
    return box, note


def _note_sheet(palette: QPalette) -> str:
    ink = palette.color(QPalette.ColorRole.WindowText).name()
    return (
        f"#taskNote {{ background: rgba(33, 150, 243, 0.10); padding: 6px 8px; color: {ink};"
        " border: 1px solid rgba(33, 150, 243, 0.45); border-radius: 6px; }"
    )
