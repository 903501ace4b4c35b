"""Moving a damaged history file aside and telling the person what was saved from it."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from poyo_desktop.core.job import Job
from poyo_desktop.core.wording import translate
from poyo_desktop.store.images import sync_dir
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
        """What the person is told, in the window's language (said when read)."""
        if self.rows_salvaged == 0:
            said = translate(
                "StoreErrors",
                "Your history file was damaged. A copy was kept at {path}; none of your "
                "tasks could be recovered.",
            )
        elif self.rows_salvaged == 1:
            said = translate(
                "StoreErrors",
                "Your history file was damaged. A copy was kept at {path}; 1 of your tasks "
                "was recovered.",
            )
        else:
            said = translate(
                "StoreErrors",
                "Your history file was damaged. A copy was kept at {path}; {count} of your "
                "tasks were recovered.",
            )
        return said.format(path=self.backup_path, count=self.rows_salvaged)


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


def replace_damaged(
    path: Path, problem: str, build: Callable[[Path, list[Job]], None]
) -> RecoveryReport:
    """Salvage ``path``, build its replacement beside it, and only then swap the files.

    ``build(target, jobs)`` must create a complete, closed database at ``target``. If
    anything fails before the swap (a full disk, say), the damaged file is still in place
    and the next open tries again; nothing was renamed.
    """
    wal = Path(f"{path}-wal")
    jobs = salvage(path, wal if wal.exists() else None)
    fresh = path.with_name(f"{path.name}.rebuild")
    _remove_with_sides(fresh)
    try:
        build(fresh, jobs)
    except BaseException:
        _remove_with_sides(fresh)
        raise
    backup = move_aside(path)
    for side in SIDE_FILES:  # normally none: closing checkpoints and removes them
        if Path(f"{fresh}{side}").exists():
            os.replace(f"{fresh}{side}", f"{path}{side}")
    os.replace(fresh, path)
    sync_dir(path.parent)
    logger.warning("history file %s was damaged (%s); kept as %s", path, problem, backup)
    logger.warning("salvaged %d jobs from it", len(jobs))
    return RecoveryReport(backup, len(jobs), problem)


def _remove_with_sides(path: Path) -> None:
    for side in ("", *SIDE_FILES):
        Path(f"{path}{side}").unlink(missing_ok=True)
