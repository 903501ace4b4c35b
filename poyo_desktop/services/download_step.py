"""The journey's last step: fetch the finished video to the download folder, once.

Its own module because a paid video must never be lost nor saved twice: its file name is
saved in the record before it arrives, a video already at that name is recognised after
a crash, and a rename that loses a race takes another name. :class:`Pipeline` conducts it.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from poyo_desktop.api import LinkExpired, PoyoError
from poyo_desktop.core.job import Job, utc_now
from poyo_desktop.core.states import JobState
from poyo_desktop.core.wording import QT_TRANSLATE_NOOP, translate
from poyo_desktop.services.downloads import (
    DownloadError,
    complete_video,
    download_video,
    move_into_place,
)
from poyo_desktop.services.history_trouble import SaveFailed, store_reason
from poyo_desktop.services.naming import video_name

if TYPE_CHECKING:
    from poyo_desktop.services.pipeline import Pipeline

log = logging.getLogger(__name__)


async def download(pipeline: Pipeline, job: Job) -> Job:
    """Fetch the video under a name saved in the record *before* it arrives.

    The rename into place and the "finished" save cannot happen at one instant. With
    the name saved first, a crash between them is recognised on restart: the complete
    video at the saved name is this job's, and is taken as it is, not fetched again
    to a second name.
    """
    try:
        return await _fetch(pipeline, job)
    finally:
        pipeline.names.release(job.id)


async def _fetch(pipeline: Pipeline, job: Job) -> Job:
    assert job.result_url
    folder = pipeline.config().download_dir
    saved = Path(job.output_path) if job.output_path else None
    if saved is not None and pipeline.names.hold(saved, job.id):
        try:
            size = await _saved_video(pipeline, job, saved)
        except PoyoError as exc:
            # Fetching it again would most likely fail alike, and make a second copy
            # if it did not: keep the name, so Retry checks this file again.
            return await pipeline.fail(
                job,
                f"download_{exc.kind}",
                translate(
                    "DownloadStep",
                    "A video is already saved as {name}, but the server could not confirm it "
                    "is this task's. {reason}",
                ).format(name=saved.name, reason=exc.final_message),
                exc.detail,
            )
        if size is not None:
            log.info("job %s: its video was already saved as %s", job.id, saved)
            return await _finished(pipeline, job, saved, size)
        # Absent: fetch it under a free name (the same one, unless taken meanwhile).
        # Anything else there is not this job's video, and is left alone.
    return await _fetch_anew(pipeline, job, folder)


_LINK_EXPIRED = QT_TRANSLATE_NOOP(
    "DownloadStep",
    "The video could not be downloaded: {reason} Press Retry to get a fresh link from PoYo "
    "and download it again; it is not charged again.",
)
_NOT_DOWNLOADED = QT_TRANSLATE_NOOP("DownloadStep", "The video could not be downloaded. {reason}")


async def _fetch_anew(pipeline: Pipeline, job: Job, folder: Path) -> Job:
    """Download the video into ``folder`` under a free name, promised in the record first."""
    url = job.result_url  # kept: ``job`` is replaced as the download goes on
    assert url
    name = video_name(job.created_at, job.model, job.prompt)
    target = pipeline.names.claim(folder, name, job.id)
    job = await _promise(pipeline, job, target)

    def progress(received: int, total: int | None) -> None:
        if total:
            pipeline.publish(job.with_changes(progress=min(99, received * 100 // total)))

    async def place(temp: Path) -> Path:
        """Rename to the saved name; if a file took it meanwhile, save another first."""
        nonlocal job, target
        size = (await asyncio.to_thread(temp.stat)).st_size
        if job.result_size is not None and job.result_size != size:
            # The download went by its Content-Length, not the size the task announced:
            # save the verified size first, so that after a crash right after the
            # rename the record alone recognises the video (even once its link expired).
            job = await pipeline.commit(job.with_changes(result_size=size))
        while not await asyncio.to_thread(move_into_place, temp, target):
            target = pipeline.names.claim(folder, name, job.id)
            job = await _promise(pipeline, job, target)
        return target

    try:
        done = await download_video(
            pipeline.client,
            url,
            folder,
            name,
            expected_size=job.result_size,
            on_progress=progress,
            temp_name=f"poyo-{job.id}",
            place=place,
        )
    except DownloadError as exc:
        return await pipeline.fail(
            job.with_changes(output_path=None), f"download_{exc.kind}", exc.message, exc.detail
        )
    except LinkExpired as exc:  # the task and its video are fine: its status has a link
        return await pipeline.fail(
            job.with_changes(output_path=None),
            f"download_{exc.kind}",
            translate("DownloadStep", _LINK_EXPIRED).format(reason=exc.message),
            exc.detail,
        )
    except PoyoError as exc:
        return await pipeline.fail(
            job.with_changes(output_path=None),
            f"download_{exc.kind}",
            translate("DownloadStep", _NOT_DOWNLOADED).format(reason=exc.final_message),
            exc.detail,
        )
    return await _finished(pipeline, job, done.path, done.size)


async def _saved_video(pipeline: Pipeline, job: Job, saved: Path) -> int | None:
    """The size of this job's video at its saved name when it is there whole, else None.

    Only a verified download is ever renamed to a job's saved name, so a complete MP4
    there is its video when the size agrees: with the record, or else with what the
    server announces for it now (the task's announced size and the download's
    Content-Length can disagree, and the download goes by the latter). A cut-short
    file is never a complete MP4; another video matches neither size. Raises
    :class:`PoyoError` when the server could not be asked.
    """
    size = await asyncio.to_thread(complete_video, saved, None)
    if size is None or job.result_size in (None, size):
        return size
    assert job.result_url
    async with pipeline.client.open_download(job.result_url) as response:  # headers only
        announced = response.total
    log.info(
        "job %s: %s has %d bytes, the task announced %d, the server now %s",
        job.id,
        saved.name,
        size,
        job.result_size,
        announced,
    )
    return size if announced == size else None


async def _promise(pipeline: Pipeline, job: Job, target: Path) -> Job:
    """Save ``target`` as the job's file name before anything is written there."""
    if job.output_path == str(target):
        return job
    return await pipeline.commit(job.with_changes(output_path=str(target)))


async def _finished(pipeline: Pipeline, job: Job, path: Path, size: int) -> Job:
    placed = job.with_changes(output_path=str(path), output_size=size)
    try:
        return await pipeline.commit(
            placed.moved(
                JobState.FINISHED,
                progress=100,
                finished_at=utc_now(),
                error_kind=None,
                error_message=None,
                error_detail=None,
            )
        )
    except SaveFailed as exc:
        # The video is in place and was paid for: say where, and that Retry records it.
        raise SaveFailed(
            str(exc),
            placed,
            translate(
                "DownloadStep",
                "Your video was saved as {name}, but your task history could not be updated "
                "({reason}). Press Retry to record it: it will not be bought again.",
            ).format(name=path.name, reason=store_reason(exc)),
        ) from exc
