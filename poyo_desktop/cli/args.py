"""The command line's grammar (argparse: no new dependency)."""

from __future__ import annotations

import argparse
from pathlib import Path

from poyo_desktop.cli.exits import EPILOG
from poyo_desktop.core.rules import MAX_COPIES
from poyo_desktop.core.states import JobState
from poyo_desktop.services.framing import SHAPES

MODELS = {"standard": "kling-2.1/standard", "pro": "kling-2.1/pro"}
FITS = ("crop", "pad", "shrink")  # what --fit does to a picture Kling refuses (cli/fitting)


def _copies(text: str) -> int:
    try:
        copies = int(text)
    except ValueError:
        copies = 0
    if not 1 <= copies <= MAX_COPIES:
        raise argparse.ArgumentTypeError(f"give a whole number from 1 to {MAX_COPIES}")
    return copies


def _common(parser: argparse.ArgumentParser, json_help: str = "one JSON object per line") -> None:
    parser.add_argument("--data-dir", type=Path, default=None, help="the app's data folder")
    parser.add_argument("--json", action="store_true", help=json_help)
    parser.add_argument("--server", default=None, help=argparse.SUPPRESS)  # tests' sandbox
    parser.add_argument("--task-seconds", type=float, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--poll-interval", type=float, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--video-size", type=int, default=None, help=argparse.SUPPRESS)


def _making(parser: argparse.ArgumentParser) -> None:
    """What generate and batch share: the form's choices."""
    parser.add_argument("--prompt", required=True, help="what should happen in the video")
    parser.add_argument("--negative", default="", help="what to avoid")
    parser.add_argument("--model", choices=sorted(MODELS), default="standard")
    parser.add_argument("--duration", type=int, choices=(5, 10), default=5, help="seconds")
    parser.add_argument("--end", type=Path, default=None, help="end image (pro only)")
    parser.add_argument("--wait", action="store_true", help="stay until the videos are made")
    parser.add_argument("--output", type=Path, default=None, help="copy finished videos here")
    parser.add_argument("--demo", action="store_true", help="use the built-in demo server")
    parser.add_argument(
        "--fit",
        choices=FITS,
        default=None,
        help="a picture outside what Kling takes: crop it (the largest centred part), "
        "pad it (bars), or shrink it (size and format only); refused otherwise",
    )
    parser.add_argument(
        "--ratio",
        choices=[name for name, _ratio in SHAPES],
        default=None,
        help="the shape --fit crop or pad makes (default: the nearest)",
    )


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="poyo-desktop",
        description="Make videos from pictures with PoYo, from a terminal.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = top.add_subparsers(dest="command", required=True)
    generate = commands.add_parser(
        "generate", help="make one video", epilog=EPILOG, formatter_class=_RAW
    )
    generate.add_argument("--image", type=Path, required=True, help="the start image")
    _making(generate)
    _common(generate)
    batch = commands.add_parser(
        "batch", help="one video per picture", epilog=EPILOG, formatter_class=_RAW
    )
    batch.add_argument("inputs", nargs="+", type=Path, help="pictures, or folders of them")
    batch.add_argument(
        "--prompts",
        type=Path,
        default=None,
        help="CSV: file,prompt[,copies] per row (a picture's own prompt and number of videos)",
    )
    batch.add_argument(
        "--copies", type=_copies, default=1, help=f"videos of each picture (1-{MAX_COPIES})"
    )
    batch.add_argument(
        "--include-made-before",
        action="store_true",
        help="also send pictures made before with the same settings (skipped otherwise)",
    )
    batch.add_argument("--yes", action="store_true", help="send without the review's question")
    _making(batch)
    _common(batch, "one JSON object per line: the review sheet, then each change")
    listing = commands.add_parser("list", help="the task history", epilog=EPILOG)
    listing.add_argument(
        "--state", action="append", choices=[s.value for s in JobState], help="only these"
    )
    _common(listing)
    status = commands.add_parser("status", help="one task", epilog=EPILOG)
    status.add_argument("task", help="a local id (or its start), or PoYo's task id")
    _common(status)
    ledger = commands.add_parser("ledger", help="what videos cost", epilog=EPILOG)
    ledger.add_argument("--csv", action="store_true", help="as CSV")
    _common(ledger)
    _sending(commands)
    _frame(commands)
    return top


def _frame(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``frame``: one frame of a video, as a lossless PNG."""
    frame = commands.add_parser(
        "frame", help="one frame of a video, as a lossless PNG", epilog=EPILOG, formatter_class=_RAW
    )
    frame.add_argument("video", type=Path, help="the video (a finished one, or any MP4)")
    which = frame.add_mutually_exclusive_group(required=True)
    which.add_argument("--last", action="store_true", help="its last frame")
    which.add_argument("--at", type=float, metavar="SECONDS", help="the frame shown then")
    frame.add_argument("-o", "--output", type=Path, required=True, help="the PNG to write")
    frame.add_argument("--json", action="store_true", help="say what was written as JSON")


def _sending(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``pause`` and ``resume``: the window's Pause Sending toggle."""
    pause = commands.add_parser(
        "pause", help="pause sending: new and waiting videos are not sent", epilog=EPILOG
    )
    _common(pause)
    resume = commands.add_parser(
        "resume", help="resume sending: the videos waiting go", epilog=EPILOG
    )
    resume.add_argument(
        "--wait", action="store_true", help="stay until they are made (always without the app)"
    )
    resume.add_argument("--demo", action="store_true", help="send them to the demo server")
    _common(resume)


_RAW = argparse.RawDescriptionHelpFormatter


def parse(argv: list[str]) -> argparse.Namespace:
    return parser().parse_args(argv)
