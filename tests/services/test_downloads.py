"""The download path itself: bytes fetched in a worker thread, synced while they come,
progress on the event loop, and a cancel that stops the thread and leaves nothing behind."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from bench.files import write_mp4
from poyo_desktop.api import PoyoClient
from poyo_desktop.sandbox import Fault
from poyo_desktop.services import downloads
from poyo_desktop.services.downloads import DownloadError, download_video
from poyo_desktop.services.mp4check import check_mp4
from tests.conftest import TEST_KEY


def download_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("poyo-download")]


def test_video_is_synced_while_it_comes_and_progress_arrives_on_the_loop(
    poyo, tmp_path, monkeypatch
):
    monkeypatch.setattr(downloads, "SYNC_EVERY", 256 << 10)  # many background syncs
    monkeypatch.setattr(downloads, "PROGRESS_EVERY", 0.0)
    size = 3_000_000
    url = poyo.add_file(write_mp4(tmp_path / "result.mp4", size))
    reports: list[tuple[int, int | None, int]] = []

    async def main() -> tuple[downloads.Downloaded, int]:
        async with PoyoClient(TEST_KEY, poyo.base_url) as client:
            done = await download_video(
                client,
                url,
                tmp_path / "Videos",
                "video.mp4",
                expected_size=size,
                on_progress=lambda got, total: reports.append((got, total, threading.get_ident())),
            )
        return done, threading.get_ident()

    done, loop_thread = asyncio.run(main())
    assert done.size == size and done.path == tmp_path / "Videos" / "video.mp4"
    check_mp4(done.path)
    assert done.path.read_bytes() == (tmp_path / "result.mp4").read_bytes()
    assert sorted(p.name for p in done.path.parent.iterdir()) == ["video.mp4"]  # no .part
    assert {thread for _, _, thread in reports} == {loop_thread}
    assert reports[-1][:2] == (size, size)
    assert [got for got, _, _ in reports] == sorted(got for got, _, _ in reports)


def test_cancelled_download_stops_its_thread_and_leaves_nothing(poyo, tmp_path):
    size = 2_000_000
    url = poyo.add_file(write_mp4(tmp_path / "result.mp4", size))
    poyo.inject(Fault.throttle(200_000, route="download"))  # ~10 s: cancelled long before
    folder = tmp_path / "Videos"
    temp = folder / ".poyo-job.part"
    received: list[int] = []

    async def main() -> None:
        async with PoyoClient(TEST_KEY, poyo.base_url) as client:
            task = asyncio.create_task(
                download_video(
                    client,
                    url,
                    folder,
                    "video.mp4",
                    temp_name="poyo-job",
                    on_progress=lambda got, total: received.append(got),
                )
            )
            deadline = time.monotonic() + 10
            while not (temp.exists() and received and received[-1] > 0):
                assert time.monotonic() < deadline, "the download never started"
                await asyncio.sleep(0.01)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task

    before = set(download_threads())
    asyncio.run(main())
    deadline = time.monotonic() + 5  # the thread notices at its next chunk
    while set(download_threads()) - before or temp.exists():
        assert time.monotonic() < deadline, (download_threads(), list(folder.iterdir()))
        time.sleep(0.01)
    assert list(folder.iterdir()) == []


def test_server_error_on_download_is_a_typed_error_and_leaves_nothing(poyo, tmp_path):
    url = poyo.add_file(write_mp4(tmp_path / "result.mp4", 500_000))
    poyo.inject(Fault.http_error(503, route="download"))
    folder = tmp_path / "Videos"

    async def main() -> None:
        async with PoyoClient(TEST_KEY, poyo.base_url) as client:
            await download_video(client, url, folder, "video.mp4", temp_name="poyo-job")

    from poyo_desktop.api.errors import PoyoError

    with pytest.raises(PoyoError) as caught:
        asyncio.run(main())
    assert not isinstance(caught.value, DownloadError)
    assert "503" in caught.value.detail or caught.value.kind == "server"
    assert list(folder.iterdir()) == []


def test_truncated_download_is_incomplete_not_a_video(poyo, tmp_path):
    size = 1_000_000
    url = poyo.add_file(write_mp4(tmp_path / "result.mp4", size))
    poyo.inject(Fault.drop(route="download", keep=0.3))
    folder = tmp_path / "Videos"

    async def main() -> None:
        async with PoyoClient(TEST_KEY, poyo.base_url) as client:
            await download_video(client, url, folder, "video.mp4", expected_size=size)

    from poyo_desktop.api.errors import NetworkError

    with pytest.raises((DownloadError, NetworkError)) as caught:
        asyncio.run(main())
    assert "again" in str(caught.value)
    assert list(folder.iterdir()) == []


def test_at_most_two_transfers_run_at_once_and_the_others_wait_their_turn(
    poyo, tmp_path, monkeypatch
):
    size = 300_000
    url = poyo.add_file(write_mp4(tmp_path / "result.mp4", size))
    poyo.inject(Fault.throttle(1_000_000, route="download", times=None))  # ~0.3 s each
    # Transfers are counted inside the worker, not as live threads: a finished worker
    # thread may still be alive for a moment after it handed its result back.
    running, most, lock = 0, 0, threading.Lock()
    real_fetch = downloads._fetch

    def counted_fetch(*args, **kwargs):
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
        try:
            return real_fetch(*args, **kwargs)
        finally:
            with lock:
                running -= 1

    monkeypatch.setattr(downloads, "_fetch", counted_fetch)

    async def main() -> list[downloads.Downloaded]:
        async with PoyoClient(TEST_KEY, poyo.base_url) as client:
            return await asyncio.gather(
                *(
                    download_video(
                        client,
                        url,
                        tmp_path / "Videos",
                        "video.mp4",
                        expected_size=size,
                        temp_name=f"job-{i}",
                    )
                    for i in range(4)
                )
            )

    done = asyncio.run(main())
    assert sorted(d.path.name for d in done) == [
        "video (2).mp4",
        "video (3).mp4",
        "video (4).mp4",
        "video.mp4",
    ]
    assert most == downloads.TRANSFERS_AT_ONCE == 2


def test_two_videos_finishing_at_once_never_take_the_same_name(tmp_path, monkeypatch):
    """Seen once in the suite: two downloads finishing together were both renamed to
    video.mp4, the second over the first. The check for a free name and the rename are one
    step for every download of the process."""
    folder = tmp_path / "Videos"
    folder.mkdir()
    temps = [folder / f".job-{i}.part" for i in range(2)]
    for i, temp in enumerate(temps):
        temp.write_bytes(b"video %d" % i)
    lexists = downloads.os.path.lexists

    def slow_lexists(path: object) -> bool:  # widen the gap between check and rename
        found = lexists(path)
        time.sleep(0.05)
        return found

    monkeypatch.setattr(downloads.os.path, "lexists", slow_lexists)
    start = threading.Barrier(2)
    moved: dict[int, bool] = {}

    def move(i: int) -> None:
        start.wait()
        moved[i] = downloads.move_into_place(temps[i], folder / "video.mp4")

    threads = [threading.Thread(target=move, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(moved.values()) == [False, True]
    kept = next(i for i, done in moved.items() if not done)
    assert temps[kept].read_bytes() == b"video %d" % kept  # not moved, not lost
    assert (folder / "video.mp4").read_bytes() == b"video %d" % (1 - kept)
