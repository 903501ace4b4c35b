"""Assemble the sandbox's ASGI app: routes, error shapes, auth and the fault layer.

No Qt here (rendering happens in a subprocess), and nothing from the app's own api/services
layers: the sandbox is an independent implementation of the server side of the contract.
"""

from __future__ import annotations

import logging

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import Route

from poyo_desktop.sandbox.auth import AuthMiddleware
from poyo_desktop.sandbox.catalog import catalog_endpoint, catalog_list_endpoint
from poyo_desktop.sandbox.context import SandboxContext
from poyo_desktop.sandbox.files import download
from poyo_desktop.sandbox.generate import balance, status, submit
from poyo_desktop.sandbox.middleware import SandboxMiddleware
from poyo_desktop.sandbox.responses import detail_response, error_response
from poyo_desktop.sandbox.uploads import upload_base64, upload_stream, upload_url

logger = logging.getLogger(__name__)


async def _http_error(request: Request, exc: Exception) -> Response:
    """Unknown paths and wrong methods still answer in the API's JSON error shapes."""
    assert isinstance(exc, HTTPException)
    code = exc.status_code
    message = {404: "Not found", 405: "Method not allowed"}.get(code, str(exc.detail))
    if request.url.path.startswith("/api/common/upload/"):
        return detail_response(code, message, headers=exc.headers)
    return error_response(
        code, f"{message}: {request.method} {request.url.path}", headers=exc.headers
    )


async def _client_gone(request: Request, exc: Exception) -> Response:
    """A client that hung up mid-request (say, mid-upload) is the client's business: one
    line in the log, not an ASGI traceback. Nobody is there to read the answer."""
    logger.info(
        "client disconnected during %s %s; request dropped", request.method, request.url.path
    )
    return Response(status_code=499)


async def _crash(request: Request, exc: Exception) -> Response:
    return error_response(500, "Internal server error (sandbox bug, see its log)")


def build_app(ctx: SandboxContext) -> Starlette:
    routes = [
        Route("/api/generate/submit", submit, methods=["POST"]),
        Route("/api/generate/status/{task_id:path}", status, methods=["GET"]),
        Route("/api/user/balance", balance, methods=["GET"]),
        Route("/api/common/upload/stream", upload_stream, methods=["POST"]),
        Route("/api/common/upload/base64", upload_base64, methods=["POST"]),
        Route("/api/common/upload/url", upload_url, methods=["POST"]),
        Route("/files/{file_id}/{name:path}", download, methods=["GET", "HEAD"]),
        Route("/v1/catalog/models", catalog_list_endpoint, methods=["GET"]),
        Route("/v1/catalog/models/{model:path}", catalog_endpoint, methods=["GET"]),
    ]
    app = Starlette(
        routes=routes,
        middleware=[
            Middleware(SandboxMiddleware, ctx=ctx),
            Middleware(AuthMiddleware, api_key=ctx.config.api_key),
        ],
        exception_handlers={
            HTTPException: _http_error,
            ClientDisconnect: _client_gone,
            Exception: _crash,
        },
    )
    app.state.sandbox = ctx
    return app
