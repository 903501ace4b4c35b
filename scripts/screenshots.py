"""Screenshots of the real window under Xvfb, for the README and for looking at.

    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python scripts/screenshots.py [OUT_DIR]

Drives the app in demo mode against its own sandbox and saves empty.png, tasks.png
(finished, failed, unknown, running and queued tasks) and playing.png. The screen is
grabbed from the X server, so the video frame is in the picture.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false;qt.rhi*=false")

from poyo_desktop.runtime.pyside_refcounts import pin_none_refcount

pin_none_refcount()

import qasync  # noqa: E402
from PySide6.QtCore import QPointF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QLinearGradient, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from poyo_desktop.boot.compose import build_context  # noqa: E402
from poyo_desktop.boot.options import Options  # noqa: E402
from poyo_desktop.boot.selftest import make_sample_image  # noqa: E402
from poyo_desktop.core.draft import JobDraft  # noqa: E402
from poyo_desktop.core.states import JobState  # noqa: E402
from poyo_desktop.sandbox import Fault, Sandbox  # noqa: E402
from poyo_desktop.ui.window.main_window import MainWindow  # noqa: E402


def mountain_image(path: Path) -> Path:
    image = QImage(900, 600, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    sky = QLinearGradient(QPointF(0, 0), QPointF(0, 600))
    sky.setColorAt(0, QColor("#89c2ff"))
    sky.setColorAt(1, QColor("#e0f0ff"))
    painter.fillRect(image.rect(), sky)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#4a6572"))
    painter.drawPolygon([QPointF(0, 600), QPointF(250, 220), QPointF(520, 600)])
    painter.setBrush(QColor("#344955"))
    painter.drawPolygon([QPointF(300, 600), QPointF(620, 160), QPointF(900, 600)])
    painter.setBrush(QColor("#ffffff"))
    painter.drawPolygon([QPointF(620, 160), QPointF(575, 225), QPointF(665, 225)])
    painter.setBrush(QColor("#2e7d32"))
    painter.drawRect(0, 520, 900, 80)
    painter.end()
    image.save(str(path))
    return path


async def until(predicate: Callable[[], object], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not reach the expected state")
        await asyncio.sleep(0.05)


async def grab(window: MainWindow, path: Path) -> None:
    # Let Qt paint through the event loop: processEvents() here, inside a task, would run
    # other tasks re-entrantly (qasync refuses: "Cannot enter into task").
    window.update()
    await asyncio.sleep(0.2)
    geometry = window.frameGeometry()
    screen = QGuiApplication.primaryScreen()
    picture = screen.grabWindow(0, geometry.x(), geometry.y(), geometry.width(), geometry.height())
    picture.save(str(path))
    print(f"saved {path}")


async def shoot(out: Path) -> int:
    home = Path(tempfile.mkdtemp(prefix="poyo-shots-"))
    # The app's own demo server runs in a process of its own; this one, in this process,
    # takes the faults the pictures show.
    sandbox = Sandbox(task_seconds=6.0, video_long_side=640, data_dir=home / "sandbox")
    url = await asyncio.to_thread(sandbox.start)
    ctx = await build_context(Options(data_dir=home, force_demo=True, base_url=url))
    ctx.settings.update(download_dir=str(home / "Videos"))
    window = MainWindow(ctx.services())
    window.resize(1360, 820)
    window.move(40, 40)
    window.show()
    await window.start()
    await asyncio.sleep(0.8)
    await grab(window, out / "empty.png")

    sunset = make_sample_image(home / "sunset.png")
    mountain = mountain_image(home / "mountain.png")
    jobs = ctx.jobs

    def make(
        prompt: str,
        image: Path,
        model: str = "kling-2.1/standard",
        end: Path | None = None,
        duration: int = 5,
    ) -> None:
        jobs.generate(
            JobDraft(
                model=model, prompt=prompt, duration=duration, start_image=image, end_image=end
            )
        )

    def states() -> list[JobState]:
        return [job.state for job in jobs.jobs()]

    make("A paper boat drifts across a calm lake at sunset, gentle ripples", sunset)
    await until(lambda: states() and all(s.is_terminal for s in states()))
    sandbox.inject(
        Fault.fail_task(
            "The image could not be animated: the subject is too small. Try a closer photo."
        )
    )
    make("Snow starts falling on the mountain peaks", mountain, duration=10)
    await until(lambda: len(states()) == 2 and all(s.is_terminal for s in states()))
    sandbox.inject(Fault.lost_answer())
    make("Clouds race over the ridge in a time-lapse", mountain, model="kling-2.1/pro")
    await until(lambda: len(states()) == 3 and all(s.is_terminal for s in states()))
    ctx.settings.update(max_concurrent=1)
    make(
        "The sun sinks slowly below the horizon, warm light",
        sunset,
        model="kling-2.1/pro",
        end=mountain,
    )
    make("Birds fly across the sky from left to right", mountain)
    await until(lambda: JobState.RUNNING in states())
    window.form.set_draft(
        JobDraft(
            model="kling-2.1/pro",
            duration=5,
            start_image=sunset,
            end_image=mountain,
            prompt="The sun sinks slowly below the horizon, warm light",
        )
    )
    await asyncio.sleep(1.5)
    failed = next(j for j in jobs.jobs() if j.state is JobState.FAILED)
    window.tasks.select_job(failed.id)
    await asyncio.sleep(0.5)
    await grab(window, out / "tasks.png")

    finished = next(j for j in jobs.jobs() if j.state is JobState.FINISHED)
    window.tasks.select_job(finished.id)
    await asyncio.sleep(2.2)
    await grab(window, out / "playing.png")

    window.close()
    await ctx.close()
    await asyncio.to_thread(sandbox.stop)
    return 0


def main() -> int:
    out = (
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else Path(__file__).parent.parent / "docs" / "screenshots"
    )
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([sys.argv[0]])
    app.setQuitOnLastWindowClosed(False)
    app.setApplicationName("PoYo Desktop")
    return qasync.run(shoot(out))


if __name__ == "__main__":
    sys.exit(main())
