"""Where the app's first work goes, and how the demo server is started.

Its own module because this is the one choice made once at start (PoYo with the stored
key, a test's server, or the demo server, started now or on first need) and the slow
start of that server, apart from the context that switches backends afterwards
(``compose.AppContext``). Like ``compose``, it imports no server and no HTTP stack
(httpx, with ``PoyoClient``) until one is needed: a first start in demo mode sends nothing
until the first Generate.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import TYPE_CHECKING

from poyo_desktop.api.standin import StandInClient
from poyo_desktop.runtime.logging_setup import REDACTOR

if TYPE_CHECKING:
    from poyo_desktop.api.protocol import PoyoApi
    from poyo_desktop.boot.demo_server import DemoServerProcess as DemoServer
    from poyo_desktop.boot.options import Options
    from poyo_desktop.services.paths import AppPaths
    from poyo_desktop.services.settings import Settings

DEMO_KEY = "demo-key"


@dataclass
class FirstBackend:
    """Where the first work goes: PoYo with the stored key, a test's server, or demo."""

    client: PoyoApi
    backend: str  # "poyo" or "demo"
    demo: bool
    sandbox: DemoServer | None = None


async def first_backend(
    options: Options, settings: Settings, paths: AppPaths, stored: str | None, *, defer_demo: bool
) -> FirstBackend:
    if stored and not options.force_demo:
        from poyo_desktop.api import PoyoClient

        REDACTOR.secrets.add(stored)
        client = PoyoClient(stored, options.base_url or settings.values.base_url)
        return FirstBackend(client, "poyo", demo=False)
    if options.base_url and options.force_demo:
        from poyo_desktop.api import PoyoClient

        return FirstBackend(
            PoyoClient(options.api_key or DEMO_KEY, options.base_url), "demo", demo=True
        )
    if defer_demo:
        # Replaced once the demo server runs (on the first Generate, or for left-over
        # work): until then nothing is sent, and the HTTP stack is not even loaded.
        return FirstBackend(StandInClient(), "demo", demo=True)
    from poyo_desktop.api import PoyoClient

    sandbox, url = await asyncio.to_thread(start_sandbox, paths, options)
    return FirstBackend(PoyoClient(DEMO_KEY, url), "demo", demo=True, sandbox=sandbox)


def start_sandbox(ctx_paths: AppPaths, options: Options) -> tuple[DemoServer, str]:
    """Start the demo server (this thread waits until it listens); it and its address."""
    from poyo_desktop.boot.demo_server import DemoServerProcess

    server = DemoServerProcess.start(
        data_dir=ctx_paths.sandbox_dir,
        api_key=DEMO_KEY,
        task_seconds=options.demo_task_seconds,
        video_long_side=options.demo_video_long_side,
        log_file=ctx_paths.log_dir / "demo-server.log",
        meanwhile=warm_up,  # in this worker thread, while the server starts
    )
    return server, server.base_url


def warm_up() -> None:
    """The HTTP stack imported and made ready in the calling (worker) thread."""
    from poyo_desktop.api.client import warm_up

    warm_up()
