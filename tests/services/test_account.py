"""The account service's checks end with the app: none outlives the client it talks through."""

from __future__ import annotations

import asyncio

from poyo_desktop.boot.compose import build_context
from poyo_desktop.boot.options import Options
from poyo_desktop.sandbox import Fault
from tests.conftest import TEST_KEY


def test_closing_stops_a_balance_refresh_in_flight(qloop, poyo, tmp_path):
    # Every balance request: the app's own first reading (the status bar's) is one too.
    poyo.inject(Fault.slow(30.0, route="balance", times=None))
    heard: list[object] = []

    async def main() -> tuple[int, list[asyncio.Task]]:
        ctx = await build_context(
            Options(data_dir=tmp_path / "home", api_key=TEST_KEY, base_url=poyo.base_url)
        )
        ctx.account.balance_failed.connect(heard.append)
        ctx.account.balance_changed.connect(lambda *args: heard.append(args))
        ctx.account.refresh(ctx.jobs.client)
        while poyo.requests["balance"] < 2:  # the request is with the server
            await asyncio.sleep(0.01)
        pending = list(ctx.account._pending)
        await asyncio.wait_for(ctx.close(), 5)  # not the 30 s the answer would take
        return len(pending), pending

    count, pending = qloop.run_until_complete(main())
    assert count == 1
    assert all(task.cancelled() for task in pending)  # stopped, not failed unheard
    assert heard == []  # a closing app says nothing about credits
