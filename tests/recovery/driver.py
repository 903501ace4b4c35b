"""The app's real services in a process a test can kill: ``python -m tests.recovery.driver``.

It builds the app exactly as the program does (``build_context`` on a data folder, the
download folder set in Settings), resumes whatever that folder's history holds, optionally
starts new generations, and waits until every job needs a person (finished, failed or
unknown). Then it prints the history as the window's list would show it (read from the
store, one JSON line per job) followed by ``SETTLED``, and reads what the person does next
from stdin, one command a line, as the window's task menu would call the service:

    retry <job id> | submit-again <job id> | check-again <job id> | quit
    hold <job id> | release <job id> | cancel <job id> | send-after-all <job id>
    move <job id> first|up|down|last | resume-all

``--plan`` does send-queue commands as soon as the new generations are recorded, by their
number ("hold:1,first:3,cancel:2", "uploading,hold-all"): a kill can then land while jobs are held,
reordered or cancelled. A paused job waiting in line needs a person too: it counts as
settled.

After each command it waits for the work to settle and prints the history again. A command
the service silently ignores is reported as ``IGNORED <command>`` rather than waited on
for ever.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from poyo_desktop.runtime.pyside_refcounts import pin_none_refcount

pin_none_refcount()

import qasync  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from poyo_desktop.boot.compose import build_context  # noqa: E402
from poyo_desktop.boot.options import Options  # noqa: E402
from poyo_desktop.core.draft import JobDraft  # noqa: E402
from poyo_desktop.core.job import Job  # noqa: E402
from poyo_desktop.core.query import JobQuery  # noqa: E402
from poyo_desktop.core.states import JobState  # noqa: E402

POLL = 0.05
IGNORED_AFTER = 2.0  # seconds without any sign that a command was acted on


def download_dir(data_dir: Path) -> Path:
    return data_dir / "Videos"


def describe(job: Job) -> str:
    return json.dumps(
        {
            "id": job.id,
            "state": job.state.value,
            "remote_id": job.remote_id,
            "idempotency_key": job.idempotency_key,
            "submit_attempts": job.submit_attempts,
            "output": job.output_path,
            "result_url": job.result_url,
            "error_kind": job.error_kind,
            "error": job.error_message,
            "prompt": job.prompt,
            "held": job.held,
            "queue_rank": job.queue_rank,
        }
    )


async def settle(jobs, expected: int) -> None:
    """Until the service holds at least ``expected`` jobs and none of them moves on its own."""
    while True:
        await asyncio.sleep(POLL)
        everything = jobs.jobs()
        if (
            len(everything) >= expected
            and not jobs.busy_count()
            and all(job.state.is_terminal or waits_for_a_person(job) for job in everything)
        ):
            return


def waits_for_a_person(job: Job) -> bool:
    return job.held and job.state is JobState.DRAFT


async def report(ctx) -> None:
    for job in await ctx.store.page(JobQuery(), 0, 10_000):
        print(describe(job), flush=True)
    print("SETTLED", flush=True)


async def act(ctx, line: str) -> bool:
    """Do what the person asked; False when the service showed no sign of acting on it."""
    command, _, job_id = line.partition(" ")
    job_id, _, where = job_id.partition(" ")
    if command == "resume-all":
        ctx.jobs.resume_all()
        return True
    before = await ctx.store.get(job_id)
    action = {
        "retry": ctx.jobs.retry,
        "submit-again": ctx.jobs.submit_again,
        "check-again": ctx.jobs.check_again,
        "hold": lambda job_id: ctx.jobs.hold([job_id]),
        "release": lambda job_id: ctx.jobs.release([job_id]),
        "cancel": lambda job_id: ctx.jobs.cancel([job_id]),
        "send-after-all": ctx.jobs.send_after_all,
        "move": lambda job_id: ctx.jobs.move(job_id, where),
    }[command]
    action(job_id)
    deadline = time.monotonic() + IGNORED_AFTER
    while True:  # the service saves the person's choice before it starts the work
        await asyncio.sleep(0.01)
        now = await ctx.store.get(job_id)
        if now is not None and before is not None and now.updated_at != before.updated_at:
            return True
        if time.monotonic() > deadline:
            return False


async def drive(args: argparse.Namespace) -> int:
    data = Path(args.data_dir)
    ctx = await build_context(
        Options(
            data_dir=data,
            force_demo=True,
            base_url=args.server,
            api_key=args.key,
            poll_interval=POLL,
        )
    )
    ctx.settings.update(download_dir=str(download_dir(data)), max_concurrent=args.max_concurrent)
    jobs = ctx.jobs
    await jobs.resume()
    expected = len(jobs.jobs()) + args.generate
    for number in range(args.generate):
        jobs.generate(
            JobDraft(
                model="kling-2.1/standard",
                prompt=f"recovery test {number}",
                start_image=Path(args.image),
            )
        )
    if args.plan:
        await carry_out(jobs, args.plan, expected)
    await settle(jobs, expected)
    await report(ctx)
    while True:
        line = (await asyncio.to_thread(sys.stdin.readline)).strip()
        if not line or line == "quit":
            break
        if not await act(ctx, line):
            print(f"IGNORED {line}", flush=True)
        await settle(jobs, 0)
        await report(ctx)
    await ctx.close()
    return 0


async def carry_out(jobs, plan: str, expected: int) -> None:
    """The ``--plan``'s send-queue commands, once every new generation is recorded."""
    while len(jobs.jobs()) < expected:
        await asyncio.sleep(0.001)
    by_number = {job.prompt.rsplit(" ", 1)[-1]: job.id for job in jobs.jobs()}
    for step in plan.split(","):
        if step == "uploading":  # wait until a job's upload is under way
            while not any(job.state is JobState.UPLOADING for job in jobs.jobs()):
                await asyncio.sleep(0.001)
            continue
        if step == "hold-all":
            jobs.hold_all()
            continue
        command, number = step.split(":")
        job_id = by_number[number]
        if command in ("first", "up", "down", "last"):
            jobs.move(job_id, command)
        else:
            {"hold": jobs.hold, "cancel": jobs.cancel}[command]([job_id])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--server", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--generate", type=int, default=0)
    parser.add_argument("--image", default="")
    parser.add_argument("--max-concurrent", type=int, default=3)
    parser.add_argument("--plan", default="")
    args = parser.parse_args()
    app = QApplication([sys.argv[0]])
    app.setQuitOnLastWindowClosed(False)
    return qasync.run(drive(args))


if __name__ == "__main__":
    sys.exit(main())
