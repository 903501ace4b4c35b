"""The file bar's "Open with system player" and "Show in folder": the shown video handed
to the desktop, and a plain sentence under the buttons when the desktop cannot take it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from poyo_desktop.ui.kit.translations import translate
from poyo_desktop.ui.player.file_bar import FileActionsBar


def open_buttons(bar: FileActionsBar, shown_file: Callable[[], Path | None]) -> None:
    """Connect ``bar``'s two buttons to the file ``shown_file()`` gives (None: none)."""
    bar.open_button.clicked.connect(lambda: _open(bar, shown_file()))
    bar.reveal_button.clicked.connect(lambda: _reveal(bar, shown_file()))


def _open(bar: FileActionsBar, path: Path | None) -> None:
    from poyo_desktop.ui.player import file_actions  # on first use: shutil, tempfile

    if path is None or not file_actions.open_with_system(path):
        bar.show_feedback(
            translate("VideoPreview", "No program on this computer could open the video."),
            error=True,
        )


def _reveal(bar: FileActionsBar, path: Path | None) -> None:
    from poyo_desktop.ui.player import file_actions

    if path is None or not file_actions.show_in_folder(path):
        bar.show_feedback(translate("VideoPreview", "Could not open the folder."), error=True)
