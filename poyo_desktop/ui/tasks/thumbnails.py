"""Small, rounded previews of start images, decoded off the GUI thread and kept in memory.

A photo from a phone is 12 megapixels; decoding one on the GUI thread freezes scrolling
for a visible moment, and a history of thousands would not fit in memory. So images are
read at their display size by :class:`QImageReader` (JPEG decodes straight to a fraction
of its size) on a small thread pool, and only the few hundred most recently shown are kept.
"""

from __future__ import annotations

import contextlib
import logging
import math
import time
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import (
    QObject,
    QRectF,
    QRunnable,
    QSize,
    Qt,
    QThread,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QImageIOHandler,
    QImageReader,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)

from poyo_desktop.runtime.thread_priority import give_way_to_the_gui

__all__ = ["ThumbnailCache"]

log = logging.getLogger(__name__)

_Key = tuple[str, int, int, float]  # path, width and height in device pixels, pixel ratio
StillShown = Callable[[str], bool]  # whether a picture is still on the asker's screen
SETTLE_MS = 100  # on screen this long before a row's picture is decoded (see lookup)


class ThumbnailCache(QObject):
    """Thumbnails by path, loaded in the background; ask again after :attr:`thumbnail_ready`.

    :meth:`lookup` never blocks: it returns the pixmap when it is in memory, and otherwise
    starts a load and returns None. A missing or unreadable file gives the neutral
    :meth:`placeholder` rather than an error, so one bad file never breaks the list.
    """

    thumbnail_ready = Signal(str)  # path whose thumbnail (or placeholder) is now in memory

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        capacity: int = 300,
        radius: float = 6.0,
        threads: int = 1,
    ) -> None:
        super().__init__(parent)
        self._capacity = max(1, capacity)
        self._radius = radius
        self._entries: OrderedDict[_Key, QPixmap | None] = OrderedDict()  # None: unreadable
        # Waiting to be decoded, the latest asked last; each with what says it is still
        # on screen (None: whoever asked did not say, so it always is) and since when.
        self._waiting: OrderedDict[_Key, tuple[StillShown | None, float]] = OrderedDict()
        self._decoding: _Key | None = None
        # Picks the next picture to decode: in the next turn after a lookup, or when the
        # first waiting row has been on screen SETTLE_MS.
        self._choose_soon = QTimer(self)
        self._choose_soon.setSingleShot(True)
        self._choose_soon.timeout.connect(self._decode_next)
        self._placeholders: dict[tuple[int, int, float], QPixmap] = {}
        # The pool is created before the relay so it is destroyed (and waits) first.
        self._pool = QThreadPool(self)
        # One decoder: PySide6 keeps the GIL through QImage's scaling and QPainter, so a
        # second decoder only queues for it, and the GUI thread waits behind both (a low
        # priority thread holding the GIL is a priority inversion). Sending 100 pictures
        # at once: worst frame 34-171 ms with two threads, 27-34 ms with one
        # (bench/batch_drop.py).
        self._pool.setMaxThreadCount(max(1, threads))
        # Decoding must not take the CPU from painting: on two cores, two decoders at equal
        # priority preempted the GUI thread mid-frame (130 involuntary switches in a 20 ms
        # frame while scrolling). Qt lowers the priority on Windows and macOS; on Linux it
        # cannot for ordinary threads, so each worker lowers its own
        # (poyo_desktop.runtime.thread_priority).
        self._pool.setThreadPriority(QThread.Priority.LowPriority)
        self._relay = _Relay(self)
        self._relay.loaded.connect(self._on_loaded, Qt.ConnectionType.QueuedConnection)

    def lookup(
        self,
        path: str,
        size: QSize,
        device_pixel_ratio: float = 1.0,
        still_shown: StillShown | None = None,
    ) -> QPixmap | None:
        """The thumbnail of ``path`` for a box of ``size`` logical pixels, or None while loading.

        The pixmap carries ``device_pixel_ratio`` so it stays sharp on high-DPI screens.
        With ``still_shown``, the picture is decoded once its row has been on screen for
        :data:`SETTLE_MS`, and only if ``still_shown(path)`` says it still is then: a row
        scrolled or pushed out of sight is not decoded (it is asked for again when painted
        again). 100 tasks recorded at once pass through the top of the list in half a
        second; decoding each one's picture held the window's interpreter lock from a
        low-priority thread (bench/batch_drop.py).
        """
        key = _key(path, size, device_pixel_ratio)
        if key in self._entries:
            self._entries.move_to_end(key)
            pixmap = self._entries[key]
            return pixmap if pixmap is not None else self.placeholder(size, device_pixel_ratio)
        if key != self._decoding:
            # The latest asked is decoded first: it is on screen now, while earlier ones
            # may have scrolled away during a fast fling.
            check, since = self._waiting.pop(key, (still_shown, time.monotonic()))
            self._waiting[key] = (check if check == still_shown else None), since
            # Chosen in the next turn, not here: a paint asks for every row it draws, and
            # choosing asks the list about each row waiting.
            self._choose_soon.start(0)
        return None

    def _decode_next(self) -> None:
        """One picture at a time, so each is chosen when the decoder is free (see __init__):
        the latest asked that is still on screen and has been for SETTLE_MS."""
        if self._decoding is not None:
            return
        settling_ms = 0.0
        for key, (still_shown, since) in reversed(list(self._waiting.items())):
            if still_shown is not None:
                if not _asks(still_shown, key[0]):
                    del self._waiting[key]
                    continue
                wait_ms = SETTLE_MS - (time.monotonic() - since) * 1000
                if wait_ms > 0:
                    settling_ms = wait_ms if not settling_ms else min(settling_ms, wait_ms)
                    continue
            del self._waiting[key]
            self._decoding = key
            self._pool.start(_Load(key, self._radius, self._relay))
            return
        if settling_ms:
            self._choose_soon.start(math.ceil(settling_ms))

    def placeholder(self, size: QSize, device_pixel_ratio: float = 1.0) -> QPixmap:
        """A neutral grey picture-frame that reads on light and dark backgrounds alike."""
        cache_key = (size.width(), size.height(), device_pixel_ratio)
        pixmap = self._placeholders.get(cache_key)
        if pixmap is None:
            pixmap = _paint_placeholder(size, device_pixel_ratio, self._radius)
            self._placeholders[cache_key] = pixmap
        return pixmap

    def is_pending(self, path: str) -> bool:
        return (self._decoding is not None and self._decoding[0] == path) or any(
            key[0] == path for key in self._waiting
        )

    def forget(self, path: str) -> None:
        """Drop what is kept for ``path``, e.g. after the file was replaced."""
        for key in [key for key in self._entries if key[0] == path]:
            del self._entries[key]

    def clear(self) -> None:
        self._entries.clear()

    def shutdown(self, timeout_ms: int = 2000) -> bool:
        """Cancel queued loads and wait for running ones; True when none is left."""
        self._waiting.clear()
        self._choose_soon.stop()
        self._pool.clear()
        return self._pool.waitForDone(timeout_ms)

    def __len__(self) -> int:
        return len(self._entries)

    def __bool__(self) -> bool:  # an empty cache is still a cache (``cache or default``)
        return True

    def _on_loaded(self, key: _Key, image: QImage | None) -> None:
        """Back on the GUI thread: only here may a QImage become a QPixmap."""
        if self._decoding == key:
            self._decoding = None
        pixmap: QPixmap | None = None
        if image is not None and not image.isNull():
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(key[3])
        self._entries[key] = pixmap
        self._entries.move_to_end(key)
        while len(self._entries) > self._capacity:
            self._entries.popitem(last=False)
        self.thumbnail_ready.emit(key[0])
        self._decode_next()


class _Relay(QObject):
    """Carries results from worker threads to the GUI thread by a queued signal."""

    loaded = Signal(object, object)  # key, QImage or None


class _Load(QRunnable):
    def __init__(self, key: _Key, radius: float, relay: _Relay) -> None:
        super().__init__()
        self._key = key
        self._radius = radius
        self._relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        give_way_to_the_gui()
        path, width, height, ratio = self._key
        try:
            image = read_thumbnail(path, QSize(width, height), self._radius * ratio)
        except Exception:  # a decoder plug-in must never take the app down
            log.exception("could not make a thumbnail of %s", path)
            image = None
        # RuntimeError: the cache was destroyed while this image was decoding.
        with contextlib.suppress(RuntimeError):
            self._relay.loaded.emit(self._key, image)


def read_thumbnail(path: str, size: QSize, radius: float = 0.0) -> QImage | None:
    """Decode ``path`` cropped to fill ``size`` device pixels, with rounded corners.

    Safe on any thread (QImage and QPainter-on-QImage are). None when the file is missing,
    unreadable or not an image.
    """
    reader = QImageReader(path)
    reader.setAutoTransform(True)  # phone photos are stored sideways with an EXIF hint
    if not reader.canRead():
        return None
    source = reader.size()
    if source.isValid() and source.width() > 0 and source.height() > 0:
        quarter_turn = QImageIOHandler.Transformation.TransformationRotate90
        if reader.transformation() & quarter_turn:
            shown_w, shown_h = source.height(), source.width()
        else:
            shown_w, shown_h = source.width(), source.height()
        # Scale to cover the box, then crop the middle: no letterboxing in a list.
        scale = max(size.width() / shown_w, size.height() / shown_h)
        if scale < 1.0:
            reader.setScaledSize(
                QSize(max(1, round(source.width() * scale)), max(1, round(source.height() * scale)))
            )
    image = reader.read()
    if image.isNull():
        return None
    image = image.scaled(
        size,
        Qt.AspectRatioMode.KeepAspectRatioByExpanding,
        Qt.TransformationMode.SmoothTransformation,
    )
    x = (image.width() - size.width()) // 2
    y = (image.height() - size.height()) // 2
    image = image.copy(x, y, size.width(), size.height())
    return _rounded(image, radius) if radius > 0 else image


def _rounded(image: QImage, radius: float) -> QImage:
    """Corners cut with anti-aliasing here, because a clip path in the delegate is jagged."""
    out = QImage(image.size(), QImage.Format.Format_ARGB32_Premultiplied)
    out.fill(Qt.GlobalColor.transparent)
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addRoundedRect(QRectF(0, 0, image.width(), image.height()), radius, radius)
    painter.fillPath(path, QBrush(image))
    painter.end()
    return out


def _asks(still_shown: StillShown, path: str) -> bool:
    try:
        return still_shown(path)
    except RuntimeError:  # the asking view was deleted meanwhile
        return False


def _key(path: str, size: QSize, device_pixel_ratio: float) -> _Key:
    return (
        path,
        math.ceil(size.width() * device_pixel_ratio),
        math.ceil(size.height() * device_pixel_ratio),
        device_pixel_ratio,
    )


def _paint_placeholder(size: QSize, device_pixel_ratio: float, radius: float) -> QPixmap:
    pixmap = QPixmap(
        math.ceil(size.width() * device_pixel_ratio), math.ceil(size.height() * device_pixel_ratio)
    )
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(0, 0, size.width(), size.height())
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(128, 128, 128, 60))
    painter.drawRoundedRect(box, radius, radius)
    paint_picture_glyph(painter, box, QColor(128, 128, 128, 200))
    painter.end()
    return pixmap


def paint_picture_glyph(painter: QPainter, box: QRectF, color: QColor) -> None:
    """A small framed mountain-and-sun, the usual sign for "a picture goes here"."""
    side = min(box.width(), box.height()) * 0.42
    frame = QRectF(0, 0, side * 1.25, side)
    frame.moveCenter(box.center())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(color, max(1.0, side / 14))
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(frame, side / 8, side / 8)
    mountains = QPainterPath()
    left, bottom = frame.left() + side * 0.12, frame.bottom() - side * 0.14
    mountains.moveTo(left, bottom)
    mountains.lineTo(frame.left() + side * 0.45, frame.top() + side * 0.42)
    mountains.lineTo(frame.left() + side * 0.70, frame.top() + side * 0.66)
    mountains.lineTo(frame.left() + side * 0.85, frame.top() + side * 0.54)
    mountains.lineTo(frame.right() - side * 0.12, bottom)
    painter.drawPath(mountains)
    painter.setBrush(color)
    painter.setPen(Qt.PenStyle.NoPen)
    sun = side * 0.13
    painter.drawEllipse(QRectF(frame.right() - side * 0.42, frame.top() + side * 0.18, sun, sun))
    painter.restore()
