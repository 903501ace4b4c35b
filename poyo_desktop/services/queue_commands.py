"""What a person does to the send queue: pause, resume, reorder, cancel, send after all
(and edit, in ``queue_edits``; Pause Sending's lasting choice, in ``sending_pause``).

Its own module because these are the jobs service's commands for jobs not sent yet, with
one rule of their own: nothing sent twice, nothing paid by surprise. So a command that
stops a job (pause, cancel) takes effect at once, on the event loop, where the grant of a
sending slot also happens: a job it reaches has not started submitting (its task is
stopped before the submit can begin), and from then on it is not granted a slot. A
command that lets a job go (resume, a move, send after all) is saved first and takes
effect only then, so a restart never sends what the history says is paused or later in
line. Every change is written to the history in the order it was decided.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from poyo_desktop.core.job import Job
from poyo_desktop.core.states import JobState
from poyo_desktop.core.wording import QT_TRANSLATE_NOOP, translate
from poyo_desktop.services.history_trouble import store_reason
from poyo_desktop.services.job_records import JobRepository
from poyo_desktop.services.queue_edits import Edit, Edited, NotEdited, QueueEdits, only_edited
from poyo_desktop.services.queue_order import (
    NOT_SENT,
    Where,
    end_rank,
    in_line,
    moved_many,
    queue_key,
    ranks,
)
from poyo_desktop.services.send_queue import SendQueue
from poyo_desktop.services.sending_pause import SendingPause
from poyo_desktop.services.task_choices import Refusal, TaskRequest
from poyo_desktop.services.task_decisions import Go, Step, decide_in_queue

log = logging.getLogger(__name__)

_STOPPING = frozenset({TaskRequest.PAUSE, TaskRequest.CANCEL})
# What a person is told when a request could not be kept in the history: one whole
# sentence for each (in the window's language when said), a move's for any other.
_UNSAVED = {
    TaskRequest.PAUSE: QT_TRANSLATE_NOOP(
        "QueueCommands",
        "This task could not be paused, because your task history could not be saved "
        "({reason}). Nothing was sent or charged for it.",
    ),
    TaskRequest.RESUME: QT_TRANSLATE_NOOP(
        "QueueCommands",
        "This task could not be resumed, because your task history could not be saved "
        "({reason}). Nothing was sent or charged for it.",
    ),
    TaskRequest.CANCEL: QT_TRANSLATE_NOOP(
        "QueueCommands",
        "This task could not be cancelled, because your task history could not be saved "
        "({reason}). Nothing was sent or charged for it.",
    ),
    TaskRequest.SEND_AFTER_ALL: QT_TRANSLATE_NOOP(
        "QueueCommands",
        "This task could not be put back in line, because your task history could not be "
        "saved ({reason}). Nothing was sent or charged for it.",
    ),
}
_UNSAVED_MOVE = QT_TRANSLATE_NOOP(
    "QueueCommands",
    "This task could not be moved, because your task history could not be saved "
    "({reason}). Nothing was sent or charged for it.",
)
_MOVES: dict[TaskRequest, Where] = {
    TaskRequest.SEND_NEXT: "first",
    TaskRequest.MOVE_UP: "up",
    TaskRequest.MOVE_DOWN: "down",
    TaskRequest.SEND_LAST: "last",
}


def unsaved_words(request: TaskRequest, reason: str) -> str:
    """What a person is told when ``request`` could not be saved (``reason``: the
    history's cause, as :func:`store_reason` gives it)."""
    return translate("QueueCommands", _UNSAVED.get(request, _UNSAVED_MOVE)).format(reason=reason)


class QueueCommands:
    """The send queue's commands over the jobs service's jobs (``jobs``, shared with it).

    ``stop(job_id)`` stops a job's running work at once and gives what ends when it has;
    ``start(job)`` starts a job waiting for its turn; ``announce``, ``report`` and
    ``pause_chosen`` are the service's signals (a job changed; plain words for the person;
    Pause Sending turned on or off).
    """

    def __init__(
        self,
        jobs: dict[str, Job],
        tasks: dict[str, asyncio.Task[Any]],
        store: JobRepository,
        limit: Callable[[], int],
        *,
        start: Callable[[Job], None],
        announce: Callable[[Job], None],
        report: Callable[[str], None],
        spawn: Callable[[str, Any], Any],
        pause_chosen: Callable[[bool], None] = lambda on: None,
    ) -> None:
        self._jobs = jobs
        self._tasks = tasks
        self._store = store
        self.slots = SendQueue(limit, self._queue_key)
        self._queue = self.slots
        self._start = start
        self._announce = announce
        self._report = report
        self._spawn = spawn
        # "Pause Sending": new jobs are made paused too, until resumed; kept for a restart.
        self.pause = SendingPause(store, spawn=spawn, report=report, changed=pause_chosen)
        self.edits = QueueEdits(jobs, self.slots, store, announce=announce, spawn=spawn)
        self._planned: dict[str, float] = {}  # ranks moves decided, until saved

    # -- reading ---------------------------------------------------------------------------

    def _queue_key(self, job_id: str) -> tuple[float, float, str] | None:
        """Where ``job_id`` goes in line; None while it is not to be sent (paused, out)."""
        job = self._jobs.get(job_id)
        if job is None or job.held or job.state not in NOT_SENT or self.edits.kept_back(job_id):
            return None
        return queue_key(job)

    def may_go(self, job: Job | None) -> bool:
        """Re-checked when a slot is granted: paused or cancelled meanwhile, it waits."""
        return job is not None and not job.held and job.state in NOT_SENT

    def waiting(self) -> list[Job]:
        """The jobs in line, paused ones too, first in line first (see queue_order)."""
        return [job for job in in_line(self._jobs.values()) if not self._queue.holds_slot(job.id)]

    def paused_in_line(self, job_id: str) -> bool:
        job = self._jobs.get(job_id)
        return job is not None and job.held and self._queue.is_waiting(job_id)

    def place(self, job_id: str) -> int | None:
        """``job_id``'s place among the jobs that will be sent (1 = next), or None when it
        is not waiting for a slot or is paused."""
        return self._queue.place(job_id)

    @property
    def paused(self) -> bool:
        return self.pause.on

    def all_paused(self) -> bool:
        """Sending is paused ("Pause Sending"): what waits, and what is made, is held. Kept
        through a restart once the window has read it back (see sending_pause)."""
        return self.pause.on

    def step(self, job: Job, request: TaskRequest) -> Step:
        """What ``request`` would do to ``job`` (the menu asks before offering it): a move
        that would leave it where it is is not offered."""
        step = decide_in_queue(job, request)
        if request in _MOVES and isinstance(step, Go):
            order = self._planned_order()
            if job.id not in order or moved_many(order, [job.id], _MOVES[request]) == order:
                return None
        return step

    def _planned_order(self) -> list[str]:
        """The line as the moves decided so far make it (saved or not): the next move
        starts from there, so two quick presses move two places."""
        line = self.waiting()
        line.sort(key=lambda job: queue_key(job, self._planned.get(job.id)))
        return [job.id for job in line]

    # -- commands --------------------------------------------------------------------------

    def apply(self, ids: Iterable[str], request: TaskRequest, *, quiet: bool = False) -> int:
        """Carry ``request`` out for each of ``ids`` that allows it; says why for the others
        (unless ``quiet``). Returns how many it applies to."""
        if request in _MOVES:
            return self.move(ids, _MOVES[request])
        ids = list(dict.fromkeys(ids))
        if unloaded := [job_id for job_id in ids if job_id not in self._jobs]:
            # Ended in an earlier session (cancelled, say): read from the history first.
            self._spawn(f"queue-load-{request.value}", self._load_then(unloaded, request, quiet))
        changes: list[tuple[Job, Job]] = []
        for job_id in ids:
            job = self._jobs.get(job_id)
            step = decide_in_queue(job, request) if job is not None else None
            if isinstance(step, Refusal):
                if not quiet:
                    self._report(step.message)
            elif step is not None and job is not None:
                after = step.job
                if request is TaskRequest.SEND_AFTER_ALL:
                    after = after.with_changes(queue_rank=end_rank(self.waiting()))
                changes.append((job, after))
        if changes:
            self._carry_out(request, changes)
        return len(changes)

    async def _load_then(self, ids: list[str], request: TaskRequest, quiet: bool) -> None:
        for job_id in ids:
            job = await self._store.get(job_id)
            if job is not None and job_id not in self._jobs:
                self._jobs[job_id] = job
        self.apply([job_id for job_id in ids if job_id in self._jobs], request, quiet=quiet)

    def hold_all(self) -> None:
        """Pause everything not sent yet, and what is made from now on, until resumed."""
        self.pause.choose(True)
        self.apply(self._not_sent(held=False), TaskRequest.PAUSE, quiet=True)

    def resume_all(self) -> None:
        self.pause.choose(False)
        self.apply(self._not_sent(held=True), TaskRequest.RESUME, quiet=True)

    def _not_sent(self, *, held: bool) -> list[str]:
        """Every job not sent yet (waiting, granted a slot, uploading), paused or not."""
        return [job.id for job in in_line(self._jobs.values()) if job.held == held] + [
            job.id
            for job in self._jobs.values()
            if job.state is JobState.UPLOADING and job.held == held
        ]

    def move(self, ids: Iterable[str], where: Where) -> int:
        """Move waiting jobs ``where`` in line; the new order is saved, then followed.
        Returns how many jobs were in line to move."""
        ids = list(dict.fromkeys(ids))
        order = self._planned_order()
        for job_id in ids:
            job = self._jobs.get(job_id)
            step = decide_in_queue(job, TaskRequest.MOVE_UP) if job is not None else None
            if job_id not in order and isinstance(step, Refusal):
                self._report(step.message)
        new_order = moved_many(order, ids, where)
        if new_order == order:
            return 0
        new_ranks = ranks(new_order)
        changes = []
        for job in self.waiting():
            if self._planned.get(job.id, job.queue_rank) != new_ranks[job.id]:
                self._planned[job.id] = new_ranks[job.id]
                changes.append((job, job.with_changes(queue_rank=new_ranks[job.id])))
        self._carry_out(TaskRequest.MOVE_UP, changes)
        return sum(1 for job_id in ids if job_id in order)

    # -- carrying out ----------------------------------------------------------------------

    def _carry_out(self, request: TaskRequest, changes: list[tuple[Job, Job]]) -> None:
        stopped: list[Awaitable[Any]] = []
        if request in _STOPPING:  # at once: from here on no slot, no submit
            for _before, after in changes:
                self._jobs[after.id] = after
                granted = self._queue.holds_slot(after.id)
                ended = self._stop(after.id) if request is TaskRequest.CANCEL or granted else None
                if ended is not None:
                    stopped.append(ended)
            self._queue.changed()
        # Written now, so in the order decided: before anything the job does next.
        saving = [self._store.save(after) for _before, after in changes]
        self._spawn(f"queue-{request.value}", self._finish(request, changes, saving, stopped))

    def _stop(self, job_id: str) -> asyncio.Task[Any] | None:
        """Stop the job's work now (it has not begun to submit: see the module's note)."""
        task = self._tasks.get(job_id)
        if task is None or task.done():
            return None
        task.cancel()
        return task

    async def _finish(
        self,
        request: TaskRequest,
        changes: list[tuple[Job, Job]],
        saving: list[Awaitable[None]],
        stopped: list[Awaitable[Any]],
    ) -> None:
        if stopped:
            await asyncio.gather(*stopped, return_exceptions=True)
        results = await asyncio.gather(*saving, return_exceptions=True)
        for (before, after), result in zip(changes, results, strict=True):
            if self._planned.get(after.id) == after.queue_rank:
                del self._planned[after.id]  # saved (or not): no longer only planned
            if isinstance(result, BaseException):
                self._unsaved(request, before, after, result, restart=bool(stopped))
            else:
                self._saved(request, before, after, restarted=bool(stopped))
        self._queue.changed()

    def _saved(self, request: TaskRequest, before: Job, after: Job, *, restarted: bool) -> None:
        current = self._jobs.get(after.id)
        if current is None:
            return  # removed meanwhile
        if request in _STOPPING:
            if current is after or only_edited(after, current):
                self._announce(current)
                if request is TaskRequest.PAUSE and restarted:
                    self._start(current)  # back in line, paused, where it was
            return
        if current is not before:  # it changed meanwhile (sent, paused): that stands
            if request is TaskRequest.MOVE_UP and current.state is JobState.DRAFT:
                after = current.with_changes(queue_rank=after.queue_rank)
            elif only_edited(before, current):  # its words changed meanwhile: both stand
                after = Edit.of(current).applied(after)
            else:
                return
        self._jobs[after.id] = after
        self._announce(after)
        if request is TaskRequest.SEND_AFTER_ALL:
            self._start(after)

    def _unsaved(
        self, request: TaskRequest, before: Job, after: Job, error: BaseException, *, restart: bool
    ) -> None:
        """Not saved: nothing changes after all (a stopped job goes back in line)."""
        log.error("could not save job %s as %s: %s", after.id, request.value, error)
        self._report(unsaved_words(request, store_reason(error)))
        if request in _STOPPING and self._jobs.get(after.id) is after:
            self._jobs[after.id] = before
            self._announce(before)
            if restart or request is TaskRequest.CANCEL:
                self._start(before)


class QueueControl:
    """The jobs service's send-queue commands (mixed into JobService), by job id."""

    queue: QueueCommands

    def hold(self, ids: Iterable[str]) -> int:
        """Pause: not sent until released; kept so through a restart."""
        return self.queue.apply(ids, TaskRequest.PAUSE)

    def release(self, ids: Iterable[str]) -> int:
        return self.queue.apply(ids, TaskRequest.RESUME)

    def hold_all(self) -> None:
        self.queue.hold_all()

    def resume_all(self) -> None:
        self.queue.resume_all()

    def move(self, job_id: str, where: Where) -> bool:
        """Send first, one up, one down, or send last, among the jobs waiting."""
        return self.queue.move([job_id], where) > 0

    def cancel(self, ids: Iterable[str]) -> int:
        """Out of line before it was sent: never paid (an upload under way is stopped)."""
        return self.queue.apply(ids, TaskRequest.CANCEL)

    def edit(self, job_id: str, edit: Edit) -> asyncio.Future[Edited | NotEdited]:
        """Change a video not sent yet (its prompts, length, model): kept only if it still
        waits when the history is written; otherwise nothing changes, and it says why."""
        return self.queue.edits.edit(job_id, edit)

    def edit_refusal(self, job: Job) -> str | None:
        """Why ``job`` cannot be edited now; None when Edit… is offered for it."""
        return self.queue.edits.refusal(job)

    def restore_sending_pause(self) -> asyncio.Future[Any]:
        """Read back whether sending was left paused (the window asks at start)."""
        return self.queue.pause.restore()

    def send_after_all(self, job_id: str) -> int:
        """A cancelled job back in line, at its end."""
        return self.queue.apply([job_id], TaskRequest.SEND_AFTER_ALL)

    def ask(self, ids: Iterable[str], request: TaskRequest, *, quiet: bool = False) -> int:
        """Any of the send queue's requests, as the task menu gives them."""
        return self.queue.apply(ids, request, quiet=quiet)

    def queue_step(self, job: Job, request: TaskRequest) -> Step:
        """What a send-queue request would do to ``job``; decides only."""
        return self.queue.step(job, request)

    def place_in_line(self, job_id: str) -> int | None:
        return self.queue.place(job_id)

    def limit_changed(self) -> None:
        """The maximum tasks at once changed: a freed slot is given now."""
        self.queue.slots.changed()
