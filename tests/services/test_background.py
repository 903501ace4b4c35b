"""Background work: kept alive until it ends, and a failure is logged and told in words."""

from __future__ import annotations

import asyncio
import gc
import logging

import pytest

from poyo_desktop.core.redaction import remember_secret
from poyo_desktop.services import background
from poyo_desktop.services.background import BackgroundTasks, run_in_background

SECRET = "pk-background-secret-1234"


def test_a_failure_is_logged_with_its_traceback_and_told_in_plain_words(caplog) -> None:
    remember_secret(SECRET)
    heard: list[str] = []

    async def broken() -> None:
        raise RuntimeError(f"the disk said no to {SECRET}")

    async def main() -> None:
        task = run_in_background(
            broken(), name="writing", on_error=heard.append, failure="The note could not be written"
        )
        await asyncio.gather(task, return_exceptions=True)
        await asyncio.sleep(0)

    with caplog.at_level(logging.ERROR, logger="poyo_desktop.services.background"):
        asyncio.run(main())
    assert heard == ["The note could not be written: the disk said no to [redacted]"]
    logged = caplog.text
    assert "background work writing failed" in logged
    assert "Traceback" in logged and "in broken" in logged
    assert SECRET not in logged


def test_the_owner_can_act_on_the_exception_itself() -> None:
    seen: list[BaseException] = []

    async def main() -> None:
        task = run_in_background(asyncio.sleep(0, result=1 / 1), name="ok")
        assert await task == 1.0
        failing = run_in_background(
            _fail(),
            name="failing",
            on_exception=seen.append,
            on_error=lambda words: seen.append(ValueError(words)),
        )
        await asyncio.gather(failing, return_exceptions=True)
        await asyncio.sleep(0)

    asyncio.run(main())
    assert len(seen) == 1 and isinstance(seen[0], KeyError)  # not also the words


def test_unreferenced_work_is_kept_alive_until_it_ends() -> None:
    finished: list[bool] = []

    async def slow() -> None:
        await asyncio.sleep(0.05)
        finished.append(True)

    async def main() -> None:
        run_in_background(slow(), name="slow")  # no reference kept by the caller
        gc.collect()
        assert background.running() >= 1
        await asyncio.sleep(0.1)

    asyncio.run(main())
    assert finished == [True]


def test_cancelled_work_is_no_failure_and_an_owner_closes_its_own() -> None:
    heard: list[str] = []
    tasks = BackgroundTasks()

    async def main() -> list[asyncio.Task[None]]:
        for n in range(3):
            tasks.run(asyncio.sleep(30), name=f"nap {n}", on_error=heard.append)
        await asyncio.sleep(0)
        assert len(tasks) == 3
        started = list(tasks)
        await asyncio.wait_for(tasks.close(), 1)
        return started

    started = asyncio.run(main())
    assert all(task.cancelled() for task in started)
    assert heard == [] and len(tasks) == 0


def test_a_report_that_fails_is_logged_not_raised(caplog) -> None:
    def deaf(words: str) -> None:
        raise RuntimeError("no one listens")

    async def main() -> None:
        task = run_in_background(_fail(), name="lonely", on_error=deaf)
        await asyncio.gather(task, return_exceptions=True)
        await asyncio.sleep(0)

    with caplog.at_level(logging.ERROR, logger="poyo_desktop.services.background"):
        asyncio.run(main())
    assert "reporting the failure of lonely failed" in caplog.text


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (RuntimeError("boom"), "Something went wrong: boom"),
        (KeyError("k"), "Something went wrong: 'k'"),
        (TimeoutError(), "Something went wrong: TimeoutError"),
    ],
)
def test_plain_words(error: BaseException, words: str) -> None:
    assert background.plain_words(error) == words


async def _fail() -> None:
    raise KeyError("missing")
