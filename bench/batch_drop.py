"""A hundred pictures dropped on the start slot as one batch, reviewed and confirmed.

The person types the prompt, drops the pictures, waits for "Review 100 videos…" (each
picture checked), opens the review sheet, confirms, and the benchmark waits until every
video is recorded in the list and 5 s of sending after. The app runs in demo mode on a
fresh home, in a fresh process (``bench.app_session``); the stall monitor runs from just
after the first paint. The baseline is the same app left idle for as long. As for the
first video (bench/first_video.py), the figures are the medians of fresh processes, each
run listed: one 8-second run holds one worst tick, and this VM alone was seen to make
one of 7.5 ms while the app was idle.
"""

from __future__ import annotations

from typing import Any

from bench.app_session import session_in_child
from bench.generations import median_stall_rows
from bench.results import Row
from bench.scale import Scale

MEASURE_WORST = "worst lateness of a 5 ms timer"


def run(scale: Scale) -> list[Row]:
    count = scale.batch_pictures
    flows: list[dict[str, Any]] = []
    idles: list[dict[str, Any]] = []
    for _ in range(scale.batch_runs):
        spec = {"flow": "batch", "count": count, "task_seconds": scale.flow_task_s}
        flows.append(session_in_child(spec, timeout=900))
        idles.append(session_in_child({"flow": "idle", "seconds": flows[-1]["seconds"]}))
    worst = [max(f["ticks"]) for f in flows]
    base_worst = [max(f["ticks"]) for f in idles]
    n = len(flows)
    runs = f"median of {n} fresh processes" if n > 1 else "1 fresh process"

    def each(values: list[float], digits: int = 1) -> str:
        return ", ".join(f"{v:.{digits}f}" for v in values)

    what = f"{count} pictures dropped as one batch, reviewed and confirmed, {runs}"
    notes = [
        f"demo mode; {count} PNGs of about 960 × 600. Flow runs {each(worst)} ms (worst "
        f"tick at {each([f['worst_at'] for f in flows], 2)} s after the first paint); idle "
        f"runs {each(base_worst)} ms. The drop to the review sheet (every picture checked) "
        f"took {each([f['steps']['checked'] for f in flows])} s, the confirm to every video "
        f"in the list {each([f['steps']['recorded'] for f in flows])} s, then 5 s of "
        "sending.",
    ]
    measures = (f"{MEASURE_WORST}, {what}", f"p99 lateness of a 5 ms timer, {what}")
    return median_stall_rows("Batch drop", measures, flows, idles, notes)
