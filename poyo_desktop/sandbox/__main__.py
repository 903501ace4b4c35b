"""``python -m poyo_desktop.sandbox``: run the sandbox in the foreground until Ctrl+C."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from pathlib import Path
from types import FrameType

from poyo_desktop.sandbox.runner import Sandbox


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m poyo_desktop.sandbox",
        description="A local PoYo-compatible server on 127.0.0.1 (no internet, simulated videos).",
    )
    parser.add_argument("--port", type=int, default=8765, help="port (0 = any free port)")
    parser.add_argument("--task-seconds", type=float, default=15.0, help="life of a task")
    parser.add_argument("--api-key", default=None, help="accept only this key (default: any)")
    parser.add_argument("--credits", type=float, default=2000, help="starting balance")
    parser.add_argument("--data-dir", type=Path, default=None, help="uploads and render cache")
    parser.add_argument("--video-long-side", type=int, default=960, help="video size in pixels")
    parser.add_argument("-v", "--verbose", action="store_true", help="log every task step")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    sandbox = Sandbox(
        task_seconds=args.task_seconds,
        api_key=args.api_key,
        credits=args.credits,
        data_dir=args.data_dir,
        video_long_side=args.video_long_side,
        port=args.port,
    )
    try:
        url = sandbox.start()
    except OSError as exc:
        print(f"cannot listen on port {args.port}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"PoYo sandbox listening on {url}", flush=True)
    print("Press Ctrl+C to stop.", flush=True)

    done = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        done.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    try:
        while not done.wait(0.5):  # a timed wait keeps Ctrl+C responsive on Windows too
            if not sandbox.running:
                print("the sandbox server stopped unexpectedly", file=sys.stderr)
                return 1
    finally:
        sandbox.stop()
    print("PoYo sandbox stopped.", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
