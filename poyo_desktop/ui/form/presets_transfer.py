"""Export Presets… and Import Presets…: the file dialogs, the work off the GUI thread, and
what the person is told after (how many, where; or why nothing was imported).

The file dialogs open window-modal with ``open()``, not ``getSaveFileName``: no nested
event loop inside the menu's click.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from poyo_desktop.services.background import BackgroundTasks, plain_words
from poyo_desktop.services.preset_file import FILE_SUFFIX, PresetFileError
from poyo_desktop.ui.kit.translations import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from poyo_desktop.services.presets import Imported, PresetService

EXPORT_TITLE = QT_TRANSLATE_NOOP("PresetTransfer", "Export Presets")
IMPORT_TITLE = QT_TRANSLATE_NOOP("PresetTransfer", "Import Presets")
FILTER = QT_TRANSLATE_NOOP("PresetTransfer", "Presets (*.json);;All files (*)")
DEFAULT_NAME = QT_TRANSLATE_NOOP("PresetTransfer", "PoYo presets.json")


def tell(parent: QWidget, title: str, words: str, icon: QMessageBox.Icon) -> QMessageBox:
    """A message over ``parent``'s window, not waited for (it deletes itself when closed)."""
    box = QMessageBox(icon, title, words, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def _documents() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


class PresetTransfer:
    """Exports the presets of ``service`` to a file, and imports a file into them;
    dialogs over ``parent``'s window."""

    def __init__(self, parent: QWidget, service: PresetService, work: BackgroundTasks) -> None:
        self._parent = parent
        self._service = service
        self._work = work
        self._folder: Path | None = None  # where the last file was, for the next dialog

    def export(self) -> None:
        chooser = self._chooser(EXPORT_TITLE, QFileDialog.AcceptMode.AcceptSave)
        chooser.setDefaultSuffix(FILE_SUFFIX.lstrip("."))
        chooser.selectFile(translate("PresetTransfer", DEFAULT_NAME))
        chooser.fileSelected.connect(lambda name: self._start_export(Path(name)) if name else None)
        chooser.open()

    def import_(self) -> None:
        chooser = self._chooser(IMPORT_TITLE, QFileDialog.AcceptMode.AcceptOpen)
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.fileSelected.connect(lambda name: self._start_import(Path(name)) if name else None)
        chooser.open()

    def _chooser(self, title: str, mode: QFileDialog.AcceptMode) -> QFileDialog:
        window = self._parent.window()
        folder = self._folder if self._folder and self._folder.is_dir() else _documents()
        chooser = QFileDialog(window, title, str(folder), FILTER)
        chooser.setAcceptMode(mode)
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.finished.connect(lambda _result: window.activateWindow())
        return chooser

    def _start_export(self, path: Path) -> None:
        self._folder = path.parent
        self._work.run(self._export(path), name="exporting presets", on_error=self._oops)

    def _start_import(self, path: Path) -> None:
        self._folder = path.parent
        self._work.run(self._import(path), name="importing presets", on_error=self._oops)

    async def _export(self, path: Path) -> None:
        try:
            presets = await self._service.export(path)
        except OSError as exc:
            failed = translate("PresetTransfer", "The presets could not be exported")
            self._tell(EXPORT_TITLE, plain_words(exc, failed))
            return
        said = translate("PresetTransfer", "Saved %n preset(s) to {path}.", "", len(presets))
        said = said.format(path=path)
        if any(p.pictures for p in presets):
            said += " " + translate("PresetTransfer", "Their pictures are inside the file.")
        self._tell(EXPORT_TITLE, said, QMessageBox.Icon.Information)

    async def _import(self, path: Path) -> None:
        try:
            done = await self._service.import_file(path)
        except PresetFileError as exc:
            nothing = translate("PresetTransfer", "Nothing was imported. {reason}")
            self._tell(IMPORT_TITLE, nothing.format(reason=exc.message))
        except OSError as exc:
            nothing = translate("PresetTransfer", "Nothing was imported")
            self._tell(IMPORT_TITLE, plain_words(exc, nothing))
        else:
            self._tell(IMPORT_TITLE, imported_words(done), QMessageBox.Icon.Information)

    def _oops(self, words: str) -> None:
        self._tell(translate("PresetTransfer", "Presets"), words)

    def _tell(
        self, title: str, words: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning
    ) -> None:
        tell(self._parent.window(), translate("PresetTransfer", title), words, icon)


def imported_words(done: Imported) -> str:
    """e.g. "Imported 2 presets: Ocean pan, Style (2). Saved here already: Night."."""
    already = ", ".join(done.already)
    if not done.added:
        return (
            translate("PresetTransfer", "Nothing new: {names} is saved here already.")
            if len(done.already) == 1
            else translate("PresetTransfer", "Nothing new: {names} are saved here already.")
        ).format(names=already)
    said = translate("PresetTransfer", "Imported %n preset(s): {names}.", "", len(done.added))
    said = said.format(names=", ".join(done.added))
    if not already:
        return said
    return (
        said
        + " "
        + translate("PresetTransfer", "Saved here already: {names}.").format(names=already)
    )
