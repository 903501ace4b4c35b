"""A hundred pictures dropped on the start slot as one batch, reviewed and confirmed.

The person types the prompt, drops the pictures, waits for "Review 100 videos…" (each
picture checked), opens the review sheet, confirms, and the benchmark waits until every
video is recorded in the list and 5 s of sending after. The app runs in demo mode on a
fresh home, in a fresh process (``bench.app_session``); the stall monitor runs from just
after the first paint. The baseline is the same app left idle for as long.
"""

from __future__ import annotations

from bench.app_session import session_in_child
from bench.generations import stall_rows
from bench.results import Row
from bench.scale import Scale
from bench.stats import percentile


def run(scale: Scale) -> list[Row]:
    count = scale.batch_pictures
    flow = session_in_child(
        {"flow": "batch", "count": count, "task_seconds": scale.flow_task_s}, timeout=900
    )
    idle = session_in_child({"flow": "idle", "seconds": flow["seconds"]})
    ticks, base = flow["ticks"], idle["ticks"]
    steps = flow["steps"]
    what = f"{count} pictures dropped as one batch, reviewed and confirmed"
    notes = [
        f"demo mode; {count} PNGs of about 960 × 600; the drop to the review sheet (every "
        f"picture checked) took {steps['checked']:.1f} s, the confirm to every video in the "
        f"list {steps['recorded']:.1f} s, then 5 s of sending; {len(ticks)} ticks over "
        f"{flow['seconds']:.1f} s from the first paint, worst at {flow['worst_at']:.2f} s; "
        f"idle baseline: worst {max(base):.1f} ms, p99 {percentile(base, 99):.2f} ms.",
    ]
    return stall_rows("Batch drop", what, ticks, base, notes)
