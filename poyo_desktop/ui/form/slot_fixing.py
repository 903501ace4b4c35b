"""What a picture slot says and offers about mending its picture: the changes made before
sending ("converted from CMYK, location removed"), what a fix did ("Cropped to 16:9"),
the button that opens the fixer, and, on the end slot, a shape unlike the start image's.

Plain state and words, so the slot (:mod:`.drop_zone`) only shows them; the fixer itself
(:mod:`poyo_desktop.ui.crop`) is imported when the button is pressed. The services' words
are imported where first used: the first frame draws empty slots and needs none of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from poyo_desktop.ui.kit.translations import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from collections.abc import Callable

    from poyo_desktop.services.preflight import ImageCheck
    from poyo_desktop.ui.form.drop_zone import ImageDropZone

FIX_OFFER = QT_TRANSLATE_NOOP("SlotFixing", "Fix this picture…")
MATCH_OFFER = QT_TRANSLATE_NOOP("SlotFixing", "Crop to match the start image…")


@dataclass(slots=True)
class SlotFixes:
    """A slot's fixing state: whether metadata is kept (the person's setting), what the
    last fix did (until another picture comes), and the start image's shape when this
    (end) slot's picture has another. ``changed`` redraws the slot."""

    changed: Callable[[], None]
    keep_metadata: bool = False
    note: str = ""
    match: tuple[int, int] | None = None
    match_words: str = ""

    def set_keep_metadata(self, keep: bool) -> None:
        """The person's choice: a photo's place and camera go with it (nothing said)."""
        if keep != self.keep_metadata:
            self.keep_metadata = keep
            self.changed()

    def set_match(self, start_size: tuple[int, int] | None, words: str = "") -> None:
        """The start image's size when this (end) slot's picture has another shape, and
        the warning that says so; ``None``: no such warning."""
        if (start_size, words) != (self.match, self.match_words):
            self.match, self.match_words = start_size, words
            self.changed()

    def set_note(self, note: str) -> None:
        """What a fix did, said under the picture it made."""
        self.note = note
        self.changed()

    def picture_changed(self) -> None:
        """Another picture (or none): a fix's note belongs to the picture it made."""
        self.note = ""

    def changes_line(self, check: ImageCheck | None) -> str:
        """The muted line under the picture: what a fix did, or what sending changes."""
        if self.note:
            return self.note
        if check is None or not check.width:
            return ""
        from poyo_desktop.services.image_limits import changes_sentence

        return changes_sentence(check.changes(keep_metadata=self.keep_metadata))

    def offer(self, check: ImageCheck | None, *, available: bool) -> str:
        """The fix button's text, or "" when there is nothing to offer: a picture Kling
        would refuse is offered the fixer; one that is only too large is not (sending
        makes it smaller, as its warning says, and most phone photos are), though its
        menu still has "Crop or fix…"."""
        if not available or check is None or not check.width:
            return ""
        if check.fixable:
            return translate("SlotFixing", FIX_OFFER)
        return translate("SlotFixing", MATCH_OFFER) if self.match is not None else ""


def open_fixer(zone: ImageDropZone) -> bool:
    """Open the fixer on ``zone``'s picture (crop, bars, resize); False when it holds none
    checked yet, or is unavailable."""
    check = zone.check()
    if not zone.is_available() or check is None or not check.width:
        return False
    from poyo_desktop.ui.crop.fix_flow import offer_fix

    return offer_fix(zone, match=zone.fixes.match) is not None
