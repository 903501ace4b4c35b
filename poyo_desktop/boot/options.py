"""What the command line (or a test) asks of the app.

Its own module so the start-up can read the command line before the first paint without
importing the composition root, which a worker thread loads afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DEMO_TASK_SECONDS = 12.0


@dataclass
class Options:
    data_dir: Path | None = None
    force_demo: bool = False
    base_url: str | None = None  # talk to this server (a test's sandbox) instead
    api_key: str | None = None
    demo_task_seconds: float = DEMO_TASK_SECONDS
    demo_video_long_side: int = 960
    poll_interval: float | None = None
