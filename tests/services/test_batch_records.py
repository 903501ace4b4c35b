"""A batch's drafts become jobs that carry the batch's id into the history
(services/job_records.record_draft), each with its own kept start picture."""

from __future__ import annotations

import asyncio
from pathlib import Path

from poyo_desktop.core.batch import Item, Shared, drafts, plan
from poyo_desktop.core.rules import STANDARD
from poyo_desktop.services.job_records import record_draft
from poyo_desktop.store import AsyncJobStore
from poyo_desktop.store.made_before import digest_of
from tests.images import write_png


def test_every_video_of_a_batch_is_recorded_with_its_id(tmp_path: Path) -> None:
    pictures = [write_png(tmp_path / f"p{n}.png", 600 + n, 400) for n in range(2)]
    items = [Item(n, path, path.name) for n, path in enumerate(pictures)]
    batch = drafts(plan(Shared(STANDARD, 5, "waves", copies=2), items), "batch-1")

    async def main() -> list[object]:
        store = await AsyncJobStore.open(tmp_path / "history.sqlite3")
        try:
            jobs = [await record_draft(store, draft, "demo") for draft in batch]
            return [await store.get(job.id) for job in jobs]
        finally:
            await store.close()

    saved = asyncio.run(main())
    assert len(saved) == 4
    assert {job.batch_id for job in saved} == {"batch-1"}  # type: ignore[attr-defined]
    kept = [digest_of(job.start_image) for job in saved]  # type: ignore[attr-defined]
    assert kept[0] == kept[1] != kept[2] == kept[3]
    assert [job.start_image_original for job in saved] == [str(p) for p in pictures for _ in "ab"]  # type: ignore[attr-defined]
