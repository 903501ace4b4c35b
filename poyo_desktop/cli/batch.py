"""``poyo-desktop batch``: one video per picture, one shared batch id, a review sheet first.

Kept small on purpose: the batch rules of the window (core/batch.py, another change of issue
18) can replace :func:`review` once they are in this version.
"""

from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass, field
from pathlib import Path

from poyo_desktop.cli import exits
from poyo_desktop.cli.drafts import draft_message, make_draft, pictures, problems
from poyo_desktop.cli.progress import Printer
from poyo_desktop.cli.session import fail, perform
from poyo_desktop.core.draft import JobDraft
from poyo_desktop.core.job import new_id
from poyo_desktop.core.prices import CREDIT_USD, price_credits


@dataclass
class Review:
    items: list[JobDraft] = field(default_factory=list)
    refused: list[tuple[Path, str]] = field(default_factory=list)

    @property
    def credits(self) -> int:
        return sum(price_credits(d.model, d.duration) or 0 for d in self.items)


def prompts_from(path: Path | None) -> dict[str, str]:
    """``file,prompt`` rows (a header row is allowed): a picture's own prompt, by name."""
    if path is None:
        return {}
    with path.open(newline="", encoding="utf-8") as rows:
        found = {Path(r[0]).name: r[1] for r in csv.reader(rows) if len(r) >= 2 and r[0]}
    found.pop("file", None)
    return found


def review(args: argparse.Namespace, batch_id: str) -> Review:
    own = prompts_from(args.prompts)
    sheet = Review()
    for picture in pictures(args.inputs):
        draft = make_draft(
            image=picture,
            end=args.end,
            prompt=own.get(picture.name, args.prompt),
            negative=args.negative,
            model=args.model,
            duration=args.duration,
            batch_id=batch_id,
        )
        why = problems(draft)
        if why:
            sheet.refused.append((picture, " ".join(why)))
        else:
            sheet.items.append(draft)
    return sheet


def sheet_text(sheet: Review, *, demo: bool = False) -> str:
    lines = [f"Review: {len(sheet.items)} video(s)"]
    for n, draft in enumerate(sheet.items, 1):
        price = price_credits(draft.model, draft.duration)
        name = Path(draft.start_image or "").name
        lines.append(
            f"  {n:>3}  {name}  {draft.model} {draft.duration} s  {price} credits  "
            f"{draft.prompt[:40]!r}"
        )
    money = f"{sheet.credits} credits (about ${sheet.credits * CREDIT_USD:.2f})"
    # As the window says it: demo videos are simulated here, for free.
    lines.append(f"Total: free in demo mode ({money} with a key)" if demo else f"Total: {money}")
    if sheet.refused:
        lines.append(f"Left out ({len(sheet.refused)}):")
        lines += [f"  {path.name}: {why}" for path, why in sheet.refused]
    return "\n".join(lines)


def confirmed(sheet: Review) -> bool:
    print(f"Send {len(sheet.items)} video(s) for {sheet.credits} credits? [y/N] ", end="")
    # (demo: the sheet's total says they are free)
    sys.stdout.flush()
    answer = sys.stdin.readline().strip().lower()
    return answer in ("y", "yes")


def run(args: argparse.Namespace) -> int:
    batch_id = new_id()
    sheet = review(args, batch_id)
    out = sys.stderr if args.json else sys.stdout
    print(sheet_text(sheet, demo=args.demo), file=out, flush=True)
    if not sheet.items:
        return fail("No picture can be sent. Nothing was sent.", exits.BAD_INPUT)
    if not args.yes and not confirmed(sheet):
        return fail("Nothing was sent.", exits.NOT_SENT)
    printer = Printer(as_json=args.json, output=args.output)
    message = {
        "op": "generate",
        "items": [draft_message(d) for d in sheet.items],
        "wait": args.wait,
        "demo": args.demo,
        "batch_id": batch_id,
    }
    code = perform(args, message, printer)
    if not args.json and code != exits.INTERRUPTED:
        printer.last_word(f"Batch {batch_id[:8]}: {printer.summary()}")
    return code
