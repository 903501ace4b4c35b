"""The outermost layer: count and record every request, then act out any pending fault.

Pure ASGI rather than Starlette's ``BaseHTTPMiddleware``, because some faults must misbehave
at the wire level: send the headers and part of the body, then return without finishing,
so uvicorn closes the connection and the client sees a broken read, not a clean answer.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from poyo_desktop.sandbox.context import SandboxContext
from poyo_desktop.sandbox.faults import Fault, FaultKind, reason_phrase, route_of
from poyo_desktop.sandbox.records import RecordedRequest
from poyo_desktop.sandbox.responses import (
    HTML_ERROR_PAGE,
    detail_response,
    error_response,
    storage_error_response,
)

logger = logging.getLogger(__name__)

# What a "dropped before the work" answer starts to say before the line goes dead.
_PLACEHOLDER = json.dumps(
    {"code": 200, "data": {"note": "this answer was cut off by an injected sandbox fault"}}
).encode()
_MALFORMED = b'{"code": 200, "data": {"task_id": "task-unified-1731407400-abc'


class _Cut(Exception):
    """Raised from our own ``send`` wrapper to stop an app mid-body."""


def _retry_after(seconds: float) -> str:
    return str(int(seconds)) if float(seconds).is_integer() else f"{seconds:g}"


def fault_response(fault: Fault, route: str) -> Response:
    """The answer that replaces the real one for the replacing kinds of fault."""
    kind = fault.kind
    if kind is FaultKind.HTML_ERROR:
        page = HTML_ERROR_PAGE.format(status=fault.status, reason=reason_phrase(fault.status))
        return Response(page, status_code=fault.status, media_type="text/html")
    if kind is FaultKind.EXPIRED_LINK:
        return storage_error_response(fault.status)
    if kind is FaultKind.MALFORMED_JSON:
        return Response(_MALFORMED, status_code=200, media_type="application/json")
    if kind is FaultKind.RESPOND:
        return Response(
            fault.body,
            status_code=fault.status,
            media_type=fault.content_type,
            headers=dict(fault.headers),
        )
    if kind is FaultKind.BODY_ERROR:
        return error_response(fault.status, fault.message, http_status=200)
    headers: dict[str, str] = {}
    if kind is FaultKind.RATE_LIMIT and fault.retry_after is not None:
        headers["Retry-After"] = _retry_after(fault.retry_after)
    if route == "upload":
        return detail_response(fault.status, fault.message, headers=headers)
    return error_response(fault.status, fault.message, headers=headers)


async def _discard(message: Message) -> None:
    return None


async def _drain(receive: Receive) -> None:
    while True:
        message = await receive()
        if message["type"] != "http.request" or not message.get("more_body", False):
            return


class SandboxMiddleware:
    """Counts, records, and spoils requests as the fault book says."""

    def __init__(self, app: ASGIApp, ctx: SandboxContext) -> None:
        self.app = app
        self.ctx = ctx

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        route = route_of(scope["path"])
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        self.ctx.state.record_request(
            RecordedRequest(
                route=route,
                method=scope["method"],
                path=scope["path"],
                query=scope.get("query_string", b"").decode("latin-1"),
                headers=headers,
            )
        )
        fault = self.ctx.faults.take(route)
        if fault is None:
            await self.app(scope, receive, send)
            return
        logger.info("injecting fault: %s (%s %s)", fault.describe(), scope["method"], scope["path"])
        try:
            await self._act(fault, route, scope, receive, send)
        except* _Cut:
            pass  # returning unfinished makes uvicorn close the connection mid-body

    async def _act(
        self, fault: Fault, route: str, scope: Scope, receive: Receive, send: Send
    ) -> None:
        kind = fault.kind
        if kind is FaultKind.SLOW:
            if fault.after_commit and route != "download":
                messages = await self._collect(scope, receive)
                await self.ctx.sleep(fault.delay)
                for message in messages:
                    await send(message)
            else:
                await self.ctx.sleep(fault.delay)
                await self.app(scope, receive, send)
            return
        if kind is FaultKind.THROTTLE:
            await self.app(scope, receive, self._throttled(send, fault.bytes_per_second))
            return
        if fault.after_commit or (kind is FaultKind.DROP and route == "download"):
            if kind is FaultKind.DROP:
                await self.app(scope, receive, _cutting(send, fault.keep))
                return
            await self.app(scope, receive, _discard)  # do the work, lose its answer
        else:
            # Read the request first: closing on unread data would make the kernel send a
            # reset, and the client might then never see the (partial) answer at all.
            await _drain(receive)
        if kind is FaultKind.DROP:
            placeholder = Response(_PLACEHOLDER, media_type="application/json")
            await placeholder(scope, receive, _cutting(send, fault.keep))
            return
        await fault_response(fault, route)(scope, receive, send)

    async def _collect(self, scope: Scope, receive: Receive) -> list[Message]:
        messages: list[Message] = []

        async def keep(message: Message) -> None:
            messages.append(message)

        await self.app(scope, receive, keep)
        return messages

    def _throttled(self, send: Send, rate: float) -> Send:
        ctx = self.ctx

        async def slow_send(message: Message) -> None:
            if message["type"] != "http.response.body":
                await send(message)
                return
            body: bytes = message.get("body", b"")
            step = max(1, int(rate / 10))  # about ten writes a second
            for offset in range(0, len(body), step):
                if ctx.stopping.is_set():
                    raise _Cut
                piece = body[offset : offset + step]
                last = offset + step >= len(body)
                await send(
                    {
                        "type": "http.response.body",
                        "body": piece,
                        "more_body": message.get("more_body", False) if last else True,
                    }
                )
                await ctx.sleep(len(piece) / rate)
            if not body:
                await send(message)

        return slow_send


def _cutting(send: Send, keep: float) -> Send:
    """A ``send`` that passes the headers and ``keep`` of the announced body, then cuts."""
    state: dict[str, Any] = {"limit": None, "sent": 0}

    async def cut_send(message: Message) -> None:
        if message["type"] == "http.response.start":
            length = next(
                (int(v) for k, v in message.get("headers", []) if k.lower() == b"content-length"),
                None,
            )
            if length:
                state["limit"] = min(int(length * keep), length - 1)
            await send(message)
            return
        if message["type"] != "http.response.body":
            await send(message)
            return
        body: bytes = message.get("body", b"")
        limit = state["limit"]
        if limit is None:  # no length announced: send half of the first piece
            limit = state["limit"] = int(len(body) * keep)
        room = limit - state["sent"]
        if len(body) >= room or not message.get("more_body", False):
            if room > 0:
                await send({"type": "http.response.body", "body": body[:room], "more_body": True})
            raise _Cut
        state["sent"] += len(body)
        await send(message)

    return cut_send
