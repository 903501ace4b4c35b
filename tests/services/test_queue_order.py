"""The send queue's order as plain rules: moves, ranks, places in words."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import given
from hypothesis import strategies as st

from poyo_desktop.core.job import Job, utc_now
from poyo_desktop.core.states import JobState
from poyo_desktop.services.queue_order import (
    WHERES,
    end_rank,
    in_line,
    moved,
    moved_many,
    ordinal,
    ranks,
)


def test_moves_of_one_job() -> None:
    order = ["a", "b", "c", "d"]
    assert moved(order, "c", "first") == ["c", "a", "b", "d"]
    assert moved(order, "c", "up") == ["a", "c", "b", "d"]
    assert moved(order, "c", "down") == ["a", "b", "d", "c"]
    assert moved(order, "b", "last") == ["a", "c", "d", "b"]
    assert moved(order, "a", "up") == order and moved(order, "d", "down") == order
    assert moved(order, "x", "first") == order


def test_moves_of_several_keep_their_own_order() -> None:
    order = ["a", "b", "c", "d", "e"]
    assert moved_many(order, ["d", "b"], "first") == ["b", "d", "a", "c", "e"]
    assert moved_many(order, ["b", "d"], "last") == ["a", "c", "e", "b", "d"]
    assert moved_many(order, ["a", "b", "d"], "up") == ["a", "b", "d", "c", "e"]
    assert moved_many(order, ["d", "e"], "down") == order


@given(
    st.lists(st.text(min_size=1, max_size=3), min_size=1, max_size=12, unique=True),
    st.data(),
)
def test_a_move_never_loses_or_doubles_a_job(order: list[str], data: st.DataObject) -> None:
    ids = data.draw(st.lists(st.sampled_from(order), max_size=len(order)))
    where = data.draw(st.sampled_from(WHERES))
    after = moved_many(order, ids, where)
    assert sorted(after) == sorted(order)
    if len(set(ids)) == 1:
        assert after == moved(order, ids[0], where)


def test_saved_ranks_give_the_same_line_back_and_new_jobs_join_its_end() -> None:
    now = utc_now()
    jobs = [
        Job(model="m", prompt=str(i), created_at=now - timedelta(minutes=10 - i)) for i in range(4)
    ]
    order = [jobs[2].id, jobs[0].id, jobs[3].id, jobs[1].id]
    saved = ranks(order)
    reordered = [job.with_changes(queue_rank=saved[job.id]) for job in jobs]
    late = Job(model="m", prompt="late")
    done = Job(model="m", prompt="done", state=JobState.FINISHED)
    line = [job.id for job in in_line([*reordered, late, done])]
    assert line == [*order, late.id]
    back = Job(model="m", prompt="back", queue_rank=end_rank(reordered))
    assert [job.id for job in in_line([*reordered, back])][-1] == back.id


def test_places_in_words() -> None:
    words = [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111)]
    assert words == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st",
        "111th",
    ]  # fmt: skip
