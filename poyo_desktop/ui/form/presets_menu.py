"""The Presets menu: Save as Preset…, the presets saved (a click fills the form), then
Manage, Export and Import. Made when the Presets button is first pressed.

The menu pops up (``popup``, not ``exec``): no nested event loop, so the app's work goes
on while it is open. It lists what the service last read; the first time, the presets are
read off the GUI thread and the menu fills in when they arrive. The dialogs open
window-modal with ``open()``, for the same reason. What fails is said in a message box,
in plain words, and the form and the presets are as they were.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from poyo_desktop.services.background import BackgroundTasks, plain_words
from poyo_desktop.services.presets import PresetService
from poyo_desktop.ui.form.presets_form import apply_preset, snapshot, summary
from poyo_desktop.ui.form.presets_save_dialog import SavePresetDialog
from poyo_desktop.ui.form.presets_transfer import PresetTransfer, tell
from poyo_desktop.ui.kit.translations import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from pathlib import Path

    from poyo_desktop.ui.form.form import GenerationForm
    from poyo_desktop.ui.form.presets_manage import ManagePresetsDialog

SAVE = QT_TRANSLATE_NOOP("PresetsMenu", "Save as Preset…")
MANAGE = QT_TRANSLATE_NOOP("PresetsMenu", "Manage Presets…")
EXPORT = QT_TRANSLATE_NOOP("PresetsMenu", "Export Presets…")
IMPORT = QT_TRANSLATE_NOOP("PresetsMenu", "Import Presets…")
READING = QT_TRANSLATE_NOOP("PresetsMenu", "Reading presets…")
NONE_YET = QT_TRANSLATE_NOOP("PresetsMenu", "No presets yet")


class PresetsMenu(QObject):
    """The menu of ``button``, for ``form`` and the presets of ``data_dir``."""

    def __init__(self, button: QWidget, form: GenerationForm, data_dir: Path) -> None:
        super().__init__(button)
        self._form = form
        self._work = BackgroundTasks()
        self.service = PresetService(data_dir, self)
        self.menu = QMenu(button)
        self.menu.setObjectName("presetsMenu")
        self.menu.setToolTipsVisible(True)
        self._transfer = PresetTransfer(form, self.service, self._work)
        self._manage: ManagePresetsDialog | None = None
        self.service.changed.connect(self._fill)
        self._work.run(
            self.service.load(),
            name="reading the presets",
            on_error=lambda words: self._say(words),
            failure=translate("PresetsMenu", "The presets could not be read"),
        )
        button.destroyed.connect(self._work.cancel)

    def show_under(self, button: QWidget) -> None:
        """Pop the menu up under ``button``, their right edges in line."""
        self._fill()
        width = self.menu.sizeHint().width()
        self.menu.popup(button.mapToGlobal(QPoint(button.width() - width, button.height())))

    def _fill(self) -> None:
        menu, loaded = self.menu, self.service.is_loaded()
        presets = self.service.presets()
        menu.clear()
        menu.addAction(translate("PresetsMenu", SAVE), self._ask_name).setToolTip(
            translate("PresetsMenu", "Keep the form as it is now, by a name")
        )
        menu.addSeparator()
        if not presets:
            menu.addAction(translate("PresetsMenu", NONE_YET if loaded else READING)).setEnabled(
                False
            )
        for preset in presets:
            entry = menu.addAction(preset.name.replace("&", "&&"))
            entry.setToolTip(summary(preset.draft))
            entry.triggered.connect(lambda _checked=False, name=preset.name: self.apply(name))
        menu.addSeparator()
        for text, handler, usable in (
            (MANAGE, self._open_manage, bool(presets)),
            (EXPORT, self._transfer.export, bool(presets)),
            (IMPORT, self._transfer.import_, loaded),
        ):
            menu.addAction(translate("PresetsMenu", text), handler).setEnabled(usable)

    def apply(self, name: str) -> None:
        preset = self.service.find(name)
        if preset is not None:
            apply_preset(self._form, preset)

    def _ask_name(self) -> None:
        form = snapshot(self._form)
        dialog = SavePresetDialog(
            self._form.window(),
            taken=[p.name for p in self.service.presets()],
            pictures=[p.name for p in (form.start, form.end) if p is not None],
            saved=summary(replace(form, start=None, end=None)),
        )
        dialog.chosen.connect(self._save)
        dialog.open()

    def _save(self, name: str, pictures: bool) -> None:
        draft = snapshot(self._form)

        async def save() -> None:
            try:
                await self.service.save(name, draft, pictures=pictures)
            except (OSError, ValueError) as exc:
                failed = translate("PresetsMenu", "The preset “{name}” could not be saved")
                self._say(plain_words(exc, failed.format(name=name)))

        self._work.run(save(), name="saving a preset", on_error=self._say)

    def _open_manage(self) -> None:
        from poyo_desktop.ui.form.presets_manage import ManagePresetsDialog

        if self._manage is None:
            self._manage = ManagePresetsDialog(self._form.window(), self.service, self._work)
        self._manage.open()
        self._manage.activateWindow()

    def _say(self, words: str) -> None:
        tell(self._form.window(), "Presets", words, QMessageBox.Icon.Warning)
