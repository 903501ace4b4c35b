"""Event-loop responsiveness: how late a 5 ms Qt timer fires in the real window while 200
tasks are polled and 10 videos download, against the same window with nothing to do.

The sandbox runs in a process of its own (a real server is not in the app's process). The
store is seeded with 200 running tasks and 10 downloading ones, as a person would find them
after reopening the app; the key is a real-looking one, so the default polling interval of
the settings (10 s) applies and the run lasts long enough for a second round of polls.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path

from bench.env import TEST_KEY, isolate_this_process, isolated_env
from bench.files import write_mp4
from bench.qtloop import StallMonitor, run_qasync, start_up_done, wait_until
from bench.results import Row
from bench.sandbox_proc import SandboxProcess
from bench.scale import MB, Scale
from bench.seed import downloading_job, running_job, seed_store, set_download_dir
from bench.stats import percentile


async def watch(
    data_dir: Path, base_url: str, *, min_s: float, downloads: int = 0, timeout: float = 300.0
) -> tuple[list[float], list[str]]:
    """Open the window on ``data_dir``; lateness of each 5 ms tick from the end of start-up
    until ``min_s`` passed and ``downloads`` videos are saved. Also when the worst came."""
    from poyo_desktop.boot.compose import build_context
    from poyo_desktop.boot.options import Options
    from poyo_desktop.core.states import JobState
    from poyo_desktop.ui.window.main_window import MainWindow

    ctx = await build_context(Options(data_dir=data_dir, api_key=TEST_KEY, base_url=base_url))
    window = MainWindow(ctx.services())
    window.show()
    window.repaint()  # the first paint is the cold-start benchmark's business
    start_up_done()
    monitor = StallMonitor(5)
    try:
        await window.start()
        monitor.start()
        began = time.monotonic()
        await asyncio.sleep(min_s)
        await wait_until(
            lambda: sum(job.state is JobState.FINISHED for job in ctx.jobs.jobs()) >= downloads,
            timeout,
            f"{downloads} downloads",
        )
        monitor.stop()
        took = time.monotonic() - began
        failed = [job for job in ctx.jobs.jobs() if job.state is JobState.FAILED]
        if failed:
            raise RuntimeError(f"{len(failed)} tasks failed: {failed[0].error_message}")
    finally:
        monitor.stop()
        window.close()
        await ctx.close()
    ticks = monitor.lateness_ms
    worst = max(range(len(ticks)), key=ticks.__getitem__, default=0)
    when = [
        f"{len(ticks)} ticks over {took:.1f} s; worst at tick {worst} "
        f"({worst * 100 // max(1, len(ticks))} % into the run)"
    ]
    return ticks, when


def run(scale: Scale) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="poyo-bench-busy-") as tmp:
        root = Path(tmp)
        isolate_this_process(root / "home")
        with SandboxProcess(
            data_dir=root / "sandbox", env=isolated_env(root / "home"), api_key=TEST_KEY
        ) as box:
            idle_dir, busy_dir, videos = root / "idle", root / "busy", root / "videos"
            for folder in (idle_dir, busy_dir):
                set_download_dir(folder, videos)
            baseline, _ = run_qasync(lambda: watch(idle_dir, box.base_url, min_s=scale.busy_idle_s))
            ids = box.create_tasks(scale.busy_tasks)
            low, high = scale.busy_download_bytes
            jobs = [running_job(i, task_id) for i, task_id in enumerate(ids)]
            total = 0
            for i in range(scale.busy_downloads):
                size = low + (high - low) * i // max(1, scale.busy_downloads - 1)
                url = box.add_file(write_mp4(root / f"result-{i}.mp4", size))
                jobs.append(downloading_job(i, url, size))
                total += size
            seed_store(busy_dir, jobs)
            busy, when = run_qasync(
                lambda: watch(
                    busy_dir, box.base_url, min_s=scale.busy_min_s, downloads=scale.busy_downloads
                )
            )
            polled = box.requests().get("status", 0)
    worst, p99 = max(busy), percentile(busy, 99)
    base_worst, base_p99 = max(baseline), percentile(baseline, 99)
    what = (
        f"{scale.busy_tasks} tasks polled + {scale.busy_downloads} downloads ({total / MB:.0f} MB)"
    )
    notes = [
        *when,
        f"{polled} status requests answered during the run; the idle baseline "
        f"is the same window on an empty history for {scale.busy_idle_s:g} s.",
    ]
    return [
        Row(
            "Event-loop responsiveness",
            f"worst lateness of a 5 ms timer, {what}",
            worst,
            "ms",
            base_worst,
            "idle window",
            "≤ 16 ms",
            worst <= 16,
            notes,
        ),
        Row(
            "Event-loop responsiveness",
            f"p99 lateness of a 5 ms timer, {what}",
            p99,
            "ms",
            base_p99,
            "idle window",
            "≤ 4 ms",
            p99 <= 4,
        ),
    ]
