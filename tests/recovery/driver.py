"""The app's real services in a process a test can kill: ``python -m tests.recovery.driver``.

It resumes whatever the data folder holds, optionally starts new generations, and exits
once every job has reached a state that needs a person (finished, failed or unknown),
printing one JSON line per job.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from poyo_desktop.qtfix import pin_none_refcount

pin_none_refcount()

import qasync  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from poyo_desktop.context import Options, build_context  # noqa: E402
from poyo_desktop.services.drafts import JobDraft  # noqa: E402


async def drive(args: argparse.Namespace) -> int:
    ctx = await build_context(Options(data_dir=Path(args.data_dir), force_demo=True,
                                      base_url=args.server, api_key=args.key,
                                      poll_interval=0.05))
    ctx.settings.update(download_dir=str(Path(args.data_dir) / "Videos"))
    jobs = ctx.jobs
    await jobs.resume()
    for number in range(args.generate):
        jobs.generate(JobDraft(model="kling-2.1/standard", prompt=f"recovery test {number}",
                               start_image=Path(args.image)))
    print("READY", flush=True)
    while True:
        await asyncio.sleep(0.05)
        everything = jobs.jobs()
        if (len(everything) >= args.generate and not jobs.busy_count()
                and all(job.state.is_terminal for job in everything)):
            break
    for job in everything:
        print(json.dumps({"id": job.id, "state": job.state.value, "remote_id": job.remote_id,
                          "output": job.output_path, "error": job.error_message}), flush=True)
    await ctx.close()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--server", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--generate", type=int, default=0)
    parser.add_argument("--image", default="")
    args = parser.parse_args()
    app = QApplication([sys.argv[0]])
    app.setQuitOnLastWindowClosed(False)
    return qasync.run(drive(args))


if __name__ == "__main__":
    sys.exit(main())
