"""Polling cost: status requests per running task per minute at the default settings, and
the requests the app makes while nothing runs.

The app opens with a key on a history of running tasks (the sandbox, in its own process,
keeps them running) and is left alone; the sandbox counts what reaches it. The baseline is
the rate the settings promise: one status request per task per polling interval.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path

from bench.env import TEST_KEY, isolate_this_process, isolated_env
from bench.qtloop import run_qasync, start_up_done
from bench.results import Row
from bench.sandbox_proc import SandboxProcess
from bench.scale import Scale
from bench.seed import running_job, seed_store


async def count_requests(
    box: SandboxProcess, data_dir: Path, seconds: float, poll_interval: float | None
) -> tuple[dict[str, int], float, float]:
    """Requests per route during ``seconds`` of a window left alone after its start-up;
    also the measured time and the polling interval in force."""
    from poyo_desktop.boot.compose import build_context
    from poyo_desktop.boot.options import Options
    from poyo_desktop.ui.window.main_window import MainWindow

    ctx = await build_context(
        Options(
            data_dir=data_dir, api_key=TEST_KEY, base_url=box.base_url, poll_interval=poll_interval
        )
    )
    window = MainWindow(ctx.services())
    window.show()
    start_up_done()
    try:
        await window.start()
        await asyncio.sleep(0.3)  # start-up's one balance check is not polling
        await asyncio.to_thread(box.reset_requests)
        began = time.monotonic()
        await asyncio.sleep(seconds)
        counts = await asyncio.to_thread(box.requests)
        took = time.monotonic() - began
        interval = ctx.pipeline_config().poll_interval
    finally:
        window.close()
        await ctx.close()
    return counts, took, interval


def run(scale: Scale) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="poyo-bench-poll-") as tmp:
        root = Path(tmp)
        isolate_this_process(root / "home")
        with SandboxProcess(
            data_dir=root / "sandbox", env=isolated_env(root / "home"), api_key=TEST_KEY
        ) as box:
            ids = box.create_tasks(scale.poll_tasks)
            seed_store(root / "busy", [running_job(i, task) for i, task in enumerate(ids)])
            busy, took, interval = run_qasync(
                lambda: count_requests(box, root / "busy", scale.poll_s, scale.poll_interval)
            )
            idle, idle_took, _ = run_qasync(
                lambda: count_requests(
                    box, root / "idle", scale.idle_requests_s, scale.poll_interval
                )
            )
    statuses = busy.get("status", 0)
    per_minute = statuses / scale.poll_tasks / (took / 60)
    promised = 60 / interval
    others = {route: n for route, n in busy.items() if route != "status" and n}
    idle_total = sum(idle.values())
    default = "default settings" if scale.poll_interval is None else f"{interval:g} s interval"
    return [
        Row(
            "Polling cost",
            f"status requests per running task per minute ({default}, "
            f"{scale.poll_tasks} tasks, {took:.0f} s)",
            per_minute,
            "/min",
            promised,
            f"one per {interval:g} s interval",
            "≤ 12 per minute",
            per_minute <= 12 if scale.poll_interval is None else None,
            [f"{statuses} status requests; other requests meanwhile: {others or 'none'}."],
        ),
        Row(
            "Polling cost",
            f"requests while nothing runs ({idle_took:.0f} s after start-up)",
            idle_total,
            "",
            None,
            "",
            "0",
            idle_total == 0,
            [f"by route: {idle or 'none'}"],
        ),
    ]
