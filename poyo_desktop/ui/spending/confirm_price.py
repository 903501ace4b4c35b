"""Before a dear video is made: "Make this 10-second Pro video for 110 credits?".

Asked at the Generate press, before anything is recorded or sent, when the video costs
more than the amount set in Settings (never in demo mode: demo videos are free). Cancel
changes nothing, and the form stays as it was. The box is opened, not executed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from poyo_desktop.services.spending import needs_confirming
from poyo_desktop.ui.kit.locale_words import credits_text
from poyo_desktop.ui.kit.translations import QT_TRANSLATE_NOOP, translate
from poyo_desktop.ui.spending.spending_phrases import confirm_question

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from poyo_desktop.core.draft import JobDraft
    from poyo_desktop.services.settings import SettingsValues

TITLE = QT_TRANSLATE_NOOP("ConfirmPrice", "Confirm the price")
MAKE_IT = QT_TRANSLATE_NOOP("ConfirmPrice", "Make It")


def confirm_price(
    parent: QWidget,
    values: SettingsValues,
    draft: JobDraft,
    *,
    demo: bool,
    proceed: Callable[[], None],
    cancelled: Callable[[], None],
) -> None:
    """``proceed()`` now, or once the person agrees to the price; else ``cancelled()``."""
    price = needs_confirming(values, draft.model, draft.duration, demo=demo)
    if not price:
        proceed()
        return
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("ConfirmPrice", TITLE),
        confirm_question(draft.model, draft.duration, price),
        parent=parent,
    )
    box.setObjectName("confirmPrice")
    box.setInformativeText(
        translate(
            "ConfirmPrice",
            "You asked to be asked before any video over {credits} (Settings, Spending).",
        ).format(credits=credits_text(values.confirm_above_credits))
    )
    make = box.addButton(translate("ConfirmPrice", MAKE_IT), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def decided(_result: int) -> None:
        if box.clickedButton() is make:
            proceed()
        else:
            cancelled()
        box.deleteLater()

    box.finished.connect(decided)
    box.open()
