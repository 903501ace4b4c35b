"""Download throughput: one large MP4 from the sandbox through the app's download path,
against curl fetching the same URL onto the same disk.

The app's path is ``services.downloads.download_video`` under qasync, as the pipeline
calls it: streamed into a hidden temp file, size checked, MP4 structure checked, fsync'd,
renamed. curl writes with ``-o`` and does none of the checks (nor the fsync). Runs
alternate between the two; the sandbox serves from its own process on loopback.
"""

from __future__ import annotations

import subprocess
import tempfile
import time
from pathlib import Path

from bench.env import TEST_KEY, isolated_env
from bench.files import write_mp4
from bench.qtloop import run_qasync
from bench.results import Row
from bench.sandbox_proc import SandboxProcess
from bench.scale import MB, Scale
from bench.stats import median


async def app_download(base_url: str, url: str, folder: Path, size: int) -> float:
    """Seconds for one download through the app's path; the result is then removed."""
    from poyo_desktop.api import PoyoClient
    from poyo_desktop.services.downloads import download_video

    ticks: list[int] = []
    async with PoyoClient(TEST_KEY, base_url) as client:
        started = time.perf_counter()
        done = await download_video(
            client,
            url,
            folder,
            "bench.mp4",
            expected_size=size,
            on_progress=lambda got, total: ticks.append(got),
            temp_name="bench",
        )
        seconds = time.perf_counter() - started
    if done.size != size:
        raise RuntimeError(f"the app downloaded {done.size} of {size} bytes")
    done.path.unlink()
    return seconds


def curl_download(url: str, target: Path, size: int) -> float:
    started = time.perf_counter()
    subprocess.run(
        ["curl", "--silent", "--show-error", "--fail", "-o", str(target), url], check=True
    )
    seconds = time.perf_counter() - started
    if target.stat().st_size != size:
        raise RuntimeError(f"curl downloaded {target.stat().st_size} of {size} bytes")
    target.unlink()
    return seconds


def run(scale: Scale) -> list[Row]:
    size = scale.throughput_bytes
    with tempfile.TemporaryDirectory(prefix="poyo-bench-dl-") as tmp:
        root = Path(tmp)
        source = write_mp4(root / "result.mp4", size)
        out = root / "out"
        out.mkdir()
        with SandboxProcess(
            data_dir=root / "sandbox", env=isolated_env(root / "home"), api_key=TEST_KEY
        ) as box:
            url = box.add_file(source, "result.mp4")
            curl_download(url, out / "warm.mp4", size)  # warm the page cache and the server
            app_s: list[float] = []
            curl_s: list[float] = []

            async def rounds() -> None:
                for i in range(scale.throughput_runs):
                    order = ("app", "curl") if i % 2 == 0 else ("curl", "app")
                    for who in order:
                        if who == "app":
                            app_s.append(await app_download(box.base_url, url, out, size))
                        else:
                            curl_s.append(curl_download(url, out / "curl.mp4", size))

            run_qasync(rounds)
    app_rate = size / MB / median(app_s)
    curl_rate = size / MB / median(curl_s)
    return [
        Row(
            "Download throughput",
            f"{size / MB:.0f} MB MP4 from the sandbox on loopback, app's download path, "
            f"median of {len(app_s)}",
            app_rate,
            "MB/s",
            curl_rate,
            "curl -o, same URL and disk",
            "≥ 0.8× curl",
            app_rate >= 0.8 * curl_rate,
            [
                f"app {', '.join(f'{s:.2f}' for s in app_s)} s; curl "
                f"{', '.join(f'{s:.2f}' for s in curl_s)} s (alternating, after one warm-up curl). "
                "The app's time includes its size check, MP4 check, fsync and rename; curl's "
                "has no fsync."
            ],
        )
    ]
