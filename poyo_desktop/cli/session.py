"""Where a command runs: handed to the app that owns the history (over its socket), or here,
headless, when none does. Both end in the same events for the same Printer."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from poyo_desktop.cli import exits
from poyo_desktop.cli.progress import Printer
from poyo_desktop.services.paths import AppPaths


def options(args: argparse.Namespace) -> Any:
    from poyo_desktop.boot.options import Options

    made = Options(
        data_dir=args.data_dir,
        force_demo=bool(getattr(args, "demo", False)),
        base_url=args.server,
        poll_interval=args.poll_interval,
    )
    if args.task_seconds is not None:
        made.demo_task_seconds = args.task_seconds
    if args.video_size:
        made.demo_video_long_side = args.video_size
    return made


def busy_sentence(args: argparse.Namespace) -> str:
    return (
        f"The command line (poyo-desktop {args.command}, started "
        f"{time.strftime('%H:%M')}) is using this task history."
    )


def perform(args: argparse.Namespace, message: dict[str, Any], printer: Printer) -> int:
    """Run ``message`` where it belongs; the exit code."""
    from poyo_desktop.boot.single_instance import take_lock
    from poyo_desktop.cli.transport import NoAnswer, ask

    data_dir = AppPaths.default(args.data_dir).data_dir
    ownership = take_lock(data_dir)
    if ownership is None:  # the app (or another command) owns the history: hand it over
        try:
            ask(data_dir, message, printer.event)
        except NoAnswer as error:
            if error.busy:
                printer.say(f"{error} Nothing was sent; try again once it has finished.")
                return exits.NOT_SENT
            printer.say(str(error))
            return exits.UNKNOWN if printer.jobs else exits.NOT_SENT
        except KeyboardInterrupt:
            printer.say(
                "Stopped waiting. The task(s) go on in PoYo Desktop; see its list, or "
                "poyo-desktop status ID."
            )
            return exits.INTERRUPTED
        return printer.code()
    from poyo_desktop.cli.headless import run_headless

    return run_headless(ownership, message, printer, options(args), busy_sentence(args))


def fail(text: str, code: int) -> int:
    print(text, file=sys.stderr)
    return code
