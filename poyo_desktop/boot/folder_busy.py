"""A window started while the command line runs on the same history (it owns the data folder
and takes no files): say so plainly, and open by itself as soon as the command has ended,
rather than leave with no word or run a second engine on the same history.

The person can close the note to give up; a start from a terminal also reads it on stderr.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from poyo_desktop.boot.single_instance import Ownership

log = logging.getLogger(__name__)

_POLL_MS = 500


def busy_text(reason: str) -> str:
    return f"{reason}\n\nPoYo Desktop will open by itself as soon as the command has finished."


def wait_for_folder(data_dir: Path, reason: str) -> Ownership | int:
    """Own ``data_dir`` once the command line lets it go; 0 if the person gave up first."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from poyo_desktop import APP_NAME
    from poyo_desktop.boot.single_instance import take_lock

    text = busy_text(reason)
    print(text, file=sys.stderr, flush=True)
    app = cast(QApplication, QApplication.instance() or QApplication([sys.argv[0]]))
    app.setQuitOnLastWindowClosed(False)
    note = QMessageBox(QMessageBox.Icon.Information, APP_NAME, text)
    note.setStandardButtons(QMessageBox.StandardButton.Cancel)
    note.setWindowTitle(f"{APP_NAME}: the command line is busy")
    owned: list[Ownership] = []
    loop = QEventLoop()

    def look() -> None:
        ownership = take_lock(data_dir)
        if ownership is not None:
            owned.append(ownership)
            loop.quit()

    poll = QTimer()
    poll.timeout.connect(look)
    poll.start(_POLL_MS)
    note.finished.connect(loop.quit)
    note.show()
    loop.exec()
    poll.stop()
    note.finished.disconnect(loop.quit)
    note.hide()
    note.deleteLater()
    if not owned:
        return 0
    print("The command line has finished: opening PoYo Desktop.", file=sys.stderr, flush=True)
    return owned[0]
