"""The composition root: builds every service once and hands them to the window.

No module-level singletons: tests build their own context against their own sandbox.

The app imports this module in a worker thread after its window's first paint
(``runtime/background_imports``): on the GUI thread, its services' first import froze the
window 40-60 ms. The HTTP stack (httpx, with ``PoyoClient``) is imported only where a
client is made: a first start in demo mode sends nothing until the first Generate. Where
the first work goes, and the demo server's start, are ``first_backend``'s.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from poyo_desktop.api.standin import StandInClient
from poyo_desktop.boot.first_backend import (
    DEMO_KEY,
    FirstBackend,
    first_backend,
    start_sandbox,
    warm_up,
)
from poyo_desktop.boot.options import Options
from poyo_desktop.core.wording import translate
from poyo_desktop.runtime.gui_collector import keep_imported
from poyo_desktop.runtime.logging_setup import REDACTOR
from poyo_desktop.services.account import AccountService
from poyo_desktop.services.app_services import AppServices, ModeNotifier
from poyo_desktop.services.background import run_in_background
from poyo_desktop.services.balance_watch import BalanceWatch
from poyo_desktop.services.connection import ConnectionStatus
from poyo_desktop.services.jobs import JobService
from poyo_desktop.services.paths import AppPaths
from poyo_desktop.services.pipeline import PipelineConfig
from poyo_desktop.services.secrets import KeyStore
from poyo_desktop.services.settings import Settings
from poyo_desktop.services.spending import SpendingService
from poyo_desktop.store import AsyncJobStore

if TYPE_CHECKING:
    from poyo_desktop.boot.demo_server import DemoServerProcess

log = logging.getLogger(__name__)

DEMO_POLL_INTERVAL = 1.0


@dataclass
class AppContext:
    paths: AppPaths
    settings: Settings
    keys: KeyStore
    store: AsyncJobStore
    jobs: JobService
    account: AccountService
    connection: ConnectionStatus  # what the status bar says about the link to PoYo
    options: Options
    demo: bool
    sandbox: DemoServerProcess | None = None  # the demo server, once it runs
    notes: list[str] = field(default_factory=list)  # things to tell the person at start
    # Demo mode whose server is not started yet: it starts on first need (ensure_backend),
    # or at once when the last session left work to resume (resume).
    demo_pending: bool = False
    notifier: ModeNotifier = field(default_factory=ModeNotifier)
    balance_watch: BalanceWatch | None = None
    spending: SpendingService | None = None  # the limits and the ledger (made by _assemble)
    _api_key: str = field(default="", repr=False)  # in memory only, as the client has it
    _backend_start: asyncio.Task[None] | None = field(default=None, init=False, repr=False)
    _resume_due: bool = field(default=True, init=False, repr=False)
    _sandbox_lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    @property
    def base_url(self) -> str:
        return self.jobs.client.base_url

    def services(self) -> AppServices:
        """The named services, for the window (which never sees this context)."""
        return AppServices(
            paths=self.paths,
            settings=self.settings,
            keys=self.keys,
            store=self.store,
            jobs=self.jobs,
            account=self.account,
            connection=self.connection,
            mode=self,
            notes=self.notes,
            spending=self.spending,
        )

    def pipeline_config(self) -> PipelineConfig:
        values = self.settings.values
        poll = self.options.poll_interval or (
            DEMO_POLL_INTERVAL if self.jobs.backend == "demo" else values.poll_interval
        )
        return PipelineConfig(
            download_dir=self.settings.download_dir,
            prepared_dir=self.paths.prepared_dir,
            poll_interval=poll,
            callback_url=values.callback_url or None,
            keep_metadata=values.keep_metadata,
        )

    def use_key(self, api_key: str) -> None:
        """A key was saved in Settings: new jobs go to PoYo with it (or back to demo).

        Removing the key switches at once: from that moment nothing new goes to PoYo with
        the removed key. A demo server not running yet is started in a worker thread (it
        takes a while, and the window must keep painting); new work waits for it, and
        :meth:`switching` says when it runs.
        """
        from poyo_desktop.api import PoyoClient

        api_key = api_key.strip()
        self._api_key = api_key
        if api_key:
            REDACTOR.secrets.add(api_key)
            client = PoyoClient(api_key, self.options.base_url or self.settings.values.base_url)
            self.jobs.use_backend("poyo", client)
            self.demo = False
            self.connection.use(client)
        else:
            self.demo = True
            self.connection.use_demo()
            if self.jobs.backend != "demo":
                self._switch_to_demo()
        self.notifier.mode_changed.emit(self.demo)

    def _on_setting_changed(self, name: str) -> None:
        """A new server address is used at once for new work (and for Retry, which asks
        the server new work goes to). Tasks already under way keep following the server
        they were sent to: their task ids belong to it, and no other server knows them."""
        if name != "base_url" or self.demo or not self._api_key:
            return
        from poyo_desktop.api import PoyoClient

        self.options.base_url = None  # the person's choice now, over the command line's
        base = self.settings.values.base_url
        if base == self.jobs.client.base_url:
            return
        client = PoyoClient(self._api_key, base)
        self.jobs.use_backend("poyo", client)
        self.connection.use(client)
        note = translate("AppContext", "New videos now go to {server}.")
        if self.jobs.busy_count():
            note = translate(
                "AppContext",
                "New videos now go to {server}. Videos already under way keep following the "
                "server they were sent to (it alone knows their tasks).",
            )
        self.connection.note.emit(note.format(server=base))

    def _switch_to_demo(self) -> None:
        """Send new work to the demo server: now if it runs, else once it does."""
        running = self.sandbox  # set by the worker thread that started it
        if running is not None:
            from poyo_desktop.api import PoyoClient

            self.jobs.use_backend("demo", PoyoClient(DEMO_KEY, str(running.base_url)))
            return
        # Nothing is sent through the stand-in: jobs wait until the server runs.
        self.jobs.use_backend("demo", StandInClient(), ready=False)
        self.demo_pending = True
        self.ensure_backend()

    def switching(self) -> asyncio.Future[None] | None:
        """What finishes when demo mode, just chosen, can send work; None when it can now.
        Settings waits on it to show that the app is switching."""
        start = self._backend_start
        if self.demo and start is not None and not start.done():
            return start
        return None

    def ensure_backend(self) -> asyncio.Future[None] | None:
        """Start the demo server if it is pending (once, or again after a start that
        failed). Returns what finishes when jobs can be sent, or None when they can be
        sent now.

        Call it before asking the jobs service for work: generate waits for the server by
        itself, but retry and the like do not.
        """
        start = self._backend_start
        if start is None or (start.done() and self.demo_pending):
            if not (self.demo_pending and self.demo):
                return start
            self._backend_start = run_in_background(
                self._start_demo(),
                name="starting the demo server",
                on_error=self.notifier.problem.emit,
                failure=translate("AppContext", "The demo server could not be started"),
            )
        return self._backend_start

    async def start_backend(self) -> None:
        """Start the demo server now if it is pending (and wait until it runs)."""
        started = self.ensure_backend()
        if started is not None:
            await started

    async def resume(self) -> None:
        """Pick up the work the last session left unfinished (once).

        With a demo server still pending, it is started only if there is such work: a
        person who opens the app to look at the history does not pay for it.
        """
        if not self._resume_due:
            return
        if self.demo_pending and self._backend_start is None:
            unfinished = await self.store.unfinished()
            if not unfinished and self._backend_start is None:
                self._resume_due = False  # nothing to pick up; the server starts on need
                return
            self.ensure_backend()
        if self._backend_start is not None:
            await self._backend_start  # _start_demo resumes, right after the server is up
            return
        self._resume_due = False
        await self.jobs.resume()

    async def _start_demo(self) -> None:
        url = await asyncio.to_thread(self._sandbox_url)
        keep_imported()  # the HTTP stack the worker imported (runtime/gui_collector.py)
        # Imported only now: the worker that started the server has loaded the HTTP stack
        # (warm_up); importing it here first froze the window ~50 ms at the first Generate.
        from poyo_desktop.api import PoyoClient

        self.demo_pending = False
        if self.demo:  # not if a key was saved meanwhile
            self.jobs.use_backend("demo", PoyoClient(DEMO_KEY, url))
        if self._resume_due:
            # In this same step, before a generate that waited for the server saves its
            # job: resume reads the unfinished jobs first, so it cannot start that one too.
            self._resume_due = False
            await self.jobs.resume()

    def _sandbox_url(self) -> str:
        """Start the demo server if it is not running (once, from any thread); its URL."""
        with self._sandbox_lock:
            if self.sandbox is None:
                self.sandbox, url = start_sandbox(self.paths, self.options)
                return url
            return str(self.sandbox.base_url)

    async def close(self) -> None:
        await self.jobs.shutdown()
        await self.account.close()
        await self.connection.close()
        if self._backend_start is not None and not self._backend_start.done():
            with contextlib.suppress(Exception):  # reported by run_in_background
                await asyncio.wait_for(asyncio.shield(self._backend_start), 10)
        for client in self.jobs.clients():
            await client.aclose()
        await self.store.close()
        await asyncio.to_thread(self.settings.flush)  # changes are written by a worker
        if self.sandbox is not None:
            await asyncio.to_thread(self.sandbox.stop)


async def build_context(options: Options, *, defer_demo: bool = False) -> AppContext:
    """Everything the window needs. With ``defer_demo`` the demo server is started later by
    :meth:`AppContext.start_backend`, so the window can paint first."""
    paths = AppPaths.default(options.data_dir)
    first_use = not paths.settings_file.exists() and not paths.database.exists()
    paths.ensure()
    settings = Settings(paths.settings_file)
    keys = KeyStore(paths.config_dir / "api-key")
    notes: list[str] = []
    if settings.recovered_from is not None:
        notes.append(
            translate(
                "AppContext",
                "Your settings file was damaged and has been reset. A copy was kept at {path}.",
            ).format(path=settings.recovered_from)
        )
    stored = (
        None
        if options.force_demo
        else (options.api_key or await asyncio.to_thread(_load_key, keys, first_use))
    )
    # A first-start demo with nothing to do sends nothing: it need not pay for the stack.
    talks_now = bool(stored) or bool(options.base_url) or not defer_demo
    warming = asyncio.ensure_future(asyncio.to_thread(warm_up)) if talks_now else None
    store = await AsyncJobStore.open(paths.database)
    if warming is not None:
        await warming
    if store.recovery is not None:
        notes.append(store.recovery.message)
    start = await first_backend(options, settings, paths, stored, defer_demo=defer_demo)
    return _assemble(
        options, paths, settings, keys, store, start, notes, stored or "", defer_demo=defer_demo
    )


def _assemble(
    options: Options,
    paths: AppPaths,
    settings: Settings,
    keys: KeyStore,
    store: AsyncJobStore,
    start: FirstBackend,
    notes: list[str],
    stored: str,
    *,
    defer_demo: bool,
) -> AppContext:
    """The services made from the first backend, and wired to each other."""
    holder: dict[str, AppContext] = {}
    pending = start.demo and defer_demo and start.sandbox is None and not options.base_url
    spending = SpendingService(store, settings)
    jobs = JobService(
        start.client,
        store,
        lambda: holder["ctx"].pipeline_config(),
        backend=start.backend,
        max_concurrent=lambda: settings.values.max_concurrent,
        ready=not pending,
        spending=spending,
    )
    spending.watch(jobs)
    connection = ConnectionStatus()
    ctx = AppContext(
        paths=paths,
        settings=settings,
        keys=keys,
        store=store,
        jobs=jobs,
        account=AccountService(),
        connection=connection,
        options=options,
        demo=start.demo,
        sandbox=start.sandbox,
        notes=notes,
        demo_pending=pending,
        _api_key=stored if start.backend == "poyo" else "",
    )
    holder["ctx"] = ctx
    ctx.spending = spending
    ctx.balance_watch = BalanceWatch(jobs, connection)
    connection.came_back.connect(jobs.wake)
    settings.changed.connect(ctx._on_setting_changed)
    if start.backend == "poyo":
        connection.use(start.client)  # type: ignore[arg-type]
    return ctx


def _load_key(keys: KeyStore, first_use: bool = False) -> str | None:
    if first_use:
        keys.start_fresh()
    found = keys.load()
    return found.value if found else None
