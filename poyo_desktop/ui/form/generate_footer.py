"""The form's footer: the price, the one Generate button, and why it is not available.

A module of its own because the footer is what a person reads before pressing: the
button's look (the accent colour, "Sending…"), its tooltip and accessible description,
and the reason line under it all follow the same few facts, kept together here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from poyo_desktop.ui.kit.theme import accent_colors, error_color, muted_color, set_text_color
from poyo_desktop.ui.kit.translations import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from poyo_desktop.core.rules import Problem

GENERATE = QT_TRANSLATE_NOOP("GenerateFooter", "Generate video")


class GenerateFooter:
    """``price_label``, ``generate_button`` and ``reason_label``, children of ``parent``;
    ``line`` goes above them and ``box`` holds them."""

    def __init__(self, parent: QWidget) -> None:
        self.price_label = QLabel(parent)
        self.price_label.setAccessibleName(translate("GenerateFooter", "Price"))
        self.price_label.setWordWrap(True)
        self.price_label.setToolTip(
            translate(
                "GenerateFooter",
                "PoYo charges when the video is finished; a failed task costs nothing.",
            )
        )
        self.generate_button = QPushButton(translate("GenerateFooter", GENERATE), parent)
        self.generate_button.setAccessibleName(translate("GenerateFooter", GENERATE))
        self.generate_button.setMinimumHeight(36)
        self.generate_button.setMinimumWidth(150)
        self.reason_label = QLabel(parent)
        self.reason_label.setWordWrap(True)
        self.reason_label.setAccessibleName(
            translate("GenerateFooter", "Why Generate is not available")
        )

        self.line = QFrame(parent)
        self.line.setFrameShape(QFrame.Shape.HLine)
        self.line.setFrameShadow(QFrame.Shadow.Sunken)
        footer_row = QHBoxLayout()
        footer_row.setSpacing(12)
        footer_row.addWidget(self.price_label, 1)
        footer_row.addWidget(self.generate_button)
        self.box = QVBoxLayout()
        self.box.setContentsMargins(16, 10, 16, 14)
        self.box.setSpacing(6)
        self.box.addLayout(footer_row)
        self.box.addWidget(self.reason_label)

    def style_button(self, base: QPalette) -> None:
        """The one primary action, filled with the accent (highlight) colour of ``base``
        deepened until its text reads on it (theme.accent_colors). A style sheet, not the
        palette: styles lighten a palette's button colour as they draw it (Fusion's light
        blue came out #5ca5d2, 2.6:1 with white), a style sheet's colours are drawn as they
        are. Greyed out while Generate is not available; a ring in the text colour shows
        the keyboard focus."""
        fill, text = accent_colors(base)
        ring = base.color(QPalette.ColorRole.WindowText).name()
        grey = base.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText).name()
        ground = base.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button).name()
        edge = base.color(QPalette.ColorRole.Mid).name()  # the shape of a greyed-out button
        self.generate_button.setStyleSheet(
            f"QPushButton {{ background: {fill.name()}; color: {text.name()};"
            f" border: 2px solid {fill.name()}; border-radius: 5px; padding: 4px 14px; }}"
            f" QPushButton:hover {{ background: {fill.darker(110).name()}; }}"
            f" QPushButton:pressed {{ background: {fill.darker(125).name()}; }}"
            f" QPushButton:focus {{ border-color: {ring}; }}"
            f" QPushButton:disabled {{ background: {ground}; color: {grey};"
            f" border-color: {edge}; }}"
        )

    def show_price(self, text: str, palette: QPalette) -> None:
        self.price_label.setText(text)
        set_text_color(self.price_label, muted_color(palette))

    def show_state(
        self,
        errors: list[Problem],
        *,
        sending: bool,
        not_sent: str,
        gentle: bool,
        palette: QPalette,
        label: str = "",
    ) -> None:
        """Generate usable only without ``errors`` and while no press is ``sending``; the
        first error (muted when ``gentle``), or else why the last press made no video
        (``not_sent``), said under it. ``label``: what a press does ("Review 17 videos…")."""
        label = label or translate("GenerateFooter", GENERATE)
        self.generate_button.setEnabled(not errors and not sending)
        self.generate_button.setText(translate("GenerateFooter", "Sending…") if sending else label)
        self.generate_button.setAccessibleName(label)
        if errors:
            first = errors[0]
            self.reason_label.setText(first.message)
            set_text_color(
                self.reason_label, muted_color(palette) if gentle else error_color(palette)
            )
            self.generate_button.setToolTip("\n".join(p.message for p in errors))
            self.generate_button.setAccessibleDescription(first.message)
        else:
            self.reason_label.setText(not_sent)
            set_text_color(self.reason_label, error_color(palette))
            self.generate_button.setToolTip(
                translate("GenerateFooter", "Send to PoYo and start making the video.")
            )
            self.generate_button.setAccessibleDescription(not_sent)
        self.reason_label.setVisible(bool(errors) or bool(not_sent))
