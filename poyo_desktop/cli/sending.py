"""Pause Sending from the command line (``poyo-desktop pause | resume``), and what a command
says when it finds sending paused. Run by the owner of the history: the window (its toolbar
follows, through the jobs service's ``sending_pause_chosen``) or the command line headless.

It is the window's own toggle (``JobService.hold_all`` / ``resume_all``): the choice is kept
in the history, so the window and every later command find it as it was left. Headless, the
jobs of the history are not all loaded, so the videos not sent yet are first read from it
and paused one by one (:func:`hold_unsent`), as the toggle pauses those it holds.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from poyo_desktop.boot.instance_protocol import Reply
from poyo_desktop.cli.jobview import view
from poyo_desktop.core.job import Job
from poyo_desktop.services.queue_order import NOT_SENT, in_line

if TYPE_CHECKING:
    from poyo_desktop.services.app_services import AppServices
    from poyo_desktop.services.jobs import JobService

SETTLE_S = 5.0  # how long a pause or a resume of loaded jobs may take to be saved


def paused_words(count: int, *, demo: bool) -> str:
    """What a command that found sending paused says (``count`` videos wait, its own too)."""
    videos = "1 video waits" if count == 1 else f"the {count} videos wait"
    resume = "poyo-desktop resume" + (" --demo" if demo else "")
    return (
        f"Sending is paused in PoYo Desktop, so nothing was sent: {videos} in the queue; "
        f"they go when you resume in the app or run `{resume}`."
    )


def _count(count: int) -> str:
    return "1 video" if count == 1 else f"{count} videos"


def pause_words(count: int, *, already: bool) -> str:
    start = "Sending was already paused" if already else "Sending is paused"
    waiting = f" {_count(count)} wait in the queue, none of them paid." if count else ""
    return (
        f"{start}: nothing more is sent until you resume (Resume Sending in the app, or "
        f"`poyo-desktop resume`).{waiting}"
    )


def resume_words(count: int, *, was_paused: bool) -> str:
    start = "Sending is resumed" if was_paused else "Sending was not paused"
    if not count:
        return f"{start}; no video was waiting."
    verb = "goes" if count == 1 else "go"
    return f"{start}: {_count(count)} waiting {verb} now."


async def is_paused(jobs: JobService) -> bool:
    """Whether sending is paused, the saved choice read back first (the window reads it
    when it starts; a headless command, here)."""
    with contextlib.suppress(Exception):  # unreadable: sending, as the window does then
        await asyncio.shield(jobs.restore_sending_pause())
    return jobs.queue.all_paused()


async def waiting(services: AppServices) -> list[Job]:
    """The videos not sent yet, paused or not: the history's, as the owner has them now."""
    stored = await services.store.unfinished()
    return in_line(services.jobs.get(job.id) or job for job in stored)


async def _settled(done: Callable[[], bool]) -> None:
    deadline = time.monotonic() + SETTLE_S
    while not done() and time.monotonic() < deadline:
        await asyncio.sleep(0.02)


async def hold_unsent(services: AppServices) -> None:
    """Pause every video not sent yet that this process has not loaded (headless: none
    is), and wait until each is paused, so nothing is sent once the jobs are resumed."""
    jobs = services.jobs
    stored = await services.store.unfinished()
    ids = [j.id for j in stored if j.state in NOT_SENT and not j.held and jobs.get(j.id) is None]
    if ids:
        jobs.hold(ids)
        await _settled(lambda: all(_held(jobs.get(i)) for i in ids))


def _held(job: Job | None) -> bool:
    return job is not None and job.held


async def pause(services: AppServices, reply: Reply) -> None:
    """Pause Sending, as the window's toggle does; say what waits."""
    jobs = services.jobs
    already = await is_paused(jobs)
    jobs.hold_all()
    await hold_unsent(services)
    count = len(await waiting(services))
    reply.send("sending", paused=True, waiting=count, message=pause_words(count, already=already))


async def resume(services: AppServices, reply: Reply) -> set[str]:
    """Resume Sending, as the window's toggle does (the jobs must be loaded: the window
    has them, a headless command resumes them first). The ids of the videos let go."""
    jobs = services.jobs
    was_paused = await is_paused(jobs)
    held = {job.id for job in jobs.queue.waiting() if job.held}
    jobs.resume_all()  # saved first, then let go: wait for it, so they are followed
    await _settled(lambda: not any(_held(jobs.get(i)) for i in held))
    message = resume_words(len(held), was_paused=was_paused)
    reply.send("sending", paused=False, waiting=len(held), message=message)
    for job_id in held:
        job = jobs.get(job_id)
        if job is not None:
            reply.send("added", job=view(job))
    return held
