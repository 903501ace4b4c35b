"""The photos the preview's still view shows for a task, decoded off the GUI thread.

Decoding the start photo when a task was selected held the window for ~10 ms on a
1280 × 800 PNG (more for a big JPEG), on the first press of Generate, right as the new
task appeared (bench/generations.py). Now a photo not decoded yet is decoded on a worker
thread; the still shows without it for that moment, and :attr:`StillPictures.ready` says
when to show it again. Decoded photos are kept, so progress updates never decode again.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap

if TYPE_CHECKING:
    from poyo_desktop.core.job import Job

log = logging.getLogger(__name__)

MAX_STILL_EDGE = 1280  # photos are decoded at most this big: the pane is never larger
KEPT = 8  # photos kept decoded

_Key = tuple[str, int, int]  # path, size, inode


class StillPictures(QObject):
    ready = Signal()  # a photo asked for is decoded now: ask again to show it
    _decoded = Signal(object, object)  # (key, QImage or None), from a worker thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: OrderedDict[_Key, QPixmap] = OrderedDict()
        self._decoding: set[_Key] = set()
        self._decoded.connect(self._keep, Qt.ConnectionType.QueuedConnection)

    def of_job(self, job: Job) -> list[QPixmap]:
        """``job``'s start picture and, when it sends one, its end picture: those decoded."""
        names = [job.start_image or job.start_image_original or ""]
        if job.sends_end_image:
            names.append(job.end_image or job.end_image_original or "")
        return [pixmap for pixmap in map(self.get, names) if pixmap is not None]

    def get(self, path: str | None) -> QPixmap | None:
        """The photo at ``path`` if decoded; else None, and it is decoded in the background."""
        key = _key(path)
        if key is None:
            return None
        if key in self._items:
            self._items.move_to_end(key)
            return self._items[key]
        if key not in self._decoding:
            self._decoding.add(key)
            threading.Thread(target=self._decode, args=(key,), daemon=True).start()
        return None

    def _decode(self, key: _Key) -> None:  # the worker thread
        image = read_still(key[0])
        with contextlib.suppress(RuntimeError):  # the preview was closed meanwhile
            self._decoded.emit(key, image)

    def _keep(self, key: _Key, image: QImage | None) -> None:
        self._decoding.discard(key)
        if image is None:
            return
        self._items[key] = QPixmap.fromImage(image)
        while len(self._items) > KEPT:
            self._items.popitem(last=False)
        self.ready.emit()


def _key(path: str | None) -> _Key | None:
    """Not the file's time: a kept copy's is refreshed each time it is kept again
    (store/images), and the same photo must not be decoded again for every new task."""
    if not path:
        return None
    try:
        found = Path(path).stat()
    except OSError:
        return None
    return (path, found.st_size, found.st_ino)


def read_still(path: str) -> QImage | None:
    """The photo, upright (phone photos carry their rotation in EXIF) and at most
    :data:`MAX_STILL_EDGE` on its long side; None when it cannot be read."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > MAX_STILL_EDGE:
        reader.setScaledSize(
            size.scaled(MAX_STILL_EDGE, MAX_STILL_EDGE, Qt.AspectRatioMode.KeepAspectRatio)
        )
    image = reader.read()
    if image.isNull():
        log.info("could not read image %s: %s", path, reader.errorString())
        return None
    return image
