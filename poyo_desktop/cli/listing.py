"""``poyo-desktop list`` and ``poyo-desktop status``: the history, as the window's list has it."""

from __future__ import annotations

import argparse
import json

from poyo_desktop.cli import exits
from poyo_desktop.cli.jobview import label, line
from poyo_desktop.cli.progress import Printer
from poyo_desktop.cli.session import fail, perform


def _read(args: argparse.Namespace, message: dict[str, object]) -> tuple[int, Printer]:
    printer = Printer(as_json=False)  # collects; printed below, once
    code = perform(args, message, printer)
    return code, printer


def run_list(args: argparse.Namespace) -> int:
    code, printer = _read(args, {"op": "list", "states": args.state or []})
    if code not in (exits.DONE,):
        return code
    for job in printer.jobs.values():
        print(json.dumps(job) if args.json else line(job), flush=True)
    return exits.DONE


def run_status(args: argparse.Namespace) -> int:
    code, printer = _read(args, {"op": "status", "task": args.task})
    if code not in (exits.DONE,):
        return code
    found = list(printer.jobs.values())
    if not found:
        return fail(f"No task in the history matches {args.task!r}.", exits.BAD_INPUT)
    if len(found) > 1 and not args.json:
        print("\n".join(line(job) for job in found))
        return fail(f"{len(found)} tasks match {args.task!r}: give more of the id.", 2)
    for job in found:
        if args.json:
            print(json.dumps(job))
            continue
        print(line(job))
        for key in ("id", "task_id", "model", "duration", "prompt", "picture", "batch_id"):
            print(f"  {key}: {job.get(key) or '-'}")
        print(f"  state: {label(job['state'])}")
        for key in ("output_path", "credits", "error", "created_at"):
            if job.get(key) is not None:
                print(f"  {key}: {job[key]}")
    return exits.DONE
