"""``Authorization: Bearer <key>`` on every ``/api/`` call.

With a configured key only that key passes; without one any non-empty key does (demo mode
has no real key). The key is compared in constant time and never logged.
"""

from __future__ import annotations

import hmac

from starlette.types import ASGIApp, Receive, Scope, Send

from poyo_desktop.sandbox.responses import detail_response, error_response


def bearer_key(authorization: str | None) -> str | None:
    """The key of a ``Bearer`` header (scheme case-insensitive), or None."""
    if not authorization:
        return None
    scheme, _, key = authorization.strip().partition(" ")
    if scheme.lower() != "bearer" or not key.strip():
        return None
    return key.strip()


def key_accepted(key: str | None, expected: str | None) -> bool:
    if key is None:
        return False
    if expected is None:
        return True
    return hmac.compare_digest(key.encode(), expected.encode())


class AuthMiddleware:
    """Refuses ``/api/`` requests without an acceptable key, in the route's error dialect."""

    def __init__(self, app: ASGIApp, api_key: str | None) -> None:
        self.app = app
        self.api_key = api_key

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/api/"):
            await self.app(scope, receive, send)
            return
        header = None
        for name, value in scope["headers"]:
            if name.lower() == b"authorization":
                header = value.decode("latin-1")
                break
        key = bearer_key(header)
        if key_accepted(key, self.api_key):
            await self.app(scope, receive, send)
            return
        message = "Missing API key" if key is None else "Invalid API key"
        challenge = {"WWW-Authenticate": "Bearer"}
        if scope["path"].startswith("/api/common/upload/"):
            response = detail_response(401, message, headers=challenge)
        else:
            response = error_response(401, message, headers=challenge)
        await response(scope, receive, send)
