"""The async PoYo client: one shared ``httpx.AsyncClient``, typed answers, typed errors.

No Qt here: the client works from a script as well as from the app.
"""

from __future__ import annotations

import base64
import logging
import mimetypes
import ssl
import threading
import time
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from poyo_desktop.api.defaults import DEFAULT_BASE_URL
from poyo_desktop.api.errors import (
    InsecureServer,
    MalformedResponse,
    NetworkError,
    PoyoError,
    ServerError,
    SubmitOutcomeUnknown,
    download_broke_off,
)
from poyo_desktop.api.fetch import ResultFetcher
from poyo_desktop.api.http_errors import decode_json, download_error_for, error_for
from poyo_desktop.api.models import Balance, SubmittedTask, TaskInfo, UploadedFile
from poyo_desktop.api.origin import KeyScope
from poyo_desktop.api.parse import (
    announced_size,
    parse_balance,
    parse_submitted,
    parse_task,
    parse_upload,
)
from poyo_desktop.api.request import GenerationRequest
from poyo_desktop.api.retry import RetryPolicy, with_retries
from poyo_desktop.api.transport import download_errors, request_errors
from poyo_desktop.core.redaction import remember_secret

if TYPE_CHECKING:
    from poyo_desktop.api.fetch import Sink

log = logging.getLogger(__name__)

USER_AGENT = "PoYo-Desktop"
DEFAULT_READ_TIMEOUT = 30.0
DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=DEFAULT_READ_TIMEOUT, write=60.0, pool=10.0)

MAX_REDIRECTS = 20  # of a result link, as httpx's default


@dataclass(frozen=True, slots=True)
class Download:
    """An open result download: what the server announced, and the bytes as they come."""

    url: str
    total: int | None
    content_type: str | None
    response: httpx.Response

    def chunks(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """Bytes as they arrive (``chunk_size`` would hold them back until that many came)."""
        return self.response.aiter_bytes(chunk_size)


class PoyoClient:
    """Talks to PoYo (or the local sandbox) over HTTP."""

    def __init__(
        self,
        api_key: str,
        base_url: str = DEFAULT_BASE_URL,
        *,
        http: httpx.AsyncClient | None = None,
        retry: RetryPolicy | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
    ) -> None:
        self._key = api_key.strip()
        remember_secret(self._key)  # before any line could mention it (redaction.py)
        self.base_url = base_url.rstrip("/")
        self._scope = KeyScope(self.base_url)  # where the key may go (see origin.py)
        self._owns_http = http is None
        self._http = http or httpx.AsyncClient(
            timeout=timeout,
            verify=tls_context(),
            headers={"User-Agent": USER_AGENT},
            follow_redirects=False,
            limits=httpx.Limits(max_connections=20, max_keepalive_connections=10),
        )
        self.retry = retry or RetryPolicy()
        self._timeout = timeout
        self._fetcher: ResultFetcher | None = None  # for fetch_to, made on first use
        self._fetcher_lock = threading.Lock()
        # Told the outcome of every API request (None: the server answered well), so the
        # app can say at once when PoYo cannot be reached, and when it answers again.
        self.on_answer: Callable[[PoyoError | None], None] | None = None

    def __repr__(self) -> str:
        return f"PoyoClient(base_url={self.base_url!r}, api_key=[redacted])"

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> PoyoClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # -- plumbing ---------------------------------------------------------------------------

    def _auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._key}"}

    async def _send(self, method: str, path: str, *, what: str, **parts: Any) -> Any:
        """One request (see :meth:`_request`), its outcome told to :attr:`on_answer`."""
        try:
            body = await self._request(method, path, what=what, **parts)
        except PoyoError as error:
            self._tell(error)
            raise
        self._tell(None)
        return body

    def _tell(self, error: PoyoError | None) -> None:
        listener = self.on_answer
        if listener is not None:
            try:
                listener(error)
            except Exception:  # a listener's trouble is not the request's
                log.exception("the answer listener failed")

    async def _request(
        self,
        method: str,
        path: str,
        *,
        what: str,
        json: Any = None,
        files: Mapping[str, Any] | None = None,
        data: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Any:
        """One request; returns the decoded JSON body or raises a typed error.

        Never follows a redirect (the key would go along), and sends nothing when the key
        would cross the network in cleartext (``http://`` to another machine)."""
        if not self._scope.home_is_private:
            raise InsecureServer(detail=f"{what}: refused to send the key to {self.base_url}")
        started = time.monotonic()
        with request_errors(what):
            response = await self._http.request(
                method,
                self.base_url + path,
                json=json,
                files=files,
                data=data,
                headers={**self._auth(), **(headers or {})},
                follow_redirects=False,
            )
        log.debug(
            "%s %s -> %d in %.0f ms",
            method,
            path,
            response.status_code,
            (time.monotonic() - started) * 1000,
        )
        error = error_for(
            response.status_code,
            response.content,
            retry_after_header=response.headers.get("Retry-After"),
            what=what,
        )
        if error is not None:
            log.info("%s failed: %s", what, error.detail)
            raise error
        return decode_json(response.content)

    # -- calls ------------------------------------------------------------------------------

    async def submit(self, request: GenerationRequest, *, idempotency_key: str) -> SubmittedTask:
        """Start a paid generation. Never retried: an unclear outcome raises
        :class:`SubmitOutcomeUnknown`, a clean refusal its own typed error."""
        headers = {"Idempotency-Key": idempotency_key}
        try:
            body = await self._send(
                "POST",
                "/api/generate/submit",
                what="submit",
                json=request.to_json(),
                headers=headers,
            )
            return parse_submitted(body)
        except NetworkError as error:
            if not error.request_sent:
                raise  # the request never left: a clean failure, safe to try again
            raise SubmitOutcomeUnknown(detail=error.detail) from None
        except (ServerError, MalformedResponse) as error:
            raise SubmitOutcomeUnknown(
                detail=error.detail, http_status=error.http_status, code=error.code
            ) from None
        except PoyoError as error:
            if error.retryable:  # 429: the server may or may not have taken it
                raise SubmitOutcomeUnknown(
                    detail=error.detail, http_status=error.http_status, code=error.code
                ) from None
            raise

    async def status(self, task_id: str, *, retry: RetryPolicy | None = None) -> TaskInfo:
        path = "/api/generate/status/" + quote(task_id, safe="")

        async def once() -> TaskInfo:
            return parse_task(await self._send("GET", path, what="status"))

        return await with_retries(once, retry or self.retry, what="status")

    async def balance(self, *, retry: RetryPolicy | None = None) -> Balance:
        async def once() -> Balance:
            return parse_balance(await self._send("GET", "/api/user/balance", what="balance"))

        return await with_retries(once, retry or self.retry, what="balance")

    async def upload_bytes(
        self,
        content: bytes,
        *,
        file_name: str,
        mime_type: str,
        upload_path: str | None = None,
    ) -> UploadedFile:
        """Multipart upload (``/upload/stream``). Not retried on its own."""
        form = {"file_name": file_name}
        if upload_path:
            form["upload_path"] = upload_path
        body = await self._send(
            "POST",
            "/api/common/upload/stream",
            what="upload",
            files={"file": (file_name, content, mime_type)},
            data=form,
        )
        return parse_upload(body)

    async def upload_file(
        self, path: Path, *, file_name: str | None = None, upload_path: str | None = None
    ) -> UploadedFile:
        """Upload a local file under ``file_name`` (pass a neutral one: privacy)."""
        name = file_name or path.name
        mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
        return await self.upload_bytes(
            path.read_bytes(), file_name=name, mime_type=mime, upload_path=upload_path
        )

    async def upload_base64(self, content: bytes, *, mime_type: str) -> UploadedFile:
        data_url = f"data:{mime_type};base64,{base64.b64encode(content).decode('ascii')}"
        body = await self._send(
            "POST", "/api/common/upload/base64", what="upload", json={"base64_data": data_url}
        )
        return parse_upload(body)

    async def upload_url(self, file_url: str) -> UploadedFile:
        body = await self._send(
            "POST", "/api/common/upload/url", what="upload", json={"file_url": file_url}
        )
        return parse_upload(body)

    @asynccontextmanager
    async def open_download(self, url: str) -> AsyncIterator[Download]:
        """Stream a result file. The API key goes only to the API's exact origin, never to
        the storage host a result link points at, nor across a redirect that leaves it."""
        with download_errors():
            response = await self._follow(url)
            try:
                if response.status_code >= 400:
                    raise self._download_refused(response, await response.aread())
                headers = response.headers
                yield Download(
                    url=url,
                    total=announced_size(headers.get("Content-Length")),
                    content_type=headers.get("Content-Type"),
                    response=response,
                )
            finally:
                await response.aclose()

    async def _follow(self, url: str) -> httpx.Response:
        """GET ``url`` (streamed), following redirects here rather than in httpx: httpx keeps
        the key on an http→https hop of the same host, and on every hop of a shared client
        that a caller set to follow. Once dropped, the key stays dropped."""
        request = self._http.build_request("GET", url, headers=self._download_headers(url))
        for _ in range(MAX_REDIRECTS + 1):
            response = await self._http.send(request, stream=True, follow_redirects=False)
            following = response.next_request
            if following is None:
                return response
            await response.aclose()
            if following.url.scheme not in ("http", "https"):
                raise download_broke_off(f"redirected to a {following.url.scheme} link")
            if "Authorization" not in request.headers or not self._scope.may_carry_key(
                str(following.url)
            ):
                following.headers.pop("Authorization", None)
            request = following
        raise download_broke_off(f"more than {MAX_REDIRECTS} redirects")

    def fetch_to(self, url: str, sink: Sink) -> int:
        """Stream a result file into ``sink``; blocking, for a worker thread. Returns the
        number of bytes received.

        Result files are hundreds of MB: pumped through the event loop, their chunks would
        cost the GUI thread most of its time (and 3-4x the throughput). Errors are the same
        typed errors as :meth:`open_download`; whatever ``sink`` raises propagates as is.
        """
        return self._result_fetcher().fetch_to(url, sink)

    def _download_refused(self, response: httpx.Response, content: bytes) -> PoyoError:
        """What a refused result download means, by who refused it: the final host (after
        any redirect), which is either the API's own or a storage host."""
        api_host = self._scope.is_home(str(response.url))
        error = download_error_for(response.status_code, content, api_host=api_host)
        log.info("download refused: %s", error.detail)
        return error

    def _download_headers(self, url: str) -> dict[str, str]:
        """The key goes only to the API's exact origin, never to a storage host."""
        return self._auth() if self._scope.may_carry_key(url) else {}

    def _result_fetcher(self) -> ResultFetcher:
        with self._fetcher_lock:
            if self._fetcher is None:
                self._fetcher = ResultFetcher(
                    scope=self._scope,
                    auth=self._auth(),
                    user_agent=USER_AGENT,
                    timeout=self._timeout.read or DEFAULT_READ_TIMEOUT,
                    tls=tls_context(),
                )
            return self._fetcher


_tls_lock = threading.Lock()
_tls: ssl.SSLContext | None = None


def tls_context() -> ssl.SSLContext:
    """One certificate-checking context for every client of the process.

    httpx builds a new one for each client it makes, reading the whole CA bundle: 20-50 ms
    each time. A PoyoClient makes two (the async client, and the blocking one of its first
    download), and a new PoyoClient comes with every change of key or server; the
    throughput benchmark, which makes a client per download, lost a quarter of its speed
    to it. The context is read-only once made, so sharing it is safe.
    """
    global _tls
    with _tls_lock:
        if _tls is None:
            _tls = httpx.create_ssl_context()  # as httpx's own default: certifi, SSL_CERT_*
        return _tls


def warm_up() -> None:
    """Import what a client's first request would (httpcore, anyio's asyncio back-end:
    ~35 ms) and read the CA bundle, in the calling thread: from a worker thread it costs the
    GUI thread nothing, where the first request would have stalled it ~20 ms."""
    tls_context()
    import anyio._backends._asyncio
    import anyio._core._sockets
    import anyio._core._tasks  # noqa: F401
    import httpcore  # noqa: F401
