"""Twenty generations pressed in a row in one window, until all twenty finished.

The person drops a photo, types a prompt and presses Generate; after each press they wait
only until the form takes the next one (it is busy until the task is recorded) and press
again. The app runs in demo mode on a fresh home, as for a new person, in a fresh process
(``bench.app_session``). The stall monitor runs from just after the first paint until the
last video is saved. The baseline is the same app left idle for as long, in a process of
its own.
"""

from __future__ import annotations

from typing import Any

from bench.app_session import session_in_child
from bench.results import Row
from bench.scale import Scale
from bench.stats import median, percentile


def run(scale: Scale) -> list[Row]:
    count = scale.row_generations
    flow = session_in_child(
        {"flow": "in_a_row", "count": count, "task_seconds": scale.flow_task_s}, timeout=900
    )
    idle = session_in_child({"flow": "idle", "seconds": flow["seconds"]})
    ticks, base = flow["ticks"], idle["ticks"]
    states = flow["states"].values()
    recorded = sorted(s["draft"] for s in states if "draft" in s)
    finished = sorted(s["finished"] for s in states if "finished" in s)
    what = f"{count} generations pressed in a row until all finished"
    notes = [
        f"{flow['server']}; demo tasks of {scale.flow_task_s:g} s; the presses took "
        f"{recorded[-1] - recorded[0]:.1f} s, all {count} were saved "
        f"{finished[-1] - recorded[0]:.1f} s after the first press; {len(ticks)} ticks over "
        f"{flow['seconds']:.1f} s from the first paint, worst at {flow['worst_at']:.2f} s; "
        f"idle baseline: worst {max(base):.1f} ms, p99 {percentile(base, 99):.2f} ms.",
    ]
    return stall_rows("Generations in a row", what, ticks, base, notes)


def stall_rows(
    benchmark: str, what: str, ticks: list[float], base: list[float], notes: list[str]
) -> list[Row]:
    """The worst and p99 lateness of a flow's 5 ms timer against the same app idle as long
    (``base``), with their budgets: one 60 Hz frame, and 4 ms."""
    worst, p99 = max(ticks), percentile(ticks, 99)
    return [
        Row(
            benchmark,
            f"worst lateness of a 5 ms timer, {what}",
            worst,
            "ms",
            max(base),
            "same app idle as long",
            "≤ 16 ms",
            worst <= 16,
            notes,
        ),
        Row(
            benchmark,
            f"p99 lateness of a 5 ms timer, {what}",
            p99,
            "ms",
            percentile(base, 99),
            "same app idle as long",
            "≤ 4 ms",
            p99 <= 4,
        ),
    ]


def median_stall_rows(
    benchmark: str,
    measures: tuple[str, str],
    flows: list[dict[str, Any]],
    idles: list[dict[str, Any]],
    notes: list[str],
) -> list[Row]:
    """:func:`stall_rows` over fresh processes: the medians of each flow's worst and p99
    lateness (``measures`` names the two rows) against as many idle runs, every run listed."""
    worst = [max(f["ticks"]) for f in flows]
    p99 = [percentile(f["ticks"], 99) for f in flows]
    base_worst = [max(f["ticks"]) for f in idles]
    base_p99 = [percentile(f["ticks"], 99) for f in idles]
    each = ", ".join
    return [
        Row(
            benchmark,
            measures[0],
            median(worst),
            "ms",
            median(base_worst),
            "same app idle as long",
            "≤ 16 ms",
            median(worst) <= 16,
            notes,
        ),
        Row(
            benchmark,
            measures[1],
            median(p99),
            "ms",
            median(base_p99),
            "same app idle as long",
            "≤ 4 ms",
            median(p99) <= 4,
            [
                f"flow runs {each(f'{v:.2f}' for v in p99)} ms; "
                f"idle runs {each(f'{v:.2f}' for v in base_p99)} ms"
            ],
        ),
    ]
