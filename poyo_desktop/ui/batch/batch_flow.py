"""From a press of "Review 17 videos…" to 17 recorded jobs: the review sheet, then the
sending, one job per video, all with the batch's new id.

The form hands over a :class:`~poyo_desktop.core.batch.Plan`; this opens the review sheet
on it with the balance the connection knows. Confirming records the videos one by one
through ``JobService.generate`` (each then waits in the local send queue like any task),
keeping the form busy until the last is recorded. A video that cannot be recorded stops
the sending: it and those after it stay in the batch, and the form says why. Nothing is
sent twice: the sheet confirms once, and a second request while one is open or sending
is ignored.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from poyo_desktop.core.batch import drafts
from poyo_desktop.core.job import new_id
from poyo_desktop.runtime.background_imports import import_in_background
from poyo_desktop.services.background import run_in_background
from poyo_desktop.services.not_sent import NotSent, backend_not_started
from poyo_desktop.ui.batch.review_words import review
from poyo_desktop.ui.kit.translations import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from poyo_desktop.core.batch import Plan
    from poyo_desktop.core.draft import JobDraft
    from poyo_desktop.services.app_services import AppServices
    from poyo_desktop.ui.batch.review_sheet import ReviewSheet
    from poyo_desktop.ui.form.form import GenerationForm

log = logging.getLogger(__name__)

LIMITS_UNCHECKED = QT_TRANSLATE_NOOP(
    "BatchFlow",
    "Your spending limits could not be checked now; each video is still checked before it is paid.",
)
#: The review's modules, imported (on a worker thread) when the first review opens.
REVIEW_MODULES = ("poyo_desktop.ui.batch.review_sheet", "poyo_desktop.ui.batch.limit_note")


def not_sent_words(count: int, recorded: int, problem: str) -> str:
    """What the form says when the sending stopped: how many were recorded, that the rest
    stay in the batch, and why (the one-video sentence's reason, told for a batch)."""
    reason = problem.split(" was not sent: ", 1)[-1]
    reason = reason.replace("press Generate", "press Review").replace(
        "Press Generate", "Press Review"
    )
    if recorded == 0:
        return translate(
            "BatchFlow",
            "None of the %n video(s) was sent; they are still in the batch: {reason}",
            "",
            count,
        ).format(reason=reason)
    left = count - recorded
    return translate(
        "BatchFlow",
        "{recorded} of %n video(s) are in the queue; the other {left} were not sent and are "
        "still in the batch: {reason}",
        "",
        count,
    ).format(recorded=recorded, left=left, reason=reason)


class BatchFlow(QObject):
    """Reviews and sends the batches of ``form``, in ``window``, with ``services``."""

    def __init__(self, window: QMainWindow, form: GenerationForm, services: AppServices) -> None:
        super().__init__(window)
        self._window = window
        self._form = form
        self._services = services
        self._sheet: ReviewSheet | None = None
        self._busy = False
        self._opening = False  # the sheet is being prepared (the ledger is read first)
        form.batch_requested.connect(self.review)
        form.batches.use_history(services.store.made_before)

    def review(self, plan: Plan) -> None:
        """Open the review sheet on ``plan`` (not while one is open or a batch is sending)."""
        if self._sheet is not None or self._busy or self._opening:
            return
        self._opening = True
        run_in_background(
            self._open_sheet(plan),
            name="reviewing a batch",
            on_error=self._form.show_not_sent,
            failure=translate("BatchFlow", "The batch could not be reviewed"),
        )

    async def _open_sheet(self, plan: Plan) -> None:
        try:
            await import_in_background(*REVIEW_MODULES)
            from poyo_desktop.ui.batch.limit_note import spending_limit_note
            from poyo_desktop.ui.batch.review_sheet import ReviewSheet

            demo = self._services.mode.demo
            try:  # what was spent today is read from the ledger, on the store's thread
                note = await spending_limit_note(plan, self._services.spending, demo=demo)
            except Exception:
                log.warning("the batch's spending check failed", exc_info=True)
                note = translate("BatchFlow", LIMITS_UNCHECKED)
            words = review(plan, balance=self._services.connection.known_credits(), demo=demo)
            sheet = ReviewSheet(
                plan,
                words,
                self._form.batches.thumbnail_source(),
                limit_note=note,
                parent=self._window,
            )
            sheet.confirmed.connect(lambda: self._send(plan))
            sheet.finished.connect(self._on_closed)
            self._sheet = sheet
            sheet.open()
        finally:
            self._opening = False

    def _on_closed(self, _result: int) -> None:
        if self._sheet is not None:
            self._sheet.deleteLater()
        self._sheet = None

    def _send(self, plan: Plan) -> None:
        if self._busy:
            return
        self._busy = True
        self._form.set_sending(True)
        services = self._services
        services.settings.update(last_model=plan.shared.model, last_duration=plan.shared.duration)
        run_in_background(
            self._send_all(plan, drafts(plan, new_id())),
            name="sending a batch",
            on_error=self._form.show_not_sent,
            failure=translate("BatchFlow", "The batch could not be sent"),
        )

    async def _send_all(self, plan: Plan, batch: list[JobDraft]) -> None:
        recorded = 0
        problem = ""
        try:
            started = self._services.mode.ensure_backend()
            if started is not None:
                try:
                    await started
                except Exception:
                    problem = backend_not_started(batch[0]).batch_reason
                    return
            for draft in batch:
                result = await self._services.jobs.generate(draft)
                if isinstance(result, NotSent):
                    problem = result.batch_reason
                    return
                recorded += 1
        finally:
            self._finish(plan, recorded, problem)

    def _finish(self, plan: Plan, recorded: int, problem: str) -> None:
        """The items not wholly recorded stay in the batch; the form says what happened."""
        self._busy = False
        self._form.set_sending(False)
        unsent = {video.item.key for video in plan.videos[recorded:]}
        self._form.batches.sent(unsent)
        if problem:
            self._form.show_not_sent(not_sent_words(plan.count, recorded, problem))
        else:
            self._window.statusBar().showMessage(
                translate("BatchFlow", "%n video(s) added to the queue.", "", recorded), 8000
            )
