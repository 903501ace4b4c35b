"""One app, one history: a second start (or "Open with PoYo Desktop" on a picture) hands its
file to the running window and leaves; apps on different data folders run side by side."""

from __future__ import annotations

import asyncio

from tests.acceptance.process_abilities import AppProcess
from tests.images import write_png


def test_opening_a_picture_while_the_app_runs_makes_it_the_start_image_there(
    desktop, person, play, tmp_path
):
    photo = write_png(tmp_path / "harbour.png", 640, 400)

    async def scenario() -> None:
        await desktop.start()
        await person.sees("Drop a photo here, or Browse… / Paste")
        assert not person.can_see("harbour.png")
        second = AppProcess(desktop.data_dir, photo)  # "Open with PoYo Desktop"
        try:
            assert await second.exits(within=20) == 0, second.output()
        finally:
            second.stop()
        assert second.took < 10, f"the second start took {second.took:.1f} s to hand over"
        # The running window has it, as if the person had dropped it on Start image.
        await person.sees("harbour.png", timeout=10)
        await person.sees("640 × 400 px", timeout=10)
        assert person.find("Remove start image").isVisible()
        person.screenshot("one-app-handed-over")
        # One process on this history: the second start left no window and no log of its own
        # start behind it in the shared log.
        log = desktop.data_dir / "logs" / "poyo-desktop.log"
        assert not log.exists() or log.read_text().count("starting (log:") <= 1
        await desktop.quit()

    play(scenario)


def test_apps_on_different_data_folders_both_run(desktop, play, tmp_path):
    async def scenario() -> None:
        first = AppProcess(tmp_path / "first", "--demo")
        second = AppProcess(tmp_path / "second", "--demo")
        try:
            await first.says("Ready")
            await second.says("Ready")
            assert first.running() and second.running()
            for app in (first, second):
                app.is_sent("SIGTERM")
                assert await app.exits(within=20) == 0, app.output()
        finally:
            first.stop()
            second.stop()

    play(scenario)


def test_two_starts_at_the_same_moment_make_one_app(desktop, play, tmp_path):
    """Double-clicking the launcher twice, or opening two pictures at once: one app runs,
    the other start hands its picture over and leaves."""
    folder = tmp_path / "poyo-data"
    photos = [write_png(tmp_path / f"photo{n}.png", 320, 200) for n in (1, 2)]

    async def scenario() -> None:
        starts = [AppProcess(folder, "--demo", photo) for photo in photos]
        try:
            while all(start.running() for start in starts):
                await asyncio.sleep(0.05)
                assert max(start.took for start in starts) < 30, "neither start gave way"
            left = next(start for start in starts if not start.running())
            stays = next(start for start in starts if start.running())
            assert await left.exits(within=5) == 0, left.output()
            await stays.says("A later start handed over 1 file(s)")
            await stays.says("Ready")
            assert stays.running()
            assert stays.log().count("starting (log:") == 1
            stays.is_sent("SIGTERM")
            assert await stays.exits(within=20) == 0, stays.output()
        finally:
            for start in starts:
                start.stop()

    play(scenario)


def test_the_self_test_runs_beside_a_running_app(desktop, play):
    """``--self-test`` (a check that the install works) is never handed to the running app."""

    async def scenario() -> None:
        await desktop.start()
        check = AppProcess(desktop.data_dir, "--self-test")
        try:
            assert await check.exits(within=90) == 0, check.output()
            assert "self-test: OK" in check.output()
        finally:
            check.stop()
        await desktop.quit()

    play(scenario)
