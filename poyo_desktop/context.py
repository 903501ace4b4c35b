"""The composition root: builds every service once and hands them to the window.

No module-level singletons: tests build their own context against their own sandbox.

The services (and with them httpx, keyring and sqlite) are imported by
:func:`build_context`, not by this module: the app imports :class:`Options` before its
window's first paint and builds the context after it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from poyo_desktop.api import PoyoClient
    from poyo_desktop.services.account import AccountService
    from poyo_desktop.services.jobs import JobService
    from poyo_desktop.services.paths import AppPaths
    from poyo_desktop.services.pipeline import PipelineConfig
    from poyo_desktop.services.secrets import KeyStore
    from poyo_desktop.services.settings import Settings
    from poyo_desktop.store import AsyncJobStore

log = logging.getLogger(__name__)

DEMO_KEY = "demo-key"
DEMO_TASK_SECONDS = 12.0
DEMO_POLL_INTERVAL = 1.0


@dataclass
class Options:
    """What the command line (or a test) asks for."""

    data_dir: Path | None = None
    force_demo: bool = False
    base_url: str | None = None  # talk to this server (a test's sandbox) instead
    api_key: str | None = None
    demo_task_seconds: float = DEMO_TASK_SECONDS
    demo_video_long_side: int = 960
    poll_interval: float | None = None


class ModeNotifier(QObject):
    mode_changed = Signal(bool)  # True when in demo mode


@dataclass
class AppContext:
    paths: AppPaths
    settings: Settings
    keys: KeyStore
    store: AsyncJobStore
    jobs: JobService
    account: AccountService
    options: Options
    demo: bool
    sandbox: object | None = None
    notes: list[str] = field(default_factory=list)  # things to tell the person at start
    demo_pending: bool = False  # demo mode whose sandbox starts after the first paint
    notifier: ModeNotifier = field(default_factory=ModeNotifier)

    @property
    def base_url(self) -> str:
        return self.jobs.client.base_url

    def pipeline_config(self) -> PipelineConfig:
        from poyo_desktop.services.pipeline import PipelineConfig

        values = self.settings.values
        poll = self.options.poll_interval or (
            DEMO_POLL_INTERVAL if self.jobs.backend == "demo" else values.poll_interval)
        return PipelineConfig(download_dir=self.settings.download_dir,
                              prepared_dir=self.paths.prepared_dir, poll_interval=poll,
                              callback_url=values.callback_url or None)

    def use_key(self, api_key: str) -> None:
        """A key was saved in Settings: new jobs go to PoYo with it (or back to demo)."""
        from poyo_desktop.api import PoyoClient
        from poyo_desktop.logs import REDACTOR

        api_key = api_key.strip()
        if api_key:
            REDACTOR.secrets.add(api_key)
            base = self.options.base_url or self.settings.values.base_url
            self.jobs.use_backend("poyo", PoyoClient(api_key, base))
            self.demo = False
        else:
            self.jobs.use_backend("demo", _demo_client(self))
            self.demo = True
        self.notifier.mode_changed.emit(self.demo)

    async def start_backend(self) -> None:
        """Start what the first paint need not wait for: the demo sandbox."""
        if self.demo_pending:
            import asyncio

            from poyo_desktop.api import PoyoClient

            self.demo_pending = False
            self.sandbox, url = await asyncio.to_thread(_start_sandbox, self.paths, self.options)
            self.jobs.use_backend("demo", PoyoClient(DEMO_KEY, url))

    async def close(self) -> None:
        import asyncio

        await self.jobs.shutdown()
        for client in self.jobs.clients():
            await client.aclose()
        await self.store.close()
        if self.sandbox is not None:
            await asyncio.to_thread(self.sandbox.stop)  # type: ignore[attr-defined]


def _start_sandbox(ctx_paths: AppPaths, options: Options) -> tuple[object, str]:
    from poyo_desktop.sandbox import Sandbox  # only demo mode pays for importing the server

    sandbox = Sandbox(task_seconds=options.demo_task_seconds, api_key=DEMO_KEY,
                      data_dir=ctx_paths.sandbox_dir,
                      video_long_side=options.demo_video_long_side)
    return sandbox, sandbox.start()


def _demo_client(ctx: AppContext) -> PoyoClient:
    from poyo_desktop.api import PoyoClient

    if ctx.sandbox is None:
        ctx.sandbox, url = _start_sandbox(ctx.paths, ctx.options)
    else:
        url = ctx.sandbox.base_url  # type: ignore[attr-defined]
    return PoyoClient(DEMO_KEY, url)


async def build_context(options: Options, *, defer_demo: bool = False) -> AppContext:
    """Everything the window needs. With ``defer_demo`` the demo server is started later by
    :meth:`AppContext.start_backend`, so the window can paint first."""
    import asyncio

    from poyo_desktop.api import PoyoClient
    from poyo_desktop.logs import REDACTOR
    from poyo_desktop.services.account import AccountService
    from poyo_desktop.services.jobs import JobService
    from poyo_desktop.services.paths import AppPaths
    from poyo_desktop.services.secrets import KeyStore
    from poyo_desktop.services.settings import Settings
    from poyo_desktop.store import AsyncJobStore

    paths = AppPaths.default(options.data_dir).ensure()
    settings = Settings(paths.settings_file)
    keys = KeyStore(paths.config_dir / "api-key")
    notes: list[str] = []
    if settings.recovered_from is not None:
        notes.append(f"Your settings file was damaged and has been reset. A copy was kept "
                     f"at {settings.recovered_from}.")
    stored = None if options.force_demo else (
        options.api_key or await asyncio.to_thread(_load_key, keys))
    store = await AsyncJobStore.open(paths.database)
    if store.recovery is not None:
        notes.append(store.recovery.message)
    sandbox = None
    if stored and not options.force_demo:
        REDACTOR.secrets.add(stored)
        client = PoyoClient(stored, options.base_url or settings.values.base_url)
        backend, demo = "poyo", False
    elif options.base_url and options.force_demo:
        client = PoyoClient(options.api_key or DEMO_KEY, options.base_url)
        backend, demo = "demo", True
    elif defer_demo:
        client = PoyoClient(DEMO_KEY, "http://127.0.0.1:9")  # replaced once the sandbox runs
        backend, demo = "demo", True
    else:
        sandbox, url = await asyncio.to_thread(_start_sandbox, paths, options)
        client = PoyoClient(DEMO_KEY, url)
        backend, demo = "demo", True
    holder: dict[str, AppContext] = {}
    pending = demo and defer_demo and sandbox is None and not options.base_url
    jobs = JobService(client, store, lambda: holder["ctx"].pipeline_config(), backend=backend,
                      max_concurrent=lambda: settings.values.max_concurrent, ready=not pending)
    ctx = AppContext(paths=paths, settings=settings, keys=keys, store=store, jobs=jobs,
                     account=AccountService(), options=options, demo=demo, sandbox=sandbox,
                     notes=notes, demo_pending=pending)
    holder["ctx"] = ctx
    return ctx


def _load_key(keys: KeyStore) -> str | None:
    found = keys.load()
    return found.value if found else None
