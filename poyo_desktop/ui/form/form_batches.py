"""What the form does when it makes more than one video: copies of its picture, or a batch
of many pictures (:mod:`.batch_mode`, made when the first batch comes, so the first frame
loads none of it).

The form asks here for the shared settings, its problems while it is a batch, the plan a
press hands over for review, and the words of its Generate button ("Review 17 videos…").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from poyo_desktop.core.prices import price_credits
from poyo_desktop.core.rules import PRO, Problem, Severity
from poyo_desktop.ui.form.copies_choice import CopiesChoice
from poyo_desktop.ui.form.price_text import footer_price
from poyo_desktop.ui.form.problem_messages import image_problems
from poyo_desktop.ui.kit.locale_words import money
from poyo_desktop.ui.kit.translations import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QBoxLayout, QVBoxLayout, QWidget

    from poyo_desktop.core.batch import Plan, Shared
    from poyo_desktop.core.draft import DraftBatch
    from poyo_desktop.ui.batch.made_before_lookup import Lookup
    from poyo_desktop.ui.form.batch_mode import BatchMode
    from poyo_desktop.ui.form.form import GenerationForm

GENERATE = QT_TRANSLATE_NOOP("GenerateFooter", "Generate video")
#: The batch form's modules, imported when the first batch comes.
BATCH_MODULES = ("poyo_desktop.ui.form.batch_mode", "poyo_desktop.ui.batch.intake")


def generate_label(videos: int, *, batch: bool) -> str:
    """ "Generate video" for one video, "Review 17 videos…" when a review comes first."""
    if not batch and videos <= 1:
        return translate("GenerateFooter", GENERATE)
    if videos <= 0:
        return translate("FormBatches", "Review the batch…")
    return translate("FormBatches", "Review %Ln video(s)…", "", videos)


class FormBatches:
    """The copies control and the batch of ``form``, whose fields are in ``content``'s
    ``column``, the pictures in ``pictures``; ``changed`` is called when the batch
    changed what the form must show."""

    def __init__(
        self,
        form: GenerationForm,
        content: QWidget,
        column: Callable[[], QVBoxLayout],
        pictures: QBoxLayout,
        changed: Callable[[], None],
    ) -> None:
        self._form = form
        self._content = content
        self._column = column
        self._pictures = pictures
        self._changed = changed
        self._batch: BatchMode | None = None
        self._waiting: list[Path] | None = None  # given while the batch form loads
        self._history: Lookup | None = None
        self.copies = CopiesChoice(content)

    def batch(self) -> BatchMode | None:
        """The batch the form is, while it is one."""
        return self._batch if self._batch is not None and self._batch.active() else None

    def shared(self) -> Shared:
        """The settings every video of a batch (or every copy) shares."""
        # The batch rules load with the first batch or copies, not before the first paint
        # (their seven data classes cost it ~3.5 ms).
        from poyo_desktop.core.batch import Shared

        form = self._form
        pro_end = form.model() == PRO and form.end_zone.path() is not None
        return Shared(
            model=form.model(),
            duration=form.duration(),
            prompt=form.prompt(),
            negative_prompt=form.negative_prompt(),
            end_image=form.end_zone.path() if pro_end else None,
            end_image_original=form.end_zone.original_path() if pro_end else None,
            copies=self.copies.copies(),
        )

    def problems(self) -> list[Problem] | None:
        """The batch's problems (its pictures', the shared settings', the end image's on
        Pro); ``None`` while the form is not a batch."""
        batch = self.batch()
        if batch is None:
            return None
        shared = self.shared()
        found = batch.problems(shared)
        if shared.end_image is not None:
            found += image_problems(self._form.end_zone, "end_image")
        return found

    def review_plan(self, problems: list[Problem]) -> Plan | None:
        """What a press hands over for review: the batch, or copies of the one picture;
        ``None`` for one video (no review) or while ``problems`` hold an error."""
        if any(p.severity is Severity.ERROR for p in problems):
            return None
        batch = self.batch()
        if batch is not None:
            return batch.plan(self.shared())
        if self.copies.copies() == 1:
            return None
        from poyo_desktop.core.batch import plan
        from poyo_desktop.ui.form.batch_mode import single_item

        return plan(self.shared(), [single_item(self._form.start_zone)[0]])

    def thumbnail_source(self) -> Callable[[int], object]:
        """Where the review sheet finds each item's thumbnail (by the item's key)."""
        batch = self.batch()
        if batch is not None:
            return batch.thumbnail
        from poyo_desktop.ui.form.batch_mode import single_item

        thumb = single_item(self._form.start_zone)[1]
        return lambda _key: thumb

    def use_history(self, lookup: Lookup) -> None:
        self._history = lookup
        if self._batch is not None:
            self._batch.use_history(lookup)

    def take(self, paths: list[Path]) -> None:
        """Several pictures, or a folder, on the start slot: the form becomes a batch. The
        first time, once the batch form's modules have loaded on a worker thread (on the GUI
        thread they stalled the window 25 ms); they are not loaded before: most people never
        make a batch, and the idle window would hold them for nothing."""
        if self._batch is not None and self._waiting is None:
            self._batch.start(paths)
            return
        loading = self._waiting is not None
        self._waiting = paths  # the loading under way takes the last pictures given
        if loading:
            return
        # Here, not with the module: the form is drawn before the first frame, asyncio after.
        from poyo_desktop.services.background import run_in_background

        run_in_background(
            self._load_then_take(),
            name="loading the batch form",
            on_error=self._form.show_not_sent,
            failure=translate("FormBatches", "The pictures could not be taken"),
        )

    async def _load_then_take(self) -> None:
        from poyo_desktop.runtime.background_imports import import_in_background
        from poyo_desktop.runtime.next_turn import next_turn

        try:
            await import_in_background(*BATCH_MODULES)
            batch = self._made()
            await next_turn()  # made in one turn, shown in the next: 8 ms together at the drop
            paths = self._waiting or []
        finally:
            self._waiting = None
        batch.start(paths)

    def snapshot(self) -> DraftBatch | None:
        """The batch as the form's draft keeps it; None while the form is not a batch."""
        batch = self.batch()
        return batch.snapshot() if batch is not None else None

    def restore(self, kept: DraftBatch) -> None:
        """The batch of the draft kept from the last session (see ui/form/draft_keeper)."""
        self._made().restore(kept)

    def _made(self) -> BatchMode:
        if self._batch is None:
            from poyo_desktop.ui.form.batch_mode import BatchMode

            self._batch = BatchMode(self._content, self._form.start_zone, self.shared)
            self._batch.place(self._column(), self._pictures)
            self._batch.changed.connect(self._changed)
            if self._history is not None:
                self._batch.use_history(self._history)
        return self._batch

    def end(self) -> None:
        """Back to the one-picture form (settings used again replace the batch)."""
        if self._batch is not None:
            self._batch.clear()

    def settings_changed(self) -> None:
        if self._batch is not None:
            self._batch.settings_changed()

    def sent(self, unsent: set[int]) -> None:
        """A batch was sent: only the items ``unsent`` (not recorded) stay in it."""
        if self._batch is not None:
            self._batch.keep_unsent(unsent)

    def show(self, palette: QPalette) -> str:
        """Bring the copies and the batch in line; the Generate button's words."""
        batch = self.batch()
        self.copies.show(batch=batch is not None)
        if batch is None:
            return generate_label(self.copies.copies(), batch=False)
        shared = self.shared()
        batch.show(shared, palette)
        return generate_label(batch.plan(shared).count, batch=True)

    def price_text(self, *, demo: bool) -> str:
        """The footer's price: one video's (see price_text.footer_price), or for several
        "17 videos: 510 credits (about $2.55)"."""
        batch = self.batch()
        count = batch.plan(self.shared()).count if batch is not None else self.copies.copies()
        model, duration = self._form.model(), self._form.duration()
        total = price_credits(model, duration)
        if (batch is None and count <= 1) or total is None:
            return footer_price(model, duration, demo=demo)
        total *= count
        if demo:
            return translate(
                "FormBatches", "%Ln video(s): free in demo mode ({credits} with a key)", "", count
            ).format(credits=translate("PriceText", "%Ln credit(s)", "", total))
        return translate("FormBatches", "%Ln video(s): {money}", "", count).format(
            money=money(total)
        )

    def focus_target(self) -> QWidget | None:
        """Where the focus goes for a problem of the start picture, while a batch."""
        batch = self.batch()
        return batch.panel.list if batch is not None else None
