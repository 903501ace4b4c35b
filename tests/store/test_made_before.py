"""Which pictures the history already made with the same settings (store/made_before.py),
read on the store's worker thread through AsyncJobStore.made_before."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

from poyo_desktop.core.batch import MadeBefore, Sameness
from poyo_desktop.core.job import Job
from poyo_desktop.core.rules import PRO, STANDARD
from poyo_desktop.core.states import JobState
from poyo_desktop.store import AsyncJobStore

DAY = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


def job(
    digest: str, state: JobState, *, prompt: str = "waves", model: str = STANDARD, **more: object
) -> Job:
    return Job(
        model=model,
        prompt=prompt,
        duration=5,
        start_image=f"/data/images/{digest}.jpg",
        state=state,
        created_at=DAY,
        **more,  # type: ignore[arg-type]
    )


def test_finished_and_under_way_videos_count_and_failed_ones_do_not(db_path: Path) -> None:
    a, b, c, d = ("a" * 64, "b" * 64, "c" * 64, "d" * 64)
    jobs = [
        job(a, JobState.FINISHED, finished_at=DAY + timedelta(days=1)),
        job(a, JobState.FINISHED, finished_at=DAY),
        job(a, JobState.RUNNING),
        job(b, JobState.QUEUED),
        job(c, JobState.FAILED),
        job(d, JobState.FINISHED, prompt="another prompt"),
        job(d, JobState.FINISHED, model=PRO),
    ]
    wanted = [Sameness(x, STANDARD, 5, "waves") for x in (a, b, c, d)]

    async def main() -> dict[Sameness, MadeBefore]:
        store = await AsyncJobStore.open(db_path)
        try:
            await store.save_many(jobs)
            assert await store.made_before([]) == {}
            return await store.made_before(wanted)
        finally:
            await store.close()

    found = asyncio.run(main())
    assert found == {
        wanted[0]: MadeBefore(DAY + timedelta(days=1)),
        wanted[1]: MadeBefore(DAY, under_way=True),
    }
