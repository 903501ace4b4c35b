"""Upload throughput: a 10 MB picture sent through the app's upload path, against curl
sending the same file to the same endpoint.

The app's path is what the send step does (``services/send_step.upload``): the prepared
picture's bytes are read on a worker thread, then ``PoyoClient.upload_bytes`` posts them as
``multipart/form-data`` to ``/api/common/upload/stream``, under qasync as in the app. curl
posts the same file with ``-F`` to the same URL with the same key and form fields. The
sandbox serves from its own process on loopback, and both wait for its answer (it parses the
form, checks the picture and writes it to disk), so the server's work is in both figures.
Runs alternate between the two, after one warm-up of each.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import tempfile
import time
from pathlib import Path

from bench.env import TEST_KEY, isolated_env
from bench.files import write_noise_png
from bench.qtloop import run_qasync
from bench.results import Row
from bench.sandbox_proc import SandboxProcess
from bench.scale import MB, Scale
from bench.stats import median

ROUTE = "/api/common/upload/stream"
NAME = "upload.png"  # a neutral name, as the app sends (never the person's own)


async def app_upload(base_url: str, picture: Path) -> float:
    """Seconds for one upload through the app's path, from reading the file to the answer."""
    from poyo_desktop.api import PoyoClient

    async with PoyoClient(TEST_KEY, base_url) as client:
        started = time.perf_counter()
        content = await asyncio.to_thread(picture.read_bytes)
        uploaded = await client.upload_bytes(content, file_name=NAME, mime_type="image/png")
        seconds = time.perf_counter() - started
    if not uploaded.file_url:
        raise RuntimeError(f"the app's upload got no link: {uploaded}")
    return seconds


def curl_upload(base_url: str, picture: Path) -> float:
    started = time.perf_counter()
    done = subprocess.run(
        [
            "curl",
            "--silent",
            "--show-error",
            "--fail",
            "-H",
            f"Authorization: Bearer {TEST_KEY}",
            "-H",
            "Expect:",  # no 100-continue round trip: curl at its quickest
            "-F",
            f"file=@{picture};type=image/png;filename={NAME}",
            "-F",
            f"file_name={NAME}",
            base_url + ROUTE,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    seconds = time.perf_counter() - started
    if not json.loads(done.stdout)["data"]["file_url"]:
        raise RuntimeError(f"curl's upload got no link: {done.stdout[:200]}")
    return seconds


def run(scale: Scale) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="poyo-bench-up-") as tmp:
        root = Path(tmp)
        picture = write_noise_png(root / "picture.png", scale.upload_bytes)
        size = picture.stat().st_size
        with SandboxProcess(
            data_dir=root / "sandbox", env=isolated_env(root / "home"), api_key=TEST_KEY
        ) as box:
            app_s: list[float] = []
            curl_s: list[float] = []

            async def rounds() -> None:
                curl_upload(box.base_url, picture)  # warm the page cache and the server
                await app_upload(box.base_url, picture)  # and the app's imports
                for i in range(scale.upload_runs):
                    order = ("app", "curl") if i % 2 == 0 else ("curl", "app")
                    for who in order:
                        if who == "app":
                            app_s.append(await app_upload(box.base_url, picture))
                        else:
                            curl_s.append(curl_upload(box.base_url, picture))

            run_qasync(rounds)
    app_rate = size / MB / median(app_s)
    curl_rate = size / MB / median(curl_s)
    return [
        Row(
            "Upload throughput",
            f"{size / 1e6:.0f} MB picture to the sandbox on loopback, app's upload path, "
            f"median of {len(app_s)}",
            app_rate,
            "MB/s",
            curl_rate,
            "curl -F, same file and URL",
            "≥ 0.8× curl",
            app_rate >= 0.8 * curl_rate,
            [
                f"app {', '.join(f'{s * 1000:.0f}' for s in app_s)} ms; curl "
                f"{', '.join(f'{s * 1000:.0f}' for s in curl_s)} ms (alternating, after one "
                "warm-up of each). Both times include the server's answer (it parses the form, "
                "checks the picture, writes it to disk); the app's includes reading the file."
            ],
        )
    ]
