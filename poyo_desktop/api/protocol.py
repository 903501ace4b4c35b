"""What the services ask of a PoYo client, so they can hold either kind without caring which.

Both :class:`~poyo_desktop.api.client.PoyoClient` and the stand-in for a server that is
still starting (:class:`~poyo_desktop.api.standin.StandInClient`) satisfy it. Nothing
here imports httpx: a module that only names the type stays light.
"""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from poyo_desktop.api.client import Download
    from poyo_desktop.api.fetch import Sink
    from poyo_desktop.api.models import Balance, SubmittedTask, TaskInfo, UploadedFile
    from poyo_desktop.api.request import GenerationRequest
    from poyo_desktop.api.retry import RetryPolicy


class PoyoApi(Protocol):
    """The calls a pipeline makes; the stand-in refuses each without sending anything."""

    base_url: str

    async def aclose(self) -> None: ...

    async def submit(
        self, request: GenerationRequest, *, idempotency_key: str
    ) -> SubmittedTask: ...

    async def status(self, task_id: str, *, retry: RetryPolicy | None = None) -> TaskInfo: ...

    async def balance(self, *, retry: RetryPolicy | None = None) -> Balance: ...

    async def upload_bytes(
        self, content: bytes, *, file_name: str, mime_type: str, upload_path: str | None = None
    ) -> UploadedFile: ...

    def open_download(self, url: str) -> AbstractAsyncContextManager[Download]: ...

    def fetch_to(self, url: str, sink: Sink) -> int: ...
