"""A reader that goes away (``poyo-desktop list --json | head -1``): the command ends quietly,
with no traceback, exit 141 (128 + SIGPIPE, as other tools), and work under way is done."""

from __future__ import annotations

import os
import subprocess

from tests.cli.conftest import CHECKOUT, QUICK, command, environment, listed
from tests.images import write_png


def into_a_closed_pipe(data_dir, *args) -> subprocess.CompletedProcess[str]:
    """Run a command whose standard output is a pipe nobody reads any more: its first
    write meets the closed end, every time (``head -1`` leaves as early as this, or later)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run(
            command(data_dir, *args),
            cwd=CHECKOUT,
            env=environment(),
            stdout=write_end,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
            timeout=120,
        )
    finally:
        os.close(write_end)


def quiet(done: subprocess.CompletedProcess[str]) -> bool:
    said = done.stderr
    return "Traceback" not in said and "BrokenPipe" not in said and "Exception ignored" not in said


def test_a_closed_pipe_ends_each_command_quietly_and_loses_no_work(data_dir, tmp_path):
    photo = write_png(tmp_path / "quay.png", 480, 320)
    made = into_a_closed_pipe(
        data_dir, "generate", "--image", photo, "--prompt", "Quay", "--demo", *QUICK
    )
    assert made.returncode == 141 and quiet(made), made.stderr
    [job] = listed(data_dir)  # the video was made all the same, without an audience
    assert job["state"] == "finished" and job["prompt"] == "Quay"

    for args in (("list", "--json"), ("list",), ("status", job["id"][:8]), ("ledger",)):
        done = into_a_closed_pipe(data_dir, *args)
        assert (done.returncode, done.stderr) == (141, ""), (args, done.stderr)
    helped = into_a_closed_pipe(data_dir, "list", "--help")  # argparse's own writing
    assert helped.returncode in (0, 141) and quiet(helped), helped.stderr
