"""The form's two picture slots, start and end, and the row or column they share.

A module of its own, like the model cards and the lengths, so that the form only wires the
slots' signals and says what they must show; which slot is which, their words, the rule
of when each shows an error or is closed (see :func:`.problem_messages.end_slot_reason`),
and, on Pro, the warning (and the offer to crop) when the end image's shape is not the
start image's, are here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QBoxLayout

from poyo_desktop.core.rules import PRO
from poyo_desktop.ui.form.drop_zone import ImageDropZone
from poyo_desktop.ui.form.model_cards import PAIR_SPACING
from poyo_desktop.ui.form.problem_messages import end_slot_reason
from poyo_desktop.ui.kit.lazy_qt import top_aligned

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QWidget

    from poyo_desktop.core.rules import Problem
    from poyo_desktop.services.settings import Settings


class PictureSlots:
    """The slots, children of ``parent``, as ``zones`` (start, end) and in the layout ``box``
    (top to bottom until the form turns it into a row; see form_layout.arrange_pair)."""

    def __init__(self, parent: QWidget, paste_dir: Path | None) -> None:
        self.start_zone = ImageDropZone(
            "Start image",
            hint="required: the first frame",
            paste_dir=paste_dir,
            takes_many=True,
            parent=parent,
        )
        self.end_zone = ImageDropZone(
            "End image", hint="optional: the last frame", paste_dir=paste_dir, parent=parent
        )
        self.start_zone.setToolTip(
            "One photo makes one video. Drop several photos, or a folder, to make a batch."
        )
        self.zones = (self.start_zone, self.end_zone)
        self.box = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.box.setSpacing(PAIR_SPACING)
        for zone in self.zones:
            self.box.addLayout(top_aligned(zone), 1)  # side by side: tops level

    def show(self, model: str, start_problem: Problem | None, *, attempted: bool) -> None:
        """The start slot's "missing" error (only after a refused press), and whether the
        end slot is open for ``model``."""
        missing = start_problem if self.start_zone.path() is None and attempted else None
        self.start_zone.set_field_error(missing.message if missing else "")
        self.end_zone.set_disabled_reason(
            end_slot_reason(model, has_end_image=self.end_zone.path() is not None)
        )
        self._compare_shapes(model)

    def _compare_shapes(self, model: str) -> None:
        """On Pro, an end image of another shape than the start image's is warned about,
        and the end slot offers to crop it to match."""
        start, end = self.start_zone.check(), self.end_zone.check()
        if model != PRO or start is None or end is None or not (start.width and end.width):
            self.end_zone.fixes.set_match(None)
            return
        from poyo_desktop.services.framing import mismatch_words, shapes_differ

        sizes = (start.width, start.height), (end.width, end.height)
        if start.ok and shapes_differ(*sizes):
            self.end_zone.fixes.set_match(sizes[0], mismatch_words(*sizes))
        else:
            self.end_zone.fixes.set_match(None)


def follow_settings(zones: tuple[ImageDropZone, ...], settings: Settings) -> None:
    """Have ``zones`` say what sending changes as the person's settings make it (their
    photos' place and camera are kept, or removed), now and whenever they change."""

    def apply(name: str = "keep_metadata") -> None:
        if name == "keep_metadata":
            for zone in zones:
                zone.fixes.set_keep_metadata(settings.values.keep_metadata)

    apply()
    settings.changed.connect(apply)
