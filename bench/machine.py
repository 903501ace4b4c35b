"""How steady the machine itself is: the same small piece of Python work, timed over and over.

Frame and stall figures are worst cases, and a worst case on a shared virtual machine
includes the moments the machine runs something else. This times a fixed loop of about
0.4 ms with nothing else running in the process; its worst repetitions are the floor
under every worst-case figure in the table, and say how far to trust them.
"""

from __future__ import annotations

import time

from bench.results import Row
from bench.scale import Scale
from bench.stats import median, percentile
from bench.steal import stolen_ms

_WORK = 20_000  # sum(range(_WORK)): ~0.4 ms of CPython on the machines measured


def probe(seconds: float) -> list[float]:
    """Milliseconds per repetition of the fixed work, for ``seconds``."""
    times: list[float] = []
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        began = time.perf_counter()
        sum(range(_WORK))
        times.append((time.perf_counter() - began) * 1000)
    return times


def run(scale: Scale) -> list[Row]:
    stolen_before = stolen_ms()
    times = probe(scale.machine_probe_s)
    stolen_after = stolen_ms()
    typical = median(times)
    slow = sum(t > 3 * typical for t in times)
    steal = (
        ""
        if stolen_before is None or stolen_after is None
        else f" Meanwhile the hypervisor ran other machines on these CPUs for "
        f"{stolen_after - stolen_before:.0f} ms (steal, /proc/stat)."
    )
    return [
        Row(
            "Machine noise",
            f"worst repetition of a fixed ~{typical:.1f} ms Python loop "
            f"({len(times):,} over {scale.machine_probe_s:g} s, nothing else running)",
            max(times),
            "ms",
            typical,
            "its median",
            "",
            None,
            [
                f"p99 {percentile(times, 99):.2f} ms, p99.9 {percentile(times, 99.9):.2f} "
                f"ms; {slow} repetitions ({100 * slow / len(times):.2f} %) took over 3× the "
                "median. Nothing in the app can be steadier than this." + steal
            ],
        )
    ]
