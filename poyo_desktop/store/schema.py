"""The database schema as a numbered list of forward migrations.

``PRAGMA user_version`` records how many steps a file has had. Opening runs the missing
steps in order, each in its own transaction together with the version bump, so a crash
mid-way leaves the file at the last completed step. To change the schema, append a step:
never edit a released one, and never build its SQL from current code (it must stay what
it was). Rows are mapped positionally when salvaged, so new columns go at the end.

A new :class:`JobState` value needs a step too, even an empty one: the version bump is
what makes an older app refuse the file instead of failing on a state it cannot read.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from poyo_desktop.core.wording import translate
from poyo_desktop.store.connection import transaction
from poyo_desktop.store.errors import ForeignDatabaseError, NewerDatabaseError

# "PoYo" in ASCII: marks the file as ours (PRAGMA application_id).
APPLICATION_ID = 0x506F596F


@dataclass(frozen=True, slots=True)
class Migration:
    """Step ``version``: brings a file from ``version - 1`` to ``version``."""

    version: int
    description: str
    apply: Callable[[sqlite3.Connection], None]


def sql_step(version: int, description: str, *statements: str) -> Migration:
    """A migration made of plain SQL statements, run one by one inside its transaction."""

    def apply(conn: sqlite3.Connection) -> None:
        for statement in statements:
            conn.execute(statement)

    return Migration(version, description, apply)


_V1_JOBS = """
CREATE TABLE jobs (
    id TEXT PRIMARY KEY NOT NULL,
    model TEXT NOT NULL,
    prompt TEXT NOT NULL,
    duration INTEGER NOT NULL,
    negative_prompt TEXT NOT NULL,
    start_image TEXT,
    end_image TEXT,
    start_image_original TEXT,
    end_image_original TEXT,
    callback_url TEXT,
    backend TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    state TEXT NOT NULL,
    progress INTEGER NOT NULL,
    remote_id TEXT,
    submit_attempts INTEGER NOT NULL,
    submitted_at TEXT,
    start_image_url TEXT,
    start_image_expires_at TEXT,
    end_image_url TEXT,
    end_image_expires_at TEXT,
    result_url TEXT,
    result_size INTEGER,
    remote_finished_at TEXT,
    credits REAL,
    output_path TEXT,
    output_size INTEGER,
    finished_at TEXT,
    error_kind TEXT,
    error_message TEXT,
    error_detail TEXT,
    search_text TEXT NOT NULL
)
"""

MIGRATIONS: tuple[Migration, ...] = (
    sql_step(
        1,
        "jobs table and the indexes behind the history view",
        _V1_JOBS,
        # History order (newest first, ties by id). It also carries the folded prompts, so
        # the text filter scans this index in order without reading the wider table rows
        # (about 20% faster on 10,000 jobs); the planner uses it for unfiltered pages too.
        "CREATE INDEX jobs_search ON jobs (created_at DESC, id, search_text)",
        # The same order within one state or one model.
        "CREATE INDEX jobs_by_state ON jobs (state, created_at DESC, id)",
        "CREATE INDEX jobs_by_model ON jobs (model, created_at DESC, id)",
        f"PRAGMA application_id = {APPLICATION_ID}",
    ),
    sql_step(
        2,
        "Retry's intent to buy a new task if the re-check says the task failed",
        "ALTER TABLE jobs ADD COLUMN buy_if_failed INTEGER NOT NULL DEFAULT 0",
        # Read at start-up only, for the few jobs that have it set.
        "CREATE INDEX jobs_buying ON jobs (buy_if_failed) WHERE buy_if_failed = 1",
    ),
    sql_step(
        3,
        "the local send queue (order, paused, batch) and the spend ledger",
        "ALTER TABLE jobs ADD COLUMN batch_id TEXT",
        "ALTER TABLE jobs ADD COLUMN queue_rank REAL NOT NULL DEFAULT 0",
        "ALTER TABLE jobs ADD COLUMN held INTEGER NOT NULL DEFAULT 0",
        "CREATE INDEX jobs_batch ON jobs (batch_id) WHERE batch_id IS NOT NULL",
        # One row per task bought, kept when its job is removed from the history: what was
        # spent today stays spent. ``credits`` is the price expected when it was bought
        # (what the limits count until PoYo tells), ``charged`` what PoYo's status said.
        """CREATE TABLE spend (
            job_id TEXT PRIMARY KEY NOT NULL,
            model TEXT NOT NULL,
            duration INTEGER NOT NULL,
            backend TEXT NOT NULL,
            bought_at TEXT NOT NULL,
            credits REAL NOT NULL,
            charged REAL,
            outcome TEXT
        )""",
        "CREATE INDEX spend_by_time ON spend (bought_at)",
    ),
    sql_step(
        4,
        "the send queue's own state (Pause Sending), kept through a restart",
        # One row per setting of the queue as a whole, by name; a missing row is its
        # default. Not a job's: a damaged file rebuilt from its jobs starts without it.
        """CREATE TABLE queue_state (
            name TEXT PRIMARY KEY NOT NULL,
            value INTEGER NOT NULL
        )""",
    ),
    sql_step(
        5,
        "chained videos: the video a job continues from, and the frames taken from videos",
        # The job whose frame this job starts from (None: it starts from a photo).
        "ALTER TABLE jobs ADD COLUMN parent_id TEXT",
        "CREATE INDEX jobs_by_parent ON jobs (parent_id) WHERE parent_id IS NOT NULL",
        # One row per frame taken from a video and kept as a picture (named by its
        # content, like every kept picture): a job recorded later with that picture as
        # its start continues from that video. Not a job's own: a damaged file rebuilt
        # from its jobs keeps their parent_id and starts this table afresh.
        """CREATE TABLE frames (
            image TEXT PRIMARY KEY NOT NULL,
            job_id TEXT NOT NULL,
            at_ms INTEGER NOT NULL,
            taken_at TEXT NOT NULL
        )""",
    ),
)

SCHEMA_VERSION = len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_compatible(conn: sqlite3.Connection, migrations: Sequence[Migration]) -> int:
    """The file's version; raises when it is newer than ``migrations`` or not ours."""
    found = user_version(conn)
    if found > len(migrations):
        raise NewerDatabaseError(found, len(migrations))
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    if app_id not in (0, APPLICATION_ID):
        raise ForeignDatabaseError(
            translate(
                "StoreErrors",
                "The history file belongs to another program, so PoYo Desktop left it untouched.",
            ),
            f"PRAGMA application_id = {app_id:#x}",
        )
    return found


def pending(conn: sqlite3.Connection, migrations: Sequence[Migration]) -> list[Migration]:
    """The steps ``conn`` still needs, checked to be numbered 1, 2, 3… without gaps."""
    for index, step in enumerate(migrations, start=1):
        if step.version != index:
            raise ValueError(f"migration {index} is numbered {step.version}")
    return list(migrations[check_compatible(conn, migrations) :])


def migrate(conn: sqlite3.Connection, steps: Sequence[Migration]) -> None:
    """Run ``steps`` (from :func:`pending`), each atomically with its version bump."""
    for step in steps:
        with transaction(conn):
            step.apply(conn)
            conn.execute(f"PRAGMA user_version = {step.version:d}")
