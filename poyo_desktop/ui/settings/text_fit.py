"""A dialog that grows to show every line of its word-wrapped texts.

Qt does not re-fit a top-level window to a word-wrapped label's new height by itself, and
the Settings dialog's texts (where the key is kept, a test's answer, a problem) arrive from
worker threads at any moment, before or after it is shown and given its width.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QDialog

_REFIT = (QEvent.Type.LayoutRequest, QEvent.Type.Resize, QEvent.Type.Show)


class GrowsToTexts(QDialog):
    # The width the texts were last fitted to; -1 once the layout changed since. Showing
    # a dialog fitted ahead asked again at the same width, twice (1.2-1.6 ms of the
    # 3-4 ms the Settings dialog's click took, bench/interactions.py).
    _fitted_width = -1

    def fit(self) -> None:
        """Grow now to show every line of a text that just changed."""
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # the new texts' sizes
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self._grow_to_texts()

    def event(self, event: QEvent) -> bool:
        """Whenever the layout or the width changes (a new text, the dialog shown, or made
        narrower), grow to the height the word-wrapped texts need at this width."""
        handled = super().event(event)
        kind = event.type()
        if kind == QEvent.Type.LayoutRequest:
            self._fitted_width = -1
        if kind in _REFIT and self._fitted_width != self.width():
            self._grow_to_texts()
        return handled

    def _grow_to_texts(self) -> None:
        layout = self.layout()
        if layout is None:
            return
        self._fitted_width = self.width()  # a wider resize below fits again at its width
        needed = layout.heightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        needed = max(needed, layout.minimumSize().height())
        # A longer language's words need a wider dialog than the one it starts at.
        wide = max(self.width(), layout.minimumSize().width())
        if needed > self.height() or wide > self.width():
            self.resize(wide, max(needed, self.height()))
