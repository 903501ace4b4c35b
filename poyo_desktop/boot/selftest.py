"""``poyo-desktop --self-test``: one demo generation through the real window, headless.

For people checking an install and for the packaging tests: it drives the same services
and widgets a person uses, checks the video decodes in the player, prints its path and
exits 0, or prints the reason and exits 1.
"""

from __future__ import annotations

import asyncio
import sys
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter
from PySide6.QtWidgets import QApplication

from poyo_desktop.boot.compose import AppContext, build_context
from poyo_desktop.boot.options import Options
from poyo_desktop.core.draft import JobDraft
from poyo_desktop.core.job import Job
from poyo_desktop.core.rules import STANDARD
from poyo_desktop.core.states import JobState
from poyo_desktop.ui.window.main_window import MainWindow

GENERATION_TIMEOUT = 120.0
PLAYBACK_TIMEOUT = 20.0
MIN_FRAMES = 10


def make_sample_image(path: Path) -> Path:
    """A colourful 960×540 still: a sunset gradient with a sun and a boat."""
    image = QImage(960, 540, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    gradient = QLinearGradient(QPointF(0, 0), QPointF(0, 540))
    gradient.setColorAt(0.0, QColor("#2b1055"))
    gradient.setColorAt(0.55, QColor("#d76d77"))
    gradient.setColorAt(1.0, QColor("#ffaf7b"))
    painter.fillRect(image.rect(), gradient)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#ffe29a"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QPointF(640, 300), 70, 70)
    painter.setBrush(QColor("#1b1b3a"))
    painter.drawRect(0, 380, 960, 160)
    painter.setBrush(QColor("#f5f5f5"))
    painter.drawPolygon(
        [QPointF(380, 370), QPointF(470, 370), QPointF(450, 395), QPointF(400, 395)]
    )
    painter.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(path))
    return path


def _say(text: str) -> None:
    print(f"self-test: {text}", flush=True)


async def run_self_test(app: QApplication, options: Options) -> int:
    started = time.monotonic()
    ctx = await build_context(options)
    ctx.settings.update(download_dir=str(ctx.paths.data_dir / "Videos"))  # not the person's
    window = MainWindow(ctx.services())
    try:
        window.show()
        await window.start()
        _say(f"demo server at {ctx.base_url}")
        job = await _generate(window, ctx)
        if job is None:
            return 1
        _say(f"video saved ({job.output_size} bytes)")
        frames = await _play(window, job)
        if frames < MIN_FRAMES:
            _say(
                f"FAILED: the player showed only {frames} frames "
                f"({window.preview.error_text() or 'no error reported'})"
            )
            return 1
        _say(f"played {frames} frames in the preview")
        _say(f"OK in {time.monotonic() - started:.1f} s")
        print(job.output_path, flush=True)
        return 0
    except Exception as exc:  # the point of a self-test is to say what broke
        _say(f"FAILED: {type(exc).__name__}: {exc}")
        traceback.print_exc(file=sys.stderr)
        return 1
    finally:
        window.close()
        await ctx.close()


async def _generate(window: MainWindow, ctx: AppContext) -> Job | None:
    """A demo video made through the form, as a person makes one; None (and the reason
    said) when the form refuses or the task does not finish."""
    sample = make_sample_image(ctx.paths.cache_dir / "self-test.png")
    window.form.set_draft(
        JobDraft(
            model=STANDARD,
            duration=5,
            start_image=sample,
            prompt="A paper boat drifts across a calm lake at sunset",
        )
    )
    finished: asyncio.Future[Job] = asyncio.get_running_loop().create_future()

    def on_changed(job: Job) -> None:
        if job.state.is_terminal and not finished.done():
            finished.set_result(job)

    ctx.jobs.job_changed.connect(on_changed)
    deadline = time.monotonic() + 15
    while window.form.blocking_reason() and time.monotonic() < deadline:
        await asyncio.sleep(0.05)  # the form checks the image off the GUI thread
    if not window.form.try_generate():
        _say(
            "FAILED: the form refused to generate: "
            + "; ".join(p.message for p in window.form.problems())
        )
        return None
    _say("generating a demo video…")
    try:
        job = await asyncio.wait_for(finished, GENERATION_TIMEOUT)
    except TimeoutError:
        _say(f"FAILED: no result within {GENERATION_TIMEOUT:.0f} s")
        return None
    if job.state is not JobState.FINISHED or not job.output_path:
        _say(f"FAILED: the task ended {job.state.value}: {job.error_message}")
        return None
    return job


async def _play(window: MainWindow, job: Job) -> int:
    """How many frames of ``job``'s video the preview showed (up to MIN_FRAMES, or
    fewer when PLAYBACK_TIMEOUT passed first)."""
    frames = 0

    def on_frame(*_: object) -> None:
        nonlocal frames
        frames += 1

    window.tasks.select_job(job.id)
    window.preview.show_job(job)
    window.preview.video_sink().videoFrameChanged.connect(on_frame)
    deadline = time.monotonic() + PLAYBACK_TIMEOUT
    while frames < MIN_FRAMES and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    return frames
