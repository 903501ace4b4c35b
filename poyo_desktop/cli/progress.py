"""How the command line shows what happens: a live line per job on a terminal (plain ANSI),
one plain line per change when the output is a file or a pipe, JSON lines with ``--json``.

Every event comes here, whether the app sent it over the socket or this process made it.
A reader that goes away (``| head -1``) silences it and stops nothing (see ``cli/pipe``).
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path
from typing import Any, TextIO

from poyo_desktop.cli import exits
from poyo_desktop.cli.jobview import changes_line, ended, exit_code, label, line
from poyo_desktop.cli.pipe import guarded


class Printer:
    """Shows events and remembers the jobs they were about, for the exit code."""

    def __init__(
        self, *, as_json: bool, out: TextIO | None = None, output: Path | None = None
    ) -> None:
        self.out = out or sys.stdout
        self.as_json = as_json
        self.live = not as_json and self.out.isatty()
        self.output = output  # copy finished videos here
        self.jobs: dict[str, dict[str, Any]] = {}
        self.followed: set[str] = set()  # the jobs this command made or resumed
        self.not_sent = 0
        self.ledger: dict[str, Any] | None = None  # what a "ledger" request answered
        self.review: dict[str, Any] | None = None  # what a "review" request answered
        self.refused = False
        self.paused = False  # sending is paused: the videos made wait in the queue
        self.end_code: int | None = None
        self._shown: dict[str, str] = {}  # job id -> the line last printed (plain mode)
        self._drawn = 0  # lines of the live block on screen

    def say(self, text: str) -> None:
        """A sentence for the person (with --json, a ``note`` event: stdout stays JSON)."""
        if self.as_json:
            self._print(json.dumps({"event": "note", "message": text}))
        else:
            self._clear()
            self._print(text)
            self._draw()

    def _print(self, text: str) -> None:
        with guarded():
            print(text, file=self.out, flush=True)

    def last_word(self, text: str) -> None:
        """The closing sentence, below the live lines (which stay as they ended)."""
        self._drawn = 0
        self.live = False
        self.say(text)

    def event(self, event: dict[str, Any]) -> None:
        kind = event.get("event")
        if self.as_json and kind not in ("end", "review"):  # a review is the caller's to show
            self._print(json.dumps(event))
        if kind in ("added", "job"):
            self._job(event["job"], added=kind == "added")
        elif kind == "jobs":
            for job in event["jobs"]:
                self.jobs[job["id"]] = job
        elif kind == "ledger":
            self.ledger = event
        elif kind == "review":
            self.review = event
        elif kind in ("refused", "not_sent", "note", "paused", "sending"):
            self.refused = self.refused or kind == "refused"
            self.paused = self.paused or kind == "paused"
            self.not_sent += kind == "not_sent"
            if not self.as_json:
                picture = event.get("picture")
                prefix = f"{Path(picture).name}: " if picture else ""
                self.say(prefix + str(event.get("message", "")))
        elif kind == "prepared" and not self.as_json:
            self.say(changes_line(str(event["name"]), event["changes"]))
        elif kind == "end":
            self.end_code = int(event.get("code", 0))

    def _job(self, job: dict[str, Any], *, added: bool) -> None:
        self.jobs[job["id"]] = job
        self.followed.add(job["id"])
        if ended(job["state"]) and job["state"] == "finished":
            self._copy(job)
        if self.as_json:
            return
        if self.live:
            self._clear()
            self._draw()
            return
        text = line(job)
        state_line = job["state"]
        if added or self._shown.get(job["id"]) != state_line:
            self._shown[job["id"]] = state_line
            self._print(("sent to the queue  " if added else "") + text)

    def _copy(self, job: dict[str, Any]) -> None:
        source = job.get("output_path")
        if self.output is None or not source or job.get("copied"):
            return
        self.output.mkdir(parents=True, exist_ok=True)
        target = self.output / Path(source).name
        shutil.copy2(source, target)
        job["copied"] = str(target)

    def _clear(self) -> None:
        if self.live and self._drawn:
            with guarded():
                self.out.write(f"\x1b[{self._drawn}F\x1b[J")
            self._drawn = 0

    def _draw(self) -> None:
        if not self.live or not self.jobs:
            return
        width = shutil.get_terminal_size().columns - 1
        rows = [line(job)[:width] for job in self.jobs.values()]
        with guarded():
            self.out.write("".join(row + "\n" for row in rows))
            self.out.flush()
        self._drawn = len(rows)

    def code(self) -> int:
        """The exit code the jobs seen (and the end event) add up to."""
        code = exit_code([self.jobs[i] for i in self.followed])
        if self.paused and code in (exits.DONE, exits.NOT_SENT):
            return exits.PAUSED  # held by the pause, not by a limit
        if self.end_code:
            return self.end_code if code == 0 else code
        return code

    def summary(self) -> str:
        states = [job["state"] for job in self.jobs.values()]
        counts = {s: states.count(s) for s in dict.fromkeys(states)}
        parts = [f"{n} {label(s).lower()}" for s, n in counts.items()]
        if self.not_sent:
            parts.append(f"{self.not_sent} not sent")
        return ", ".join(parts)
