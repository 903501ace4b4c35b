"""``poyo-desktop batch``: one video per picture (or several: ``--copies``), one shared batch
id, and the window's review sheet first.

The pictures are checked here (``cli/batch_input``); the review is made by the owner of the
history (the running app, or this process headless: a ``review`` request), since it needs
the history ("made before"), the balance and the spending ledger; confirming sends the
drafts that review listed (a ``generate`` request), so what is sent is what was shown.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from poyo_desktop.cli import exits
from poyo_desktop.cli.args import MODELS
from poyo_desktop.cli.batch_input import InputError, Pictures, check_pictures, gather, prompts_from
from poyo_desktop.cli.drafts import settings_problems
from poyo_desktop.cli.fitting import Fitted, fit_end, fitting_from, prepared_event
from poyo_desktop.cli.jobview import changes_line
from poyo_desktop.cli.progress import Printer
from poyo_desktop.cli.session import fail, perform
from poyo_desktop.cli.sheet import left_out_text, question, sheet_text
from poyo_desktop.core.job import new_id

NOTHING_SENT = "Nothing was sent."


def shared_message(args: argparse.Namespace, end: Fitted | None) -> dict[str, Any]:
    """The settings every video shares, as the review request carries them (the end image
    only on Pro, as the window's batch sends it: ``end``, made fit)."""
    return {
        "model": MODELS[args.model],
        "duration": args.duration,
        "prompt": args.prompt,
        "negative_prompt": args.negative,
        "end_image": str(end.path.absolute()) if end else None,
        "end_image_original": str(end.original.absolute()) if end and end.original else None,
        "copies": args.copies,
    }


def _input(args: argparse.Namespace) -> tuple[Pictures, Fitted | None] | str:
    """The checked pictures and end image, or why the command cannot go on (nothing asked,
    nothing sent)."""
    model = MODELS[args.model]
    how = fitting_from(args)
    end = fit_end(model, args.end, how)
    refused = settings_problems(
        model=model,
        prompt=args.prompt,
        duration=args.duration,
        negative_prompt=args.negative,
        end=args.end,
    ) + (end if isinstance(end, list) else [])
    if refused or isinstance(end, list):
        return "\n".join(refused)
    try:
        return check_pictures(gather(args.inputs), prompts_from(args.prompts), how), end
    except InputError as error:
        return str(error)


def _prepared(found: Pictures, end: Fitted | None) -> list[dict[str, Any]]:
    """What sending changes in each picture (and the end image), for the sheet."""
    said = [
        {"name": item["name"], "sent_as": item["picture"], "changes": item["changes"]}
        for item in found.items
        if item["changes"]
    ]
    if end is not None and end.changes:
        event = prepared_event(end)
        said.append({key: event[key] for key in ("name", "sent_as", "changes")})
    return said


def _all_refused(found: Pictures, out: TextIO) -> int:
    lines = [f"Not sent ({len(found.refused)}):"]
    lines += [f"  • {left.name}: {left.reason}" for left in found.refused]
    print("\n".join(lines), file=out, flush=True)
    return fail(f"No picture can be sent. {NOTHING_SENT}", exits.BAD_INPUT)


def _review(
    args: argparse.Namespace, found: Pictures, end: Fitted | None, batch_id: str
) -> tuple[int, dict[str, Any] | None]:
    """The owner's review of the batch: the exit code, and its answer (None: refused)."""
    message = {
        "op": "review",
        "demo": args.demo,
        "batch_id": batch_id,
        "shared": shared_message(args, end),
        "items": found.items,
        "refused": [{"name": left.name, "reason": left.reason} for left in found.refused],
        "include_made_before": args.include_made_before,
    }
    printer = Printer(as_json=args.json)  # says a refusal; keeps the review
    code = perform(args, message, printer)
    if printer.review is None:
        return code or exits.FAILED, None
    return code, printer.review


def confirmed(sheet: dict[str, Any], out: TextIO) -> bool:
    print(question(sheet), end="", file=out, flush=True)
    answer = sys.stdin.readline().strip().lower()
    return answer in ("y", "yes")


def run(args: argparse.Namespace) -> int:
    words = sys.stderr if args.json else sys.stdout  # with --json, stdout is JSON alone
    checked = _input(args)
    if isinstance(checked, str):
        return fail(f"{checked}\n{NOTHING_SENT}", exits.BAD_INPUT)
    found, end = checked
    if not found.items:
        return _all_refused(found, words)
    batch_id = new_id()
    code, answer = _review(args, found, end, batch_id)
    if answer is None:
        return code
    sheet = {**answer["sheet"], "prepared": _prepared(found, end)}
    if args.json:
        print(json.dumps({"event": "review", "batch_id": batch_id, **sheet}), flush=True)
    if sheet["prepared"]:
        lines = [changes_line(said["name"], said["changes"]) for said in sheet["prepared"]]
        print("\n".join(lines), file=words, flush=True)
    if sheet["problems"]:  # refused as the window's form refuses it: no sheet to confirm
        print(left_out_text(sheet), file=words, flush=True)
        return fail("\n".join(sheet["problems"]) + f"\n{NOTHING_SENT}", exits.BAD_INPUT)
    print(sheet_text(sheet), file=words, flush=True)
    if not args.yes and not confirmed(sheet, words):
        return fail(NOTHING_SENT, exits.NOT_SENT)
    return _send(args, answer["drafts"], batch_id)


def _send(args: argparse.Namespace, drafts: list[dict[str, Any]], batch_id: str) -> int:
    printer = Printer(as_json=args.json, output=args.output)
    message = {
        "op": "generate",
        "items": drafts,
        "wait": args.wait,
        "demo": args.demo,
        "batch_id": batch_id,
    }
    code = perform(args, message, printer)
    if not args.json and code != exits.INTERRUPTED:
        printer.last_word(f"Batch {batch_id[:8]}: {printer.summary()}")
    return code
