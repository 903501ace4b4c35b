"""A new person's first video: demo mode on a first start, a photo dropped, a prompt typed,
Generate pressed, until the finished video's first decoded frame is in the preview.

Each repetition is a fresh process with a fresh home and no key, so the app starts its demo
server as it does for a new person (``bench.app_session``). The stall monitor runs from
just after the first paint to the first frame. The baseline of the stalls is the same app,
started the same way, left idle for as long as the flow took, in processes alternating
with the flow's. "Finished" is the moment the client heard the server's finished status
(the job turns *downloading*); the first frame is the player's ``videoFrameChanged``.
"""

from __future__ import annotations

from typing import Any

from bench.app_session import session_in_child
from bench.generations import median_stall_rows
from bench.results import Row
from bench.scale import Scale
from bench.stats import median

MEASURE_STALL = "worst lateness of a 5 ms timer, first start → first frame of the first video"


def _timings(found: dict[str, Any]) -> tuple[float, float]:
    """(finished status → first frame, download) in seconds for the one job of a flow."""
    (states,) = found["states"].values()
    heard = states["downloading"]
    saved = states["finished"]
    if found["first_frame"] is None:
        raise RuntimeError("no frame was decoded")
    return found["first_frame"] - heard, saved - heard


def run(scale: Scale) -> list[Row]:
    flows: list[dict[str, Any]] = []
    idles: list[dict[str, Any]] = []
    for _ in range(scale.flow_runs):
        flow = session_in_child({"flow": "first_video", "task_seconds": scale.flow_task_s})
        flows.append(flow)
        idles.append(session_in_child({"flow": "idle", "seconds": flow["seconds"]}))
    worst = [max(f["ticks"]) for f in flows]
    base_worst = [max(f["ticks"]) for f in idles]
    timings = [_timings(f) for f in flows]
    shown = [t[0] for t in timings]
    download = [t[1] for t in timings]
    after_download = [a - b for a, b in timings]
    n = len(flows)
    runs = f"median of {n} fresh processes" if n > 1 else "1 fresh process"

    def ms(values: list[float]) -> str:
        return ", ".join(f"{v:.1f}" for v in values)

    stall_notes = [
        f"flow runs {ms(worst)} ms (worst tick at "
        + ", ".join(f"{f['worst_at']:.2f}" for f in flows)
        + " s after the first paint); idle runs "
        + f"{ms(base_worst)} ms; each flow "
        + ", ".join(f"{f['seconds']:.1f}" for f in flows)
        + f" s, demo tasks of {scale.flow_task_s:g} s. The demo server runs as the app "
        "starts it for a new person (demo mode, no key).",
    ]
    frame_notes = [
        "finished status → first frame "
        + ", ".join(f"{v * 1000:.0f}" for v in shown)
        + " ms; of which the download "
        + ", ".join(f"{v * 1000:.0f}" for v in download)
        + " ms, and file saved → first frame "
        + ", ".join(f"{v * 1000:.0f}" for v in after_download)
        + " ms (the player made and the file opened).",
    ]
    frame = median(shown)
    measures = (f"{MEASURE_STALL}, {runs}", f"p99 lateness of a 5 ms timer, same flow, {runs}")
    return [
        *median_stall_rows("First video", measures, flows, idles, stall_notes),
        Row(
            "First video",
            f"finished status heard → first decoded frame in the preview, {runs}",
            frame * 1000,
            "ms",
            median(download) * 1000,
            "its download",
            "≤ 0.5 s + download",
            all(s <= 0.5 + d for s, d in timings),
            frame_notes,
        ),
    ]
