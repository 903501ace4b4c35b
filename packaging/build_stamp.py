"""Stamps a build with what it is: version, commit, build date, channel and release feed.

The spec writes ``build-info.json`` and bundles it beside ``poyo_desktop/build_info.py``,
which reads it (``--version``, Help ▸ About, the update check). The .deb build re-stamps its
copy with the channel "deb" (apt brings its updates, so the app does not offer to look):

    python packaging/build_stamp.py --channel deb PATH/TO/build-info.json

Environment: SOURCE_DATE_EPOCH (the build date, for reproducible builds; else now),
POYO_BUILD_CHANNEL (default: portable, windows or macos), POYO_RELEASE_FEED (the address of
the project's "latest release" JSON; the release workflow sets it, a local build has none).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

DEFAULT_CHANNEL = {"linux": "portable", "win32": "windows", "darwin": "macos"}


def _git(root: Path, *args: str) -> str:
    try:
        done = subprocess.run(
            ["git", "-C", str(root), *args], capture_output=True, text=True, timeout=10
        )
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return done.stdout.strip() if done.returncode == 0 else ""


def commit_of(root: Path) -> str:
    """The short commit hash, marked when tracked files differ from it ("" outside git)."""
    commit = _git(root, "rev-parse", "--short=10", "HEAD")
    if commit and _git(root, "status", "--porcelain", "--untracked-files=no"):
        commit += "-modified"
    return commit


def build_date() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    when = datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)
    return when.strftime("%Y-%m-%d %H:%M UTC")


def stamp(root: Path, version: str) -> dict[str, str]:
    platform = "linux" if sys.platform.startswith("linux") else sys.platform
    return {
        "version": version,
        "commit": commit_of(root),
        "built": build_date(),
        "channel": os.environ.get("POYO_BUILD_CHANNEL") or DEFAULT_CHANNEL.get(platform, ""),
        "release_feed": os.environ.get("POYO_RELEASE_FEED", ""),
    }


def write(path: Path, info: dict[str, str]) -> None:
    path.write_text(json.dumps(info, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[0] != "--channel":
        print(__doc__, file=sys.stderr)
        return 2
    path = Path(argv[2])
    info = json.loads(path.read_text(encoding="utf-8"))
    info["channel"] = argv[1]
    write(path, info)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
