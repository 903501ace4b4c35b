"""Fault injection: what can go wrong, on which route, how many times.

A test thread injects faults while the server runs in its own thread, so the book is guarded
by a lock. Faults are taken first-in first-out: the oldest pending fault that matches a
request's route fires. How a fault is acted out on the wire lives in
:mod:`poyo_desktop.sandbox.middleware`; this module only describes and counts.

Examples::

    sandbox.inject(Fault.http_error(503, route="status", times=2))
    sandbox.inject(Fault.rate_limit(retry_after=1.5))
    sandbox.inject(Fault.drop(route="submit", after_commit=True))   # the "lost answer"
    sandbox.inject(Fault.fail_task(message="Content policy violation"))
    sandbox.inject(Fault.expired_link(403))   # the next download: the signed link expired
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

# The routes a fault can target; "*" matches every one of them.
ROUTES = ("submit", "status", "upload", "balance", "download", "catalog", "other")
ANY = "*"


class FaultKind(StrEnum):
    HTTP_ERROR = "http_error"  # a JSON error with an HTTP status (500, 502, 503, 401, 402...)
    RATE_LIMIT = "rate_limit"  # 429, with Retry-After when given
    BODY_ERROR = "body_error"  # HTTP 200 whose body carries an error code ≥ 400
    SLOW = "slow"  # the answer comes after a delay
    DROP = "drop"  # headers and part of the body, then the connection closes
    MALFORMED_JSON = "malformed_json"  # 200 with a body that is not valid JSON
    HTML_ERROR = "html_error"  # an HTML page from a "proxy" instead of JSON
    THROTTLE = "throttle"  # the body trickles at a fixed byte rate
    RESPOND = "respond"  # an exact canned answer (odd shapes, unknown statuses...)
    FAIL_TASK = "fail_task"  # the next created task(s) end as failed
    EXPIRED_LINK = "expired_link"  # a result link refused as a storage host does once expired


_REASONS = {
    401: "Unauthorized",
    402: "Payment Required",
    403: "Forbidden",
    404: "Not Found",
    408: "Request Timeout",
    410: "Gone",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}

_DEFAULT_MESSAGES = {
    401: "Invalid API key",
    402: "Insufficient credits",
    403: "Forbidden",
    408: "Request timeout",
    429: "Too many requests, please slow down",
    500: "Internal server error",
    502: "Bad gateway",
    503: "Service temporarily unavailable",
    504: "Gateway timeout",
}


def reason_phrase(status: int) -> str:
    return _REASONS.get(status, "Error")


@dataclass(frozen=True, slots=True)
class Fault:
    """One kind of trouble. Build it with the class methods rather than by hand.

    ``times`` is how many matching requests it spoils (``None``: every one, until cleared).
    ``after_commit``: the real handler runs first (a submit *does* create and count its
    task) and only then is the answer spoiled. Without it, the request never reaches the
    handler (except ``slow``, which delays and then answers normally, and ``drop`` on
    downloads, which always cuts the real file).
    """

    kind: FaultKind
    route: str = ANY
    times: int | None = 1
    status: int = 500
    message: str = ""
    retry_after: float | None = None
    delay: float = 0.0
    after_commit: bool = False
    keep: float = 0.5  # DROP: share of the body sent before the connection closes
    bytes_per_second: float = 0.0  # THROTTLE
    body: bytes = b""  # RESPOND
    content_type: str = "application/json"  # RESPOND
    headers: tuple[tuple[str, str], ...] = ()  # RESPOND: extra response headers

    def __post_init__(self) -> None:
        if self.route != ANY and self.route not in ROUTES:
            raise ValueError(f"unknown route {self.route!r}; use one of {ROUTES} or '*'")
        if self.times is not None and self.times < 1:
            raise ValueError("times must be ≥ 1, or None for 'every time'")
        if not 0.0 <= self.keep < 1.0:
            raise ValueError("keep must be in [0, 1)")
        if self.delay < 0 or self.bytes_per_second < 0:
            raise ValueError("delay and bytes_per_second must not be negative")

    # --- constructors -------------------------------------------------------------------

    @classmethod
    def http_error(
        cls,
        status: int = 500,
        *,
        route: str = ANY,
        times: int | None = 1,
        message: str | None = None,
        after_commit: bool = False,
    ) -> Fault:
        """An error answer with the API's JSON error shape (upload routes: ``{"detail"}``)."""
        if not 400 <= status <= 599:
            raise ValueError("an HTTP error status is 4xx or 5xx")
        return cls(
            FaultKind.HTTP_ERROR,
            route=route,
            times=times,
            status=status,
            message=message or _DEFAULT_MESSAGES.get(status, reason_phrase(status)),
            after_commit=after_commit,
        )

    @classmethod
    def unauthorized(cls, *, route: str = ANY, times: int | None = 1) -> Fault:
        """401, as if the key had just been revoked."""
        return cls.http_error(401, route=route, times=times)

    @classmethod
    def no_credits(cls, *, route: str = "submit", times: int | None = 1) -> Fault:
        """402, as if the balance had run out in between."""
        return cls.http_error(402, route=route, times=times)

    @classmethod
    def rate_limit(
        cls,
        retry_after: float | None = 1.0,
        *,
        route: str = ANY,
        times: int | None = 1,
        after_commit: bool = False,
    ) -> Fault:
        """429; ``Retry-After`` in seconds (fractions allowed), or no header with ``None``."""
        return cls(
            FaultKind.RATE_LIMIT,
            route=route,
            times=times,
            status=429,
            message=_DEFAULT_MESSAGES[429],
            retry_after=retry_after,
            after_commit=after_commit,
        )

    @classmethod
    def body_error(
        cls, code: int = 500, *, route: str = ANY, times: int | None = 1, message: str | None = None
    ) -> Fault:
        """HTTP 200 whose JSON body says ``"code": <code>``: the business code counts."""
        return cls(
            FaultKind.BODY_ERROR,
            route=route,
            times=times,
            status=code,
            message=message or _DEFAULT_MESSAGES.get(code, reason_phrase(code)),
        )

    @classmethod
    def slow(
        cls, delay: float, *, route: str = ANY, times: int | None = 1, after_commit: bool = False
    ) -> Fault:
        """Answer after ``delay`` seconds.

        Without ``after_commit`` the request waits, then is handled, even if the client has
        given up meanwhile (a slow server still does the work); with it the work is done at
        once and only the answer waits.
        """
        return cls(FaultKind.SLOW, route=route, times=times, delay=delay, after_commit=after_commit)

    @classmethod
    def drop(
        cls,
        *,
        route: str = ANY,
        times: int | None = 1,
        after_commit: bool = False,
        keep: float = 0.5,
    ) -> Fault:
        """Send the headers and ``keep`` of the body, then close: the client sees a broken read."""
        return cls(FaultKind.DROP, route=route, times=times, after_commit=after_commit, keep=keep)

    @classmethod
    def truncate(
        cls, *, route: str = "download", times: int | None = 1, keep: float = 0.5
    ) -> Fault:
        """A download whose Content-Length promises more than is sent before the close."""
        return cls(FaultKind.DROP, route=route, times=times, after_commit=True, keep=keep)

    @classmethod
    def lost_answer(cls, *, delay: float | None = None, times: int | None = 1) -> Fault:
        """Submit creates (and will charge) the task, but its answer never arrives.

        ``delay=None``: the connection drops mid-answer; a number: the answer comes only
        after that many seconds, i.e. after the client's own timeout.
        """
        if delay is None:
            return cls.drop(route="submit", times=times, after_commit=True)
        return cls.slow(delay, route="submit", times=times, after_commit=True)

    @classmethod
    def malformed_json(
        cls, *, route: str = ANY, times: int | None = 1, after_commit: bool = False
    ) -> Fault:
        """HTTP 200, ``Content-Type: application/json``, a body cut in the middle of an object."""
        return cls(FaultKind.MALFORMED_JSON, route=route, times=times, after_commit=after_commit)

    @classmethod
    def html_error(cls, status: int = 502, *, route: str = ANY, times: int | None = 1) -> Fault:
        """An nginx-style HTML error page, as a proxy in front of the API would send."""
        return cls(FaultKind.HTML_ERROR, route=route, times=times, status=status)

    @classmethod
    def throttle(
        cls, bytes_per_second: float, *, route: str = "download", times: int | None = 1
    ) -> Fault:
        """Stream the answer at about ``bytes_per_second`` (to watch progress or cancel)."""
        if bytes_per_second <= 0:
            raise ValueError("bytes_per_second must be positive")
        return cls(FaultKind.THROTTLE, route=route, times=times, bytes_per_second=bytes_per_second)

    @classmethod
    def respond(
        cls,
        *,
        route: str,
        status: int = 200,
        json_body: Any = None,
        body: bytes | str | None = None,
        content_type: str = "application/json",
        headers: dict[str, str] | None = None,
        times: int | None = 1,
    ) -> Fault:
        """Answer exactly this (e.g. an undocumented status value, or an unwrapped task)."""
        if json_body is not None:
            raw = json.dumps(json_body).encode()
        elif isinstance(body, str):
            raw = body.encode()
        else:
            raw = body or b""
        return cls(
            FaultKind.RESPOND,
            route=route,
            times=times,
            status=status,
            body=raw,
            content_type=content_type,
            headers=tuple((headers or {}).items()),
        )

    @classmethod
    def fail_task(
        cls,
        message: str = "Generation failed: the model could not process this request",
        *,
        times: int | None = 1,
    ) -> Fault:
        """The next ``times`` tasks created are accepted, run for a while, then fail."""
        return cls(FaultKind.FAIL_TASK, route="submit", times=times, message=message)

    @classmethod
    def expired_link(cls, status: int = 403, *, times: int | None = 1) -> Fault:
        """A result download refused the way an object store refuses an expired signed
        link: ``403``/``401`` ``AccessDenied``, or ``404``/``410`` ``NoSuchKey``, with an
        XML body (not the API's JSON). The file itself stays; only this request fails."""
        if status not in (401, 403, 404, 410):
            raise ValueError("an expired link answers 401, 403, 404 or 410")
        return cls(FaultKind.EXPIRED_LINK, route="download", times=times, status=status)

    def describe(self) -> str:
        """A short label for logs (no request data)."""
        extra = {
            FaultKind.HTTP_ERROR: f" {self.status}",
            FaultKind.BODY_ERROR: f" code {self.status}",
            FaultKind.HTML_ERROR: f" {self.status}",
            FaultKind.RESPOND: f" {self.status}",
            FaultKind.EXPIRED_LINK: f" {self.status}",
            FaultKind.RATE_LIMIT: f" retry_after={self.retry_after}",
            FaultKind.SLOW: f" {self.delay}s",
            FaultKind.DROP: f" keep={self.keep}",
            FaultKind.THROTTLE: f" {self.bytes_per_second:.0f} B/s",
        }.get(self.kind, "")
        commit = " after commit" if self.after_commit else ""
        return f"{self.kind.value}{extra} on {self.route}{commit}"


@dataclass(slots=True)
class InjectedFault:
    """A fault in the book, with how often it has fired; returned by ``Sandbox.inject``."""

    fault: Fault
    remaining: int | None
    hits: int = 0

    @property
    def exhausted(self) -> bool:
        return self.remaining == 0


class FaultBook:
    """The pending faults of one sandbox; every method is thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: list[InjectedFault] = []

    def add(self, fault: Fault) -> InjectedFault:
        entry = InjectedFault(fault, fault.times)
        with self._lock:
            self._entries.append(entry)
        return entry

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def pending(self) -> list[InjectedFault]:
        with self._lock:
            return [e for e in self._entries if not e.exhausted]

    def take(self, route: str) -> Fault | None:
        """The fault that spoils this request, if any (consumes one of its ``times``)."""
        return self._take(lambda f: f.kind is not FaultKind.FAIL_TASK and f.route in (ANY, route))

    def take_task_failure(self) -> str | None:
        """The error message for a task just created, when a ``fail_task`` fault is pending."""
        fault = self._take(lambda f: f.kind is FaultKind.FAIL_TASK)
        return None if fault is None else fault.message

    def _take(self, match: Callable[[Fault], bool]) -> Fault | None:
        with self._lock:
            for entry in self._entries:
                if entry.exhausted or not match(entry.fault):
                    continue
                entry.hits += 1
                if entry.remaining is not None:
                    entry.remaining -= 1
                if entry.exhausted:
                    self._entries.remove(entry)
                return entry.fault
        return None


_ROUTE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("submit", re.compile(r"^/api/generate/submit/?$")),
    ("status", re.compile(r"^/api/generate/status/")),
    ("upload", re.compile(r"^/api/common/upload/")),
    ("balance", re.compile(r"^/api/user/balance/?$")),
    ("download", re.compile(r"^/files/")),
    ("catalog", re.compile(r"^/v1/catalog/")),
)


def route_of(path: str) -> str:
    """Which fault route a request path belongs to (``"other"`` for anything unknown)."""
    for name, pattern in _ROUTE_PATTERNS:
        if pattern.match(path):
            return name
    return "other"
