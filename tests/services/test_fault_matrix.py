"""Every fault the sandbox can act out, at every step of a job: where the task ends and
what a person is told. The table below is the specification; each row is one test.

A fault spoils one request at its step (``times=1``), except at the balance, which is
retried on its own: there it spoils every try, or it would never be seen. Steps:

- ``upload``: nothing is charged for it, so it is tried again while PoYo is away (the
  note is shown meanwhile; services/patience.py), then the job finishes. A refused key
  is not waited out: the job ends failed.
- ``submit``, ``download``: not retried; the job ends at that fault.
- ``status``: polling rides the fault out (the note is shown meanwhile), then finishes.
- ``balance``: the account service's refresh, as the toolbar's credits label uses it.

``says``: a piece of the sentence a person sees: the job's final message, or (upload,
status) the note shown while trying again, or (balance) the refresh's message.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from poyo_desktop.core.states import JobState
from poyo_desktop.sandbox import Fault
from poyo_desktop.services.account import AccountService
from tests.services.harness import draft, make_harness

FAULTS: dict[str, Fault] = {
    "html_502": Fault.html_error(502),
    "http_500": Fault.http_error(500),
    "http_401": Fault.http_error(401),
    "rate_429": Fault.rate_limit(retry_after=0.05),
    "no_answer": Fault.slow(1.5),  # longer than the client's 0.4 s read timeout
    "reset": Fault.drop(),  # headers and half a body, then the connection closes
    "bad_json": Fault.malformed_json(),
    "code_in_200": Fault.body_error(500),  # HTTP 200, {"code": 500, "error": …}
}

F, U, Q = JobState.FINISHED, JobState.UNKNOWN, JobState.FAILED


@dataclass(frozen=True)
class Cell:
    fault: str
    step: str
    end: JobState | None  # None: the balance row (no job)
    says: str


MATRIX: list[Cell] = [
    # fault          step        ends in  what a person reads (a piece of it)
    Cell("html_502", "upload", F, "servers are having trouble right now. The app keeps"),
    Cell("http_500", "upload", F, "servers are having trouble right now. The app keeps"),
    Cell("http_401", "upload", Q, "image failed. PoYo did not accept your API key"),
    Cell("rate_429", "upload", F, "too many requests. The app waits and keeps trying."),
    Cell("no_answer", "upload", F, "Cannot reach PoYo right now. The app keeps trying"),
    Cell("reset", "upload", F, "Cannot reach PoYo right now. The app keeps trying"),
    Cell("bad_json", "upload", F, "could not understand. The app keeps trying."),
    Cell("code_in_200", "upload", F, "servers are having trouble right now. The app keeps"),
    Cell("html_502", "submit", U, "may or may not have been started"),
    Cell("http_500", "submit", U, "may or may not have been started"),
    Cell("http_401", "submit", Q, "PoYo did not accept your API key"),
    Cell("rate_429", "submit", U, "may or may not have been started"),
    Cell("no_answer", "submit", U, "may or may not have been started"),
    Cell("reset", "submit", U, "may or may not have been started"),
    Cell("bad_json", "submit", U, "may or may not have been started"),
    Cell("code_in_200", "submit", U, "may or may not have been started"),
    Cell("html_502", "status", F, "servers are having trouble right now. The app keeps"),
    Cell("http_500", "status", F, "servers are having trouble"),
    Cell("http_401", "status", F, "did not accept your API key"),
    Cell("rate_429", "status", F, "too many requests. The app waits and keeps trying."),
    Cell("no_answer", "status", F, "Cannot reach PoYo right now. The app keeps trying"),
    Cell("reset", "status", F, "Cannot reach PoYo right now. The app keeps trying"),
    Cell("bad_json", "status", F, "could not understand"),
    Cell("code_in_200", "status", F, "servers are having trouble"),
    Cell("html_502", "download", Q, "could not be downloaded. PoYo (or a proxy in front"),
    Cell("http_500", "download", Q, "could not be downloaded. PoYo's servers are having"),
    Cell("http_401", "download", Q, "could not be downloaded. PoYo did not accept your API"),
    Cell("rate_429", "download", Q, "could not be downloaded. PoYo is receiving too many"),
    Cell("no_answer", "download", Q, "The download stalled. It can be downloaded again."),
    Cell("reset", "download", Q, "The download broke off. It can be downloaded again."),
    Cell("bad_json", "download", Q, "The downloaded file is not a complete video."),
    Cell("code_in_200", "download", Q, "The downloaded file is not a complete video."),
    Cell("html_502", "balance", None, "answered with an error page"),
    Cell("http_500", "balance", None, "servers are having trouble"),
    Cell("http_401", "balance", None, "did not accept your API key"),
    Cell("rate_429", "balance", None, "PoYo is receiving too many requests."),
    Cell("no_answer", "balance", None, "PoYo did not answer in time."),
    Cell("reset", "balance", None, "The connection to PoYo broke off."),
    Cell("bad_json", "balance", None, "could not understand"),
    Cell("code_in_200", "balance", None, "servers are having trouble"),
]

_PROMISES = re.compile(r"(?i)the app will (keep trying|wait and try again)")
QUICK = httpx.Timeout(connect=2.0, read=0.4, write=2.0, pool=2.0)


def _at(fault: Fault, step: str, times: int | None) -> Fault:
    """``fault`` aimed at ``step``'s route."""
    from dataclasses import replace

    return replace(fault, route=step, times=times)


async def _job_outcome(poyo, tmp: Path, step: str) -> tuple[JobState, str]:
    h = await make_harness(poyo.base_url, tmp, timeout=QUICK, poll=0.02)
    try:
        h.service.generate(draft(tmp))
        job = await h.wait_terminal(timeout=20)
        notes = [j.error_message for j in h.seen if j.error_message]
        if job.state is JobState.FINISHED:  # the note of the trouble ridden out is gone
            assert job.error_message is None and job.output_path
        says = job.error_message or (notes[-1] if notes else "")
        return job.state, says
    finally:
        await h.close()


async def _balance_outcome(poyo) -> str:
    from poyo_desktop.api import PoyoClient, RetryPolicy
    from tests.conftest import TEST_KEY

    account = AccountService()
    heard: asyncio.Queue[str] = asyncio.Queue()
    account.balance_failed.connect(heard.put_nowait)
    account.balance_changed.connect(lambda credits, when: heard.put_nowait(f"{credits:g}"))
    client = PoyoClient(
        TEST_KEY,
        poyo.base_url,
        timeout=QUICK,
        retry=RetryPolicy(attempts=2, base_delay=0.01, max_delay=0.02),
    )
    try:
        account.refresh(client)
        return await asyncio.wait_for(heard.get(), 10)
    finally:
        await account.close()
        await client.aclose()


@pytest.mark.parametrize("cell", MATRIX, ids=lambda c: f"{c.fault}@{c.step}")
def test_fault_matrix(cell: Cell, poyo, tmp_path, qapp):
    times = None if cell.step == "balance" else 1
    poyo.inject(_at(FAULTS[cell.fault], cell.step, times))
    if cell.step == "balance":
        says = asyncio.run(_balance_outcome(poyo))
        assert cell.says in says, says
        assert not _PROMISES.search(says), says  # nothing retries it after this
        return
    end, says = asyncio.run(_job_outcome(poyo, tmp_path, cell.step))
    assert (end, cell.says) == (cell.end, cell.says if cell.says in says else says)
    if end is not JobState.FINISHED:  # an ended job promises no retry that will not come
        assert not _PROMISES.search(says), says
