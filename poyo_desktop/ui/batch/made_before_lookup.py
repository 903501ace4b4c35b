"""Asks the history, off the GUI thread, which of the batch's pictures were made before.

The answer depends on the settings (model, length, prompt), so it is asked again a moment
after they change (typing a prompt asks once, at the pause). The question goes to the
store's worker thread (``AsyncJobStore.made_before``, given once the history is open);
until its answer is in, :meth:`MadeBeforeLookup.pending` is true and the form waits.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from poyo_desktop.core.batch import sameness
from poyo_desktop.services.background import run_in_background

if TYPE_CHECKING:
    import asyncio
    from collections.abc import Awaitable, Callable, Iterable

    from poyo_desktop.core.batch import MadeBefore, Sameness, Shared
    from poyo_desktop.ui.batch.batch_model import BatchModel

    Lookup = Callable[[Iterable[Sameness]], Awaitable[dict[Sameness, MadeBefore]]]

log = logging.getLogger(__name__)

DELAY_MS = 250  # after the last change of the settings or of the pictures


class MadeBeforeLookup(QObject):
    """Keeps ``model``'s "made before" flags in line with the settings ``shared()``."""

    #: Pending changed (an answer came, or a new question is waiting).
    settled = Signal()

    def __init__(
        self, model: BatchModel, shared: Callable[[], Shared], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._shared = shared
        self._lookup: Lookup | None = None
        self._asking: asyncio.Future[None] | None = None
        self._asked: set[Sameness] | None = None  # what the flags shown answer
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._ask)

    def use(self, lookup: Lookup) -> None:
        """The history is open: questions can be asked (one waiting is asked now)."""
        self._lookup = lookup
        self.refresh()

    def refresh(self) -> None:
        """The settings or the pictures changed: ask again once they rest."""
        if self._wanted() != self._asked:
            self._timer.start()

    def pending(self) -> bool:
        """Whether the flags shown may not answer the settings as they are now."""
        return self._timer.isActive() or self._asking is not None or self._wanted() != self._asked

    def _wanted(self) -> set[Sameness]:
        shared = self._shared()
        return {key for item in self._model.items() if (key := sameness(item, shared))}

    def _ask(self) -> None:
        if self._lookup is None or self._asking is not None:
            return  # asked when the history is open, or when the answer in flight is in
        wanted, shared = self._wanted(), self._shared()
        self._asking = run_in_background(
            self._answer(self._lookup, wanted, shared), name="looking up pictures made before"
        )
        self._asking.add_done_callback(self._done)

    async def _answer(self, lookup: Lookup, wanted: set[Sameness], shared: Shared) -> None:
        try:
            found = await lookup(wanted) if wanted else {}
        except Exception as exc:  # the history could not be read: flag nothing, say so
            log.warning("could not look up pictures made before: %s", exc)
            found = {}
        self._asked = wanted  # first: applying it changes the model, which asks "again?"
        self._model.apply_made_before(shared, found)

    def _done(self, _task: object) -> None:
        self._asking = None
        if self._wanted() != self._asked:
            self._timer.start()  # the settings moved on while the answer was on its way
        self.settled.emit()
