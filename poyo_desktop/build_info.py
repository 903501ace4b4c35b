"""The exact build this is: version, commit, build date, and how it was packaged.

A packaged app reads ``build-info.json``, which packaging/build_stamp.py writes beside this
module at build time; a source checkout asks git (``git describe``), when something first
wants to know. Nobody asks at start-up: ``--version``, Help ▸ About and the update check do,
and the update check warms the answer on a worker thread once start-up has settled.
"""

from __future__ import annotations

import json
import os
import subprocess
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from poyo_desktop import APP_NAME, __version__

STAMP = Path(__file__).with_name("build-info.json")
CHECKOUT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True, slots=True)
class BuildInfo:
    version: str
    commit: str  # short hash, "-modified" when built from changed files; "" if unknown
    built: str  # "2026-01-31 12:00 UTC"; for a checkout, its last commit's date
    channel: str  # "deb", "portable", "windows", "macos", or "source"
    release_feed: str = ""  # the project's "latest release" JSON (POYO_RELEASE_FEED overrides)
    describe: str = ""  # git describe, for a source checkout

    @property
    def updated_by_package_manager(self) -> bool:
        """apt brings this copy's updates: the app need not look for them."""
        return self.channel == "deb"

    def details(self) -> str:
        """Which build: "commit 1a2b3c4d5e, built 2026-01-31 12:00 UTC, deb"."""
        if self.channel == "source":
            details = [f"source checkout {self.describe or 'without git'}"]
            details += [f"last commit {self.built}"] if self.built else []
        else:
            details = [f"commit {self.commit or 'unknown'}", f"built {self.built or 'unknown'}"]
            details += [self.channel] if self.channel else []
        return ", ".join(details)

    def line(self) -> str:
        """--version's answer: "PoYo Desktop 0.1.0 (commit …, built …, deb)"."""
        return f"{APP_NAME} {self.version} ({self.details()})"


def _git(*args: str) -> str:
    try:
        done = subprocess.run(
            ["git", "-C", str(CHECKOUT), *args], capture_output=True, text=True, timeout=5
        )
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return done.stdout.strip() if done.returncode == 0 else ""


def _from_checkout() -> BuildInfo:
    """Running from source: what git says about the checkout (nothing if it is not one)."""
    has_git = (CHECKOUT / ".git").exists()
    describe = _git("describe", "--tags", "--always", "--dirty") if has_git else ""
    commit, _, date = (_git("log", "-1", "--format=%h %cs") if has_git else "").partition(" ")
    feed = os.environ.get("POYO_RELEASE_FEED", "")
    return BuildInfo(__version__, commit, date, "source", feed, describe)


@cache
def build_info() -> BuildInfo:
    """This build's stamp (read once; blocking: a small file, or git for a checkout)."""
    try:
        raw = json.loads(STAMP.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return _from_checkout()
    except (OSError, ValueError):
        raw = {}
    return BuildInfo(
        version=str(raw.get("version") or __version__),
        commit=str(raw.get("commit", "")),
        built=str(raw.get("built", "")),
        channel=str(raw.get("channel", "")),
        release_feed=os.environ.get("POYO_RELEASE_FEED") or str(raw.get("release_feed", "")),
    )
