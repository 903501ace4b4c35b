"""``poyo-desktop generate``: one video, checked as the window checks it."""

from __future__ import annotations

import argparse

from poyo_desktop.cli import exits
from poyo_desktop.cli.drafts import draft_message, make_draft, problems
from poyo_desktop.cli.jobview import ended
from poyo_desktop.cli.progress import Printer
from poyo_desktop.cli.session import fail, perform


def run(args: argparse.Namespace) -> int:
    draft = make_draft(
        image=args.image,
        end=args.end,
        prompt=args.prompt,
        negative=args.negative,
        model=args.model,
        duration=args.duration,
    )
    refused = problems(draft)
    if refused:
        return fail("\n".join(refused) + "\nNothing was sent.", exits.BAD_INPUT)
    printer = Printer(as_json=args.json, output=args.output)
    message = {"op": "generate", "items": [draft_message(draft)], "wait": args.wait}
    message["demo"] = args.demo
    code = perform(args, message, printer)
    if not args.json and printer.jobs and code != exits.INTERRUPTED:
        printer.last_word(printer.summary() + _still_going(printer))
    return code


def _still_going(printer: Printer) -> str:
    """Handed to the running app without --wait: where the work goes on."""
    if all(ended(job["state"]) for job in printer.jobs.values()):
        return ""
    return " (PoYo Desktop goes on with it: see its list, or poyo-desktop status ID)"
