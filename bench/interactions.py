"""Everyday interactions in the real window, driven by input events: how late a 5 ms Qt
timer fires while each runs, and how long until its answer is on screen.

- **Settings:** the pointer onto the toolbar's Settings button, resting there 0.15 s (the
  clock runs from there), then a click, until the dialog is painted and
  says where the key is kept; then a click on "Test connection" against a sandbox in its
  own process (a real server is not in the app's process), until its answer is painted.
- **Playback:** a click on a finished task's row, which plays its video in the preview,
  until the first decoded frame reaches the video widget. The two videos of the history
  take turns; the first click also creates the player (its first use).
- **Seeking:** with the video paused, a click on the seek slider, until a frame from
  near the clicked position reaches the video widget.
- **End of a download:** a 200 MB video downloaded by the app from the sandbox; the
  stalls from the moment all its bytes are on disk (the size check, the MP4 check, the
  rename, the row becoming "Finished" with its thumbnail) until a moment after.

Baselines are taken in the same run: the same window idle for as long as each flow took
(the 5 ms timer alone), and for the download, the same end of a 2 MB download.
"""

from __future__ import annotations

import asyncio
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bench.env import TEST_KEY, isolate_this_process, isolated_env
from bench.files import write_mp4, write_picture
from bench.picture_drops import _click
from bench.qtloop import StallMonitor, application, run_qasync, start_up_done, wait_until
from bench.results import Row
from bench.sandbox_proc import SandboxProcess
from bench.scale import MB, Scale
from bench.stats import median, percentile

TAIL_S = 0.2  # watched after the answer is on screen
QUIET_S = 0.4  # between two flows
POINTER_REST_S = 0.15  # the pointer on a button before the click (clocks running)


@dataclass
class Flow:
    """Every repetition of one flow, and the idle window watched for as long after each."""

    ticks: list[float] = field(default_factory=list)
    worst: list[float] = field(default_factory=list)
    answer_ms: list[float] = field(default_factory=list)
    idle_ticks: list[float] = field(default_factory=list)
    idle_worst: list[float] = field(default_factory=list)


class PaintWatch:
    """The first time one of ``widgets`` is painted while ``ready()`` holds."""

    def __init__(self) -> None:
        from PySide6.QtCore import QEvent, QObject

        paint = QEvent.Type.Paint
        watch = self

        class _Filter(QObject):
            def eventFilter(self, obj: Any, event: Any) -> bool:
                if watch.at is None and event.type() == paint and watch.ready(obj):
                    watch.at = time.perf_counter()
                return False

        self.at: float | None = None
        self.ready: Any = lambda obj: False
        self._filter = _Filter()

    def watch(self, widget: Any) -> None:
        widget.installEventFilter(self._filter)

    def reset(self, ready: Any) -> None:
        self.at, self.ready = None, ready


class FrameWatch:
    """Frames that reach the visible video widget: the time and position of the first one
    after :meth:`reset` (with ``near``: the first within a second of that position, ms)."""

    def __init__(self) -> None:
        self.at: float | None = None
        self.near: int | None = None
        self._sink: Any = None

    def attach(self, window: Any) -> bool:
        if self._sink is not None:
            return True
        # No video widget before the app has loaded QtMultimedia (on its worker thread):
        # importing it here would load it on the GUI thread, a stall the app does not make.
        if "PySide6.QtMultimediaWidgets" not in sys.modules:
            return False
        from PySide6.QtMultimediaWidgets import QVideoWidget

        videos = [w for w in window.findChildren(QVideoWidget) if w.isVisible()]
        if not videos:
            return False
        self._sink = videos[-1].videoSink()
        self._sink.videoFrameChanged.connect(self._on_frame)
        return True

    def reset(self, near: int | None = None) -> None:
        self.at, self.near = None, near

    def _on_frame(self, frame: Any) -> None:
        if self.at is not None or not frame.isValid():
            return
        if self.near is not None and abs(frame.startTime() // 1000 - self.near) > 1000:
            return
        self.at = time.perf_counter()


async def _timed(
    monitor: StallMonitor,
    flow: Flow,
    act: Any,
    done: Any,
    what: str,
    timeout: float = 30.0,
    lead: Any = None,
) -> None:
    """Watch the 5 ms timer from ``act()`` until ``done()`` gives the time the answer was
    on screen, and a moment after; then the idle window for as long. ``lead``: what the
    person does just before (the pointer coming onto a button), watched too."""
    await asyncio.sleep(QUIET_S)
    monitor.start()
    if lead is not None:
        await lead()
    began = time.perf_counter()
    act()
    await wait_until(lambda: done() is not None, timeout, what, step=0.005)
    await asyncio.sleep(TAIL_S)
    monitor.stop()
    took = time.perf_counter() - began
    flow.ticks += monitor.lateness_ms
    flow.worst.append(monitor.worst_ms)
    flow.answer_ms.append((done() - began) * 1000)
    await asyncio.sleep(QUIET_S)
    monitor.start()
    await asyncio.sleep(took)
    monitor.stop()
    flow.idle_ticks += monitor.lateness_ms
    flow.idle_worst.append(monitor.worst_ms)


def _button(root: Any, name: str) -> Any:
    from PySide6.QtWidgets import QAbstractButton

    for button in root.findChildren(QAbstractButton):
        label = button.accessibleName() or button.text().replace("&", "")
        if button.isVisible() and (label == name or button.text().replace("&", "") == name):
            return button
    raise RuntimeError(f"no button {name!r} on screen")


async def _points_at(widget: Any) -> None:
    """The pointer comes onto ``widget`` and rests there a moment before the click, as a
    hand does (the acceptance tests' ``Person.points_at``)."""
    from tests.acceptance.person import Person

    await Person(Path(tempfile.gettempdir())).points_at(widget)
    await asyncio.sleep(POINTER_REST_S)


def _dialog(title: str) -> Any:
    from PySide6.QtWidgets import QApplication, QDialog

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible() and widget.windowTitle() == title:
            return widget
    return None


def _type_into(dialog: Any, name: str, text: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    field_ = next(e for e in dialog.findChildren(QLineEdit) if e.accessibleName() == name)
    _click(field_)
    QTest.keyClick(field_, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(field_, text)


async def settings_flows(window: Any, runs: int, base_url: str) -> tuple[Flow, Flow]:
    from PySide6.QtWidgets import QLabel

    opening, testing = Flow(), Flow()
    monitor = StallMonitor(5)
    painted = PaintWatch()
    dialog_on: list[Any] = []

    def where_told(obj: Any) -> bool:
        return obj.objectName() == "keyWhere" and not obj.text().startswith("Checking where")

    def told_and_painted() -> float | None:
        """The dialog comes a moment after the click (its modules load on a worker thread
        first): watch its "where your key is kept" line from when it is there."""
        if not dialog_on:
            dialog = _dialog("Settings")
            if dialog is None:
                return None
            dialog_on.append(dialog)
            for label in dialog.findChildren(QLabel):  # the test's answer is one too
                painted.watch(label)
            where = dialog.findChild(QLabel, "keyWhere")
            if where_told(where):  # told before it was watched: its next paint counts
                where.update()
        return painted.at

    settings = _button(window, "Settings")  # found before the clocks: the bench's eyes
    for _ in range(runs):
        dialog_on.clear()

        def open_settings() -> None:
            painted.reset(where_told)
            _click(settings)

        await _timed(
            monitor,
            opening,
            open_settings,
            told_and_painted,
            "the Settings dialog",
            lead=lambda: _points_at(settings),
        )
        dialog = dialog_on[0]
        _type_into(dialog, "API key", TEST_KEY)
        _type_into(dialog, "Server address", base_url)
        painted.reset(lambda obj: isinstance(obj, QLabel) and obj.text().startswith("Connected"))
        test = _button(dialog, "Test connection")
        await _timed(
            monitor,
            testing,
            lambda test=test: _click(test),
            lambda: painted.at,
            "the connection test's answer",
        )
        _click(_button(dialog, "Cancel"))
        await wait_until(lambda: _dialog("Settings") is None, 10, "the dialog to close")
    return opening, testing


def _row_at(window: Any, pattern: str) -> tuple[Any, Any]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView

    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not view.isVisible():
            continue
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            spoken = str(model.data(index, Qt.ItemDataRole.AccessibleTextRole) or "")
            if re.search(pattern, spoken):
                return view.viewport(), view.visualRect(index).center()
    raise RuntimeError(f"no row reading {pattern!r}")


def _click_at(widget: Any, where: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)


async def player_flows(window: Any, runs: int) -> tuple[Flow, Flow]:
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QSlider

    playing, seeking = Flow(), Flow()
    monitor = StallMonitor(5)
    frames = FrameWatch()
    for i in range(runs):
        row = _row_at(window, ("take 0", "take 1")[i % 2])  # found before the clock

        def play(row: tuple[Any, Any] = row) -> None:
            frames.reset()
            _click_at(*row)
            frames.attach(window)

        def first_frame() -> float | None:
            frames.attach(window)  # the player is made on first use
            return frames.at

        await _timed(monitor, playing, play, first_frame, "the first frame")
    await asyncio.sleep(0.5)
    _click(_button(window, "Pause"))
    slider = next(s for s in window.findChildren(QSlider) if s.accessibleName().startswith("Pos"))
    await wait_until(lambda: slider.maximum() > 0, 10, "the video's length")
    for i in range(runs):
        fraction = (0.2, 0.7, 0.4, 0.9, 0.1, 0.6, 0.3, 0.8)[i % 8]
        x = round(slider.width() * fraction)
        target = slider.minimum() + round((slider.maximum() - slider.minimum()) * fraction)

        def seek(x: int = x, target: int = target) -> None:
            frames.reset(near=target)
            _click_at(slider, QPoint(x, slider.height() // 2))

        await _timed(monitor, seeking, seek, lambda: frames.at, "the frame after a seek")
    return playing, seeking


async def with_window(
    data_dir: Path, base_url: str, act: Any, api_key: str | None = TEST_KEY, *, starts: bool = True
) -> Any:
    """Open the window on ``data_dir`` and run ``act(window, ctx)`` once it has started
    (``starts=False``: ``act`` starts it, to watch what resuming work does)."""
    from poyo_desktop.boot.compose import build_context
    from poyo_desktop.boot.options import Options
    from poyo_desktop.ui.window.main_window import MainWindow

    ctx = await build_context(Options(data_dir=data_dir, api_key=api_key, base_url=base_url))
    window = MainWindow(ctx.services())
    window.resize(1280, 800)
    window.show()
    window.repaint()
    start_up_done()
    try:
        if starts:
            await window.start()
            await asyncio.sleep(1.0)  # start-up's deferred work is done
        return await act(window, ctx)
    finally:
        window.close()
        await ctx.close()


@dataclass
class DownloadEnd:
    worst_after: float
    ticks_after: list[float]
    worst_whole: float
    after_s: float


async def download_end(window: Any, ctx: Any, temp_size: int, videos: Path) -> DownloadEnd:
    """Stalls from the moment the video's bytes are all on disk until a moment after the
    row says Finished (the temporary ``.part`` file is watched at each tick)."""
    from poyo_desktop.core.states import JobState

    times: list[tuple[float, float]] = []
    full_at: list[float] = []
    monitor = StallMonitor(5)
    tick = monitor._tick

    def watched_tick() -> None:
        tick()
        now = time.perf_counter()
        times.append((now, monitor.lateness_ms[-1]))
        if not full_at:
            for part in videos.glob(".*.part"):
                try:
                    if part.stat().st_size >= temp_size:
                        full_at.append(now)
                except OSError:
                    pass

    monitor._timer.timeout.disconnect()
    monitor._timer.timeout.connect(watched_tick)
    monitor.start()
    await window.start()  # resumes the download
    await wait_until(
        lambda: all(job.state is JobState.FINISHED for job in ctx.jobs.jobs()),
        120,
        "the download",
        step=0.01,
    )
    finished = time.perf_counter()
    await asyncio.sleep(0.3)
    monitor.stop()
    start = full_at[0] if full_at else finished
    after = [late for at, late in times if at >= start]
    return DownloadEnd(max(after, default=0.0), after, monitor.worst_ms, finished - start)


def _finished_job(i: int, video: Path, image: Path) -> Any:
    from poyo_desktop.core.job import Job
    from poyo_desktop.core.rules import MODELS
    from poyo_desktop.core.states import JobState

    created = datetime.now(UTC) - timedelta(minutes=10 + i)
    job = Job(
        model=MODELS[0],
        prompt=f"a paper boat drifts across a misty lake (take {i})",
        duration=5,
        backend="poyo",
        created_at=created,
        updated_at=created,
        start_image=str(image),
        start_image_original=str(image),
        submit_attempts=1,
        submitted_at=created,
    )
    job.state, job.progress, job.remote_id = JobState.FINISHED, 100, f"task-bench-play-{i}"
    job.output_path, job.output_size = str(video), video.stat().st_size
    job.finished_at = created + timedelta(minutes=3)
    return job


def _render(photo: Path, out: Path, seconds: float, long_side: int, env: dict[str, str]) -> Path:
    from poyo_desktop.sandbox.render import render_command

    args = ["--start", str(photo), "--out", str(out), "--duration", f"{seconds:g}"]
    subprocess.run(
        render_command([*args, "--long-side", str(long_side)]),
        env=env,
        check=True,
        capture_output=True,
        timeout=300,
    )
    return out


def _ms(values: list[float]) -> str:
    return ", ".join(f"{v:.1f}" for v in values)


def _rows(name: str, what: str, flow: Flow, answer: str | None) -> list[Row]:
    worst, p99 = max(flow.worst), percentile(flow.ticks, 99)
    notes = [
        f"{len(flow.worst)} repetitions; worst stall of each {_ms(flow.worst)} ms"
        + (f"; {answer} of each {_ms(flow.answer_ms)} ms" if answer else "")
        + f". Idle window for as long after each: worst {_ms(flow.idle_worst)} ms."
    ]
    rows = [
        Row(
            name,
            f"worst lateness of a 5 ms timer, {what}",
            worst,
            "ms",
            max(flow.idle_worst),
            "idle window, as long",
            "≤ 16 ms",
            worst <= 16,
            notes,
        ),
        Row(
            name,
            f"p99 lateness of a 5 ms timer, {what}",
            p99,
            "ms",
            percentile(flow.idle_ticks, 99),
            "idle window, as long",
            "≤ 4 ms",
            p99 <= 4,
        ),
    ]
    if answer:
        rows.append(
            Row(
                name,
                f"{what}: {answer}, median of {len(flow.answer_ms)}",
                median(flow.answer_ms),
                "ms",
                None,
                "",
                "",
                None,
            )
        )
    return rows


def run(scale: Scale) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="poyo-bench-interact-") as tmp:
        root = Path(tmp)
        isolate_this_process(root / "home")
        application()
        env = isolated_env(root / "home")
        photo = write_picture(root / "photo.jpg", "rotated", scale.drop_shrink)
        small = write_picture(root / "small.png", "small")
        clips = [
            _render(small, root / f"clip-{i}.mp4", scale.play_seconds, scale.play_long_side, env)
            for i in range(2)
        ]
        from bench.seed import seed_store, set_download_dir
        from poyo_desktop.services.paths import AppPaths
        from poyo_desktop.services.settings import Settings

        with SandboxProcess(data_dir=root / "sandbox", env=env, api_key=TEST_KEY) as box:
            play_dir = root / "play"
            seed_store(play_dir, [_finished_job(i, clip, photo) for i, clip in enumerate(clips)])
            Settings(AppPaths.default(play_dir).ensure().settings_file).update(
                base_url=box.base_url
            )

            async def interact(window: Any, ctx: Any) -> tuple[Flow, ...]:
                opening, testing = await settings_flows(window, scale.interact_runs, box.base_url)
                playing, seeking = await player_flows(window, scale.interact_runs)
                return opening, testing, playing, seeking

            opening, testing, playing, seeking = run_qasync(
                lambda: with_window(play_dir, box.base_url, interact)
            )

            ends: dict[str, list[DownloadEnd]] = {"big": [], "small": []}
            sizes = {"big": scale.end_download_bytes, "small": 2 * MB}
            for i in range(scale.end_download_runs):
                for kind in ("big", "small"):
                    from bench.seed import downloading_job

                    data = root / f"dl-{kind}-{i}"
                    videos = root / f"videos-{kind}-{i}"
                    set_download_dir(data, videos)
                    source = write_mp4(root / f"result-{kind}.mp4", sizes[kind])
                    url = box.add_file(source, f"result-{kind}-{i}.mp4")
                    job = downloading_job(i, url, sizes[kind])
                    job.start_image = job.start_image_original = str(photo)
                    seed_store(data, [job])
                    ends[kind].append(
                        run_qasync(
                            lambda data=data, videos=videos, size=sizes[kind]: with_window(
                                data,
                                box.base_url,
                                lambda w, c: download_end(w, c, size, videos),
                                starts=False,
                            )
                        )
                    )
                    source.unlink()
    rows = [
        *_rows("Interactions", "opening Settings (toolbar)", opening, "dialog painted"),
        *_rows("Interactions", "Test connection (sandbox process)", testing, "answer painted"),
        *_rows(
            "Interactions", "starting playback (click on a finished task)", playing, "first frame"
        ),
        *_rows("Interactions", "seeking (click on the paused slider)", seeking, "new frame"),
    ]
    big, small_ = ends["big"], ends["small"]
    worst = max(e.worst_after for e in big)
    after = [t for e in big for t in e.ticks_after]
    notes = [
        f"{len(big)} downloads of each size, alternating; from all bytes on disk to the row "
        f"reading Finished and 0.3 s after: worst {_ms([e.worst_after for e in big])} ms "
        f"({_ms([e.after_s * 1000 for e in big])} ms to Finished); 2 MB: worst "
        f"{_ms([e.worst_after for e in small_])} ms. Worst over each whole download "
        f"(the transfer too): {_ms([e.worst_whole for e in big])} ms; 2 MB "
        f"{_ms([e.worst_whole for e in small_])} ms."
    ]
    size_text = f"{scale.end_download_bytes / MB:.0f} MB"
    rows += [
        Row(
            "Interactions",
            f"worst lateness of a 5 ms timer, end of a {size_text} download "
            "(size and MP4 checks, rename, row finished with its thumbnail)",
            worst,
            "ms",
            max(e.worst_after for e in small_),
            "the same for 2 MB",
            "≤ 16 ms",
            worst <= 16,
            notes,
        ),
        Row(
            "Interactions",
            f"p99 lateness of a 5 ms timer, end of a {size_text} download",
            percentile(after, 99),
            "ms",
            percentile([t for e in small_ for t in e.ticks_after], 99),
            "the same for 2 MB",
            "≤ 4 ms",
            percentile(after, 99) <= 4,
        ),
    ]
    return rows
