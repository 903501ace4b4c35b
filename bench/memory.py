"""Memory beyond start-up: does the app give back what a long session takes, and what does a
big history cost?

Idle memory at start-up is the cold-start benchmark's. Here, each figure comes from a window
in a process of its own (the RSS of one process only grows with what ran in it before):

- **Previews:** a history of 1,000 finished tasks; the RSS once the window idles, then after
  a task has been selected 100 times, each a different finished task whose video (a real
  MP4, each a different clip) plays in the preview until its frames show. The growth is what
  the session kept: leaks, or caches that never let go.
- **A big history:** the window opened on 100,000 tasks, against the same window on an empty
  history; and after every page of the list has been read (as scrolling to the end does).
"""

from __future__ import annotations

import asyncio
import gc
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.env import PYTHON, REPO, TEST_KEY, isolate_this_process, isolated_env
from bench.results import Row
from bench.scale import Scale
from bench.stats import median

NOWHERE = "http://127.0.0.1:9"  # no server: ended tasks need none
_RESULT = "MEMORY "


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


# -- the parent: makes the histories, runs each window in a child, reports ------------------


def child(kind: str, root: Path, **options: object) -> dict[str, object]:
    done = subprocess.run(
        [PYTHON, "-m", "bench.memory", kind, str(root), json.dumps(options)],
        cwd=REPO,
        env=isolated_env(root / f"home-{kind}"),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    for line in reversed(done.stdout.splitlines()):
        if line.startswith(_RESULT):
            answer: dict[str, object] = json.loads(line[len(_RESULT) :])
            return answer
    raise RuntimeError(f"the {kind} window did not report: {done.stderr[-1500:]}")


def run(scale: Scale) -> list[Row]:
    from bench.qtloop import application
    from bench.seed import history_jobs, seed_store

    with tempfile.TemporaryDirectory(prefix="poyo-bench-memory-") as tmp:
        root = Path(tmp)
        isolate_this_process(root / "home")
        application()  # to render the clips; the windows measured are each in a child
        seed_store(root / "big", history_jobs(scale.memory_history_rows, []))
        jobs = previews_jobs(root / "media", scale.memory_tasks, scale.memory_previews)
        seed_store(root / "previews", jobs)
        runs = [child("previews", root, previews=scale.memory_previews, tasks=scale.memory_tasks)]
        empty, big = [], []
        for _ in range(scale.memory_repeats):
            empty.append(child("empty", root))
            big.append(child("big", root))
        for _ in range(scale.memory_repeats - 1):
            runs.append(
                child("previews", root, previews=scale.memory_previews, tasks=scale.memory_tasks)
            )
    return rows_of(scale, runs, empty, big)


def rows_of(
    scale: Scale,
    runs: list[dict[str, object]],
    empty: list[dict[str, object]],
    big: list[dict[str, object]],
) -> list[Row]:
    def of(items: list[dict[str, object]], key: str) -> list[float]:
        return [float(item[key]) for item in items]  # type: ignore[arg-type]

    idle, first, after = of(runs, "idle"), of(runs, "first"), of(runs, "after")
    growth = [a - i for a, i in zip(after, idle, strict=True)]
    later = [a - f for a, f in zip(after, first, strict=True)]
    grown = median(growth)
    empty_mb, big_mb, loaded_mb = of(empty, "idle"), of(big, "idle"), of(big, "loaded")
    rows = f"{scale.memory_history_rows:,}"
    listed = lambda values: ", ".join(f"{v:.1f}" for v in values)  # noqa: E731
    return [
        Row(
            "Memory",
            f"growth after {scale.memory_previews} previews played "
            f"({scale.memory_tasks:,} finished tasks in the list), median of {len(runs)}",
            grown,
            "MB",
            median(idle),
            "RSS of the same window idle, before",
            "≤ 30 MB",
            grown <= 30,
            [
                f"RSS idle {listed(idle)} MB; after the first preview {listed(first)} MB; "
                f"after the last {listed(after)} MB (each run a new process). Of the growth, "
                f"the 99 previews after the first added {listed(later)} MB: the first loads "
                "the media stack (FFmpeg, the video widget) once. Each preview: a different "
                "finished task selected, its own MP4 played until a frame showed."
            ],
        ),
        Row(
            "Memory",
            f"RSS with {rows} tasks in history, window open and the list painted, "
            f"median of {len(big)}",
            median(big_mb),
            "MB",
            median(empty_mb),
            "the same window, empty history",
            "≤ empty + 50 MB",
            median(big_mb) <= median(empty_mb) + 50,
            [
                f"{rows} tasks {listed(big_mb)} MB; empty {listed(empty_mb)} MB. After every "
                f"page of the list was read (as scrolling to its end does): "
                f"{listed(loaded_mb)} MB."
            ],
        ),
    ]


# -- the children: one window each -----------------------------------------------------------


async def open_window(data_dir: Path) -> tuple[object, object]:
    from bench.qtloop import start_up_done
    from poyo_desktop.boot.compose import build_context
    from poyo_desktop.boot.options import Options
    from poyo_desktop.ui.window.main_window import MainWindow

    ctx = await build_context(Options(data_dir=data_dir, api_key=TEST_KEY, base_url=NOWHERE))
    window = MainWindow(ctx.services())
    window.show()
    start_up_done()
    await window.start()
    deadline = time.monotonic() + 60
    while window.model.is_loading() or window.model.rowCount() < min(1, window.model.total_count()):
        if time.monotonic() > deadline:
            raise TimeoutError("the history never showed")
        await asyncio.sleep(0.005)
    window.tasks.viewport().repaint()
    return ctx, window


async def settle(seconds: float = 1.0) -> float:
    """RSS (MB) after ``seconds`` of idling and a full garbage collection."""
    await asyncio.sleep(seconds)
    gc.collect()
    await asyncio.sleep(0.1)
    return rss_mb()


class FrameCount:
    """Frames the preview has shown, counted from its video sink once the player exists."""

    def __init__(self) -> None:
        self.frames = 0
        self._sink: object = None

    def watch(self, preview: object) -> None:
        if self._sink is None and preview.has_media_player():
            self._sink = preview.video_sink()
            self._sink.videoFrameChanged.connect(self._count)

    def _count(self, *_args: object) -> None:
        self.frames += 1


async def play(window: object, row: int, shown: FrameCount, timeout: float = 20.0) -> None:
    """Select ``row`` as a click would, and wait until its video has shown two frames."""
    from PySide6.QtCore import QItemSelectionModel

    preview, model = window.preview, window.model
    job = model.job_at(row)
    shown.watch(preview)
    before = shown.frames
    window.tasks.selectionModel().setCurrentIndex(
        model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    deadline = time.monotonic() + timeout
    while shown.frames < before + 2 or preview.current_job_id() != job.id:
        shown.watch(preview)  # the first video makes the player (once QtMultimedia loaded)
        if preview.error_text():
            raise RuntimeError(f"{job.output_path} did not play: {preview.error_text()}")
        if time.monotonic() > deadline:
            raise TimeoutError(f"the video of row {row} never played")
        await asyncio.sleep(0.005)


def previews_jobs(folder: Path, tasks: int, videos: int) -> list[object]:
    """``tasks`` finished jobs; the first ``videos`` each with a clip of its own."""
    from bench.files import write_photos
    from bench.seed import history_jobs
    from poyo_desktop.core.states import JobState
    from poyo_desktop.sandbox.render import RenderJob, render

    photos = write_photos(folder / "photos", 8, 320, 200)
    clips = []
    for i in range(videos):
        out = folder / "videos" / f"clip-{i:03d}.mp4"
        render(
            RenderJob(
                start=photos[i % len(photos)],
                out=out,
                duration=1.0,
                fps=12,
                long_side=160,
                seed=i,
                caption=f"clip {i}",
            )
        )
        clips.append(out)
    jobs = history_jobs(tasks, photos)
    for i, job in enumerate(jobs):
        clip = clips[i % len(clips)]
        job.state, job.progress = JobState.FINISHED, 100
        job.error_kind = job.error_message = None
        job.finished_at = job.created_at
        job.output_path, job.output_size = str(clip), clip.stat().st_size
        job.credits = 30.0
    return jobs


def child_main(kind: str, root: Path, options: dict[str, int]) -> dict[str, float]:
    from bench.qtloop import application, run_qasync

    isolate_this_process(root / f"home-{kind}-child")
    application()
    data = root / kind

    async def measure() -> dict[str, float]:
        ctx, window = await open_window(data)
        try:
            found = {"idle": await settle(2.0)}
            if kind == "previews":
                shown = FrameCount()
                for i in range(options["previews"]):
                    await play(window, i, shown)
                    if i == 0:
                        found["first"] = await settle(0.5)
                found["after"] = await settle(2.0)
            elif kind == "big":
                model = window.model
                root_index = model.index(-1, -1).parent()
                while model.canFetchMore(root_index) or model.is_loading():
                    if model.canFetchMore(root_index):
                        model.fetchMore(root_index)
                    await asyncio.sleep(0.001)
                found["loaded"] = await settle(1.0)
            return found
        finally:
            window.close()
            await ctx.close()

    return run_qasync(measure)


if __name__ == "__main__":
    found = child_main(sys.argv[1], Path(sys.argv[2]), json.loads(sys.argv[3]))
    print(_RESULT + json.dumps(found), flush=True)
    sys.exit(0)
