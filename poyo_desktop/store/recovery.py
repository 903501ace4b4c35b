"""Moving a damaged history file aside and telling the person what was saved from it."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from poyo_desktop.core.job import Job
from poyo_desktop.store.salvage import salvage

logger = logging.getLogger(__name__)

SIDE_FILES = ("-wal", "-shm")


@dataclass(frozen=True, slots=True)
class RecoveryReport:
    """What happened when the history file was found damaged on open."""

    backup_path: Path  # the damaged file, kept as it was (its -wal/-shm beside it)
    rows_salvaged: int
    problem: str  # what SQLite reported, for "copy details"

    @property
    def message(self) -> str:
        if self.rows_salvaged == 0:
            recovered = "none of your tasks could be recovered"
        elif self.rows_salvaged == 1:
            recovered = "1 of your tasks was recovered"
        else:
            recovered = f"{self.rows_salvaged} of your tasks were recovered"
        return f"Your history file was damaged. A copy was kept at {self.backup_path}; {recovered}."


def backup_pattern(path: Path) -> str:
    """Glob for the copies :func:`move_aside` makes next to ``path``."""
    return f"{path.name}.corrupt-*.bak"


def move_aside(path: Path) -> Path:
    """Rename ``path`` and its -wal/-shm to ``<name>.corrupt-<UTC time>.bak[-wal|-shm]``.

    The WAL keeps its pairing with the copy, so opening the copy with any SQLite tool sees
    the same content the app saw. Raises OSError when the file cannot be moved.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    backup = path.with_name(f"{path.name}.corrupt-{stamp}.bak")
    number = 1
    while any(Path(f"{backup}{side}").exists() for side in ("", *SIDE_FILES)):
        number += 1
        backup = path.with_name(f"{path.name}.corrupt-{stamp}-{number}.bak")
    for side in SIDE_FILES:
        source = Path(f"{path}{side}")
        if source.exists():
            os.replace(source, f"{backup}{side}")
    os.replace(path, backup)
    return backup


def move_aside_and_salvage(path: Path) -> tuple[Path, list[Job]]:
    """Keep the damaged file as a backup and read from it every job that can be read."""
    backup = move_aside(path)
    logger.warning("history file %s was damaged; kept as %s", path, backup)
    wal = Path(f"{backup}-wal")
    jobs = salvage(backup, wal if wal.exists() else None)
    logger.warning("salvaged %d jobs from %s", len(jobs), backup)
    return backup, jobs
