"""The spend ledger: one row per task bought, and the reserve that keeps the limits.

Its own module because money has its own rule: the check of a limit and the row that
spends against it are one ``BEGIN IMMEDIATE`` transaction, so two sending slots, or the
window and the command line (two processes, one file), can never both pass the check
and together cross the limit. Rows are kept apart from the jobs: removing a job from
the history does not give its money back.

A job may buy more than one task (Retry after PoYo's "failed", Submit Again after an
unknown answer): its first purchase is keyed by the job's id, the n-th by ``<id>#<n>``.
A row whose ``outcome`` is empty is a purchase under way; what a row counts is what
PoYo charged when known, else the price expected. Demo purchases count for nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from poyo_desktop.core.prices import price_credits
from poyo_desktop.core.states import JobState
from poyo_desktop.store.connection import transaction
from poyo_desktop.store.rows import text_to_time, time_to_text

if TYPE_CHECKING:
    from poyo_desktop.core.job import Job

DEMO = "demo"
# What a row ends as (``outcome``); None while the task is under way.
FINISHED, FAILED, UNKNOWN, REFUSED = "finished", "failed", "unknown", "refused"

_OUTCOME_OF = {
    JobState.FINISHED: FINISHED,
    JobState.FAILED: FAILED,
    JobState.UNKNOWN: UNKNOWN,
}

_COUNTED = "coalesce(charged, credits)"
# The job a purchase key belongs to ("<id>" or "<id>#<n>").
_JOB_OF = (
    "CASE WHEN instr(spend.job_id, '#') > 0 "
    "THEN substr(spend.job_id, 1, instr(spend.job_id, '#') - 1) ELSE spend.job_id END"
)


@dataclass(frozen=True, slots=True)
class Purchase:
    """A task about to be bought: what it is, and the price expected."""

    job_id: str
    model: str
    duration: int
    backend: str
    credits: float


@dataclass(frozen=True, slots=True)
class SpendLimits:
    """The limits a reserve keeps. ``None``: no such limit. Times are aware."""

    day_start: datetime
    daily: float | None = None
    launch_start: datetime | None = None
    launch: float | None = None


@dataclass(frozen=True, slots=True)
class Reservation:
    """A reserve's answer. Refused: ``key`` is None and ``refused_by`` names the limit
    ("daily" or "launch"); the figures say what was spent before this purchase."""

    key: str | None
    price: float
    spent_today: float
    spent_this_launch: float
    refused_by: str | None = None
    limit: float | None = None

    @property
    def granted(self) -> bool:
        return self.key is not None


@dataclass(frozen=True, slots=True)
class SpendRow:
    """One purchase as the ledger shows it (``prompt`` is None once the job was removed)."""

    key: str
    model: str
    duration: int
    backend: str
    bought_at: datetime
    credits: float
    charged: float | None
    outcome: str | None
    prompt: str | None

    @property
    def counted(self) -> float:
        """What this purchase counts for: PoYo's charge when known, else the price."""
        if self.backend == DEMO:
            return 0.0
        return self.charged if self.charged is not None else self.credits

    @property
    def job_id(self) -> str:
        return self.key.split("#", 1)[0]


@dataclass(frozen=True, slots=True)
class SpendTotals:
    """Since a time: what counts (real purchases) and, apart, the demo ones."""

    credits: float = 0.0
    count: int = 0
    demo_credits: float = 0.0
    demo_count: int = 0


def reserve(
    conn: sqlite3.Connection, purchase: Purchase, limits: SpendLimits, now: datetime, *, force: bool
) -> Reservation:
    """Record ``purchase`` if it keeps within ``limits`` (or ``force``), in one transaction.

    A purchase of this job already under way (a crash between the reserve and the send,
    then a restart) is that one again: granted, not counted twice.
    """
    with transaction(conn):
        spent_today = spent_since(conn, limits.day_start)
        spent_launch = spent_since(conn, limits.launch_start) if limits.launch_start else 0.0
        open_key = _open_purchase(conn, purchase.job_id)
        price = purchase.credits
        if open_key is not None:
            return Reservation(open_key, price, spent_today, spent_launch)
        counted = purchase.backend != DEMO and not force
        refused = None
        if counted and limits.daily is not None and spent_today + price > limits.daily:
            refused = ("daily", limits.daily)
        elif counted and limits.launch is not None and spent_launch + price > limits.launch:
            refused = ("launch", limits.launch)
        if refused is not None:
            return Reservation(None, price, spent_today, spent_launch, *refused)
        key = _next_key(conn, purchase.job_id)
        conn.execute(
            "INSERT INTO spend (job_id, model, duration, backend, bought_at, credits) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (key, purchase.model, purchase.duration, purchase.backend, time_to_text(now), price),
        )
        return Reservation(key, price, spent_today, spent_launch)


def settle(
    conn: sqlite3.Connection,
    job_id: str,
    charged: float | None,
    outcome: str,
    *,
    answered: bool,
) -> bool:
    """Write how the job's latest purchase ended; False when it has none left open.

    ``answered``: PoYo has told about the task (it has an id), so an "unknown" purchase
    (the answer to its submit was lost) is settled too: Check Status Again found it.
    """
    with transaction(conn):
        row = conn.execute(
            f"SELECT job_id FROM spend WHERE {_OF_JOB} AND (outcome IS NULL OR "
            "(? AND outcome = ?)) ORDER BY bought_at DESC, rowid DESC LIMIT 1",
            (job_id, f"{job_id}#%", int(answered), UNKNOWN),
        ).fetchone()
        if row is None:
            return False
        conn.execute(
            "UPDATE spend SET charged = ?, outcome = ? WHERE job_id = ?",
            (charged, outcome, row[0]),
        )
        return True


def spent_since(conn: sqlite3.Connection, since: datetime) -> float:
    """Credits that count (not demo) bought at or after ``since``."""
    row = conn.execute(
        f"SELECT coalesce(sum({_COUNTED}), 0) FROM spend WHERE backend != ? AND bought_at >= ?",
        (DEMO, time_to_text(since)),
    ).fetchone()
    return float(row[0])


def totals(conn: sqlite3.Connection, since: datetime) -> SpendTotals:
    rows = conn.execute(
        f"SELECT backend = ?, coalesce(sum({_COUNTED}), 0), count(*) FROM spend "
        "WHERE bought_at >= ? GROUP BY backend = ?",
        (DEMO, time_to_text(since), DEMO),
    ).fetchall()
    found = {bool(demo): (float(credits), int(count)) for demo, credits, count in rows}
    real, demo = found.get(False, (0.0, 0)), found.get(True, (0.0, 0))
    return SpendTotals(real[0], real[1], demo[0], demo[1])


def rows_between(conn: sqlite3.Connection, since: datetime, until: datetime) -> list[SpendRow]:
    """Purchases in ``[since, until)``, newest first, with the prompt of a job still kept."""
    found = conn.execute(
        "SELECT spend.job_id, spend.model, spend.duration, spend.backend, spend.bought_at, "
        "spend.credits, spend.charged, spend.outcome, jobs.prompt FROM spend "
        f"LEFT JOIN jobs ON jobs.id = ({_JOB_OF}) "
        "WHERE spend.bought_at >= ? AND spend.bought_at < ? "
        "ORDER BY spend.bought_at DESC, spend.rowid DESC",
        (time_to_text(since), time_to_text(until)),
    ).fetchall()
    return [
        SpendRow(
            key=str(key),
            model=str(model),
            duration=int(duration),
            backend=str(backend),
            bought_at=text_to_time(str(bought_at)),
            credits=float(credits),
            charged=None if charged is None else float(charged),
            outcome=None if outcome is None else str(outcome),
            prompt=None if prompt is None else str(prompt),
        )
        for key, model, duration, backend, bought_at, credits, charged, outcome, prompt in found
    ]


def open_jobs(conn: sqlite3.Connection) -> list[str]:
    """The jobs whose latest purchase has no known end yet (under way, or unknown)."""
    found = conn.execute(
        f"SELECT DISTINCT {_JOB_OF} FROM spend WHERE outcome IS NULL OR outcome = ?", (UNKNOWN,)
    ).fetchall()
    return [str(row[0]) for row in found]


_OF_JOB = "(job_id = ? OR job_id LIKE ?)"


def _open_purchase(conn: sqlite3.Connection, job_id: str) -> str | None:
    row = conn.execute(
        f"SELECT job_id FROM spend WHERE {_OF_JOB} AND outcome IS NULL "
        "ORDER BY bought_at DESC, rowid DESC LIMIT 1",
        (job_id, f"{job_id}#%"),
    ).fetchone()
    return None if row is None else str(row[0])


def _next_key(conn: sqlite3.Connection, job_id: str) -> str:
    row = conn.execute(f"SELECT count(*) FROM spend WHERE {_OF_JOB}", (job_id, f"{job_id}#%"))
    bought = int(row.fetchone()[0])
    return job_id if bought == 0 else f"{job_id}#{bought + 1}"


def rebuild_from_jobs(conn: sqlite3.Connection, jobs: Iterable[Job]) -> int:
    """After a damaged history was rebuilt (its ledger lost with it): a purchase for each
    salvaged job that was sent, so today's spending still counts against the limits.
    Purchases of jobs removed from the history before the damage cannot be known again."""
    rows = []
    for job in jobs:
        if job.submitted_at is None:
            continue  # never sent: nothing was bought
        price = price_credits(job.model, job.duration) or job.credits or 0.0
        outcome, charged = _OUTCOME_OF.get(job.state), job.credits
        if job.state is JobState.FAILED and job.remote_id is None:
            outcome, charged = REFUSED, 0.0  # PoYo refused the submit: nothing was made
        elif job.state is JobState.FAILED and job.error_kind == "generation_failed":
            charged = charged or 0.0  # failed tasks cost nothing
        rows.append(
            (
                job.id,
                job.model,
                job.duration,
                job.backend,
                time_to_text(job.submitted_at),
                float(price),
                charged,
                outcome,
            )
        )
    with transaction(conn):
        conn.executemany(
            "INSERT OR IGNORE INTO spend (job_id, model, duration, backend, bought_at, "
            "credits, charged, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    return len(rows)
