"""The Save as Preset dialog: a name, whether the pictures go with it, and what saving will
do (a name already saved is replaced, and the button says so before it is pressed)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from poyo_desktop.services.preset_store import MAX_NAME, clean_name, name_problem
from poyo_desktop.ui.kit.theme import error_color, muted_color, set_text_color

TITLE = "Save as Preset"
KEEP_PICTURES = "Keep the pictures with it"


class SavePresetDialog(QDialog):
    """Asks for a preset's name; ``chosen`` (name, with pictures) when Save is pressed.
    ``taken``: the names saved already; ``pictures``: those of the form's pictures."""

    chosen = Signal(str, bool)

    def __init__(self, parent: QWidget, *, taken: list[str], pictures: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(420)
        self._taken = set(taken)

        intro = QLabel(
            "The model, the length, the prompt and the negative prompt are saved. "
            "Pick the preset in the Presets menu to fill the form with them again.",
            self,
        )
        intro.setWordWrap(True)
        name_label = QLabel("&Name", self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName("Preset name")
        self.name_edit.setPlaceholderText("e.g. Slow pan over the sea")
        self.name_edit.setMaxLength(MAX_NAME + 20)  # room to see it is too long
        name_label.setBuddy(self.name_edit)
        self.pictures_box = QCheckBox(KEEP_PICTURES, self)
        self.pictures_box.setAccessibleName(KEEP_PICTURES)
        self.pictures_note = QLabel(self._pictures_words(pictures), self)
        self.pictures_note.setWordWrap(True)
        self.pictures_box.setEnabled(bool(pictures))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setAccessibleName("About the name")
        for label in (self.pictures_note, self.note):
            set_text_color(label, muted_color(self.palette()))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._update)

        column = QVBoxLayout(self)
        column.setSpacing(8)
        column.addWidget(intro)
        column.addSpacing(4)
        column.addWidget(name_label)
        column.addWidget(self.name_edit)
        column.addWidget(self.note)
        column.addSpacing(4)
        column.addWidget(self.pictures_box)
        column.addWidget(self.pictures_note)
        column.addSpacing(6)
        column.addWidget(self.buttons)
        self._update()

    @staticmethod
    def _pictures_words(pictures: list[str]) -> str:
        if not pictures:
            return "The form has no start or end image to keep."
        names = " and ".join(pictures)
        return f"A copy of {names} is kept with the preset: it works after the originals move."

    def _update(self) -> None:
        text = self.name_edit.text()
        name = clean_name(text)
        problem = name_problem(text) if text.strip() else None
        replaces = not problem and name in self._taken
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(bool(name) and problem is None)
        save.setText("Replace" if replaces else "Save")
        if problem:
            self.note.setText(problem)
        elif replaces:
            self.note.setText(f"A preset called “{name}” is saved already: saving replaces it.")
        else:
            self.note.setText("")
        palette = self.palette()
        set_text_color(self.note, error_color(palette) if problem else muted_color(palette))
        self.note.setVisible(bool(self.note.text()))

    def _on_save(self) -> None:
        if name_problem(self.name_edit.text()) is None:
            self.chosen.emit(clean_name(self.name_edit.text()), self.pictures_box.isChecked())
            self.accept()
