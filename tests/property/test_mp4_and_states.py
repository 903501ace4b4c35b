"""The MP4 check on any bytes, and the job's state moves under any sequence of answers."""

from __future__ import annotations

import asyncio
import struct
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from poyo_desktop.api.errors import MalformedResponse, PoyoError
from poyo_desktop.api.http_errors import decode_json, error_for
from poyo_desktop.api.models import RemoteStatus
from poyo_desktop.api.parse import parse_task
from poyo_desktop.core.job import Job
from poyo_desktop.core.states import JobState, can_move
from poyo_desktop.services.mp4check import NotAVideo, check_mp4
from poyo_desktop.services.pipeline import Pipeline, PipelineConfig
from poyo_desktop.services.poll_step import apply_status
from tests.property.strategies import as_bytes, http_statuses, task_objects, wire_bodies, wrapped

BOX_TYPES = [b"ftyp", b"moov", b"mdat", b"free", b"styp", b"uuid", b"abcd", b"\x00\x00\x00\x00"]


@st.composite
def box_files(draw: st.DrawFn) -> bytes:
    """Box sequences near a real MP4: right, wrong, short, large (64-bit) and to-the-end sizes."""
    out = b""
    for _ in range(draw(st.integers(0, 5))):
        kind = draw(st.sampled_from(BOX_TYPES))
        payload = draw(st.binary(max_size=24))
        form = draw(st.sampled_from(["exact", "large", "to_end", "any"]))
        if form == "exact":
            out += struct.pack(">I4s", 8 + len(payload), kind) + payload
        elif form == "large":
            size = draw(st.one_of(st.just(16 + len(payload)), st.integers(0, 2**64 - 1)))
            out += struct.pack(">I4sQ", 1, kind, size) + payload
        elif form == "to_end":
            out += struct.pack(">I4s", 0, kind) + payload
        else:
            out += struct.pack(">I4s", draw(st.integers(0, 2**32 - 1)), kind) + payload
    return out + draw(st.binary(max_size=draw(st.sampled_from([0, 0, 7]))))


@given(st.one_of(box_files(), st.binary(max_size=64)))
def test_mp4_check_of_any_bytes(tmp_path_factory, content):
    path = Path(tmp_path_factory.mktemp("mp4")) / "v.mp4"
    path.write_bytes(content)
    try:
        check_mp4(path)
    except NotAVideo as exc:
        assert str(exc)
        return
    assert content[4:8] in (b"ftyp", b"styp")  # a pass starts like an MP4, has both boxes
    assert b"moov" in content and b"mdat" in content


@given(st.sampled_from(list(JobState)), st.sampled_from(list(JobState)))
def test_no_move_takes_a_finished_task_back_to_work(old, new):
    """Finished goes only to "downloading" again (a person's re-download), never back to
    queued, running or submitting; downloading never goes back to queued or running."""
    if old is JobState.FINISHED and new is not old:
        assert can_move(old, new) == (new is JobState.DOWNLOADING)
    if old is JobState.DOWNLOADING and new in (JobState.QUEUED, JobState.RUNNING):
        assert not can_move(old, new)


class _Saver:
    async def save(self, job: Job) -> None:
        return None


def _answer(status: int, content: bytes):
    """What the client makes of one status answer: a TaskInfo or a typed error."""
    error = error_for(status, content, what="status")
    if error is not None:
        return error
    try:
        return parse_task(decode_json(content))
    except MalformedResponse as exc:
        return exc


answers = st.one_of(
    st.tuples(st.just(200), wrapped(task_objects).map(as_bytes)),
    st.tuples(http_statuses, wire_bodies),
)


@given(
    st.sampled_from([JobState.QUEUED, JobState.RUNNING]),
    st.integers(0, 100),
    st.lists(answers, min_size=1, max_size=8),
)
def test_any_answers_move_a_followed_job_only_forward(tmp_path_factory, start, progress, sequence):
    """The job update path (the pipeline's status step) under any answers: progress never
    goes down, running never becomes queued, an answer that is not "failed" never fails
    the job, and "finished" leads only to the download, with exactly one video link."""
    folder = Path(tmp_path_factory.mktemp("p"))
    published: list[Job] = []
    pipeline = Pipeline(
        None,
        _Saver(),
        lambda: PipelineConfig(folder, folder),  # type: ignore[arg-type]
        published.append,
    )
    job = Job(
        model="kling-2.1/standard",
        prompt="p",
        state=start,
        progress=progress,
        remote_id="task-unified-1731407400-abcd1234",
    )

    async def follow(job: Job) -> None:
        for status, content in sequence:
            info = _answer(status, content)
            if isinstance(info, PoyoError):
                continue  # the poll loop notes it and asks again: nothing moves
            before = job
            job, done = await apply_status(pipeline, job, info)
            assert job.progress >= before.progress
            assert can_move(before.state, job.state)
            if info.status is RemoteStatus.FAILED:
                assert done and job.state is JobState.FAILED
                assert job.error_kind == "generation_failed"
            elif info.status is RemoteStatus.FINISHED:
                assert done and job.state in (JobState.DOWNLOADING, JobState.FAILED)
                if job.state is JobState.DOWNLOADING:
                    assert job.result_url == info.video().url
                else:  # a finished answer without exactly one video: asked about again
                    assert job.error_kind == "malformed_response"
            else:
                assert not done and job.state in (JobState.QUEUED, JobState.RUNNING)
                if before.state is JobState.RUNNING:
                    assert job.state is JobState.RUNNING
            if done:
                return

    asyncio.run(follow(job))


@given(st.sampled_from([JobState.FINISHED, JobState.FAILED, JobState.UNKNOWN]))
def test_a_terminal_job_is_never_polled_or_moved_by_the_pipeline(tmp_path_factory, state):
    """Only a person's Retry (a new submit, or a check first) moves an ended job again."""
    folder = Path(tmp_path_factory.mktemp("p"))

    class NoClient:
        def __getattr__(self, name: str):
            raise AssertionError(f"an ended job asked the server: {name}")

    pipeline = Pipeline(
        NoClient(),
        _Saver(),
        lambda: PipelineConfig(folder, folder),  # type: ignore[arg-type]
        lambda job: None,
    )
    job = Job(
        model="kling-2.1/standard",
        prompt="p",
        state=state,
        remote_id="task-unified-1731407400-abcd1234",
        error_kind="generation_failed",
    )
    assert asyncio.run(pipeline.run(job)) is job


ERROR_KINDS = [
    "generation_failed",
    "not_found",
    "malformed_response",
    "download_network",
    "download_link_expired",
    "store",
    "network",
    "image",
    "internal",
    None,
]


@given(st.sampled_from(ERROR_KINDS), st.booleans(), st.booleans(), st.booleans())
def test_retry_of_a_failed_task_follows_it_only_when_it_may_have_a_video(
    kind, has_remote, has_link, asked_before
):
    """A task PoYo said failed is never followed to "finished": Retry submits a new one
    (fresh idempotency key, no old task id). Other failures follow the paid task again."""
    from poyo_desktop.services.task_decisions import Go, decide_retry

    remote = "task-unified-1731407400-abcd1234" if has_remote else None
    job = Job(
        model="kling-2.1/standard",
        prompt="p",
        state=JobState.FAILED,
        remote_id=remote,
        error_kind=kind,
        result_url="https://cdn.example/v.mp4" if has_link else None,
        buy_if_failed=asked_before,
    )
    step = decide_retry(job, "poyo")  # the app uses PoYo, as when the task was made
    assert isinstance(step, Go)
    moved = step.job
    if kind in ("generation_failed", "not_found") or not has_remote:
        assert moved.state is JobState.UPLOADING and moved.remote_id is None
        assert moved.idempotency_key != job.idempotency_key
    else:
        assert moved.remote_id == remote and moved.state in (JobState.QUEUED, JobState.DOWNLOADING)
        # the same task again: bought anew only if PoYo then says it failed
        assert moved.buy_if_failed == (kind == "malformed_response")
