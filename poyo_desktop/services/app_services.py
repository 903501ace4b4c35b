"""The named services the window is given, so the UI never reaches into the composition root.

``boot/compose.py`` builds the services and fills :class:`AppServices`; widgets take the
members they use (the window keeps the whole set to hand out: the Settings dialog its key
store, account and settings, the task alerts the jobs and settings). The demo/real mode
lives in the composition root today; the UI sees it through :class:`ModeSwitch`, the few
things it asks of it.

Nothing here imports a service module at run time: the window's first paint imports this
module's names for its type hints only, and the services come after that paint.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    import asyncio

    from poyo_desktop.services.account import AccountService
    from poyo_desktop.services.connection import ConnectionStatus
    from poyo_desktop.services.jobs import JobService
    from poyo_desktop.services.paths import AppPaths
    from poyo_desktop.services.secrets import KeyStore
    from poyo_desktop.services.settings import Settings
    from poyo_desktop.services.spending import SpendingService
    from poyo_desktop.store import AsyncJobStore


class ModeNotifier(QObject):
    mode_changed = Signal(bool)  # True when in demo mode
    problem = Signal(str)  # plain words: the demo server could not be started


class ModeSwitch(Protocol):
    """Demo or PoYo: which one new work goes to, and the demo server started on need."""

    @property
    def demo(self) -> bool: ...

    @property
    def notifier(self) -> ModeNotifier: ...

    def use_key(self, api_key: str) -> None:
        """A key was saved ("" when removed): new work goes to PoYo with it, or to demo."""

    def ensure_backend(self) -> asyncio.Future[None] | None:
        """What finishes when jobs can be sent (the demo server started); None: now."""

    def switching(self) -> asyncio.Future[None] | None:
        """What finishes when demo mode, just chosen, can send work; None when it can now."""

    async def resume(self) -> None:
        """Pick up the work the last session left unfinished (once)."""


@dataclass(frozen=True)
class AppServices:
    """Every service the window hands out, by name."""

    paths: AppPaths
    settings: Settings
    keys: KeyStore
    store: AsyncJobStore
    jobs: JobService
    account: AccountService
    connection: ConnectionStatus  # what the status bar says about the link to PoYo
    mode: ModeSwitch
    notes: list[str] = field(default_factory=list)  # things to tell the person at start
    spending: SpendingService | None = None  # the spending limits and ledger
