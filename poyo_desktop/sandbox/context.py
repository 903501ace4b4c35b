"""What every handler of one sandbox shares: settings, state, faults, renderer, task runner."""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from starlette.requests import Request

from poyo_desktop.sandbox.config import SandboxConfig
from poyo_desktop.sandbox.faults import FaultBook
from poyo_desktop.sandbox.state import SandboxState
from poyo_desktop.sandbox.video import VideoRenderer

if TYPE_CHECKING:
    from poyo_desktop.sandbox.tasks import TaskRunner


@dataclass
class SandboxContext:
    config: SandboxConfig
    state: SandboxState
    faults: FaultBook
    renderer: VideoRenderer
    uploads_dir: Path
    base_url: str = ""
    runner: TaskRunner | None = None
    _stopping: asyncio.Event | None = field(default=None, repr=False)

    @property
    def storage_url(self) -> str:
        """Where result links point: this server, under the storage host name if set."""
        host = self.config.storage_host
        if not host or not self.base_url:
            return self.base_url
        parts = urlsplit(self.base_url)
        return urlunsplit(parts._replace(netloc=f"{host}:{parts.port}"))

    @property
    def stopping(self) -> asyncio.Event:
        """Set when the server shuts down; see :meth:`new_run`."""
        if self._stopping is None:
            self._stopping = asyncio.Event()
        return self._stopping

    def new_run(self) -> None:
        """Fresh loop-bound objects for a server (re)start inside its new event loop."""
        self._stopping = asyncio.Event()

    async def sleep(self, seconds: float) -> None:
        """Sleep, but wake at once when the sandbox stops (so stop() is never held up)."""
        if seconds <= 0:
            await asyncio.sleep(0)
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.stopping.wait(), seconds)


def context_of(request: Request) -> SandboxContext:
    ctx: SandboxContext = request.app.state.sandbox
    return ctx
