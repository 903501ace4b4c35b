"""What a picture slot shows: its title, the thumbnail, the picture's name and size,
Browse and Paste, and under them what the check found (or why the slot is unavailable),
what sending changes, and the button that opens the fixer.

The slot (:class:`~poyo_desktop.ui.form.drop_zone.ImageDropZone`) keeps what it holds and
takes pictures in; this module makes its children, lays them out, and turns the slot's
state and the checker's verdict into text, colours and the description a screen reader
gives, so that presentation is decided in one place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout

from poyo_desktop.ui.form.slot_look import SlotThumbnail
from poyo_desktop.ui.kit.elided_label import MiddleElidedLabel
from poyo_desktop.ui.kit.lazy_qt import set_qt_property, top_aligned
from poyo_desktop.ui.kit.locale_words import in_sentence
from poyo_desktop.ui.kit.theme import error_color, muted_color, set_text_color, warning_color
from poyo_desktop.ui.kit.translations import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QFrame

    from poyo_desktop.services.preflight import ImageCheck

NO_PICTURE = QT_TRANSLATE_NOOP(
    "SlotView", "No picture yet. Drop a photo here, press Ctrl+V to paste, or Space to browse."
)


def slot_message(
    notice: str, check: ImageCheck | None, field_error: str, pair_warning: str = ""
) -> tuple[str, str]:
    """(text, kind) of the line under the card; kind is "error", "warning" or "".

    A notice about the last drop or paste comes first, then the check's problems, the
    form's error about the slot, and the warnings: the check's, and a ``pair_warning``
    (an end image of another shape than the start image's)."""
    if notice:
        return notice, "warning"
    if check is not None and check.problems:
        return " ".join(check.problems), "error"
    if field_error:
        return field_error, "error"
    warnings = [*(check.warnings if check is not None else []), pair_warning]
    if any(warnings):
        return " ".join(w for w in warnings if w), "warning"
    return "", ""


def size_line(check: ImageCheck | None) -> str:
    """The line under the name: "Checking…" until the check is in, then "1920 × 1080 px"."""
    if check is None:
        return translate("SlotView", "Checking…")
    return f"{check.size_text()} px" if check.width else ""


class SlotView:
    """The children of ``slot``, made in tab order, and its layout. ``clear_button``,
    ``browse_button`` and ``paste_button`` are for the slot to connect."""

    def __init__(self, slot: QFrame, title: str, hint: str) -> None:
        self.title_label = QLabel(title, slot)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.hint_label = QLabel(hint, slot)
        self.hint_label.setVisible(bool(hint))
        self.clear_button = QToolButton(slot)
        self.clear_button.setText("×")
        self.clear_button.setAutoRaise(True)
        picture = in_sentence(title)
        self.clear_button.setToolTip(
            translate("SlotView", "Remove the {picture}").format(picture=picture)
        )
        self.clear_button.setAccessibleName(
            translate("SlotView", "Remove {picture}").format(picture=picture)
        )
        # An enum property by its Qt names, not Qt.FocusPolicy: see ui/kit/lazy_qt.py.
        set_qt_property(self.clear_button, "focusPolicy", "StrongFocus")
        self.thumbnail = SlotThumbnail(title, slot)
        self.name_label = MiddleElidedLabel(slot)
        self.size_label = QLabel(slot)
        self.placeholder = QLabel(
            translate("SlotView", "Drop a photo here, or Browse… / Paste"), slot
        )
        self.placeholder.setWordWrap(True)

        self.browse_button = QPushButton(translate("SlotView", "Browse…"), slot)
        self.browse_button.setAccessibleName(
            translate("SlotView", "Browse for the {picture}").format(picture=picture)
        )
        self.browse_button.setToolTip(translate("SlotView", "Choose a JPEG, PNG, WebP or GIF file"))
        self.paste_button = QPushButton(translate("SlotView", "Paste"), slot)
        self.paste_button.setAccessibleName(
            translate("SlotView", "Paste the {picture}").format(picture=picture)
        )
        self.paste_button.setToolTip(
            translate("SlotView", "Use the picture or image file you copied (Ctrl+V)")
        )

        self.message_label = QLabel(slot)
        # Not selectable (the slot's menu copies it): a selectable label lays its text out
        # as a rich-text document, which cost each verdict ~1.2 ms more and the first one
        # 10-15 ms (bench/picture_drops.py), and hid the slot's menu on right-click.
        self.message_label.setWordWrap(True)
        self.reason_label = QLabel(slot)
        self.reason_label.setWordWrap(True)
        self._slot = slot
        # Made when first needed (most pictures need neither): see show_extras.
        self.changes_label: QLabel | None = None
        self.fix_button: QPushButton | None = None
        self._lay_out(slot)

    def _lay_out(self, slot: QFrame) -> None:
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.setSpacing(6)
        header.addWidget(self.title_label)
        header.addWidget(self.hint_label, 1)
        header.addWidget(self.clear_button)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(6)
        buttons.addWidget(self.browse_button)
        buttons.addWidget(self.paste_button)
        buttons.addStretch(1)

        info = QVBoxLayout()
        info.setContentsMargins(0, 0, 0, 0)
        info.setSpacing(2)
        info.addWidget(self.placeholder)
        info.addWidget(self.name_label)
        info.addWidget(self.size_label)
        info.addStretch(1)
        info.addLayout(buttons)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(12)
        body.addLayout(top_aligned(self.thumbnail.label))  # however tall the text beside it
        body.addLayout(info, 1)

        self._layout = layout = QVBoxLayout(slot)
        layout.setContentsMargins(12, 8, 8, 12)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addLayout(body)
        layout.addWidget(self.message_label)
        layout.addWidget(self.reason_label)

    def show_picture(
        self,
        *,
        available: bool,
        name: str,
        where: str | None,
        check: ImageCheck | None,
        palette: QPalette,
    ) -> None:
        """The buttons and the picture's lines: ``name`` (``where`` it came from, as its
        tooltip) and its size; the placeholder text while there is no picture (``where``
        is ``None``). Unavailable, the buttons, text and thumbnail are greyed."""
        has_image = where is not None
        self.browse_button.setEnabled(available)
        self.paste_button.setEnabled(available)
        self.clear_button.setVisible(has_image)
        self.placeholder.setVisible(not has_image)
        self.placeholder.setEnabled(available)
        self.name_label.setVisible(has_image)
        self.size_label.setVisible(has_image)
        set_text_color(self.size_label, muted_color(palette))
        set_text_color(self.hint_label, muted_color(palette))
        set_text_color(self.placeholder, muted_color(palette))
        if where is not None:
            self.name_label.setText(name)
            self.name_label.setToolTip(where)
            self.size_label.setText(size_line(check))
        self.thumbnail.label.setEnabled(available)
        self.name_label.setEnabled(available)

    def show_message(self, text: str, kind: str, disabled_reason: str, palette: QPalette) -> None:
        """The line under the card (see :func:`slot_message`) and why the slot is off."""
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
        set_text_color(
            self.message_label,
            error_color(palette)
            if kind == "error"
            else warning_color(palette)
            if kind == "warning"
            else None,
        )
        self.reason_label.setText(disabled_reason)
        self.reason_label.setVisible(bool(disabled_reason))

    def message_text(self) -> str:
        """The line under the card, as shown."""
        return "" if self.message_label.isHidden() else self.message_label.text()

    def show_extras(
        self, changes: str, offer: str, palette: QPalette, on_fix: Callable[[], object]
    ) -> None:
        """The muted line of what sending changes (``changes``), and the fix button
        reading ``offer`` (pressing it calls ``on_fix``); each hidden when empty, and made
        the first time it is not."""
        if changes and self.changes_label is None:
            self.changes_label = QLabel(self._slot)
            self.changes_label.setWordWrap(True)
            self._layout.insertWidget(self._layout.indexOf(self.reason_label), self.changes_label)
        if self.changes_label is not None:
            self.changes_label.setText(changes)
            self.changes_label.setVisible(bool(changes))
            set_text_color(self.changes_label, muted_color(palette))
        if offer and self.fix_button is None:
            from PySide6.QtCore import Qt

            self.fix_button = QPushButton(self._slot)
            self.fix_button.clicked.connect(on_fix)
            at = self._layout.indexOf(self.reason_label)
            self._layout.insertWidget(at, self.fix_button, 0, Qt.AlignmentFlag.AlignLeft)
            self._slot.setTabOrder(self.clear_button, self.fix_button)  # after the slot's own
        if self.fix_button is not None:
            self.fix_button.setText(offer)
            self.fix_button.setAccessibleName(offer.rstrip("…"))
            self.fix_button.setVisible(bool(offer))


def describe_slot(summary: str, message: str, disabled_reason: str) -> str:
    """What a screen reader says about the slot: the picture (or how to add one), then the
    line under it and why it is unavailable."""
    described = summary or translate("SlotView", NO_PICTURE)
    if message:
        described += f" {message}"
    if disabled_reason:
        described += f" {disabled_reason}"
    return described
