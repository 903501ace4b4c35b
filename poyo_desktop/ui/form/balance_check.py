"""Before a video is sent: warn when the known balance cannot pay for it.

The balance is a snapshot (read after each charge and while videos run), so the person
may know better (a top-up since): the warning names both figures and lets them send it
anyway. The message box is opened, not executed: the event loop, and the app's work,
go on while it is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from poyo_desktop.core.prices import price_credits
from poyo_desktop.ui.kit.locale_words import clock, credits_text
from poyo_desktop.ui.kit.translations import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from poyo_desktop.core.draft import JobDraft
    from poyo_desktop.services.connection import ConnectionStatus


def send_if_affordable(
    parent: QWidget,
    connection: ConnectionStatus,
    draft: JobDraft,
    send: Callable[[], None],
    *,
    cancelled: Callable[[], None] = lambda: None,
) -> None:
    """``send()`` now, or after the person confirms a video the balance cannot pay for;
    ``cancelled()`` when they decide not to send it."""
    credits = connection.known_credits()
    price = price_credits(draft.model, draft.duration)
    if credits is None or price is None or credits >= price:
        send()
        return
    read_at = connection.current.read_at
    said = (
        translate(
            "BalanceCheck", "Your balance is {balance} (read at {time}); this video costs {price}."
        )
        if read_at is not None
        else translate("BalanceCheck", "Your balance is {balance}; this video costs {price}.")
    ).format(
        balance=credits_text(credits),
        time=clock(read_at) if read_at is not None else "",
        price=credits_text(price),
    )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("BalanceCheck", "Not enough credits?"),
        said,
        parent=parent,
    )
    box.setInformativeText(
        translate(
            "BalanceCheck",
            "PoYo will most likely refuse it (nothing is charged then). Top "
            "up on poyo.ai first, or send it anyway if you already have.",
        )
    )
    box.setObjectName("lowBalance")
    send_button = box.addButton(
        translate("BalanceCheck", "Send Anyway"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def decided(_result: int) -> None:
        if box.clickedButton() is send_button:
            send()
        else:
            cancelled()
        box.deleteLater()

    box.finished.connect(decided)
    box.open()
