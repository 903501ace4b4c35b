"""Event-loop stalls while 200 tasks are polled and 10 videos download, in the real window."""

from __future__ import annotations

import asyncio
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import httpx

from bench.common import Row, make_mp4

KEY = "bench-key"


def _seed(sandbox: object, image: Path, tasks: int) -> list[str]:
    """Create ``tasks`` long-running tasks on the sandbox; returns their ids."""
    base = sandbox.base_url  # type: ignore[attr-defined]
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {KEY}"}) as http:
        up = http.post("/api/common/upload/stream",
                       files={"file": ("a.png", image.read_bytes(), "image/png")}).json()
        url = up["data"]["file_url"]
        ids = []
        for number in range(tasks):
            answer = http.post("/api/generate/submit", json={
                "model": "kling-2.1/standard",
                "input": {"prompt": f"bench {number}", "start_image_url": url}})
            ids.append(answer.json()["data"]["task_id"])
    return ids


async def _run(tasks: int, downloads: int, download_mb: int, seconds: float) -> list[float]:
    from PySide6.QtCore import QTimer

    from poyo_desktop.context import Options, build_context
    from poyo_desktop.core.job import Job
    from poyo_desktop.core.states import JobState
    from poyo_desktop.sandbox import Sandbox
    from poyo_desktop.selftest import make_sample_image
    from poyo_desktop.store import JobStore
    from poyo_desktop.ui.main_window import MainWindow

    work = Path(tempfile.mkdtemp(prefix="bench-loop-"))
    sandbox = Sandbox(task_seconds=3600, api_key=KEY, video_long_side=64, credits=1e7,
                      data_dir=work / "sandbox")
    sandbox.start()
    try:
        image = make_sample_image(work / "a.png")
        ids = await asyncio.to_thread(_seed, sandbox, image, tasks)
        video = make_mp4(work / "big.mp4", download_mb * 1_000_000)
        home = work / "home"
        store = JobStore(home / "data" / "history.sqlite3")
        for task_id in ids:
            store.save(Job(model="kling-2.1/standard", prompt="polled", start_image=str(image),
                           state=JobState.RUNNING, remote_id=task_id, submit_attempts=1))
        for number in range(downloads):
            store.save(Job(model="kling-2.1/standard", prompt=f"download {number}",
                           start_image=str(image), state=JobState.DOWNLOADING,
                           remote_id=f"dl-{number}", submit_attempts=1,
                           result_url=sandbox.add_file(video)))
        store.close()
        ctx = await build_context(Options(data_dir=home, base_url=sandbox.base_url,
                                          api_key=KEY))
        ctx.settings.update(download_dir=str(work / "Videos"))
        window = MainWindow(ctx)
        window.show()
        lateness: list[float] = []
        last = time.perf_counter()

        def tick() -> None:
            nonlocal last
            now = time.perf_counter()
            lateness.append(max(0.0, (now - last) * 1000 - 5))
            last = now

        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(tick)
        await window.start()
        timer.start()
        started = time.monotonic()
        while time.monotonic() - started < seconds:
            await asyncio.sleep(0.1)
        timer.stop()
        finished = sum(1 for j in ctx.jobs.jobs() if j.state is JobState.FINISHED)
        if finished < downloads:
            raise RuntimeError(f"only {finished} of {downloads} downloads finished in time")
        window.close()
        await ctx.close()
        return lateness
    finally:
        await asyncio.to_thread(sandbox.stop)
        shutil.rmtree(work, ignore_errors=True)


def measure(tasks: int = 200, downloads: int = 10, download_mb: int = 30,
            seconds: float = 25.0) -> list[Row]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["bench"])
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        lateness = loop.run_until_complete(_run(tasks, downloads, download_mb, seconds))
        loop.run_until_complete(loop.shutdown_default_executor())
    finally:
        asyncio.set_event_loop(None)
    worst = max(lateness)
    p99 = statistics.quantiles(lateness, n=100)[98] if len(lateness) >= 100 else worst
    return [Row("Event-loop responsiveness",
                f"5 ms timer lateness, {tasks} tasks polled + {downloads}×{download_mb} MB "
                f"downloads, {seconds:.0f} s", f"worst {worst:.1f} ms, p99 {p99:.1f} ms",
                f"{len(lateness)} ticks", "—", "≤ 16 ms worst, ≤ 4 ms p99",
                worst <= 16 and p99 <= 4)]
