"""When to say "While you were away": the moments the person stops and starts looking at the
window, the last of which is kept for the next start.

*Looking* means the window is shown, not minimised, and it (or one of its own dialogs) is
the active window (:func:`~poyo_desktop.ui.window.task_alerts.unwatched`). The last moment
the person looked is kept in ``window.ini`` (``away/last-seen``, UTC): written when they
look away, when they come back, when a video ends while they look, and when the app
closes. So the next start knows where the time away began, the app's closed time included.

A summary is shown when the person comes back after at least ``away_after`` unwatched
(services/away_summary.AWAY_AFTER), or, at a start, after any time closed; and only if a
task ended meanwhile. Tasks the last session left under way that end in the first moments
of a start ended at PoYo while the app was closed: they join the summary as they are
picked up. What ended, and what it cost, is counted by services/away_summary.py on the
history's thread; the card (ui/window/away_card.py) is loaded the first time it shows.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Collection
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QBoxLayout

from poyo_desktop.core.job import utc_now
from poyo_desktop.services import away_summary
from poyo_desktop.services.away_summary import PICKUP, AwayNews, AwaySummary
from poyo_desktop.services.background import run_in_background
from poyo_desktop.ui.window.task_alerts import unwatched
from poyo_desktop.ui.window.window_state import window_state

if TYPE_CHECKING:
    from datetime import timedelta
    from pathlib import Path

    from poyo_desktop.core.job import Job
    from poyo_desktop.services.app_services import AppServices
    from poyo_desktop.ui.window.away_card import AwayCard
    from poyo_desktop.ui.window.main_window import MainWindow

LAST_SEEN_KEY = "away/last-seen"
_ENDINGS = ("finished", "failed", "unknown")  # JobState values a summary tells of


class AwayWatch(QObject):
    """Follows whether the person looks at ``window`` and shows the card when they return."""

    def __init__(
        self,
        window: MainWindow,
        services: AppServices,
        *,
        away_after: timedelta | None = None,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._config = services.paths.config_dir
        self._news = AwayNews(services.store)
        self._away_after = away_after or away_summary.AWAY_AFTER
        self._clock = clock
        self._started = clock()
        self.previous = read_last_seen(self._config)  # the last session's last look
        self._left = self.previous  # unwatched since; None while the person looks
        self._was_closed = self.previous is not None  # the time away includes the app closed
        self._looking = False
        self._under_way: Collection[str] = ()  # what the start picks up again
        self._picked: set[str] = set()
        self._shown: AwaySummary | None = None  # what the card says, while it is up
        self.card: AwayCard | None = None
        if self.previous is not None and _loop_running():
            # Asked now, before the start resumes anything: the store answers in order.
            run_in_background(
                self._learn_under_way(self._news.under_way()), name="reading the tasks under way"
            )
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._update)
        if (handle := window.windowHandle()) is not None:
            handle.windowStateChanged.connect(self._update)
        services.jobs.job_changed.connect(self._on_job)
        window.closed.connect(self._on_closed)
        self._update()

    # -- the person ------------------------------------------------------------------------

    def _update(self, *_: object) -> None:
        looking = not unwatched(self._window)
        if looking == self._looking:
            return
        self._looking = looking
        now = self._clock()
        if not looking:
            self._left = now
            self._remember(now)
            return
        since, self._left = self._left, None
        self._remember(now)
        if since is None:
            return
        if self._was_closed or now - since >= self._away_after:
            self._was_closed = False
            self._tell(since, now)

    def _on_closed(self) -> None:
        """The last look: now, or when the person looked away (kept on this thread: the
        app is closing)."""
        moment = self._clock() if self._looking else self._left
        if moment is not None:
            write_last_seen(self._config, moment)

    def _remember(self, moment: datetime) -> None:
        """Keep ``moment`` as the last look, written by a worker (a settings file's sync
        waits for the disk)."""
        if _loop_running():
            run_in_background(
                asyncio.to_thread(write_last_seen, self._config, moment),
                name="keeping when the window was last seen",
            )

    # -- the tasks -------------------------------------------------------------------------

    async def _learn_under_way(self, reading: Awaitable[frozenset[str]]) -> None:
        self._under_way = await reading

    def _on_job(self, job: Job) -> None:
        if job.state.value not in _ENDINGS:
            return
        now = self._clock()
        if self._looking:
            self._remember(now)  # seen ending: not news at the next start
        picked_up = job.id in self._under_way and job.id not in self._picked
        if picked_up and self.previous is not None and now - self._started <= PICKUP:
            self._picked.add(job.id)  # it ended at PoYo while the app was closed
            self._tell(self.previous, self.previous, {job.id})

    def _tell(self, since: datetime, until: datetime, picked: Collection[str] = ()) -> None:
        run_in_background(
            self._summarize(since, until, frozenset(picked)),
            name="summing up what happened while you were away",
        )

    async def _summarize(self, since: datetime, until: datetime, picked: frozenset[str]) -> None:
        summary = await self._news.summary(since, until, picked)
        if summary and shiboken6.isValid(self._window):
            self.show(summary)

    # -- the card --------------------------------------------------------------------------

    def show(self, summary: AwaySummary) -> None:
        """Put ``summary`` on the card (with what it already says, while it is up)."""
        card = self.card or self._make_card()
        if self._shown is not None and card.isVisibleTo(self._window):
            summary = self._shown.merged(summary)
        self._shown = summary
        card.show_summary(summary)
        card.show()

    def _make_card(self) -> AwayCard:
        from poyo_desktop.ui.window.away_card import AwayCard  # only when there is news

        card = AwayCard()
        card.task_chosen.connect(self._open)
        card.dismissed.connect(self._on_dismissed)
        central = self._window.centralWidget()
        layout = central.layout() if central is not None else None
        if isinstance(layout, QBoxLayout):  # under the demo banner, above the form and list
            layout.insertWidget(1, card)
        self.card = card
        return card

    def _on_dismissed(self) -> None:
        self._shown = None

    def _open(self, job: Job) -> None:
        """A line was clicked: that task, selected in the list and in the preview."""
        window = self._window
        window.show_task(job.id)
        current = window.tasks.current_job()
        if current is None or current.id != job.id:  # not in the list as it is filtered
            window.job_display.selected(window.services.jobs.get(job.id) or job)


def read_last_seen(config_dir: Path) -> datetime | None:
    """The last moment the person looked at the window, as kept; None on a first start."""
    text = window_state(config_dir).value(LAST_SEEN_KEY)
    try:
        moment = datetime.fromisoformat(str(text)) if text else None
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment and moment.tzinfo is None else moment


def write_last_seen(config_dir: Path, moment: datetime) -> None:
    window_state(config_dir).setValue(LAST_SEEN_KEY, moment.isoformat())


def _loop_running() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


__all__ = ["LAST_SEEN_KEY", "AwayWatch", "read_last_seen", "write_last_seen"]
