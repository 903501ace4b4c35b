"""The running app's door for the command line: requests that arrive over its socket are
performed by the :class:`Engine` on the app's own services, so a video the command line asks
for is in the window's list at once. Requests that arrive while the services are still being
built wait for them."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from poyo_desktop.boot.instance_protocol import Reply
from poyo_desktop.services.background import run_in_background

if TYPE_CHECKING:
    from poyo_desktop.cli.engine import Engine
    from poyo_desktop.services.app_services import AppServices


class CommandDoor:
    """The engine is made on the first request, not with the window: most people never use
    the command line, and its modules are memory the idle app would hold for nothing."""

    def __init__(self) -> None:
        self._services: asyncio.Future[AppServices] | None = None
        self._engine: Engine | None = None

    def _ready(self) -> asyncio.Future[AppServices]:
        if self._services is None:
            self._services = asyncio.get_running_loop().create_future()
        return self._services

    def open(self, services: AppServices) -> None:
        """The services exist: serve the requests that waited, and the ones to come."""
        ready = self._ready()
        if not ready.done():
            ready.set_result(services)

    def take(self, message: dict[str, Any], reply: Reply) -> None:
        run_in_background(
            self._serve(message, reply),
            name=f"command-line-{message.get('op')}",
            on_error=lambda text: reply.end(code=1),
            failure="A command line request failed",
        )

    async def _serve(self, message: dict[str, Any], reply: Reply) -> None:
        services = await self._ready()
        if self._engine is None:
            from poyo_desktop.cli.engine import Engine

            self._engine = Engine(services)
        await self._engine.handle(message, reply)
