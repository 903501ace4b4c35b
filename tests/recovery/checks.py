"""Read-only looks at an app's history file, and the checks on a download folder."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from poyo_desktop.services.mp4check import check_mp4


def saved_jobs(database: Path) -> list[dict]:
    """The rows of a history file as the app last committed them, read without writing.

    Safe while the app runs (WAL readers never block its writer); empty before the file
    or its table exists.
    """
    if not database.exists():
        return []
    conn = sqlite3.connect(f"{database.absolute().as_uri()}?mode=ro", uri=True, timeout=5)
    conn.row_factory = sqlite3.Row
    try:
        rows = conn.execute("SELECT * FROM jobs ORDER BY created_at").fetchall()
    except sqlite3.OperationalError:  # no table yet
        return []
    finally:
        conn.close()
    return [dict(row) for row in rows]


def assert_one_good_video_each(folder: Path, jobs: list[dict]) -> None:
    """Exactly one complete MP4 per finished job, and nothing else: no .part, no copies."""
    finished = [job for job in jobs if job["state"] == "finished"]
    present = sorted(p.name for p in folder.iterdir()) if folder.exists() else []
    assert present == sorted(Path(job["output"]).name for job in finished), present
    for job in finished:
        assert Path(job["output"]).parent == folder
        check_mp4(Path(job["output"]))
