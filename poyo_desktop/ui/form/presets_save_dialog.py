"""The Save as Preset dialog: what will be saved, a name, whether the pictures go with it,
and what saving will do (a name already saved is replaced, and the button says so before
it is pressed)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from poyo_desktop.services.preset_store import MAX_NAME, clean_name, name_problem
from poyo_desktop.ui.kit.theme import error_color, muted_color, set_text_color
from poyo_desktop.ui.kit.translations import QT_TRANSLATE_NOOP, translate

TITLE = QT_TRANSLATE_NOOP("PresetsSaveDialog", "Save as Preset")
KEEP_PICTURES = QT_TRANSLATE_NOOP("PresetsSaveDialog", "Keep the pictures with it")
NAME_ROOM = 20  # characters typed past the limit, so a person sees why Save is greyed out


class SavePresetDialog(QDialog):
    """Asks for a preset's name; ``chosen`` (name, with pictures) when Save is pressed.
    ``taken``: the names saved already; ``pictures``: the names of the form's pictures;
    ``saved``: the settings to be saved, in a few words."""

    chosen = Signal(str, bool)

    def __init__(
        self, parent: QWidget, *, taken: list[str], pictures: list[str], saved: str
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PresetsSaveDialog", TITLE))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(440)
        self._taken = set(taken)
        self._pictures = pictures

        intro = QLabel(
            translate(
                "PresetsSaveDialog",
                "Keep the form as it is now, to fill it again from the Presets menu.",
            )
        )
        intro.setWordWrap(True)
        settings = self._muted(QLabel(saved, self))
        settings.setAccessibleName(translate("PresetsSaveDialog", "What is saved"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(translate("PresetsSaveDialog", "Preset name"))
        self.name_edit.setPlaceholderText(
            translate("PresetsSaveDialog", "e.g. Slow pan over the sea")
        )
        self.name_edit.setMaxLength(MAX_NAME + NAME_ROOM)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setAccessibleName(translate("PresetsSaveDialog", "About the name"))
        self.pictures_box = QCheckBox(translate("PresetsSaveDialog", KEEP_PICTURES), self)
        self.pictures_box.setEnabled(bool(pictures))
        self.pictures_note = self._muted(QLabel(self))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = QPushButton(translate("PresetsSaveDialog", "Save"), self)
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._update)
        self.pictures_box.toggled.connect(self._update)
        self._lay_out(intro, settings)
        self._update()

    def _muted(self, label: QLabel) -> QLabel:
        label.setParent(self)
        label.setWordWrap(True)
        set_text_color(label, muted_color(self.palette()))
        return label

    def _lay_out(self, intro: QLabel, settings: QLabel) -> None:
        fields = QFormLayout()
        fields.setContentsMargins(0, 6, 0, 0)
        fields.addRow(translate("PresetsSaveDialog", "&Name:"), self.name_edit)
        fields.addRow("", self.note)
        # As wide as its words: a click beside them, where nothing shows, does nothing.
        box_row = QHBoxLayout()
        box_row.addWidget(self.pictures_box)
        box_row.addStretch(1)
        fields.addRow(translate("PresetsSaveDialog", "Pictures:"), box_row)
        fields.addRow("", self.pictures_note)
        column = QVBoxLayout(self)
        column.setSpacing(6)
        column.addWidget(intro)
        column.addWidget(settings)
        column.addLayout(fields)
        column.addSpacing(8)
        column.addWidget(self.buttons)

    def _pictures_words(self) -> str:
        if not self._pictures:
            return translate("PresetsSaveDialog", "The form has no start or end image to keep.")
        names = self._pictures[0]
        if len(self._pictures) > 1:
            names = translate("PresetsSaveDialog", "{first} and {second}").format(
                first=self._pictures[0], second=self._pictures[1]
            )
        if self.pictures_box.isChecked():
            return (
                translate(
                    "PresetsSaveDialog",
                    "A copy of {names} goes with the preset: it works after the originals move.",
                )
                if len(self._pictures) == 1
                else translate(
                    "PresetsSaveDialog",
                    "Copies of {names} go with the preset: it works after the originals move.",
                )
            ).format(names=names)
        return translate("PresetsSaveDialog", "The preset leaves the form's pictures as they are.")

    def _update(self) -> None:
        text = self.name_edit.text()
        name = clean_name(text)
        problem = name_problem(text) if text.strip() else None
        replaces = problem is None and name in self._taken
        self.save_button.setEnabled(bool(name) and problem is None)
        self.save_button.setText(
            translate("PresetsSaveDialog", "Replace")
            if replaces
            else translate("PresetsSaveDialog", "Save")
        )
        if problem:
            self.note.setText(problem)
        elif replaces:
            self.note.setText(
                translate(
                    "PresetsSaveDialog",
                    "A preset called “{name}” is saved already: saving replaces it.",
                ).format(name=name)
            )
        else:
            self.note.setText("")
        palette = self.palette()
        set_text_color(self.note, error_color(palette) if problem else muted_color(palette))
        self.note.setVisible(bool(self.note.text()))
        self.pictures_note.setText(self._pictures_words())

    def _on_save(self) -> None:
        if name_problem(self.name_edit.text()) is None:
            self.chosen.emit(clean_name(self.name_edit.text()), self.pictures_box.isChecked())
            self.accept()
