"""How big each benchmark runs: the real figures, or a smoke run that only proves it works."""

from __future__ import annotations

from dataclasses import dataclass

MB = 1 << 20


@dataclass(frozen=True)
class Scale:
    name: str
    cold_runs: int = 21  # timed starts of each kind, after one discarded warm-up each
    memory_runs: int = 7  # of those, the ones that idle and have their memory read
    cold_idle_s: float = 2.0  # after the first paint, before memory is read
    busy_tasks: int = 200
    busy_downloads: int = 10
    busy_download_bytes: tuple[int, int] = (20 * MB, 50 * MB)
    busy_min_s: float = 12.0  # long enough for a second round of 10 s polls
    busy_idle_s: float = 3.0  # the baseline: the same window with nothing to do
    throughput_bytes: int = 200 * MB
    throughput_runs: int = 5  # of each (app, curl), alternating
    memory_tasks: int = 1_000  # finished tasks in the list while previews play
    memory_previews: int = 100  # different finished tasks selected, each video played
    memory_history_rows: int = 100_000
    memory_repeats: int = 3  # processes of each kind; the median is reported
    upload_bytes: int = 10_000_000  # under the API's 10 MB (MiB) limit
    upload_runs: int = 11  # of each (app, curl), alternating
    history_rows: int = 100_000
    history_photos: int = 100
    history_passes: int = 3  # windows scrolled top to bottom; the median is reported
    history_frames: int = 2_200  # frames per pass: each steps as many pages as that needs
    poll_tasks: int = 5
    poll_s: float = 35.0
    poll_interval: float | None = None  # None: the settings' default (10 s)
    idle_requests_s: float = 20.0
    machine_probe_s: float = 10.0
    flow_runs: int = 5  # fresh processes of the first-video flow (and as many idle ones)
    flow_task_s: float = 12.0  # a demo task's life: the app's default
    row_generations: int = 20
    batch_pictures: int = 100  # pictures dropped as one batch
    batch_runs: int = 5  # fresh processes of the batch flow (and as many idle ones)
    drop_runs: int = 5  # drops of each picture (and of the baseline), in turn
    drop_shrink: int = 1  # the big pictures' sides divided by this
    interact_runs: int = 5  # repetitions of each interaction (Settings, play, seek)
    play_seconds: float = 5.0  # length of the videos played and sought
    play_long_side: int = 960
    end_download_bytes: int = 200 * MB
    end_download_runs: int = 3  # of each size (200 MB, 2 MB), alternating


FULL = Scale("full")
SMOKE = Scale(
    "smoke",
    cold_runs=2,
    memory_runs=1,
    cold_idle_s=0.3,
    busy_tasks=20,
    busy_downloads=2,
    busy_download_bytes=(1 * MB, 2 * MB),
    busy_min_s=1.0,
    busy_idle_s=0.5,
    throughput_bytes=2 * MB,
    throughput_runs=1,
    memory_tasks=20,
    memory_previews=3,
    memory_history_rows=300,
    memory_repeats=1,
    upload_bytes=1_000_000,
    upload_runs=1,
    history_rows=300,
    history_photos=3,
    history_passes=1,
    history_frames=40,
    poll_tasks=2,
    poll_s=1.6,
    poll_interval=0.5,
    idle_requests_s=0.8,
    machine_probe_s=0.3,
    flow_runs=1,
    flow_task_s=2.0,
    row_generations=3,
    batch_pictures=4,
    batch_runs=1,
    drop_runs=1,
    drop_shrink=4,
    interact_runs=1,
    play_seconds=2.0,
    play_long_side=160,
    end_download_bytes=4 * MB,
    end_download_runs=1,
)
SCALES = {scale.name: scale for scale in (FULL, SMOKE)}
