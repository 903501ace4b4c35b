"""``poyo-desktop generate``: one video, checked as the window checks it, its pictures made
fit as the window's fixer makes them (``--fit``, see ``cli/fitting``)."""

from __future__ import annotations

import argparse

from poyo_desktop.cli import exits
from poyo_desktop.cli.args import MODELS
from poyo_desktop.cli.drafts import draft_message, make_draft, settings_problems
from poyo_desktop.cli.fitting import Fitted, fit_end, fit_picture, fitting_from, prepared_event
from poyo_desktop.cli.jobview import ended
from poyo_desktop.cli.progress import Printer
from poyo_desktop.cli.session import fail, perform


def run(args: argparse.Namespace) -> int:
    model = MODELS[args.model]
    how = fitting_from(args)
    start = fit_picture(args.image, how, subject="The start image")
    end = fit_end(model, args.end, how)
    refused = settings_problems(
        model=model,
        prompt=args.prompt,
        duration=args.duration,
        negative_prompt=args.negative,
        end=args.end,
    )
    refused += [text for fitted in (start, end) if isinstance(fitted, list) for text in fitted]
    if refused or not isinstance(start, Fitted) or isinstance(end, list):
        return fail("\n".join(refused) + "\nNothing was sent.", exits.BAD_INPUT)
    draft = make_draft(
        image=start.path,
        image_original=start.original,
        end=end.path if end else args.end,
        end_original=end.original if end else None,
        prompt=args.prompt,
        negative=args.negative,
        model=args.model,
        duration=args.duration,
    )
    printer = Printer(as_json=args.json, output=args.output)
    for fitted in (start, end):
        if fitted is not None and fitted.changes:
            printer.event(prepared_event(fitted))
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
