"""The command line on its own: no app runs on the history, so this process owns the data
folder (its lock) and runs the services without a window (QCoreApplication + qasync: the
services' signals and timers are Qt's), then gives the folder back.

While it runs, its socket answers every later start ``busy`` with a sentence saying what it
does: a window started meanwhile says so and opens once the command has ended
(boot/folder_busy.py); another command line says so and sends nothing.

With no app to follow them, its videos are followed here until they end (``--wait`` is
implied), and the work the last session left unfinished is resumed and followed too.
Ctrl+C stops waiting: every job is saved in an honest state and resumes at the next start.
The window's "Pause Sending", kept in the history, holds here too: what is made or left
waits unsent until ``poyo-desktop resume`` (or Resume Sending in the window).
"""

from __future__ import annotations

import asyncio
import sys
from typing import TYPE_CHECKING, Any

from poyo_desktop.boot.instance_protocol import Reply, decode
from poyo_desktop.cli import exits, sending
from poyo_desktop.cli.progress import Printer
from poyo_desktop.core.states import JobState

if TYPE_CHECKING:
    from poyo_desktop.boot.compose import AppContext
    from poyo_desktop.boot.options import Options
    from poyo_desktop.boot.single_instance import Ownership

_SENDING = ("generate", "resume")  # the requests that send: the last session's work resumes


def run_headless(
    ownership: Ownership, message: dict[str, Any], printer: Printer, options: Options, busy: str
) -> int:
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is None:
        QCoreApplication([sys.argv[0]])
    import qasync

    from poyo_desktop.runtime.logging_setup import setup_logging
    from poyo_desktop.services.paths import AppPaths

    setup_logging(AppPaths.default(options.data_dir).log_dir)
    try:
        ownership.serve(busy=busy)
        return int(qasync.run(_run(message, printer, options)))
    finally:
        ownership.release()


async def _run(message: dict[str, Any], printer: Printer, options: Options) -> int:
    from poyo_desktop.boot.compose import build_context
    from poyo_desktop.boot.quit_signals import QuitOnSignals
    from poyo_desktop.cli.engine import Engine

    interrupted = asyncio.Event()
    signals = QuitOnSignals(interrupted.set)
    signals.install()
    ctx = await build_context(options, defer_demo=True)
    try:
        engine = Engine(ctx.services(), headless=True)
        reply = Reply(lambda raw: printer.event(decode(raw)), lambda: None)
        work = asyncio.ensure_future(_work(ctx, engine, message, reply, printer))
        stop = asyncio.ensure_future(interrupted.wait())
        await asyncio.wait({work, stop}, return_when=asyncio.FIRST_COMPLETED)
        stop.cancel()
        if not work.done():
            work.cancel()
            await asyncio.gather(work, return_exceptions=True)
            reply.gone()
            printer.say(_left_behind(ctx))
            return exits.INTERRUPTED
        return printer.code()
    finally:
        await ctx.close()
        signals.remove()


async def _work(
    ctx: AppContext, engine: Any, message: dict[str, Any], reply: Reply, printer: Printer
) -> None:
    if message.get("op") not in _SENDING or bool(message.get("demo")) != ctx.demo:
        await engine.handle(message, reply)  # reading, pausing, or refused as the app does
        return
    if await sending.is_paused(ctx.jobs):  # as the window left it: nothing unsent goes
        await sending.hold_unsent(ctx.services())
    left = [job.id for job in await ctx.store.unfinished() if not job.held]
    if left:
        printer.say(f"Resuming {len(left)} unfinished task(s) from the last session.")
    await ctx.resume()
    resumed = Reply(lambda raw: printer.event(decode(raw)), lambda: None)  # its own end
    follow_left = asyncio.ensure_future(_report(engine, ctx, left, resumed)) if left else None
    await engine.handle({**message, "wait": True}, reply)
    if follow_left is not None:
        await follow_left


async def _report(engine: Any, ctx: AppContext, ids: list[str], reply: Reply) -> None:
    """The resumed jobs' changes, shown like the new ones'."""
    from poyo_desktop.cli.jobview import view

    for job_id in ids:
        job = ctx.jobs.get(job_id)
        if job is not None:
            reply.send("added", job=view(job))
    await engine.follow(set(ids), reply)


def _left_behind(ctx: AppContext) -> str:
    """What Ctrl+C leaves, in plain words: nothing is lost or sent twice."""
    jobs = [job for job in ctx.jobs.jobs() if not job.state.is_terminal]
    paid = sum(1 for job in jobs if job.remote_id)
    waiting = sum(1 for job in jobs if not job.remote_id and job.state is not JobState.SUBMITTING)
    text = "Stopped waiting."
    if paid:
        text += f" {paid} video(s) already sent to PoYo will be followed at the next start."
    if waiting:
        text += f" {waiting} not sent yet wait in the history and will be sent at the next start."
    return text + " Nothing is lost or sent twice."
