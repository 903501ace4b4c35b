"""The account: checking a key and reading the balance, reported by signals."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from poyo_desktop.api.errors import PoyoError
from poyo_desktop.core.wording import translate
from poyo_desktop.services.background import BackgroundTasks

if TYPE_CHECKING:
    from poyo_desktop.api import PoyoClient

log = logging.getLogger(__name__)


class AccountService(QObject):
    """Asks PoYo who we are and how many credits are left; never raises into the UI."""

    check_finished = Signal(bool, str)  # ok, a sentence for a person
    balance_changed = Signal(float, object)  # credits, datetime of the reading
    balance_failed = Signal(str)  # plain words: why the balance could not be read

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending = BackgroundTasks()

    def check(self, api_key: str, base_url: str) -> None:
        """Test a key against ``base_url`` (the Settings dialog's "Test connection")."""
        if not api_key.strip():
            self.check_finished.emit(False, translate("Account", "Enter your API key first."))
            return
        self._pending.run(
            self._check(api_key, base_url),
            name="connection test",
            on_error=lambda words: self.check_finished.emit(False, words),
            failure=translate("Account", "The test could not run"),
        )

    async def _check(self, api_key: str, base_url: str) -> None:
        from poyo_desktop.api import PoyoClient  # the HTTP stack, when first needed

        client = PoyoClient(api_key, base_url)
        try:
            balance = await client.balance()
        except PoyoError as exc:
            log.info("connection test failed: %s", exc.detail)
            self.check_finished.emit(False, exc.final_message)
            return
        except Exception as exc:  # an address that is not a URL, say
            log.exception("connection test crashed")
            self.check_finished.emit(
                False, translate("Account", "The test could not run: {reason}").format(reason=exc)
            )
            return
        finally:
            await client.aclose()
        if balance.email:
            words = translate("Account", "Connected as {email}. {credits} credits left.")
        else:
            words = translate("Account", "Connected. {credits} credits left.")
        credits = f"{balance.credits:,.0f}"
        self.check_finished.emit(True, words.format(email=balance.email, credits=credits))
        self.balance_changed.emit(balance.credits, balance.fetched_at)

    def refresh(self, client: PoyoClient) -> None:
        self._pending.run(
            self._refresh(client),
            name="balance refresh",
            on_error=self.balance_failed.emit,
            failure=translate("Account", "The balance could not be read"),
        )

    async def _refresh(self, client: PoyoClient) -> None:
        try:
            balance = await client.balance()
        except PoyoError as exc:
            log.info("balance refresh failed: %s", exc.detail)
            self.balance_failed.emit(exc.final_message)  # it was retried already
            return
        self.balance_changed.emit(balance.credits, balance.fetched_at or datetime.now())

    async def close(self) -> None:
        """Stop the checks in flight, before their clients close under them (a refresh
        left running would fail with "the client has been closed", unheard)."""
        await self._pending.close()
