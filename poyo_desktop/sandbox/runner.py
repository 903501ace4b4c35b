"""``Sandbox``: run the local PoYo server on loopback in a background thread.

The server has its own asyncio loop in a daemon thread, so it works the same under a Qt
event loop (demo mode), under pytest, or from a plain script. Everything public here is
safe to call from any thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import mimetypes
import shutil
import socket
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from pathlib import Path
from types import TracebackType

import uvicorn

from poyo_desktop.sandbox.config import RESULT_TTL_S, UPLOAD_TTL_S, SandboxConfig
from poyo_desktop.sandbox.context import SandboxContext
from poyo_desktop.sandbox.faults import Fault, FaultBook, InjectedFault
from poyo_desktop.sandbox.records import RecordedRequest, TaskInfo, TaskStatus
from poyo_desktop.sandbox.server import build_app
from poyo_desktop.sandbox.state import SandboxState
from poyo_desktop.sandbox.tasks import TaskRunner
from poyo_desktop.sandbox.video import VideoRenderer

logger = logging.getLogger(__name__)

HOST = "127.0.0.1"
_DELIBERATE_CLOSE = "ASGI callable returned without completing response."


class _QuietDeliberateCloses(logging.Filter):
    """uvicorn logs an error when an app stops mid-body; the drop faults do that on purpose."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.getMessage() != _DELIBERATE_CLOSE


_quiet_filter = _QuietDeliberateCloses()


class _Server(uvicorn.Server):
    """uvicorn's server, but its idle loop wakes at once on stop() instead of polling at 10 Hz
    (halving stop time, which every test using a fresh sandbox pays)."""

    def __init__(self, config: uvicorn.Config, wake: asyncio.Event) -> None:
        super().__init__(config)
        self._wake = wake

    async def main_loop(self) -> None:
        counter = 0
        should_exit = await self.on_tick(counter)
        while not should_exit:
            counter = (counter + 1) % 864000
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), 0.1)
            should_exit = await self.on_tick(counter)


class Sandbox:
    """A PoYo-compatible server on ``127.0.0.1`` for demo mode and tests.

    ``with Sandbox(task_seconds=0.3, video_long_side=320) as sandbox:`` serves at
    ``sandbox.base_url`` (``http://127.0.0.1:<free port>``) until the block ends.
    ``data_dir=None`` uses a temporary folder removed on stop; pass a lasting folder to
    keep the render cache between runs. ``storage_host="localhost"`` gives result links on
    a host other than the API's, as PoYo's storage links are.
    """

    def __init__(
        self,
        *,
        task_seconds: float = 15.0,
        api_key: str | None = None,
        credits: float = 2000,
        data_dir: str | Path | None = None,
        video_long_side: int = 960,
        port: int = 0,
        upload_ttl: float = UPLOAD_TTL_S,
        result_ttl: float = RESULT_TTL_S,
        webhook_secret: str = "sandbox-webhook-secret",
        storage_host: str | None = None,
    ) -> None:
        self._own_dir: Path | None = None
        if data_dir is None:
            self._own_dir = Path(tempfile.mkdtemp(prefix="poyo-sandbox-"))
            data_dir = self._own_dir
        self.config = SandboxConfig(
            data_dir=Path(data_dir),
            task_seconds=task_seconds,
            api_key=api_key,
            credits=credits,
            upload_ttl=upload_ttl,
            result_ttl=result_ttl,
            video_long_side=video_long_side,
            webhook_secret=webhook_secret,
            storage_host=storage_host,
        )
        self.port = port
        self._state = SandboxState(self.config)
        self._faults = FaultBook()
        self._uploads_dir = self.config.uploads_root / uuid.uuid4().hex[:12]
        self._renderer = VideoRenderer(
            self.config.renders_dir,
            long_side=video_long_side,
            fps=self.config.fps,
            parallel=self.config.max_parallel_renders,
        )
        self._ctx = SandboxContext(
            config=self.config,
            state=self._state,
            faults=self._faults,
            renderer=self._renderer,
            uploads_dir=self._uploads_dir,
        )
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: uvicorn.Server | None = None
        self._base_url: str | None = None

    # --- lifecycle --------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>``; only known once started."""
        if self._base_url is None:
            raise RuntimeError("the sandbox is not running: call start() first")
        return self._base_url

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, timeout: float = 10.0) -> str:
        """Start serving; returns the base URL once connections are accepted."""
        if self.running:
            return self.base_url
        logging.getLogger("uvicorn.error").addFilter(_quiet_filter)
        # proto=IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY on accepted connections only
        # when the listening socket says TCP, and without it every request after the first
        # on a kept-alive connection waits ~40 ms for a delayed ACK (Nagle).
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        if sys.platform != "win32":
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((HOST, self.port))
        except OSError:
            sock.close()
            raise
        port = sock.getsockname()[1]
        self._base_url = self._ctx.base_url = f"http://{HOST}:{port}"
        self._renderer.prune()

        ready = threading.Event()
        failure: list[BaseException] = []
        self._thread = threading.Thread(
            target=self._thread_main,
            args=(sock, ready, failure),
            name=f"poyo-sandbox-{port}",
            daemon=True,
        )
        self._thread.start()
        if not ready.wait(timeout) or failure:
            self.stop()
            if failure:
                raise RuntimeError(f"the sandbox failed to start: {failure[0]}") from failure[0]
            raise RuntimeError(f"the sandbox did not start within {timeout} s")
        logger.info("PoYo sandbox listening on %s", self._base_url)
        return self._base_url

    def _thread_main(
        self, sock: socket.socket, ready: threading.Event, failure: list[BaseException]
    ) -> None:
        try:
            # The platform's own loop, even when the host app installed another policy
            # (qasync's would try to build a Qt event loop in this worker thread).
            factory = asyncio.DefaultEventLoopPolicy().new_event_loop
            with asyncio.Runner(loop_factory=factory) as runner:
                runner.run(self._serve(sock, ready))
        except BaseException as exc:  # report start-up problems to start()
            failure.append(exc)
            ready.set()
            logger.exception("the sandbox server stopped with an error")

    async def _serve(self, sock: socket.socket, ready: threading.Event) -> None:
        self._loop = asyncio.get_running_loop()
        self._ctx.new_run()
        self._renderer.new_run()
        self._ctx.runner = TaskRunner(self._ctx)
        config = uvicorn.Config(
            build_app(self._ctx),
            log_config=None,  # leave the host application's logging alone
            access_log=False,
            lifespan="off",
            http="h11",
            loop="asyncio",
            timeout_graceful_shutdown=1,
            server_header=False,
        )
        server = self._server = _Server(config, self._ctx.stopping)
        serving = asyncio.create_task(server.serve(sockets=[sock]))
        while not server.started and not serving.done():
            await asyncio.sleep(0.005)
        if server.started:
            ready.set()
        try:
            await serving
        finally:
            await self._ctx.runner.aclose()
            await self._renderer.aclose()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop serving and clean up (running renders are killed). Safe to call twice."""
        thread, loop, server = self._thread, self._loop, self._server
        if thread is not None:
            if server is not None:
                server.should_exit = True  # before the wake-up below, which checks it
            if loop is not None and not loop.is_closed():
                with contextlib.suppress(RuntimeError):  # the loop may close meanwhile
                    loop.call_soon_threadsafe(self._ctx.stopping.set)
            thread.join(timeout)
            if thread.is_alive():
                logger.warning("the sandbox thread did not stop within %s s", timeout)
        self._thread = self._loop = self._server = None
        shutil.rmtree(self._uploads_dir, ignore_errors=True)
        if self._own_dir is not None:
            shutil.rmtree(self._own_dir, ignore_errors=True)

    def __enter__(self) -> Sandbox:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # --- faults -----------------------------------------------------------------------

    def inject(self, fault: Fault) -> InjectedFault:
        """Add a fault; the returned handle tells how often it fired (``hits``)."""
        return self._faults.add(fault)

    def clear_faults(self) -> None:
        self._faults.clear()

    @property
    def pending_faults(self) -> list[InjectedFault]:
        return self._faults.pending()

    # --- what clients did -------------------------------------------------------------

    @property
    def requests(self) -> Counter[str]:
        """Requests received per route (``submit``, ``status``, ``upload``, ``balance``,
        ``download``, ``catalog``, ``other``), faulty ones included. A snapshot."""
        return self._state.request_counts()

    @property
    def request_log(self) -> list[RecordedRequest]:
        """Every request received (newest last, up to 10 000), with its headers."""
        return self._state.request_log()

    def requests_for(self, route: str) -> list[RecordedRequest]:
        return [r for r in self._state.request_log() if r.route == route]

    def reset_requests(self) -> None:
        self._state.reset_requests()

    # --- account and tasks ------------------------------------------------------------

    @property
    def credits(self) -> float:
        return self._state.credits

    @credits.setter
    def credits(self, value: float) -> None:
        self._state.set_credits(value)

    @property
    def tasks_created(self) -> int:
        """Tasks actually created (an idempotent repeat does not count): nothing charged twice."""
        return self._state.tasks_created

    @property
    def renders_started(self) -> int:
        """Render subprocesses launched (cache hits do not count)."""
        return self._renderer.renders_started

    def task(self, task_id: str) -> TaskInfo:
        info = self._state.info(task_id)
        if info is None:
            raise KeyError(task_id)
        return info

    def tasks(self) -> list[TaskInfo]:
        return [self.task(task_id) for task_id in self._state.task_ids()]

    def wait_for_task(self, task_id: str, timeout: float = 30.0) -> TaskInfo:
        """Block until the task is finished or failed (for tests); raises TimeoutError."""
        deadline = time.monotonic() + timeout
        while True:
            info = self.task(task_id)
            if info.status in (TaskStatus.FINISHED, TaskStatus.FAILED):
                return info
            if time.monotonic() > deadline:
                raise TimeoutError(f"task {task_id} still {info.status} after {timeout} s")
            time.sleep(0.02)

    def fail_task(self, task_id: str, message: str = "Generation failed") -> bool:
        """End a live task as failed now; False if it had already ended."""
        failed = self._state.fail(task_id, message)
        if failed and self._loop is not None and self._ctx.runner is not None:
            runner = self._ctx.runner
            with contextlib.suppress(RuntimeError):
                self._loop.call_soon_threadsafe(runner.notify, task_id)
        return failed

    def forget_task(self, task_id: str) -> bool:
        """Forget a task, as PoYo does when it purges old ones: asking for its status
        answers 404 from now on. False if there was no such task."""
        return self._state.forget(task_id)

    # --- files ------------------------------------------------------------------------

    def add_file(self, path: str | Path, *, name: str | None = None) -> str:
        """Serve an existing local file (e.g. a 200 MB benchmark file) and return its URL.

        The file is streamed from where it is, never copied; it does not expire.
        """
        source = Path(path).resolve()
        if not source.is_file():
            raise FileNotFoundError(source)
        file_name = name or source.name
        mime = mimetypes.guess_type(file_name)[0] or "application/octet-stream"
        stored = self._state.add_file(
            source, kind="extra", file_name=file_name, mime_type=mime, ttl=None
        )
        return stored.url(self.base_url)

    def expire_uploads(self) -> int:
        """Expire every upload made so far, as if 72 hours had passed; returns how many."""
        return self._state.expire_uploads()
