"""The review of a command line's batch, made by the owner of the history (the running app,
or the command line headless): the window's batch rules (``core/batch``), its words
(``core/batch_review``), the history's "made before" answers, the balance the connection
knows and where a spending limit would stop the batch. Answered as data, printed by the
command line (``cli/sheet``), so its sheet says what the window's does.

The pictures were checked by the command line (they are its files); this decides what
the review says and which drafts confirming it would send.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from poyo_desktop.cli.drafts import draft_message
from poyo_desktop.cli.sending import is_paused
from poyo_desktop.core.batch import (
    Item,
    LeftOut,
    MadeBefore,
    Plan,
    Shared,
    balance_after,
    batch_problems,
    blocking,
    drafts,
    plan,
    sameness,
)
from poyo_desktop.core.batch_review import review
from poyo_desktop.core.prices import CREDIT_USD
from poyo_desktop.services.connection_state import Link
from poyo_desktop.services.spending_words import plan_limit_words

if TYPE_CHECKING:
    from poyo_desktop.services.app_services import AppServices
    from poyo_desktop.services.connection import ConnectionStatus
    from poyo_desktop.services.spend_plan import PlanVerdict

log = logging.getLogger(__name__)

_READING = (Link.CONNECTING, Link.CONNECTED)  # the balance may come
BALANCE_WAIT_S = 5.0  # a command line just started may not have read the balance yet
PAUSED_NOTE = (
    "Sending is paused: these videos will wait in the queue, unsent and unpaid, until you "
    "resume (in the app, or `poyo-desktop resume`)."
)
LIMITS_UNCHECKED = (  # the window's words when the ledger cannot be read (ui/batch/batch_flow)
    "Your spending limits could not be checked now; each video is still checked before it is paid."
)


def shared_from(message: dict[str, Any]) -> Shared:
    raw = message.get("shared") or {}
    end, end_original = raw.get("end_image"), raw.get("end_image_original")
    return Shared(
        model=str(raw.get("model", "")),
        duration=int(raw.get("duration", 5)),
        prompt=str(raw.get("prompt", "")),
        negative_prompt=str(raw.get("negative_prompt", "")),
        end_image=Path(end) if end else None,
        end_image_original=Path(end_original) if end_original else None,
        copies=int(raw.get("copies", 1)),
    )


def items_from(message: dict[str, Any]) -> list[Item]:
    return [
        Item(
            key=key,
            picture=Path(raw["picture"]),
            name=str(raw.get("name") or Path(raw["picture"]).name),
            digest=str(raw.get("digest", "")),
            original=Path(raw["original"]) if raw.get("original") else None,
            prompt=raw.get("prompt") or None,
            copies=int(raw["copies"]) if raw.get("copies") else None,
        )
        for key, raw in enumerate(message.get("items") or [])
    ]


async def flagged(
    services: AppServices, shared: Shared, items: list[Item], include: bool
) -> list[Item]:
    """``items`` with the history's "made before" answers (included when ``include``)."""
    wanted = {key for item in items if (key := sameness(item, shared))}
    found: dict[Any, MadeBefore] = await services.store.made_before(wanted) if wanted else {}
    flagged_items = []
    for item in items:
        key = sameness(item, shared)
        made = found.get(key) if key is not None else None
        flagged_items.append(_with(item, made, include))
    return flagged_items


def _with(item: Item, made: MadeBefore | None, include: bool) -> Item:
    return replace(item, made_before=made, include=include and made is not None)


async def known_balance(
    connection: ConnectionStatus, within: float = BALANCE_WAIT_S
) -> float | None:
    """The balance, read if it is not known yet (``None``: demo, or it could not be read)."""
    if connection.current.link is Link.DEMO:
        return None
    if connection.known_credits() is None:
        settled = asyncio.Event()

        def changed(state: object) -> None:
            # read, or it will not be soon: the key refused, PoYo away or in trouble
            link = connection.current.link
            if connection.known_credits() is not None or link not in _READING:
                settled.set()

        connection.changed.connect(changed)
        try:
            connection.refresh()  # nothing new when a reading is on its way
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(settled.wait(), within)
        finally:
            connection.changed.disconnect(changed)
    return connection.known_credits()


async def limit_verdict(services: AppServices, sheet_plan: Plan, demo: bool) -> PlanVerdict | None:
    if demo or services.spending is None or not sheet_plan.videos:
        return None
    prices = [video.credits or 0 for video in sheet_plan.videos]
    return await services.spending.plan(prices, demo=demo)


async def make_review(services: AppServices, message: dict[str, Any]) -> dict[str, Any]:
    """The ``review`` event's fields: the sheet, and the drafts confirming it sends."""
    demo = services.mode.demo
    shared = shared_from(message)
    refused = [LeftOut(str(r["name"]), str(r["reason"])) for r in message.get("refused") or []]
    items = await flagged(
        services, shared, items_from(message), bool(message.get("include_made_before"))
    )
    sheet_plan = plan(shared, items, refused)
    balance = await known_balance(services.connection)
    try:
        verdict = await limit_verdict(services, sheet_plan, demo)
        note = plan_limit_words(verdict) if verdict is not None else ""
    except Exception:
        log.warning("the batch's spending check failed", exc_info=True)
        verdict, note = None, LIMITS_UNCHECKED
    problems = [p.message for p in blocking(batch_problems(shared, items))]
    sheet = sheet_data(sheet_plan, items, balance=balance, demo=demo)
    sheet.update(limit_note=note, problems=problems, limit=_limit(verdict))
    sheet["paused_note"] = PAUSED_NOTE if await is_paused(services.jobs) else ""
    batch_id = str(message.get("batch_id") or "")
    return {"sheet": sheet, "drafts": [draft_message(d) for d in drafts(sheet_plan, batch_id)]}


def _limit(verdict: PlanVerdict | None) -> dict[str, Any] | None:
    if verdict is None or verdict.within_limits:
        return None
    return {"crossed_by": verdict.crossed_by, "limit": verdict.limit, "fits": verdict.fits}


def sheet_data(
    sheet_plan: Plan, items: list[Item], *, balance: float | None, demo: bool
) -> dict[str, Any]:
    """The review as data: the window's sentences, and the figures behind them."""
    words = review(sheet_plan, balance=balance, demo=demo)
    total = sheet_plan.total_credits
    copies = {video.item.key: 0 for video in sheet_plan.videos}
    for video in sheet_plan.videos:
        copies[video.item.key] += 1
    return {
        "heading": words.heading,
        "settings": words.settings,
        "each": words.each,
        "total": words.total,
        "balance": words.balance,
        "warning": words.warning,
        "confirm": words.confirm,
        "row_price": words.row_price,
        "left_out": [
            {"name": left.name, "reason": left.reason, "line": left.line()}
            for left in sheet_plan.left_out
        ],
        "videos": [
            {
                "name": video.item.name,
                "picture": str(video.item.picture),
                "copy": video.copy + 1,
                "copies": copies[video.item.key],
                "prompt": video.prompt,
                "credits": video.credits,
                "made_before": video.item.made_before.words() if video.item.made_before else None,
            }
            for video in sheet_plan.videos
        ],
        "made_before": [_made(item) for item in items if item.made_before is not None],
        "count": sheet_plan.count,
        "demo": demo,
        "price_credits": sheet_plan.price,
        "total_credits": total,
        "total_usd": round(total * CREDIT_USD, 2) if total is not None else None,
        "balance_credits": None if demo else balance,
        "balance_after_credits": None if demo else balance_after(balance, total),
    }


def _made(item: Item) -> dict[str, Any]:
    made = item.made_before
    assert made is not None
    return {
        "name": item.name,
        "on": made.on.isoformat(),
        "under_way": made.under_way,
        "words": made.words(),
        "included": item.include,
    }
