"""Result-file transfers, blocking, for a worker thread, on the standard library's HTTP.

Why not httpx, as for every API call: its blocking client feeds each body byte through
h11, which copies every block twice in Python. On loopback that held a 200 MB download to
0.6-0.7x curl. ``http.client``'s ``read1`` hands over what one socket read brought, with
no copy beyond the kernel's: ~1.5x curl (``bench/throughput.py``). Proxies come from the
environment, as httpx takes them; certificates are checked with the client's shared
context; redirects are followed, and the key goes only where :class:`KeyScope` allows
(the API's exact origin, over TLS or loopback): a redirect that leaves it drops the key.
"""

from __future__ import annotations

import http.client
import logging
import socket
import ssl
import urllib.request
from collections.abc import Callable, Mapping
from typing import Protocol
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit

from poyo_desktop.api.errors import (
    NetworkError,
    PoyoError,
    download_broke_off,
    download_stalled,
)
from poyo_desktop.api.http_errors import download_error_for
from poyo_desktop.api.origin import KeyScope
from poyo_desktop.api.parse import announced_size

log = logging.getLogger(__name__)

READ_BYTES = 1 << 20  # at most this much per socket read: fewer trips through Python
REFUSAL_BYTES = 64 << 10  # of an error page: enough to say what it was
_SCHEMES = ("http", "https")


class Sink(Protocol):
    """Where :meth:`ResultFetcher.fetch_to` puts a result file's bytes (in its thread)."""

    def begin(self, total: int | None) -> None:
        """The server's announced size (None when it announced none), before any byte."""

    def write(self, data: bytes) -> None:
        """The next bytes; raising stops the download (and the exception propagates)."""


def _transport_error(exc: BaseException) -> NetworkError:
    """Plain words for a transfer that failed on the way (not refused by the server)."""
    reason = exc.reason if isinstance(exc, URLError) else exc
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return download_stalled(type(reason).__name__)
    return download_broke_off(f"{type(reason).__name__}: {reason}")


class _KeyStaysHome(urllib.request.HTTPRedirectHandler):
    """Follows a redirect as httpx does, but the key goes only to the API's exact origin: a
    storage host, another port or a plain-http link a result link redirects to gets none,
    and a key dropped once is not sent again further down the chain."""

    def __init__(self, keeps_key: Callable[[str], bool]) -> None:
        self._keeps_key = keeps_key

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: object,
        code: int,
        msg: str,
        headers: object,
        newurl: str,
    ) -> urllib.request.Request | None:
        if urlsplit(newurl).scheme not in _SCHEMES:
            raise URLError(f"redirected to a {urlsplit(newurl).scheme or 'relative'} link")
        new = super().redirect_request(req, fp, code, msg, headers, newurl)  # type: ignore[arg-type]
        if new is not None and not self._keeps_key(newurl):
            new.remove_header("Authorization")
        return new


class ResultFetcher:
    """Fetches result files for one client; thread-safe (no state beyond its settings)."""

    def __init__(
        self,
        *,
        scope: KeyScope,
        auth: Mapping[str, str],
        user_agent: str,
        timeout: float,
        tls: ssl.SSLContext,
    ) -> None:
        self._scope = scope
        self._auth = dict(auth)
        self._headers = {"User-Agent": user_agent, "Accept-Encoding": "identity"}
        self._timeout = timeout
        opener = urllib.request.OpenerDirector()
        for handler in (
            urllib.request.ProxyHandler(),  # HTTP(S)_PROXY / NO_PROXY
            urllib.request.UnknownHandler(),
            urllib.request.HTTPHandler(),
            urllib.request.HTTPSHandler(context=tls),
            urllib.request.HTTPDefaultErrorHandler(),
            _KeyStaysHome(scope.may_carry_key),
            urllib.request.HTTPErrorProcessor(),
        ):
            opener.add_handler(handler)
        self._opener = opener

    def fetch_to(self, url: str, sink: Sink) -> int:
        """Stream ``url`` into ``sink``; the number of bytes received. A transfer that
        fails raises :class:`NetworkError`, a refusal the error it means; whatever
        ``sink`` raises propagates as is."""
        if urlsplit(url).scheme not in _SCHEMES:
            raise download_broke_off(f"not a web link: {urlsplit(url).scheme or 'relative'}")
        headers = {**self._headers, **(self._auth if self._scope.may_carry_key(url) else {})}
        request = urllib.request.Request(url, headers=headers)
        try:
            response = self._opener.open(request, timeout=self._timeout)
        except HTTPError as refused:
            if 300 <= refused.code < 400:  # a redirect to nowhere, or off the web
                refused.close()
                raise download_broke_off(f"HTTP {refused.code}: {refused.reason}") from None
            raise self._refused(refused) from None
        except (URLError, OSError, http.client.HTTPException) as exc:
            raise _transport_error(exc) from None
        with response:
            total = announced_size(response.headers.get("Content-Length"))
            sink.begin(total)
            received = 0
            while chunk := self._read(response):
                received += len(chunk)
                sink.write(chunk)
        if total is not None and received < total:
            raise download_broke_off(f"the connection closed after {received} of {total} bytes")
        return received

    @staticmethod
    def _read(response: http.client.HTTPResponse) -> bytes:
        """What one socket read brought (up to ``READ_BYTES``); b"" at the end."""
        try:
            return response.read1(READ_BYTES)
        except (OSError, http.client.HTTPException) as exc:
            raise _transport_error(exc) from None

    def _refused(self, refused: HTTPError) -> PoyoError:
        """What a refused download means, by who refused it: the final host (after any
        redirect), which is either the API's own or a storage host."""
        with refused:
            try:
                content = refused.read(REFUSAL_BYTES)
            except (OSError, http.client.HTTPException):
                content = b""
        error = download_error_for(
            refused.code, content, api_host=self._scope.is_home(refused.geturl())
        )
        log.info("download refused: %s", error.detail)
        return error
