"""Turn an HTTP answer into a typed error, reading PoYo's business ``code`` as well as the status.

A body whose ``code`` is 400 or more is an error even inside an HTTP 200; an HTML page
from a proxy still becomes a clear error.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from poyo_desktop.api.errors import (
    AuthenticationError,
    InsufficientCredits,
    InvalidRequest,
    LinkExpired,
    MalformedResponse,
    NotFound,
    PermissionDenied,
    PoyoError,
    RateLimited,
    ServerError,
)
from poyo_desktop.core.wording import translate

_TAGS = re.compile(r"<[^>]+>")
_SPACES = re.compile(r"\s+")


def decode_json(content: bytes) -> Any:
    """The parsed body, or ``_NOT_JSON`` when it is not JSON at all."""
    try:
        return json.loads(content)
    except (ValueError, UnicodeDecodeError):
        return _NOT_JSON


_NOT_JSON: Any = object()


def server_message(body: object) -> str | None:
    """The human text PoYo put in an error body, in any of its known shapes."""
    if not isinstance(body, Mapping):
        return None
    error = body.get("error")
    if isinstance(error, Mapping):
        message = error.get("message")
        if isinstance(message, str):
            return message
    if isinstance(error, str) and error:
        return error
    detail = body.get("detail")
    if isinstance(detail, str) and detail:
        return detail
    if isinstance(detail, list):
        parts = []
        for item in detail:
            if isinstance(item, Mapping) and isinstance(item.get("msg"), str):
                loc = item.get("loc")
                path = loc if isinstance(loc, list) else []
                where = ".".join(str(p) for p in path if p != "body")
                parts.append(f"{where}: {item['msg']}" if where else item["msg"])
        if parts:
            return "; ".join(parts)
    for key in ("message", "msg"):
        value = body.get(key)
        if isinstance(value, str) and value:
            return value
    return None


def parse_retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:  # "inf", "nan", "1e400": no usable wait, as if the header were absent
        return max(0.0, seconds) if math.isfinite(seconds) else None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _snippet(content: bytes, limit: int = 300) -> str:
    text = content[:4000].decode("utf-8", "replace")
    text = _SPACES.sub(" ", _TAGS.sub(" ", text)).strip()
    return text[:limit]


def error_for(
    http_status: int,
    content: bytes,
    *,
    retry_after_header: str | None = None,
    what: str = "request",
) -> PoyoError | None:
    """The error this answer means, or None when it is a success with a JSON body."""
    body = decode_json(content)
    is_json = body is not _NOT_JSON
    code = body.get("code") if is_json and isinstance(body, Mapping) else None
    if isinstance(code, bool) or not isinstance(code, int):
        code = None
    effective = code if code is not None and code >= 400 else http_status
    if effective < 400:
        if not is_json:
            return MalformedResponse(
                detail=f"{what}: HTTP {http_status} with a body that is not JSON: "
                f"{_snippet(content)!r}"
            )
        return None

    said = server_message(body) if is_json else None
    detail = f"{what}: HTTP {http_status}"
    if code is not None:
        detail += f", code {code}"
    detail += f": {said!r}" if said else f": {_snippet(content)!r}"
    kwargs: dict[str, Any] = {"detail": detail, "http_status": http_status, "code": code}

    if effective == 401:
        return AuthenticationError(**kwargs)
    if effective == 402:
        return InsufficientCredits(**kwargs)
    if effective == 403:
        return PermissionDenied(**kwargs)
    if effective == 404:
        return NotFound(**kwargs)
    if effective == 429:
        return RateLimited(retry_after=parse_retry_after(retry_after_header), **kwargs)
    if effective == 408:
        return ServerError(
            translate("ApiErrors", "PoYo took too long to answer. Please try again shortly."),
            **kwargs,
        )
    if effective >= 500:
        return _server_trouble(is_json, kwargs)
    if effective == 413:
        return InvalidRequest(translate("ApiErrors", "The file is too large for PoYo."), **kwargs)
    if not said:
        return InvalidRequest(**kwargs)
    words = translate("ApiErrors", "PoYo did not accept the request: {reason}")
    return InvalidRequest(words.format(reason=said), **kwargs)


def _server_trouble(is_json: bool, kwargs: dict[str, Any]) -> ServerError:
    """A 5xx; one that is not JSON is an error page (PoYo's or a proxy's), said so."""
    if is_json:
        return ServerError(**kwargs)
    words = translate(
        "ApiErrors",
        "PoYo (or a proxy in front of it) answered with an error page. Please try again shortly.",
    )
    return ServerError(words, **kwargs)


# What a refused result link means. The storage host a link points at gets no key, so its
# 401/403 cannot be about the account: the signed link expired. 404/410 mean the file is
# gone, on any host; it is the file, not the task, that PoYo does not know.
_LINK_GONE = frozenset({404, 410})
_LINK_REFUSED = frozenset({401, 403})


def download_error_for(http_status: int, content: bytes, *, api_host: bool) -> PoyoError:
    """The error a refused result download means; ``api_host``: the answer came from the
    API's own host (the key was sent), not a storage host."""
    if http_status in _LINK_GONE or (http_status in _LINK_REFUSED and not api_host):
        return LinkExpired(
            detail=f"download: HTTP {http_status}: {_snippet(content)!r}", http_status=http_status
        )
    return error_for(http_status, content, what="download") or ServerError(
        detail=f"download: HTTP {http_status}", http_status=http_status
    )
