"""The open dialog for a picture: where it opens, and opening it without a nested event loop.

``QFileDialog.getOpenFileName`` runs a nested event loop inside the click (or key press)
that opened it: that caller, and any coroutine step it belongs to, is stuck until the
person answers. Given a start folder that does not exist (a fresh account has no Pictures
folder) it also puts the folder's *name* into the file-name box. Here the dialog is opened
window-modal with ``open()``, in a folder that exists, with an empty name box; the chosen
file arrives by a callback.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog

from poyo_desktop.services.preflight import FILE_DIALOG_FILTER

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

__all__ = ["open_image_dialog", "start_folder"]


def start_folder(last_folder: str | Path | None = None) -> Path:
    """Where the dialog opens: the folder last used if it still exists, else the
    Pictures folder if there is one, else the home folder."""
    pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    for candidate in (last_folder, pictures):
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return Path.home()


def open_image_dialog(
    parent: QWidget,
    title: str,
    last_folder: str | Path | None,
    on_chosen: Callable[[list[Path]], None],
    *,
    many: bool = False,
) -> QFileDialog:
    """Show the open dialog over ``parent``'s window and return at once; ``on_chosen`` is
    called with the files the person picks (one, unless ``many``; not at all when they
    cancel). The dialog deletes itself when closed."""
    dialog = QFileDialog(parent, title, str(start_folder(last_folder)), FILE_DIALOG_FILTER)
    dialog.setFileMode(
        QFileDialog.FileMode.ExistingFiles if many else QFileDialog.FileMode.ExistingFile
    )
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.filesSelected.connect(
        lambda names: on_chosen([Path(name) for name in names if name]) if names else None
    )
    # The keyboard goes to the dialog at once, and back to the window (its Browse button)
    # when it closes, also where no window manager hands activation around (offscreen).
    window = parent.window()
    dialog.finished.connect(lambda _result: window.activateWindow())
    dialog.open()
    dialog.activateWindow()
    return dialog
