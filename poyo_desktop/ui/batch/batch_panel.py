"""The batch in the form: its pictures in a compact list, what was left out and why, the
pictures made before, and the editor of the one chosen.

It takes the place of the start picture's slot while the form is a batch. More pictures
can be dropped on it or added with "Add pictures…"; "Clear batch" returns to the
one-picture form. What it shows comes from the :class:`BatchModel` and the shared settings
the form hands to :meth:`BatchPanel.show_state`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
)

from poyo_desktop.ui.batch.batch_model import KEY_ROLE
from poyo_desktop.ui.batch.item_editor import ItemEditor
from poyo_desktop.ui.batch.rows import even_rows, fit_rows
from poyo_desktop.ui.kit.theme import error_color, muted_color, set_text_color
from poyo_desktop.ui.kit.translations import translate

if TYPE_CHECKING:
    from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPalette
    from PySide6.QtWidgets import QWidget

    from poyo_desktop.core.batch import Shared
    from poyo_desktop.ui.batch.batch_model import BatchModel

THUMB = 44  # logical pixels of a row's thumbnail
ROWS_SHOWN = 6  # rows in view before the list scrolls
SPACING = 2


class BatchPanel(QFrame):
    """The batch's pictures and what can be done with them."""

    #: Pictures were dropped on the panel or chosen with "Add pictures…" (list of Path).
    files_given = Signal(object)
    #: "Clear batch": back to the one-picture form.
    clear_requested = Signal()

    def __init__(self, model: BatchModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchPanel")
        self.setAcceptDrops(True)
        self._model = model
        self._last_dir = ""
        self._shared: Shared | None = None
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.add_button = QPushButton(translate("BatchPanel", "Add pictures…"), self)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.clear_button = QPushButton(translate("BatchPanel", "Clear batch"), self)
        self.clear_button.setToolTip(
            translate("BatchPanel", "Back to one picture; the pictures stay where they are")
        )
        self.clear_button.clicked.connect(self.clear_requested)
        self.notes = self._label(wrap=True)
        self.list = self._make_list(model)
        self.made_before_label = self._label(wrap=True)
        self.include_button = QPushButton(self)
        self.include_button.clicked.connect(self._on_include_clicked)
        self.editor = ItemEditor(model, self)
        self.left_out_label = self._label(wrap=True)
        self.left_out_label.setAccessibleName(translate("BatchPanel", "Left out"))
        self._lay_out()

    def _label(self, *, wrap: bool) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(wrap)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _make_list(self, model: BatchModel) -> QListView:
        view = QListView(self)
        view.setModel(model)
        view.setAccessibleName(translate("BatchPanel", "Batch pictures"))
        view.setIconSize(QSize(THUMB, THUMB))
        view.setUniformItemSizes(True)
        view.setSpacing(SPACING)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self._row_height = even_rows(view, THUMB)
        view.selectionModel().currentChanged.connect(lambda *_: self._show_editor())
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), view)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_chosen)
        return view

    def remove_chosen(self) -> None:
        """Delete on the list: the chosen picture leaves the batch."""
        key = self.list.currentIndex().data(KEY_ROLE)
        if key is not None:
            self._model.remove(key)

    def _lay_out(self) -> None:
        header = QHBoxLayout()
        header.setSpacing(8)
        header.addWidget(self.heading, 1)
        header.addWidget(self.add_button)
        header.addWidget(self.clear_button)
        made = QHBoxLayout()
        made.setSpacing(8)
        made.addWidget(self.made_before_label, 1)
        made.addWidget(self.include_button, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addLayout(header)
        column.addWidget(self.notes)
        column.addWidget(self.list)
        column.addWidget(self.editor)
        column.addLayout(made)
        column.addWidget(self.left_out_label)

    # -- what it shows --------------------------------------------------------------------

    def show_state(self, shared: Shared, palette: QPalette) -> None:
        """Bring every line in line with the model and the shared settings."""
        model = self._model
        count, checking = len(model.items()), model.checking()
        heading = translate("BatchPanel", "Batch of %n picture(s)", "", count)
        if checking:
            heading += translate("BatchPanel", " · checking %n more…", "", checking)
        self.heading.setText(heading)
        rows = min(max(model.rowCount(), 2), ROWS_SHOWN)
        fit_rows(self.list, self._row_height, rows, SPACING)
        self.notes.setText("\n".join(model.notes()))
        self.notes.setVisible(bool(model.notes()))
        set_text_color(self.notes, muted_color(palette))
        self._show_made_before(palette)
        self._show_left_out(palette)
        self._show_editor(shared)

    def _show_made_before(self, palette: QPalette) -> None:
        made = self._model.made_before()
        skipped = [item for item in made if not item.include]
        self.made_before_label.setVisible(bool(made))
        self.include_button.setVisible(bool(made))
        if not made:
            return
        n = len(made)
        if skipped:
            self.made_before_label.setText(
                translate(
                    "BatchPanel",
                    "1 picture was made into a video with these settings before, so it is skipped.",
                )
                if n == 1
                else translate(
                    "BatchPanel",
                    "%n pictures were made into a video with these settings before, so they "
                    "are skipped.",
                    "",
                    n,
                )
            )
            self.include_button.setText(translate("BatchPanel", "Include them"))
        else:
            self.made_before_label.setText(
                translate("BatchPanel", "%n picture(s) made before will be made again.", "", n)
            )
            self.include_button.setText(translate("BatchPanel", "Skip them"))
        set_text_color(self.made_before_label, muted_color(palette))

    def _show_left_out(self, palette: QPalette) -> None:
        refused = self._model.refused()
        self.left_out_label.setVisible(bool(refused))
        n = len(refused)
        lines = [translate("BatchPanel", "Left out, %n picture(s) that cannot be used:", "", n)]
        lines += [f"• {left.line()}" for left in refused]
        self.left_out_label.setText("\n".join(lines))
        set_text_color(self.left_out_label, error_color(palette))

    def _show_editor(self, shared: Shared | None = None) -> None:
        if shared is not None:
            self._shared = shared
        if self._shared is None:
            return
        index = self.list.currentIndex()
        key = index.data(KEY_ROLE) if index.isValid() else None
        self.editor.show_item(key, self._shared)

    # -- what it takes --------------------------------------------------------------------

    def _on_include_clicked(self) -> None:
        skipped = any(not item.include for item in self._model.made_before())
        self._model.include_made_before(skipped)

    def _on_add_clicked(self) -> None:
        from poyo_desktop.ui.form.image_dialog import open_image_dialog

        def chosen(paths: list[Path]) -> None:
            if paths:
                self._last_dir = str(paths[0].parent)
                self.files_given.emit(paths)

        title = translate("BatchPanel", "Add pictures to the batch")
        open_image_dialog(self, title, self._last_dir, chosen, many=True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        local = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
        if not local:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_given.emit(local)
