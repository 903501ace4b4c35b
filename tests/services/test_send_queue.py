"""The send queue's slots: granted in order, never to a held job, freed on cancel; many
waiters, deterministic. Plain asyncio, no service."""

from __future__ import annotations

import asyncio

from poyo_desktop.services.send_queue import SendQueue


class Line:
    """Waiters with an order and holds the test changes, and the order they were granted."""

    def __init__(self, limit: int = 1) -> None:
        self.limit = limit
        self.rank: dict[str, float] = {}
        self.held: set[str] = set()
        self.granted: list[str] = []
        self.queue = SendQueue(lambda: self.limit, self.key)

    def key(self, job_id: str) -> tuple[float, str] | None:
        return None if job_id in self.held else (self.rank[job_id], job_id)

    async def wait(self, job_id: str, rank: float) -> None:
        self.rank[job_id] = rank
        await self.queue.turn(job_id)
        self.granted.append(job_id)


async def settle() -> None:
    for _ in range(5):
        await asyncio.sleep(0)


def test_many_waiters_are_granted_in_rank_order_one_at_a_time() -> None:
    async def main() -> list[str]:
        line = Line(limit=1)
        names = [f"job{index:03d}" for index in range(200)]
        ranks = {name: float((index * 37) % 200) for index, name in enumerate(names)}
        tasks = [asyncio.create_task(line.wait(name, ranks[name])) for name in names]
        await settle()
        # The first to ask got the one slot at once; the rest go by rank as slots free.
        first = line.granted[:]
        assert len(first) == 1 and line.queue.active_count() == 1
        while len(line.granted) < len(names):
            line.queue.release(line.granted[-1])
            await settle()
            assert line.queue.active_count() == 1
        await asyncio.gather(*tasks)
        rest = line.granted[1:]
        assert rest == sorted(rest, key=lambda name: ranks[name])
        return line.granted

    once, twice = asyncio.run(main()), asyncio.run(main())
    assert once == twice  # deterministic


def test_held_jobs_keep_their_place_and_are_skipped_until_released() -> None:
    async def main() -> None:
        line = Line(limit=1)
        blocker = asyncio.create_task(line.wait("a", 0))
        await settle()
        line.held.add("b")
        tasks = [asyncio.create_task(line.wait(name, rank)) for name, rank in (("b", 1), ("c", 2))]
        await settle()
        assert line.queue.waiting() == ["c"]
        line.queue.release("a")
        await settle()
        assert line.granted == ["a", "c"]  # b is held: c goes
        line.queue.release("c")
        await settle()
        assert line.granted == ["a", "c"]  # nothing else may go
        line.held.discard("b")
        line.queue.changed()
        await settle()
        assert line.granted == ["a", "c", "b"]
        await asyncio.gather(blocker, *tasks)

    asyncio.run(main())


def test_a_raised_limit_and_a_new_order_take_effect_when_announced() -> None:
    async def main() -> None:
        line = Line(limit=1)
        tasks = [
            asyncio.create_task(line.wait(name, rank))
            for name, rank in (("a", 1), ("b", 2), ("c", 3), ("d", 4))
        ]
        await settle()
        assert line.granted == ["a"]
        line.rank["d"] = 0  # "Send next"
        line.limit = 3
        assert line.granted == ["a"]  # nothing moves until told
        line.queue.changed()
        await settle()
        assert line.granted == ["a", "d", "b"]
        assert line.queue.waiting() == ["c"]
        for name in ("a", "d", "b"):
            line.queue.release(name)
        await asyncio.gather(*tasks)
        assert line.granted == ["a", "d", "b", "c"]

    asyncio.run(main())


def test_a_waiter_cancelled_leaves_the_line_and_a_granted_one_frees_its_slot() -> None:
    async def main() -> None:
        line = Line(limit=1)
        first = asyncio.create_task(line.wait("a", 1))
        await settle()
        second = asyncio.create_task(line.wait("b", 2))
        third = asyncio.create_task(line.wait("c", 3))
        await settle()
        second.cancel()  # cancelled while waiting
        await asyncio.gather(second, return_exceptions=True)
        assert not line.queue.is_waiting("b")
        # "c" is granted, and cancelled before it runs again: the slot is not lost.
        line.queue.release("a")
        assert line.queue.holds_slot("c")
        third.cancel()
        await asyncio.gather(first, third, return_exceptions=True)
        assert line.queue.active_count() == 0
        fourth = asyncio.create_task(line.wait("d", 4))
        await settle()
        assert line.granted == ["a", "d"]
        await fourth

    asyncio.run(main())


def test_places_follow_every_change() -> None:
    async def main() -> None:
        line = Line(limit=1)
        tasks = [asyncio.create_task(line.wait(n, r)) for n, r in (("a", 1), ("b", 2), ("c", 3))]
        await settle()
        assert [line.queue.place(n) for n in "abc"] == [None, 1, 2]
        line.held.add("b")
        line.queue.changed()
        assert [line.queue.place(n) for n in "abc"] == [None, None, 1]
        line.held.discard("b")
        line.rank["c"] = 0
        line.queue.changed()
        assert [line.queue.place(n) for n in "bc"] == [2, 1]
        line.queue.release("a")
        assert [line.queue.place(n) for n in "bc"] == [1, None]
        line.queue.release("c")
        line.queue.release("b")
        await asyncio.gather(*tasks)

    asyncio.run(main())
