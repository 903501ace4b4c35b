"""``poyo-desktop COMMAND …``: the command line's entry, called by boot/main.py before any
window code is loaded."""

from __future__ import annotations

import argparse
import os
import sys

from poyo_desktop.cli import exits, pipe
from poyo_desktop.cli.args import parse
from poyo_desktop.cli.console import attach_parent_console


def run(argv: list[str]) -> int:
    # Qt's image readers and socket work without a display: never ask for one.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    attach_parent_console()  # a windowed Windows build: the terminal it was started from
    try:
        code = _dispatch(parse(argv))
        sys.stdout.flush()  # here, not at exit, where a closed pipe could not be handled
    except BrokenPipeError:  # ``poyo-desktop list | head -1``: the reader has all it wanted
        pipe.reader_gone()
        return exits.PIPE_CLOSED
    if pipe.went_away() and code == exits.DONE:
        return exits.PIPE_CLOSED
    return code


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "generate":
        from poyo_desktop.cli.generate import run as generate

        return generate(args)
    if args.command == "batch":
        from poyo_desktop.cli.batch import run as batch

        return batch(args)
    if args.command == "list":
        from poyo_desktop.cli.listing import run_list

        return run_list(args)
    if args.command == "status":
        from poyo_desktop.cli.listing import run_status

        return run_status(args)
    if args.command == "frame":
        from poyo_desktop.cli.frame import run as frame

        return frame(args)
    if args.command in ("pause", "resume"):
        from poyo_desktop.cli.pausing import run as pausing

        return pausing(args)
    from poyo_desktop.cli.ledger import run as ledger

    return ledger(args)
