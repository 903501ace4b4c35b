"""The real app started in this process as ``poyo-desktop`` starts it, and a person at it.

For the flow benchmarks (``first_video``, ``generations``, ``batch_drop``): the window is
drawn first, the stall monitor starts right after that first paint, and the rest of
start-up (services, history, demo mode) then runs on the qasync loop as in
``boot/main.py``. The person acts only through input events
(``tests/acceptance/person.Person``); the benchmark watches the jobs service's signals
and the player's video sink, measuring only, never acting through them.

``python -m bench.app_session '<json spec>'`` runs one session in a fresh process and prints
its measurements as a ``RESULT`` line; :func:`session_in_child` starts one with its own home.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.env import PYTHON, REPO, isolated_env

RESULT = "RESULT "
START_ZONE = re.compile(r"^Start image")
# A person's drag from a file manager moves over the slot this long before the release
# (an instant enter-and-drop is no hand's; the picture check loads while a drag hovers).
DRAG_SECONDS = 0.15
PROMPT = "The waves roll in slowly and the boat drifts towards the sun"


@dataclass
class Timeline:
    """When, in ``perf_counter`` seconds, each job reached a state, and the first frame."""

    states: dict[str, dict[str, float]] = field(default_factory=dict)
    first_frame: float | None = None

    def on_job(self, job: Any) -> None:
        seen = self.states.setdefault(job.id, {})
        if str(job.state.value) not in seen:
            seen[str(job.state.value)] = time.perf_counter()
            mark(f"job {job.id[:6]} {job.state.value}")

    def on_frame(self, frame: Any) -> None:
        if self.first_frame is None and frame.isValid():
            self.first_frame = time.perf_counter()
            mark("first frame")

    def count(self, state: str) -> int:
        return sum(state in seen for seen in self.states.values())


_ORIGIN = [time.perf_counter()]


def mark(what: str) -> None:
    """With POYO_BENCH_VERBOSE, say when something happened (on the stall monitor's clock)."""
    if os.environ.get("POYO_BENCH_VERBOSE"):
        print(f"---- {what} at {time.perf_counter() - _ORIGIN[0]:6.3f} s", file=sys.stderr)


def session_in_child(spec: dict[str, Any], timeout: float = 600.0) -> dict[str, Any]:
    """Run one session (``spec``) in a new process with a fresh home; its measurements."""
    with tempfile.TemporaryDirectory(prefix="poyo-bench-flow-") as tmp:
        home = Path(tmp)
        env = isolated_env(home, {"HOME": str(home)})
        done = subprocess.run(
            [PYTHON, "-m", "bench.app_session", json.dumps({**spec, "home": str(home)})],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    if os.environ.get("POYO_BENCH_VERBOSE"):
        sys.stderr.write(done.stderr)
    for line in reversed(done.stdout.splitlines()):
        if line.startswith(RESULT):
            found: dict[str, Any] = json.loads(line[len(RESULT) :])
            return found
    tail = " | ".join(done.stderr.strip().splitlines()[-8:])
    raise RuntimeError(f"the app session ended with {done.returncode}: {tail}")


def write_photo(path: Path, width: int = 1280, height: int = 800) -> Path:
    from bench.files import png_bytes

    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(png_bytes(width, height))
    return path


def main(argv: list[str]) -> int:
    """One session: start the app, run ``spec["flow"]``, quit; print what was measured."""
    spec = json.loads(argv[0])
    from poyo_desktop.runtime.pyside_refcounts import pin_none_refcount

    pin_none_refcount()  # before any Qt call, as the app does
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false;qt.rhi*=false")
    import PySide6.QtWidgets  # noqa: F401

    from poyo_desktop.runtime.pyside_import_scan import scan_sources_cheaply

    scan_sources_cheaply()
    # The person's input helpers (QtTest): loaded before the window, so not timed.
    from bench.qtloop import StallMonitor
    from poyo_desktop.boot import main as entry
    from poyo_desktop.boot.options import Options
    from poyo_desktop.runtime.gui_collector import GuiThreadCollector
    from poyo_desktop.services.paths import AppPaths
    from tests.acceptance import batch_abilities  # noqa: F401 (the batch flow's, loaded now)
    from tests.acceptance.person import Person

    home = Path(spec["home"])
    photo = write_photo(home / "sunset.png")  # the person's photo, there before the app
    pictures = [  # a batch's pictures, each its own (sizes differ), there before the app
        write_photo(home / "batch" / f"photo-{n:03d}.png", 960 + n, 600)
        for n in range(int(spec["count"]) if spec["flow"] == "batch" else 0)
    ]
    data_dir = home / "poyo-data"
    paths = AppPaths.default(data_dir)
    app = entry._make_app()
    collector = GuiThreadCollector(parent=app)
    window = entry.show_window(paths)
    person = Person(home / "screenshots")
    controls = Controls.of(person)  # before the clock starts: finding is the bench's work
    monitor = StallMonitor(5)
    monitor.start()  # just after the first paint
    began = _ORIGIN[0] = time.perf_counter()
    entry._finish_setup(app, paths, verbose=False)
    options = Options(data_dir=data_dir)
    if spec.get("task_seconds"):
        options.demo_task_seconds = float(spec["task_seconds"])
    if spec.get("server"):
        options.base_url = spec["server"]
        options.force_demo = True
    timeline = Timeline()
    result: dict[str, Any] = {}

    async def session() -> None:
        running = asyncio.ensure_future(entry.run_app(window, options, collector))
        try:
            await person.waits_for(lambda: window.is_attached() or running.done(), 60, "start")
            if running.done():
                running.result()
            mark("attached")
            result["attached_tick"] = len(monitor.lateness_ms)
            jobs = window.services.jobs
            jobs.job_added.connect(timeline.on_job)
            jobs.job_changed.connect(timeline.on_job)
            if spec["flow"] == "idle":
                await asyncio.sleep(float(spec["seconds"]))
            elif spec["flow"] == "batch":
                result["steps"] = await _batch(person, controls, timeline, pictures)
            else:
                await _fill_form(person, controls, photo)
                if spec["flow"] == "first_video":
                    await _first_video(person, controls, window, timeline)
                else:
                    await _in_a_row(person, controls, timeline, int(spec["count"]))
            monitor.stop()
            result["seconds"] = time.perf_counter() - began
            window.close()
            await asyncio.wait_for(running, 60)
        finally:
            monitor.stop()
            if not running.done():
                window.close()

    if os.environ.get("POYO_BENCH_VERBOSE"):  # investigation: say which stalls were GC
        import gc

        gc_started: list[float] = []

        def gc_timer(phase: str, info: dict[str, int]) -> None:
            if phase == "start":
                gc_started[:] = [time.perf_counter()]
            elif gc_started and (took := time.perf_counter() - gc_started[0]) > 0.003:
                mark(f"gc of generation {info['generation']} took {took * 1000:.1f} ms")

        gc.callbacks.append(gc_timer)
    if os.environ.get("POYO_BENCH_STACKS"):  # and what each thread did (can crash the app)
        from bench.stall_stacks import watch_stalls

        watch_stalls(monitor)
    import qasync

    qasync.run(session())
    ticks = monitor.lateness_ms
    worst = max(range(len(ticks)), key=ticks.__getitem__, default=0)
    result.update(
        ticks=ticks,
        worst_at=sum(ticks[: worst + 1]) / 1000 + (worst + 1) * monitor.interval_ms / 1000,
        states=timeline.states,
        first_frame=timeline.first_frame,
        server=_server_kind(spec),
    )
    print(RESULT + json.dumps(result), flush=True)
    return 0


def _server_kind(spec: dict[str, Any]) -> str:
    return "a sandbox in its own process" if spec.get("server") else "demo mode"


@dataclass
class Controls:
    """The form's controls the person uses, found once before the stall monitor starts:
    ``Person.find`` reads every widget's text on the GUI thread (3-6 ms), a cost of the
    benchmark's own eyes that a person's do not have, and waiting for a button polls it
    every 20 ms."""

    start_slot: Any
    prompt: Any
    generate: Any

    @classmethod
    def of(cls, person: Any) -> Controls:
        return cls(person.find(START_ZONE), person.find("Prompt"), person.find("Generate video"))


async def _types(person: Any, field: Any, text: str) -> None:
    """Click ``field`` and type ``text`` at a fast typist's pace, not every key in one go."""
    from PySide6.QtTest import QTest

    await person.click(field)
    for key in text:
        QTest.keyClicks(field, key)
        await asyncio.sleep(0.02)


async def _fill_form(person: Any, controls: Controls, photo: Path) -> None:
    """A photo dropped on the start slot, the prompt typed, as a person does."""

    dropped = await person.drops(photo, on=controls.start_slot, hold=DRAG_SECONDS)
    assert dropped, "the slot refused the photo"
    mark("dropped the photo")
    await _types(person, controls.prompt, PROMPT)
    await person.waits_for(controls.generate.isEnabled, 30, "Generate usable")
    mark("typed the prompt")


async def _first_video(person: Any, controls: Controls, window: Any, timeline: Timeline) -> None:
    """Generate, then wait for the finished video's first decoded frame in the preview."""
    if os.environ.get("POYO_BENCH_PROFILE_PRESS"):  # investigation: what the press runs
        import cProfile

        with cProfile.Profile() as profile:
            await person.click(controls.generate)
        profile.dump_stats(os.environ["POYO_BENCH_PROFILE_PRESS"])
    else:
        await person.click(controls.generate)
    mark("pressed Generate")
    hooked: list[Any] = []

    def hook_sink() -> bool:
        # Measurement only: the sink exists once the preview made its player (on the
        # finished job, in the same step as the state change reaches the window).
        if not hooked and window.preview.has_media_player():
            sink = window.preview.video_sink()
            sink.videoFrameChanged.connect(timeline.on_frame)
            hooked.append(sink)
        return timeline.first_frame is not None

    await person.waits_for(lambda: timeline.count("finished") >= 1, 180, "the video to finish")
    await person.waits_for(hook_sink, 30, "the first frame of the video")


async def _in_a_row(person: Any, controls: Controls, timeline: Timeline, count: int) -> None:
    """Generate ``count`` times, each as soon as the form takes the press; then wait for all."""
    profile = None
    if os.environ.get("POYO_BENCH_PROFILE_PRESS"):  # investigation: what the presses run
        import cProfile

        profile = cProfile.Profile()
        profile.enable()
    for _ in range(count):
        await person.click(controls.generate, patience=30)  # waits while it is busy
        pressed = len(timeline.states)
        await person.waits_for(
            lambda pressed=pressed: (
                len(timeline.states) >= pressed + 1 or controls.generate.isEnabled()
            ),
            30,
            "the press to be taken",
        )
    if profile is not None:
        profile.disable()
        profile.dump_stats(os.environ["POYO_BENCH_PROFILE_PRESS"])
    await person.waits_for(
        lambda: timeline.count("finished") + timeline.count("failed") >= count,
        900,
        f"{count} videos to finish",
    )
    if timeline.count("failed"):
        raise RuntimeError(f"{timeline.count('failed')} of {count} generations failed")


async def _batch(
    person: Any, controls: Controls, timeline: Timeline, pictures: list[Path]
) -> dict[str, float]:
    """The prompt typed, the pictures dropped on the start slot as one batch, reviewed and
    confirmed; until every video is recorded, and 5 s of sending after. The seconds each
    step took."""
    from tests.acceptance.batch_abilities import confirms  # loaded before the clock
    from tests.acceptance.reading import clean

    await _types(person, controls.prompt, PROMPT)
    steps, began = {}, time.perf_counter()
    dropped = await person.drops(pictures, on=controls.start_slot, hold=DRAG_SECONDS)
    assert dropped, "the start slot refused the batch"
    mark("dropped the batch")
    count = len(pictures)
    review = f"Review {count} video{'s' if count != 1 else ''}…"  # every picture checked
    button = controls.generate
    await person.waits_for(
        lambda: button.isEnabled() and clean(button.text()) == review, 300, f"“{review}”"
    )
    await person.click(button)
    await person.sees(f"Make {count} video{'s' if count != 1 else ''}?")
    steps["checked"] = time.perf_counter() - began
    mark("review open")
    await asyncio.sleep(0)  # reading the sheet and pressing confirm: two moments, not one step
    began = time.perf_counter()
    await confirms(person)
    # The sheet closes and a desktop's window manager makes the window under it the active
    # one: the person is watching it (offscreen there is none; see Person).
    await person.window_manager_activates()
    await person.waits_for(lambda: len(timeline.states) >= len(pictures), 120, "all recorded")
    steps["recorded"] = time.perf_counter() - began
    mark("all recorded")
    await asyncio.sleep(5.0)
    return steps


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
