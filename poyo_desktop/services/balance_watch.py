"""When to read the balance again: after each charge, and now and then while tasks run.

PoYo charges a task when it finishes, so the balance is read again right after a task of
the account is seen finished (several finishing together share one reading). While
tasks run it is also read every :data:`RUNNING_EVERY` seconds (a task may be charged, or
the balance spent elsewhere); with nothing running it is never read on a timer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from poyo_desktop.core.states import UNDER_WAY, JobState

if TYPE_CHECKING:
    from poyo_desktop.core.job import Job
    from poyo_desktop.services.connection import ConnectionStatus
    from poyo_desktop.services.jobs import JobService

RUNNING_EVERY = 45.0  # seconds between two readings while tasks run
AFTER_CHARGE = 0.3  # seconds to wait for other tasks finishing at the same moment

_CHARGED = (JobState.DOWNLOADING, JobState.FINISHED)


class BalanceWatch(QObject):
    def __init__(
        self,
        jobs: JobService,
        connection: ConnectionStatus,
        *,
        every: float = RUNNING_EVERY,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self._connection = connection
        self._charged: set[str] = set()  # jobs whose charge was already read
        self._running = QTimer(self)
        self._running.setInterval(int(every * 1000))
        self._running.timeout.connect(self._on_tick)
        self._after_charge = QTimer(self)
        self._after_charge.setSingleShot(True)
        self._after_charge.setInterval(int(AFTER_CHARGE * 1000))
        self._after_charge.timeout.connect(connection.refresh)
        jobs.job_added.connect(self._on_job)
        jobs.job_changed.connect(self._on_job)

    def _on_job(self, job: Job) -> None:
        if job.backend != "poyo":
            return  # demo videos cost nothing
        if job.state in _CHARGED and job.remote_id and job.id not in self._charged:
            self._charged.add(job.id)
            self._after_charge.start()
        if job.state in UNDER_WAY and not self._running.isActive():
            self._running.start()

    def _on_tick(self) -> None:
        if self._jobs.busy_count() == 0:
            self._running.stop()  # idle: no more readings until a task runs again
            return
        self._connection.refresh()
