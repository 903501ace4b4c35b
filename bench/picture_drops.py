"""Dropping pictures on the start slot: how late a 5 ms Qt timer fires from the drop until
the slot shows its verdict, and how long the verdict takes to be on screen.

A drop here is a real one, as a file manager delivers it (drag enter, drag moves for
0.15 s as a hand crosses the card, then the drop, with the file's URL), on the Start image
card of the real window; the clock watches from the drop. The verdict is
what a person reads on the card once the picture is checked: its size ("6000 × 4000 px")
beside the thumbnail, in place of "Checking…"; it counts as on screen when that label is
painted with it. The pictures are made with Qt's own writers (the app reads them with
Qt's QImageReader): a 24-megapixel JPEG, a 12-megapixel PNG with 16 bits per channel, a
12-megapixel phone photo stored on its side with an EXIF Orientation tag, and a WebP of
about 10 MB. The baseline is the same drop of a small 640 × 400 PNG, in the same run,
alternating with the others.
"""

from __future__ import annotations

import asyncio
import re
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.env import isolate_this_process
from bench.files import write_picture
from bench.qtloop import StallMonitor, application, run_qasync, start_up_done, wait_until
from bench.results import Row
from bench.scale import Scale
from bench.stats import median, percentile

#: (kind, what the table calls it)
PICTURES = (
    ("jpeg24", "24-megapixel JPEG"),
    ("png16", "12-megapixel 16-bit PNG"),
    ("rotated", "12-megapixel phone photo, EXIF-rotated"),
    ("webp", "10 MB WebP"),
)
BASELINE = ("small", "640 × 400 PNG")
_VERDICT = re.compile(r"^\d+ × \d+ px$")
QUIET_S = 0.3  # before each drop: the previous one's work has settled
TAIL_S = 0.15  # watched after the verdict: what the form does with it
DRAG_SECONDS = 0.15  # a drag moves over the slot this long before the drop (as bench/app_session)
DRAG_MOVE_SECONDS = 0.03  # between two of its move events


@dataclass
class Drops:
    """Every drop of one picture: its ticks, worst stall, time to the verdict."""

    ticks: list[float] = field(default_factory=list)
    worst: list[float] = field(default_factory=list)
    verdict_ms: list[float] = field(default_factory=list)
    shown: str = ""


class VerdictWatch:
    """Notes when a label of the slot is painted with the picture's size (the verdict)."""

    def __init__(self, slot: Any) -> None:
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtWidgets import QLabel

        paint = QEvent.Type.Paint
        watch = self

        class _Filter(QObject):
            def eventFilter(self, obj: Any, event: Any) -> bool:
                if watch.at is None and event.type() == paint:
                    text = obj.text()
                    if _VERDICT.match(text):
                        watch.at, watch.text = time.perf_counter(), text
                return False

        self.at: float | None = None
        self.text = ""
        self._filter = _Filter()
        for label in slot.findChildren(QLabel):
            label.installEventFilter(self._filter)

    def reset(self) -> None:
        self.at, self.text = None, ""


def _drag_enter(widget: Any, path: Path) -> Any:
    """A file dragged from a file manager onto ``widget``: the enter and a first move, as
    tests/acceptance/person.py's ``drops``; the drag's data, for the moves and the drop."""
    from PySide6.QtCore import QMimeData, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    if not _drag_event(widget, mime, QDragEnterEvent).isAccepted():
        raise RuntimeError("the start slot refused the drag")
    _drag_event(widget, mime, QDragMoveEvent)
    return mime


def _drag_event(widget: Any, mime: Any, kind: Any) -> Any:
    """A drag event of ``kind`` (enter, move, drop) at the middle of ``widget``, sent."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtWidgets import QApplication

    where = QPointF(widget.rect().center())
    copy, left = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    event = kind(where, copy, mime, left, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)
    return event


async def _hovers(widget: Any, mime: Any) -> None:
    """The hand moving over the slot before it lets go (an instant enter-and-drop is no
    person's: the app starts loading the picture checker when a drag comes in)."""
    from PySide6.QtGui import QDragMoveEvent

    for _ in range(round(DRAG_SECONDS / DRAG_MOVE_SECONDS)):
        await asyncio.sleep(DRAG_MOVE_SECONDS)
        _drag_event(widget, mime, QDragMoveEvent)


def _click(widget: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.mouseClick(
        widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, widget.rect().center()
    )


def start_slot(window: Any) -> Any:
    from poyo_desktop.ui.form.drop_zone import ImageDropZone

    for slot in window.findChildren(ImageDropZone):
        if slot.accessibleName().startswith("Start image") and slot.isVisible():
            return slot
    raise RuntimeError("no Start image slot on screen")


async def drop_all(
    data_dir: Path, pictures: dict[str, Path], runs: int, timeout: float = 30.0
) -> dict[str, Drops]:
    """Open the window (demo mode, as on a first start) and drop each picture ``runs``
    times, the kinds in turn; each drop on an emptied slot."""
    from PySide6.QtGui import QDropEvent
    from PySide6.QtWidgets import QToolButton

    from poyo_desktop.boot.compose import build_context
    from poyo_desktop.boot.options import Options
    from poyo_desktop.ui.window.main_window import MainWindow

    ctx = await build_context(Options(data_dir=data_dir))
    window = MainWindow(ctx.services())
    window.resize(1280, 800)
    window.show()
    window.repaint()
    start_up_done()
    found = {kind: Drops() for kind in pictures}
    monitor = StallMonitor(5)
    try:
        await window.start()
        await asyncio.sleep(1.0)  # start-up's deferred work (draft, panes) is done
        slot = start_slot(window)
        remove = next(
            b for b in slot.findChildren(QToolButton) if b.accessibleName().startswith("Remove")
        )
        watch = VerdictWatch(slot)
        for _ in range(runs):
            for kind, path in pictures.items():
                if remove.isVisible():
                    _click(remove)  # empty the slot as a person would, then let it settle
                await asyncio.sleep(QUIET_S)
                watch.reset()
                mime = _drag_enter(slot, path)
                await _hovers(slot, mime)
                monitor.start()  # from the drop: the window each figure is about
                dropped = time.perf_counter()
                _drag_event(slot, mime, QDropEvent)
                await wait_until(lambda: watch.at is not None, timeout, f"the verdict on {kind}")
                await asyncio.sleep(TAIL_S)
                monitor.stop()
                assert watch.at is not None
                drops = found[kind]
                drops.ticks += monitor.lateness_ms
                drops.worst.append(monitor.worst_ms)
                drops.verdict_ms.append((watch.at - dropped) * 1000)
                drops.shown = watch.text
    finally:
        monitor.stop()
        window.close()
        await ctx.close()
    return found


def _ms(values: list[float]) -> str:
    return ", ".join(f"{v:.1f}" for v in values)


def run(scale: Scale) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="poyo-bench-drops-") as tmp:
        root = Path(tmp)
        isolate_this_process(root / "home")
        application()
        folder = root / "pictures"
        folder.mkdir()
        kinds = [kind for kind, _ in (*PICTURES, BASELINE)]
        suffix = {"jpeg24": ".jpg", "rotated": ".jpg", "webp": ".webp"}
        pictures = {
            kind: write_picture(
                folder / f"{kind}{suffix.get(kind, '.png')}", kind, scale.drop_shrink
            )
            for kind in kinds
        }
        sizes = {kind: path.stat().st_size for kind, path in pictures.items()}
        found = run_qasync(lambda: drop_all(root / "data", pictures, scale.drop_runs))
    base = found[BASELINE[0]]
    rows: list[Row] = []
    base_note = (
        f"baseline ({BASELINE[1]}, {sizes[BASELINE[0]] / 1e6:.1f} MB): worst stall "
        f"{_ms(base.worst)} ms, verdict {_ms(base.verdict_ms)} ms"
    )
    for kind, label in PICTURES:
        drops = found[kind]
        shrunk = f", sides ÷{scale.drop_shrink}" if scale.drop_shrink > 1 else ""
        what = f"{label} ({sizes[kind] / 1e6:.1f} MB{shrunk})"
        notes = [
            f"{len(drops.worst)} drops, each on the emptied slot, alternating with the baseline; "
            f"worst stall of each {_ms(drops.worst)} ms; verdict of each "
            f"{_ms(drops.verdict_ms)} ms; the card read “{drops.shown}”. {base_note}."
        ]
        worst, p99 = max(drops.worst), percentile(drops.ticks, 99)
        verdict = median(drops.verdict_ms)
        rows += [
            Row(
                "Picture drops",
                f"worst lateness of a 5 ms timer, drop of a {what} until its verdict shows",
                worst,
                "ms",
                max(base.worst),
                "the same drop of a 640 × 400 PNG",
                "≤ 16 ms",
                worst <= 16,
                notes,
            ),
            Row(
                "Picture drops",
                f"p99 lateness of a 5 ms timer, drop of a {what} until its verdict shows",
                p99,
                "ms",
                percentile(base.ticks, 99),
                "the same drop of a 640 × 400 PNG",
                "≤ 4 ms",
                p99 <= 4,
            ),
            Row(
                "Picture drops",
                f"drop of a {what} → its size and thumbnail on the card, median of "
                f"{len(drops.verdict_ms)}",
                verdict,
                "ms",
                median(base.verdict_ms),
                "the same drop of a 640 × 400 PNG",
                "≤ 150 ms" if kind == "jpeg24" else "",
                verdict <= 150 if kind == "jpeg24" else None,
            ),
        ]
    return rows
