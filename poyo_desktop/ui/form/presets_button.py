"""The form's Presets button: a plain button in the first frame, its menu made on first use.

The menu, the presets service and the dialogs (:mod:`.presets_menu`) are imported and
built the first time a person presses the button, never at start-up: most starts never
open it, and the idle window must not hold more than it shows. The button is part of the
first frame, so it keeps to :mod:`poyo_desktop.ui.kit.lazy_qt`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QToolButton

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QWidget

    from poyo_desktop.ui.form.form import GenerationForm
    from poyo_desktop.ui.form.presets_menu import PresetsMenu

PRESETS = "Presets"


class PresetsButton(QToolButton):
    """Opens the Presets menu of the form it is given (:func:`offer_presets`)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setText(f"{PRESETS} ▾")
        self.setAccessibleName(PRESETS)
        self.setToolTip("Save the form as a preset, or fill it from one")
        self.setAutoRaise(True)
        self.setEnabled(False)  # until it knows its form and folder
        self._place: tuple[GenerationForm, Path] | None = None
        self._menu: PresetsMenu | None = None
        self.clicked.connect(self._open)

    def serve(self, form: GenerationForm, data_dir: Path) -> None:
        self._place = (form, data_dir)
        self.setEnabled(True)

    def menu_controller(self) -> PresetsMenu | None:
        """The menu, once a person has opened it."""
        return self._menu

    def _open(self) -> None:
        if self._place is None:
            return
        if self._menu is None:
            from poyo_desktop.ui.form.presets_menu import PresetsMenu

            self._menu = PresetsMenu(self, *self._place)
        self._menu.show_under(self)


def offer_presets(form: GenerationForm, data_dir: Path) -> None:
    """The form's Presets button works on the presets of the data folder ``data_dir``."""
    button = form.findChild(PresetsButton)
    if button is not None:
        button.serve(form, data_dir)
