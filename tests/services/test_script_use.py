"""The pipeline driven from a plain script, without the app's start-up code.

PySide6 6.12 on Python 3.11 leaks references to ``None`` and ``True``
(see runtime/pyside_refcounts.py); the
app protects them in its ``main``, and a script that imported the services alone used to
abort at exit with "Fatal Python error: none_dealloc". Importing the package now protects
them: the script here does nothing the app's start-up does, and must exit 0.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import TEST_KEY
from tests.images import write_png

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import asyncio, sys, time
from pathlib import Path

from poyo_desktop.api import PoyoClient
from poyo_desktop.core.draft import JobDraft
from poyo_desktop.services.jobs import JobService
from poyo_desktop.services.pipeline import PipelineConfig
from poyo_desktop.store import AsyncJobStore

base_url, key, image, folder = sys.argv[1:5]
folder = Path(folder)


async def main() -> None:
    store = await AsyncJobStore.open(folder / "history.sqlite3")
    config = PipelineConfig(download_dir=folder / "Videos", prepared_dir=folder / "prepared",
                            poll_interval=0.05)
    jobs = JobService(PoyoClient(key, base_url), store, lambda: config, backend="poyo",
                      max_concurrent=lambda: 3)
    for n in range(3):
        jobs.generate(JobDraft(model="kling-2.1/standard", prompt=f"A boat, take {n}",
                               duration=5, start_image=Path(image)))
    deadline = time.monotonic() + 60
    while not (len(jobs.jobs()) == 3 and not jobs.busy_count()
               and all(job.state.is_terminal for job in jobs.jobs())):
        assert time.monotonic() < deadline, jobs.jobs()
        await asyncio.sleep(0.02)
    print(" ".join(job.state.value for job in jobs.jobs()), flush=True)
    await jobs.shutdown()
    for client in jobs.clients():
        await client.aclose()
    await store.close()


asyncio.run(main())
"""


def test_a_script_drives_the_pipeline_and_exits_cleanly(poyo, tmp_path):
    image = write_png(tmp_path / "start.png", 480, 320)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(ROOT)  # this checkout's package, as an installed one would be
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, poyo.base_url, TEST_KEY, str(image), str(tmp_path)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.split() == ["finished"] * 3
    assert "Fatal Python error" not in done.stderr
    assert len(list((tmp_path / "Videos").glob("*.mp4"))) == 3
