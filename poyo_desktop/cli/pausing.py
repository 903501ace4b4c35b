"""``poyo-desktop pause`` and ``poyo-desktop resume``: the window's Pause Sending toggle from
a terminal, done by the owner of the history (the window, whose toolbar then shows it, or
this process headless). See ``cli/sending`` for what each does."""

from __future__ import annotations

import argparse

from poyo_desktop.cli.progress import Printer
from poyo_desktop.cli.session import perform


def run(args: argparse.Namespace) -> int:
    printer = Printer(as_json=args.json)
    message = {
        "op": args.command,
        "demo": bool(getattr(args, "demo", False)),
        "wait": bool(getattr(args, "wait", False)),
    }
    return perform(args, message, printer)
