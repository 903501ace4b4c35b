"""A card that takes one picture: drag and drop, Browse…, or paste, then shows what it got.

People bring photos in whichever way they know: dragging from a file manager, copying from
a browser or a screenshot tool, or an open dialog. All three end in :meth:`set_image`, which
shows the picture at once and checks it in a worker thread (decoding a 40-megapixel photo
must never freeze the window); the result arrives as :attr:`ImageDropZone.image_checked`.

The slot keeps what it holds and takes pictures in; what it shows is made and kept in line
by :mod:`.slot_view`, how its card and thumbnail are drawn is in :mod:`.slot_look`, and
its commands by key and context menu are in :mod:`.slot_commands`; what it says and offers
about fixing its picture is :mod:`.slot_fixing`'s, and the fixer is :mod:`poyo_desktop.ui.crop`.
The picture checks (:mod:`.image_intake`), the open dialog and the fixer load when first used
(the checks in a worker thread as a drag comes in): the first paint draws this card without them.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QSizePolicy

from poyo_desktop.runtime.background_imports import start_importing
from poyo_desktop.ui.form.slot_commands import key_command, show_slot_menu
from poyo_desktop.ui.form.slot_fixing import SlotFixes, open_fixer
from poyo_desktop.ui.form.slot_look import THUMB_SIDE, paint_card
from poyo_desktop.ui.form.slot_view import SlotView, describe_slot, slot_message
from poyo_desktop.ui.kit.lazy_qt import set_qt_property
from poyo_desktop.ui.kit.locale_words import in_sentence
from poyo_desktop.ui.kit.translations import translate

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import (
        QContextMenuEvent,
        QDragEnterEvent,
        QDragLeaveEvent,
        QDragMoveEvent,
        QDropEvent,
        QFocusEvent,
        QImage,
        QKeyEvent,
        QPaintEvent,
    )
    from PySide6.QtWidgets import QWidget

    from poyo_desktop.services.preflight import ImageCheck

# The image checker (services.preflight, with hashlib and tempfile) is imported when the
# first picture arrives, on the GUI thread, not with the window: it is drawn sooner.


class ImageDropZone(QFrame):
    """One image slot of the form: shows the picture, its name and size, and what's wrong.

    Constructor: ``title`` ("Start image") names the slot on screen and for screen readers;
    ``hint`` ("required") is shown, quieter, after the title;
    ``paste_dir`` is where pasted or dropped image *data* is saved as PNG (pass a directory
    that lives as long as the job history, since drafts keep the path; a temporary
    directory is used when omitted); ``subject`` starts the checker's sentences ("The start
    image is too small …", default "The " + title in lower case); ``takes_many``: several
    files or a folder are handed on as :attr:`pictures_given` (a batch), not refused.
    """

    #: The chosen file changed (a ``Path``), or the slot was emptied (``None``).
    image_changed = Signal(object)
    #: The check of the current file finished (an :class:`ImageCheck`).
    image_checked = Signal(object)
    #: Several files or a folder came (a list of ``Path``): a batch (``takes_many`` only).
    pictures_given = Signal(object)

    def __init__(
        self,
        title: str,
        *,
        hint: str = "",
        paste_dir: Path | None = None,
        subject: str | None = None,
        takes_many: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._takes_many = takes_many
        self._title = title
        self._subject = subject or translate("ImageDropZone", "The {picture}").format(
            picture=in_sentence(title)
        )
        self._paste_dir = Path(paste_dir) if paste_dir else None
        self._path: Path | None = None
        self._display_name = ""
        self._original: Path | None = None
        self._check: ImageCheck | None = None
        self._thumb: QImage | None = None
        self._token = 0
        self._drag_over = False
        self._notice = ""
        self._field_error = ""
        self._disabled_reason = ""
        self._last_dir = ""
        self.fixes = SlotFixes(lambda: self._refresh())  # what it says of fixing (see there)

        self.setObjectName("imageDropZone")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAcceptDrops(True)
        # An enum property by its Qt names, not Qt.FocusPolicy: see ui/kit/lazy_qt.py.
        set_qt_property(self, "focusPolicy", "StrongFocus")
        self.setAccessibleName(f"{title} ({hint})" if hint else title)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(260)

        self._view = SlotView(self, title, hint)
        self.clear_button = self._view.clear_button
        self.browse_button = self._view.browse_button
        self.paste_button = self._view.paste_button
        self.clear_button.clicked.connect(lambda: self.clear())
        self.browse_button.clicked.connect(lambda: self.browse())
        self.paste_button.clicked.connect(lambda: self.paste_from_clipboard())

        self.setTabOrder(self, self.browse_button)
        self.setTabOrder(self.browse_button, self.paste_button)
        self.setTabOrder(self.paste_button, self.clear_button)
        self._refresh()

    # ----------------------------------------------------------------- public API

    def title(self) -> str:
        return self._title

    def subject(self) -> str:
        """How the checker's sentences name this slot ("The start image")."""
        return self._subject

    def path(self) -> Path | None:
        """The chosen file (also while it is being checked, or when it has problems)."""
        return self._path

    def check(self) -> ImageCheck | None:
        """The checker's verdict on the current file; ``None`` when empty or still checking."""
        return self._check

    def thumbnail(self) -> QImage | None:
        return self._thumb

    def is_checking(self) -> bool:
        return self._path is not None and self._check is None

    def display_name(self) -> str:
        """What the person calls the picture: its file name, or "Pasted image"."""
        return self._display_name

    def summary(self) -> str:
        """e.g. "beach.jpg · 1920 × 1080" (empty when no image)."""
        if self._path is None:
            return ""
        size = self._check.size_text() if self._check else ""
        return f"{self._display_name} · {size}" if size else self._display_name

    def original_path(self) -> Path | None:
        """Where the person picked the picture, when :meth:`path` is a kept copy of it."""
        return self._original

    def set_image(
        self, path: Path | None, *, display_name: str | None = None, original: Path | None = None
    ) -> None:
        """Show ``path`` now and check it in the background (``None`` empties the slot).

        ``original``: where the person picked it, when ``path`` is the history's kept
        copy (settings used again); the slot then goes by the original's name.
        """
        if path is None:
            self.clear()
            return
        path = Path(path)
        changed = path != self._path
        self._path = path
        self._original = Path(original) if original and Path(original) != path else None
        from poyo_desktop.ui.form.image_intake import shown_name

        self._display_name = display_name or shown_name(self._original or path, self._paste_dir)
        self._check = None
        self._thumb = None
        self._notice = ""
        self._token += 1
        self.fixes.picture_changed()
        self._refresh()
        if changed:
            self.image_changed.emit(path)
        from poyo_desktop.ui.form.image_intake import check_later

        thumb_px = int(THUMB_SIDE * (self.devicePixelRatioF() or 1.0))
        check_later(path, self._subject, thumb_px, self, partial(self._on_inspected, self._token))

    def clear(self) -> None:
        """Empty the slot (the file on disk is left alone)."""
        had_image = self._path is not None
        self._path = None
        self._display_name = ""
        self._original = None
        self._check = None
        self._thumb = None
        self._notice = ""
        self._token += 1  # a check still running for the old file is ignored
        self.fixes.picture_changed()
        self._refresh()
        if had_image:
            self.image_changed.emit(None)

    def paste_dir(self) -> Path | None:
        """Where pictures this slot makes (pasted, fixed) are kept; None: a temporary one."""
        return self._paste_dir

    def set_disabled_reason(self, reason: str | None) -> None:
        """Make the slot unavailable (``reason`` shown in full) or available again (None).

        Unavailable means no drops, no Browse or Paste; an image already chosen stays and
        can still be removed, so switching back loses nothing.
        """
        if (reason or "") != self._disabled_reason:
            self._disabled_reason = reason or ""
            self._refresh()

    def disabled_reason(self) -> str:
        return self._disabled_reason

    def is_available(self) -> bool:
        return not self._disabled_reason

    def set_field_error(self, message: str) -> None:
        """An error about this slot found by the form (e.g. "Add a start image")."""
        if message != self._field_error:
            self._field_error = message
            self._refresh()

    def message_text(self) -> str:
        """The line under the card, as shown (for tests and screen readers)."""
        return self._view.message_text()

    def browse(self) -> bool:
        """Open the file dialog and return at once (no nested event loop); the picture
        is taken when the person picks one. False when the slot is unavailable."""
        if not self.is_available():
            return False
        from poyo_desktop.ui.form.image_dialog import open_image_dialog

        picture = in_sentence(self._title)
        title = (
            translate("ImageDropZone", "Choose the {picture} (or several)")
            if self._takes_many
            else translate("ImageDropZone", "Choose the {picture}")
        ).format(picture=picture)
        open_image_dialog(self, title, self._last_dir, self._on_chosen, many=self._takes_many)
        return True

    def paste_from_clipboard(self) -> bool:
        """Use the clipboard's image file or image data; True when it held one."""
        if not self.is_available():
            return False
        self._notice = ""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is not None and self.take_mime_data(mime, verb="Pasted"):
            return True
        if not self._notice:
            self._show_notice(
                translate(
                    "ImageDropZone",
                    "The clipboard holds no picture. Copy a photo or an image file first, "
                    "then paste.",
                )
            )
        return False

    def take_mime_data(self, mime: QMimeData, *, verb: str = "Dropped") -> bool:
        """Use what a drop or the clipboard carries: a local file first (original bytes),
        else raw image data (saved as PNG). True when an image was taken."""
        from poyo_desktop.ui.form.image_intake import read_mime

        intake = read_mime(mime, self._paste_dir, verb, many=self._takes_many)
        if intake.many:
            self.pictures_given.emit(list(intake.many))
            return True
        if intake.path is not None:
            self.set_image(intake.path, display_name=intake.display_name)
        if intake.notice:
            self._show_notice(intake.notice)
        return intake.path is not None

    # ------------------------------------------------------------------ internals

    def _show_notice(self, text: str) -> None:
        self._notice = text
        self._refresh()

    def _on_chosen(self, paths: list[Path]) -> None:
        if not self.is_available() or not paths:
            return  # the slot was turned off while the dialog was open
        self._last_dir = str(paths[0].parent)
        if len(paths) > 1:
            self.pictures_given.emit(paths)
        else:
            self.set_image(paths[0])

    def _on_inspected(self, token: int, check: ImageCheck, thumb: QImage) -> None:
        if token != self._token:
            return  # an older file's result; the person has moved on
        self._check = check
        self._thumb = thumb if not thumb.isNull() else None
        self._refresh()
        self.image_checked.emit(check)

    def _refresh(self) -> None:
        """Bring every child in line with the state; the only place that touches them."""
        available = self.is_available()
        palette = self.palette()
        self.setAcceptDrops(available)
        where = str(self._original or self._path) if self._path is not None else None
        self._view.show_picture(
            available=available,
            name=self._display_name,
            where=where,
            check=self._check,
            palette=palette,
        )
        self._view.thumbnail.show(self._thumb, palette, self.devicePixelRatioF() or 1.0)
        text, kind = slot_message(
            self._notice, self._check, self._field_error, self.fixes.match_words
        )
        self._view.show_message(text, kind, self._disabled_reason, palette)
        offer = self.fixes.offer(self._check, available=available)
        changes = self.fixes.changes_line(self._check)
        self._view.show_extras(changes, offer, palette, lambda: open_fixer(self))
        self.setAccessibleDescription(describe_slot(self.summary(), text, self._disabled_reason))
        self.update()

    def _accepts(self, mime: QMimeData) -> bool:
        return self.is_available() and (mime.hasUrls() or mime.hasImage())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()
            self._drag_over = True
            self.update()
            start_importing("poyo_desktop.ui.form.image_intake")  # 8 ms, not in the drop
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._drag_over = False
        self.update()
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._drag_over = False
        self.update()
        if not self._accepts(event.mimeData()):
            event.ignore()
            return
        event.acceptProposedAction()
        self.take_mime_data(event.mimeData())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        commands = {"paste": self.paste_from_clipboard, "remove": self.clear, "browse": self.browse}
        command = commands.get(key_command(event, has_image=self._path is not None) or "")
        if command is None:
            super().keyPressEvent(event)
        else:
            command()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        show_slot_menu(self, event.globalPos())

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._refresh()  # a light/dark switch: recolour the labels

    def paintEvent(self, event: QPaintEvent) -> None:
        """A rounded card, dashed while empty, highlighted on drag-over and focus (slot_look)."""
        paint_card(
            self,
            drag_over=self._drag_over,
            empty=self._path is None,
            refused=self._check is not None and bool(self._check.problems),
        )
