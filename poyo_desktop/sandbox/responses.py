"""The two error shapes of the PoYo API, in one place.

Generation and account calls answer ``{"code", "error": {"message", "type"}}``; the upload
service answers FastAPI-style ``{"detail": ...}``. Clients must handle both, so the sandbox
must produce both exactly.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from starlette.responses import JSONResponse, Response

_TYPES = {
    400: "invalid_request_error",
    404: "invalid_request_error",
    405: "invalid_request_error",
    413: "invalid_request_error",
    422: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    402: "insufficient_credits_error",
    408: "timeout_error",
    429: "rate_limit_error",
}


def error_type(status: int) -> str:
    """The ``error.type`` PoYo would give for ``status``; clients should key on ``code``."""
    if status >= 500:
        return "server_error"
    return _TYPES.get(status, "invalid_request_error")


def error_body(status: int, message: str) -> dict[str, Any]:
    return {"code": status, "error": {"message": message, "type": error_type(status)}}


def error_response(
    status: int,
    message: str,
    *,
    http_status: int | None = None,
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    """An API error. ``http_status`` differs from ``status`` only for "error inside HTTP 200"."""
    return JSONResponse(
        error_body(status, message),
        status_code=status if http_status is None else http_status,
        headers=dict(headers or {}),
    )


def detail_response(
    status: int, detail: str | list[dict[str, Any]], *, headers: Mapping[str, str] | None = None
) -> JSONResponse:
    """An upload-service error: a message, or a list of validation problems."""
    return JSONResponse({"detail": detail}, status_code=status, headers=dict(headers or {}))


def missing_field(*loc: str) -> JSONResponse:
    """422 for a required field that was not sent, in the upload service's validation form."""
    return detail_response(422, [{"loc": list(loc), "msg": "Field required", "type": "missing"}])


def invalid_field(loc: list[str | int], msg: str, kind: str) -> JSONResponse:
    return detail_response(422, [{"loc": loc, "msg": msg, "type": kind}])


HTML_ERROR_PAGE = """<html>
<head><title>{status} {reason}</title></head>
<body>
<center><h1>{status} {reason}</h1></center>
<hr><center>nginx</center>
</body>
</html>
"""


def storage_error_response(status: int) -> Response:
    """How an object store (S3, R2, GCS in S3 mode) refuses an expired or removed link."""
    code = "AccessDenied" if status in (401, 403) else "NoSuchKey"
    message = (
        "Request has expired"
        if code == "AccessDenied"
        else "The specified key does not exist (the link has expired)"
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<Error><Code>{code}</Code><Message>{message}</Message></Error>"
    )
    return Response(body, status_code=status, media_type="application/xml")
