"""The client of a server that is not running yet: the demo server while it starts.

Jobs wait until the server runs (``JobService``'s ready gate) and are never sent through
it. It exists so that a first start in demo mode, which sends nothing until the first
Generate, does not load the HTTP stack for a client it never uses: httpx and what only it
imports (http.cookiejar, idna and more) were ~1.6 MB of the idle app's memory (keyring
brings urllib.request and http.client anyway) and ~25 ms of its start.
"""

from __future__ import annotations

from typing import NoReturn

from poyo_desktop.api.errors import NetworkError
from poyo_desktop.core.wording import translate


class StandInClient:
    """Stands for :class:`~poyo_desktop.api.client.PoyoClient` until its server runs: it
    has the address, and every request fails at once with :class:`NetworkError`, nothing
    having been sent."""

    def __init__(self, base_url: str = "http://127.0.0.1:9") -> None:
        self.base_url = base_url

    def __repr__(self) -> str:
        return f"StandInClient(base_url={self.base_url!r})"

    async def aclose(self) -> None:
        """Nothing to close: nothing was opened."""

    def _refuse(self, request: str) -> NoReturn:
        raise NetworkError(
            translate("ApiErrors", "The demo server is not running yet."),
            detail=f"{request}: nothing was sent (the server is starting)",
        )

    async def submit(self, *_args: object, **_kwargs: object) -> NoReturn:
        self._refuse("submit")

    async def status(self, *_args: object, **_kwargs: object) -> NoReturn:
        self._refuse("status")

    async def balance(self, *_args: object, **_kwargs: object) -> NoReturn:
        self._refuse("balance")

    async def upload_bytes(self, *_args: object, **_kwargs: object) -> NoReturn:
        self._refuse("upload")

    def open_download(self, *_args: object, **_kwargs: object) -> NoReturn:
        self._refuse("download")

    def fetch_to(self, *_args: object, **_kwargs: object) -> NoReturn:
        self._refuse("download")
