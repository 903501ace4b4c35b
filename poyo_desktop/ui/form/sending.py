"""The form's Generate between the press and the answer: busy, then usable again.

One press makes one task: the form is busy from the press until the jobs service has
recorded the task in the history (the new row appears) or said why it made none. This
module ends the busy state in each of those cases, and says in the form why a press made
no video.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from poyo_desktop.services.not_sent import NotSent, backend_not_started

if TYPE_CHECKING:
    from poyo_desktop.core.draft import JobDraft
    from poyo_desktop.core.job import Job
    from poyo_desktop.ui.form.form import GenerationForm

log = logging.getLogger(__name__)


def follow_send(
    form: GenerationForm,
    draft: JobDraft,
    sending: asyncio.Future[Job | NotSent],
    backend: asyncio.Future[None] | None,
) -> None:
    """Keep ``form`` busy until ``sending`` ends. A demo server (``backend``) that could
    not be started ends it too: the press waited for it, and nothing was sent."""

    def done(task: asyncio.Future[Job | NotSent]) -> None:
        form.set_sending(False)
        if task.cancelled():
            if (
                backend is not None
                and backend.done()
                and not backend.cancelled()
                and backend.exception() is not None
            ):
                form.show_not_sent(backend_not_started(draft).message)
            return
        if task.exception() is None and isinstance(result := task.result(), NotSent):
            form.show_not_sent(result.message)

    def backend_done(started: asyncio.Future[None]) -> None:
        if not started.cancelled() and started.exception() is not None:
            sending.cancel()  # it waits for a server that is not coming

    sending.add_done_callback(done)
    if backend is not None:
        backend.add_done_callback(backend_done)
