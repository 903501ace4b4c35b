"""Small helpers shared by the benchmarks."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Row:
    """One line of the results table."""

    what: str
    measure: str
    value: str
    baseline: str
    ratio: str
    budget: str
    ok: bool


def make_mp4(path: Path, size: int) -> Path:
    """A structurally complete MP4 of ``size`` bytes (ftyp + moov + one big mdat)."""
    ftyp = struct.pack(">I4s", 24, b"ftyp") + b"isom" + struct.pack(">I", 512) + b"isommp41"
    moov = struct.pack(">I4s", 16, b"moov") + struct.pack(">I4s", 8, b"free")
    body = size - len(ftyp) - len(moov) - 8
    with path.open("wb") as handle:
        handle.write(ftyp + moov + struct.pack(">I4s", body + 8, b"mdat"))
        chunk = os.urandom(1 << 20)
        left = body
        while left > 0:
            handle.write(chunk[: min(left, len(chunk))])
            left -= len(chunk)
    return path


def child_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "POYO_"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen",
               PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
               PYTHONPATH=str(ROOT))
    return env


def python() -> str:
    return sys.executable


def run(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, check=False, **kwargs)  # type: ignore[call-overload]
