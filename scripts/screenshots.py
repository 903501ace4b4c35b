"""Screenshots of the real window under Xvfb, for the README and for looking at.

    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python scripts/screenshots.py [OUT_DIR]

Drives the app (1280 × 800, light theme) against sandboxes of its own, and saves:
empty.png, tasks.png (finished, failed, unknown, running and queued tasks) and
playing.png, in demo mode; issue 18's batch-form.png, review-sheet.png and queue.png
(shots_batch.py); issue 19's fix-dialog.png, compare.png and chain.png (shots_frames.py).
The screen is grabbed from the X server, so a video's frame is in the picture. With
POYO_LANGUAGE set (de, es, zh_CN, ja) the window is shot in that language; with
POYO_SHOTS_SCHEME=dark, in the dark theme.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false;qt.rhi*=false")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's app, and its acceptance tests' Person

from poyo_desktop.runtime.pyside_refcounts import pin_none_refcount  # noqa: E402

pin_none_refcount()

import qasync  # noqa: E402
from PySide6.QtCore import QPointF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from shots_batch import shoot_batch  # noqa: E402
from shots_frames import shoot_frames  # noqa: E402
from shots_session import Session, grab, open_session, until  # noqa: E402

from poyo_desktop.boot.selftest import make_sample_image  # noqa: E402
from poyo_desktop.core.draft import JobDraft  # noqa: E402
from poyo_desktop.core.states import JobState  # noqa: E402
from poyo_desktop.sandbox import Fault  # noqa: E402
from poyo_desktop.ui.kit.translations import ENV_OVERRIDE, install_translators  # noqa: E402

SETS = ("readme", "batch", "frames")


def mountain_image(path: Path) -> Path:
    """Mountains, 16:9 as the sunset is: a Pro task's end image of the start's shape."""
    image = QImage(960, 540, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.scale(960 / 900, 540 / 600)  # drawn on a 900 × 600 grid
    sky = QLinearGradient(QPointF(0, 0), QPointF(0, 600))
    sky.setColorAt(0, QColor("#89c2ff"))
    sky.setColorAt(1, QColor("#e0f0ff"))
    painter.fillRect(0, 0, 900, 600, sky)
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


async def shoot_readme(out: Path, home: Path, renders: Path) -> None:
    """empty.png, tasks.png and playing.png, in demo mode."""
    session = await open_session(home, renders, task_seconds=6.0)
    window, jobs = session.window, session.ctx.jobs
    await grab(window, out / "empty.png")
    sunset = make_sample_image(home / "sunset.png")
    mountain = mountain_image(home / "mountain.png")
    await tasks_in_every_state(session, sunset, mountain)
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
    await session.close()


async def tasks_in_every_state(session: Session, sunset: Path, mountain: Path) -> None:
    """Finished, failed, unknown, then one running and one waiting: the sandbox takes the
    faults that make the second and third."""
    jobs, sandbox = session.ctx.jobs, session.sandbox

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

    def ended(count: int) -> bool:
        states = [job.state for job in jobs.jobs()]
        return len(states) == count and all(state.is_terminal for state in states)

    make("A paper boat drifts across a calm lake at sunset, gentle ripples", sunset)
    await until(lambda: ended(1))
    sandbox.inject(
        Fault.fail_task(
            "The image could not be animated: the subject is too small. Try a closer photo."
        )
    )
    make("Snow starts falling on the mountain peaks", mountain, duration=10)
    await until(lambda: ended(2))
    sandbox.inject(Fault.lost_answer())
    make("Clouds race over the ridge in a time-lapse", mountain, model="kling-2.1/pro")
    await until(lambda: ended(3))
    session.ctx.settings.update(max_concurrent=1)
    make(
        "The sun sinks slowly below the horizon, warm light",
        sunset,
        model="kling-2.1/pro",
        end=mountain,
    )
    make("Birds fly across the sky from left to right", mountain)
    await until(lambda: any(job.state is JobState.RUNNING for job in jobs.jobs()))


async def shoot(out: Path, wanted: tuple[str, ...]) -> int:
    """Each wanted set in a session of its own (a fresh history), one after the other."""
    base = Path(tempfile.mkdtemp(prefix="poyo-shots-"))
    renders = base / "renders"  # the sandboxes' rendered videos, shared between sessions
    shooters = {"readme": shoot_readme, "batch": shoot_batch, "frames": shoot_frames}
    for name in wanted:
        await shooters[name](out, base / name, renders)
    return 0


def main() -> int:
    args = sys.argv[1:]
    wanted = tuple(arg for arg in args if arg in SETS) or SETS
    folders = [arg for arg in args if arg not in SETS]
    out = Path(folders[0]) if folders else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([sys.argv[0]])
    app.setQuitOnLastWindowClosed(False)
    app.setApplicationName("PoYo Desktop")
    app.styleHints().setColorScheme(Qt.ColorScheme.Light)
    if os.environ.get("POYO_SHOTS_SCHEME") == "dark":  # a desktop's dark palette, as a test's
        from tests.acceptance.test_dark_switch import dark_palette

        app.setPalette(dark_palette())
    translators = []  # kept alive while the window is shot: a collected one stops
    if os.environ.get(ENV_OVERRIDE):  # e.g. POYO_LANGUAGE=de: the window in that language
        translators = install_translators(Path(tempfile.mkdtemp()) / "settings.json")
    try:
        return qasync.run(shoot(out, wanted))
    finally:
        del translators


if __name__ == "__main__":
    sys.exit(main())
