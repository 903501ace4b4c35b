"""Issue 15, item 3: the whole flow at the app's most verbose level (``--verbose``) with a
distinctive key, and then a search of everything the app wrote for it: no file (data,
config, cache, state, logs), nor its stdout or stderr, holds the key in any spelling.

The app runs as a subprocess, started by its own ``main`` with the key in POYO_API_KEY and
a person at its keyboard (verbose_run_driver.py): a generation that fails, one that
finishes (upload, submit, poll, download), Settings → Test connection, Ctrl+Q.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

from poyo_desktop.sandbox import Fault, Sandbox
from tests.images import write_png
from tests.services.test_redaction import leaks

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("verbose_run_driver.py")


def test_a_verbose_run_writes_the_key_nowhere(_isolated_dirs, tmp_path, render_cache):
    # Found by no accident, and not shaped like "sk-…" (that pattern alone would hide it).
    key = f"pk_{secrets.token_hex(10)}.Zq-{secrets.token_hex(6)}"
    home = _isolated_dirs  # HOME and every XDG folder of the app: all it may write
    data_dir = home / "poyo-data"
    image = write_png(tmp_path / "lantern.png", 640, 400)
    box = Sandbox(
        task_seconds=0.5, video_long_side=320, data_dir=render_cache, api_key=key, credits=1000
    )
    box.start()
    try:
        box.inject(Fault.fail_task(message="Generation failed: the model gave up"))
        env = {
            **os.environ,
            "POYO_API_KEY": key,
            "PYTHONPATH": str(ROOT),
            "QT_QPA_PLATFORM": "offscreen",
        }
        done = subprocess.run(
            [
                sys.executable,
                str(DRIVER),
                str(data_dir),
                box.base_url,
                str(image),
                str(tmp_path / "screenshots"),
            ],
            cwd=home,
            env=env,
            capture_output=True,
            text=True,
            timeout=240,
        )
        created = box.tasks_created
    finally:
        box.stop()
    report = f"rc={done.returncode}\nstdout:\n{done.stdout[-4000:]}\nstderr:\n{done.stderr[-4000:]}"
    assert done.returncode == 0, report
    assert created == 2  # the one that failed, the one that finished

    written = [path for path in home.rglob("*") if path.is_file()]
    log_files = [path for path in written if ".log" in path.name]
    videos = [path for path in written if path.suffix == ".mp4"]
    assert log_files and videos, sorted(str(p.relative_to(home)) for p in written)
    log_text = "".join(path.read_text(encoding="utf-8", errors="replace") for path in log_files)
    # It was verbose, and it saw the whole flow.
    for line in (
        "DEBUG",
        "POST /api/common/upload",
        "POST /api/generate/submit",
        "GET /api/generate/status",
        "GET /api/user/balance",
    ):
        assert line in log_text, line
    assert "PoYo Desktop 0.1.0 starting" in log_text  # nothing rotated out of the search

    found = {
        str(path.relative_to(home)): leaks(path.read_bytes().decode("latin-1"), key)
        for path in written
    }
    found["stdout"], found["stderr"] = leaks(done.stdout, key), leaks(done.stderr, key)
    assert {where: what for where, what in found.items() if what} == {}
    print(
        f"searched {len(written)} files ({sum(p.stat().st_size for p in written)} bytes), "
        f"stdout ({len(done.stdout)} chars), stderr ({len(done.stderr)} chars): "
        "no trace of the key"
    )
