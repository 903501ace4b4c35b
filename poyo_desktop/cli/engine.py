"""What the command line's requests do, run by whichever process owns the history: the app
(handed over its single-instance socket) or the command line itself (headless). One code
path for both, so a command has the same results either way.

Each request is answered through a :class:`Reply`, one event at a time (instance_protocol).
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from poyo_desktop.boot.instance_protocol import Reply
from poyo_desktop.cli import exits, sending
from poyo_desktop.cli.drafts import draft_from
from poyo_desktop.cli.jobview import purchase_view, view
from poyo_desktop.core.job import Job
from poyo_desktop.core.query import JobQuery
from poyo_desktop.core.states import JobState
from poyo_desktop.services.not_sent import NotSent
from poyo_desktop.services.spending import month_start

if TYPE_CHECKING:
    from poyo_desktop.services.app_services import AppServices

log = logging.getLogger(__name__)

LIST_LIMIT = 100_000
NO_KEY = (
    "No API key is set, so nothing was sent. Open PoYo Desktop, choose Settings and paste "
    "your PoYo API key (or set the POYO_API_KEY environment variable); to try the app "
    "without a key, add --demo."
)
KEY_IN_USE = (
    "PoYo Desktop is running with your API key, so it cannot use the demo server for this "
    "command. Leave out --demo, or close the app first."
)


class Engine:
    """Performs the command line's requests with the owner's own services (``headless``:
    this process's own, no window running)."""

    def __init__(self, services: AppServices, *, headless: bool = False) -> None:
        self._services = services
        self._jobs = services.jobs
        self.headless = headless

    async def handle(self, message: dict[str, Any], reply: Reply) -> None:
        op = message.get("op")
        try:
            if op == "generate":
                await self._generate(message, reply)
            elif op == "list":
                await self._list(message, reply)
            elif op == "status":
                await self._status(message, reply)
            elif op == "ledger":
                await self._ledger(reply)
            elif op == "review":
                await self._review(message, reply)
            elif op == "pause":
                await sending.pause(self._services, reply)
            elif op == "resume":
                await self._resume(message, reply)
        except Exception as error:  # said to the command line; the app goes on
            log.exception("a command line request failed")
            reply.send("note", message=f"Something went wrong: {error}")
            reply.end(code=exits.FAILED)
        finally:
            if not reply.closed:
                reply.end(code=exits.DONE)

    # -- reading ---------------------------------------------------------------------------

    async def history(self, states: list[str] | None = None) -> list[Job]:
        """Every job in the history, the live copy where one is running, newest first."""
        query = JobQuery(states=frozenset(states) if states else None)  # type: ignore[arg-type]
        stored = await self._services.store.page(query, 0, LIST_LIMIT)
        return [self._jobs.get(job.id) or job for job in stored]

    async def _list(self, message: dict[str, Any], reply: Reply) -> None:
        jobs = await self.history(message.get("states"))
        reply.send("jobs", jobs=[view(job) for job in jobs])

    async def _status(self, message: dict[str, Any], reply: Reply) -> None:
        wanted = str(message.get("task", "")).strip()
        found = [
            job
            for job in await self.history()
            if wanted and (job.id.startswith(wanted) or job.remote_id == wanted)
        ]
        reply.send("jobs", jobs=[view(job) for job in found])

    async def _ledger(self, reply: Reply) -> None:
        """This month's purchases and the totals of today and this month."""
        spending = self._services.spending
        if spending is None:
            reply.send("refused", message="The spend ledger is not kept in this mode.")
            reply.end(code=exits.NOT_SENT)
            return
        totals = await spending.totals()
        rows = await spending.rows(month_start(datetime.now(UTC)))
        reply.send(
            "ledger",
            today=dataclasses.asdict(totals.today),
            month=dataclasses.asdict(totals.month),
            rows=[purchase_view(row) for row in rows],
        )

    # -- making ----------------------------------------------------------------------------

    def _other_mode(self, message: dict[str, Any], reply: Reply) -> bool:
        """Refuses (and says why) a request for demo videos from an app with a key, or for
        paid ones from an app without one."""
        mode = self._services.mode
        if bool(message.get("demo")) == mode.demo:
            return False
        reply.send("refused", message=KEY_IN_USE if mode.demo is False else NO_KEY)
        reply.end(code=exits.BAD_INPUT if message.get("demo") else exits.NOT_SENT)
        return True

    async def _review(self, message: dict[str, Any], reply: Reply) -> None:
        """A batch's review sheet, as the window would show it (cli/review_op)."""
        if self._other_mode(message, reply):
            return
        from poyo_desktop.cli.review_op import make_review

        reply.send("review", **await make_review(self._services, message))

    async def _generate(self, message: dict[str, Any], reply: Reply) -> None:
        if self._other_mode(message, reply):
            return
        self._services.mode.ensure_backend()  # the demo server, if it is not running yet
        await sending.is_paused(self._jobs)  # the saved Pause Sending holds the new videos
        added: list[Job] = []
        for item in message.get("items", []):
            result = await self._jobs.generate(draft_from(item))
            if isinstance(result, NotSent):
                reply.send("not_sent", message=result.message, picture=item.get("start_image"))
                continue
            added.append(result)
            reply.send("added", job=view(self._jobs.get(result.id) or result))
        if not added:
            reply.end(code=exits.NOT_SENT)
            return
        await self._say_if_paused(added, reply)
        if message.get("wait"):
            await self.follow({job.id for job in added}, reply)

    async def _say_if_paused(self, added: list[Job], reply: Reply) -> None:
        """Sending is paused (the window's Pause Sending): the new videos wait, unsent."""
        held = any((self._jobs.get(job.id) or job).held for job in added)
        if held and self._jobs.queue.all_paused():
            count = len(await sending.waiting(self._services))
            words = sending.paused_words(count, demo=self._services.mode.demo)
            reply.send("paused", waiting=count, message=words)

    async def _resume(self, message: dict[str, Any], reply: Reply) -> None:
        """Resume Sending; with ``wait`` (always, headless), follow what it let go."""
        if self.headless and self._other_mode(message, reply):
            return
        released = await sending.resume(self._services, reply)
        if message.get("wait") and released:
            await self.follow(released, reply)

    async def follow(self, ids: set[str], reply: Reply) -> None:
        """Tell ``reply`` every change of these jobs until each has ended (or the command
        line stops listening: the jobs go on)."""
        changes: asyncio.Queue[Job] = asyncio.Queue()

        def changed(job: Job) -> None:
            if job.id in ids:
                changes.put_nowait(job)

        self._jobs.job_changed.connect(changed)
        try:
            pending = {i for i in ids if not _ended(self._jobs.get(i))}
            while pending and not reply.closed:
                try:
                    job = await asyncio.wait_for(changes.get(), 1.0)
                except TimeoutError:
                    pending = {i for i in pending if not _ended(self._jobs.get(i))}
                    continue
                reply.send("job", job=view(job))
                if _ended(job):
                    pending.discard(job.id)
        finally:
            self._jobs.job_changed.disconnect(changed)


def _ended(job: Job | None) -> bool:
    """Nothing more will happen to it without a person: ended, or held back (paused, or
    stopped by a spending limit: the window asks, or a later command sends it)."""
    return job is None or job.state.is_terminal or (job.held and job.state is JobState.DRAFT)
