"""The row of the finished file's actions under the preview: Save as…, Open with system
player, Show in folder, the Frames menu, and a line saying what happened.

These widgets only show state and report clicks;
:class:`~poyo_desktop.ui.player.player.VideoPreview` decides what a click means.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QToolButton, QWidget

from poyo_desktop.ui.kit.elided_label import ElidedLabel
from poyo_desktop.ui.kit.icons import ActionGlyph, themed_icon
from poyo_desktop.ui.kit.theme import error_color, set_text_color
from poyo_desktop.ui.kit.translations import translate

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent
    from PySide6.QtWidgets import QMenu

__all__ = ["FileActionsBar"]


class FileActionsBar(QWidget):
    """Save as…, Open with system player, Show in folder, Frames (once the window gives
    it a menu), and a line saying what happened."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.save_button = self._button(
            "saveButton",
            translate("FileActionsBar", "Save as…"),
            translate("FileActionsBar", "Save a copy of the video somewhere"),
            QIcon.ThemeIcon.DocumentSaveAs,
            ActionGlyph.SAVE,
        )
        self.open_button = self._button(
            "openButton",
            translate("FileActionsBar", "Open with system player"),
            translate("FileActionsBar", "Play the video in your computer's usual video player"),
            QIcon.ThemeIcon.MultimediaPlayer,
            ActionGlyph.OPEN_EXTERNALLY,
        )
        self.reveal_button = self._button(
            "revealButton",
            translate("FileActionsBar", "Show in folder"),
            translate("FileActionsBar", "Open the folder that holds the video"),
            QIcon.ThemeIcon.FolderOpen,
            ActionGlyph.FOLDER,
        )
        self.frames_button: QToolButton | None = None  # see set_frames_menu
        self.feedback_label = ElidedLabel(self)
        self.feedback_label.setObjectName("feedbackLabel")

        layout = self._row = QHBoxLayout(self)
        layout.setContentsMargins(2, 0, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(self.save_button)
        layout.addWidget(self.open_button)
        layout.addWidget(self.reveal_button)
        layout.addSpacing(6)
        layout.addWidget(self.feedback_label, 1)

    def _buttons(self) -> tuple[QToolButton, ...]:
        buttons = (self.save_button, self.open_button, self.reveal_button)
        return buttons if self.frames_button is None else (*buttons, self.frames_button)

    def set_frames_menu(self, menu: QMenu) -> None:
        """Add the Frames button, which opens ``menu`` (use this frame, continue, loop…)."""
        from poyo_desktop.ui.player.frame_icons import FrameGlyph, frame_icon

        button = self.frames_button
        if button is None:
            button = self.frames_button = QToolButton(self)
            button.setObjectName("framesButton")
            button.setText(translate("FileActionsBar", "Frames"))
            button.setToolTip(
                translate("FileActionsBar", "Use this frame, continue from the last one, and more")
            )
            button.setAccessibleName(translate("FileActionsBar", "Frames"))
            button.setIcon(frame_icon(FrameGlyph.FILM, self.palette()))
            button.setIconSize(QSize(16, 16))
            button.setAutoRaise(True)
            button.setToolButtonStyle(self.save_button.toolButtonStyle())
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            button.setEnabled(self.save_button.isEnabled())
            self._row.insertWidget(3, button)
            self._fit_labels()
        button.setMenu(menu)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Drop the button labels (tooltips stay) when the pane is too narrow for them.

        Squeezed labels would otherwise be cut to "Open w…player", which reads worse than
        a plain icon.
        """
        super().resizeEvent(event)
        self._fit_labels()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_labels()

    def _fit_labels(self) -> None:
        metrics = self.fontMetrics()
        spacing = self._row.spacing()
        needed = sum(
            metrics.horizontalAdvance(button.text()) + button.iconSize().width() + 20 + spacing
            for button in self._buttons()
        )
        margins = self._row.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        compact = room < needed + 24
        style = (
            Qt.ToolButtonStyle.ToolButtonIconOnly
            if compact
            else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        )
        for button in self._buttons():
            if button.toolButtonStyle() != style:
                button.setToolButtonStyle(style)

    def _button(
        self, name: str, text: str, tip: str, theme: QIcon.ThemeIcon, glyph: ActionGlyph
    ) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(text.rstrip("…"))
        button.setIcon(themed_icon(theme, glyph, self.palette()))
        button.setIconSize(QSize(16, 16))
        button.setAutoRaise(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        return button

    def set_file_available(self, available: bool) -> None:
        for button in self._buttons():
            button.setEnabled(available)

    def show_feedback(self, text: str, error: bool = False, tooltip: str = "") -> None:
        """A short note after an action; errors in a red that suits the palette."""
        # By role, so a light/dark switch recolours it (theme.set_text_color).
        set_text_color(self.feedback_label, error_color(self.palette()) if error else None)
        self.feedback_label.set_full_text(text)
        if tooltip:
            self.feedback_label.setToolTip(tooltip)
