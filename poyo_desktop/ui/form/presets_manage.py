"""Manage Presets: the presets saved, in a list (name, and the settings in a few words);
rename one (in place: F2, a double-click or Rename), delete one (asked first). The list
is a model over the service's presets, remade when the service says they changed, and the
preset chosen stays chosen (under its new name after a rename)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from poyo_desktop.services.background import plain_words
from poyo_desktop.services.preset_store import clean_name, name_problem
from poyo_desktop.ui.form.presets_form import summary
from poyo_desktop.ui.form.presets_transfer import tell
from poyo_desktop.ui.kit.translations import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from poyo_desktop.services.background import BackgroundTasks
    from poyo_desktop.services.preset_store import Preset
    from poyo_desktop.services.presets import PresetService

TITLE = QT_TRANSLATE_NOOP("PresetsManage", "Presets")
AnyIndex = QModelIndex | QPersistentModelIndex


class PresetTableModel(QAbstractTableModel):
    """One row per preset: its name (editable: a rename), then its settings in a few
    words; a screen reader says both."""

    HEADERS = ("Name", "Settings")

    def __init__(self, service: PresetService, rename: Any, parent: QWidget) -> None:
        super().__init__(parent)
        self._service = service
        self._rename = rename  # (old name, new name) -> None
        self._rows: list[Preset] = service.presets()
        service.changed.connect(self._reload)

    def _reload(self) -> None:
        self.beginResetModel()
        self._rows = self._service.presets()
        self.endResetModel()

    def preset(self, row: int) -> Preset | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, name: str) -> int:
        return next((row for row, p in enumerate(self._rows) if p.name == name), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's way)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section] if 0 <= section < len(self.HEADERS) else None
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        preset = self.preset(index.row()) if index.isValid() else None
        if preset is None:
            return None
        words = summary(preset.draft)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return preset.name if index.column() == 0 else words
        if role == Qt.ItemDataRole.ToolTipRole:
            return words
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{preset.name}: {words}"
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        editable = Qt.ItemFlag.ItemIsEditable if index.column() == 0 else Qt.ItemFlag.NoItemFlags
        return super().flags(index) | editable

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        preset = self.preset(index.row()) if index.isValid() else None
        if preset is None or role != Qt.ItemDataRole.EditRole or value == preset.name:
            return False
        self._rename(preset.name, str(value))
        return True


class ManagePresetsDialog(QDialog):
    """The presets of ``service``, to rename and delete."""

    def __init__(self, parent: QWidget, service: PresetService, work: BackgroundTasks) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PresetsManage", TITLE))
        self.resize(560, 340)
        self._service = service
        self._work = work
        self._chosen = ""  # the name to choose again when the list is remade
        self.model = PresetTableModel(service, self._rename, self)
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(translate("PresetsManage", "Saved presets"))
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setColumnWidth(0, 170)
        triggers = QAbstractItemView.EditTrigger
        self.view.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed)
        self.rename_button = QPushButton(translate("PresetsManage", "Rename"), self)
        self.delete_button = QPushButton(translate("PresetsManage", "Delete…"), self)
        self.rename_button.clicked.connect(self._edit_name)
        self.delete_button.clicked.connect(self._ask_delete)
        self.view.selectionModel().selectionChanged.connect(self._update)
        self.model.modelAboutToBeReset.connect(self._remember)
        self.model.modelReset.connect(self._choose_again)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        hint = QLabel(
            translate(
                "PresetsManage", "To fill the form from a preset, pick it in the Presets menu."
            ),
            self,
        )
        hint.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.rename_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        actions.addWidget(close)
        column = QVBoxLayout(self)
        column.addWidget(hint)
        column.addWidget(self.view, 1)
        column.addLayout(actions)
        self._update()

    def _selected(self) -> Preset | None:
        index = self.view.currentIndex()
        chosen = self.view.selectionModel().isSelected(index) if index.isValid() else False
        return self.model.preset(index.row()) if chosen else None

    def _remember(self) -> None:
        chosen = self._selected()
        self._chosen = self._chosen or (chosen.name if chosen is not None else "")

    def _choose_again(self) -> None:
        row, self._chosen = self.model.row_of(self._chosen), ""
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
        self._update()

    def _update(self) -> None:
        chosen = self._selected() is not None
        self.rename_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _edit_name(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.view.edit(index)

    def _rename(self, name: str, new_name: str) -> None:
        problem = name_problem(new_name)
        if problem is not None:
            tell(self, translate("PresetsManage", TITLE), problem, QMessageBox.Icon.Warning)
            return

        self._chosen = clean_name(new_name)

        async def rename() -> None:
            try:
                await self._service.rename(name, new_name)
            except (OSError, ValueError) as exc:
                failed = translate("PresetsManage", "“{name}” could not be renamed")
                self._say(plain_words(exc, failed.format(name=name)))

        self._work.run(rename(), name="renaming a preset", on_error=self._say)

    def _ask_delete(self) -> None:
        preset = self._selected()
        if preset is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("PresetsManage", "Delete Preset"),
            translate(
                "PresetsManage",
                "Delete the preset “{name}”? The form and your videos stay as they are.",
            ).format(name=preset.name),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        delete = box.addButton(
            translate("PresetsManage", "Delete"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda clicked: self._delete(preset.name) if clicked is delete else None
        )
        box.open()

    def _delete(self, name: str) -> None:
        async def delete() -> None:
            try:
                await self._service.delete(name)
            except OSError as exc:
                failed = translate("PresetsManage", "“{name}” could not be deleted")
                self._say(plain_words(exc, failed.format(name=name)))

        self._work.run(delete(), name="deleting a preset", on_error=self._say)

    def _say(self, words: str) -> None:
        tell(self, translate("PresetsManage", TITLE), words, QMessageBox.Icon.Warning)
