"""Save as…: copies the finished video where the person chose, on a worker thread.

A video is tens of megabytes and the target may be a slow or network drive, so the copy
never runs on the GUI thread; its end comes back as a signal. The folder last saved to is
remembered for the next suggestion.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QThreadPool, Signal

from poyo_desktop.ui.kit.translations import translate

log = logging.getLogger(__name__)

__all__ = ["CopySaver"]


class _CopyRelay(QObject):
    """Carries a finished copy from the worker thread back to the GUI thread."""

    finished = Signal(str, str)  # target path, error text ("" on success)


class CopySaver(QObject):
    """Starts copies in the background and reports each one's end with :attr:`finished`."""

    finished = Signal(str, str)  # target path, error text ("" on success)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._last_folder: Path | None = None
        self._copies: set[_CopyRelay] = set()

    def suggested_target(self, source: Path) -> Path:
        """Where to suggest saving ``source``: the folder saved to last, else Movies."""
        folder = self._last_folder or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.MoviesLocation)
            or Path.home()
        )
        return folder / source.name

    def start(self, source: Path, target: Path) -> None:
        """Copy ``source`` to ``target`` on a worker thread; ends in :attr:`finished`."""
        self._last_folder = target.parent
        relay = _CopyRelay()
        relay.finished.connect(self._on_copy_finished)
        self._copies.add(relay)

        def work() -> None:
            from poyo_desktop.ui.player import file_actions  # on first use: shutil, tempfile

            try:
                file_actions.copy_file(source, target)
            except OSError as error:
                relay.finished.emit(str(target), error.strerror or str(error))
            except Exception:  # a worker never dies silently (services/background.py)
                log.exception("copying the video failed")
                relay.finished.emit(
                    str(target), translate("CopySaving", "something unexpected went wrong")
                )
            else:
                relay.finished.emit(str(target), "")

        QThreadPool.globalInstance().start(work)

    def _on_copy_finished(self, target: str, error: str) -> None:
        relay = self.sender()
        if isinstance(relay, _CopyRelay):
            self._copies.discard(relay)
        self.finished.emit(target, error)
