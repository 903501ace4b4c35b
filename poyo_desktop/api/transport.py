"""httpx's transport failures, in the words of the API's typed errors.

Kept apart from the client so that both of its ways of reaching a server (an API request,
a result download) say the same thing for the same failure, and the client stays about
what it asks for rather than how a broken connection is worded.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import httpx

from poyo_desktop.api.errors import NetworkError, download_broke_off, download_stalled
from poyo_desktop.core.wording import translate

# Errors raised before the request could have reached the server: nothing was sent.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


@contextmanager
def request_errors(what: str) -> Iterator[None]:
    """An API request's transport failures as :class:`NetworkError`, saying whether the
    request may have been sent (a submit must know)."""
    try:
        yield
    except _NOT_SENT as exc:
        raise NetworkError(
            detail=f"{what}: {type(exc).__name__}: {exc}", request_sent=False
        ) from None
    except httpx.TimeoutException as exc:
        raise NetworkError(
            translate("ApiErrors", "PoYo did not answer in time. The app will keep trying."),
            final=translate("ApiErrors", "PoYo did not answer in time."),
            detail=f"{what}: {type(exc).__name__}",
        ) from None
    except httpx.TransportError as exc:
        raise NetworkError(
            translate("ApiErrors", "The connection to PoYo broke off. The app will keep trying."),
            final=translate("ApiErrors", "The connection to PoYo broke off."),
            detail=f"{what}: {type(exc).__name__}: {exc}",
        ) from None


@contextmanager
def download_errors() -> Iterator[None]:
    """A result download's transport failures, in words (for both clients)."""
    try:
        yield
    except httpx.TimeoutException as exc:
        raise download_stalled(type(exc).__name__) from None
    except httpx.TransportError as exc:
        raise download_broke_off(f"{type(exc).__name__}: {exc}") from None
