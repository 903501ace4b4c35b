"""The status bar's connection label: one widget rendering :class:`Connection`.

Demo, connecting, connected (with the balance), key refused, PoYo cannot be reached
(retrying), PoYo in trouble (retrying): the label says which, and nothing else writes it.
Its return after trouble, and a changed server address, pass through the status bar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel

from poyo_desktop.services.connection_state import Connection, Link
from poyo_desktop.ui.kit.locale_words import clock, credits_text
from poyo_desktop.ui.kit.theme import error_color, set_text_color, warning_color
from poyo_desktop.ui.kit.translations import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar

    from poyo_desktop.services.connection import ConnectionStatus

DEMO_TEXT = QT_TRANSLATE_NOOP("StatusLine", "Demo mode — simulated videos")
BACK_TEXT = QT_TRANSLATE_NOOP("StatusLine", "PoYo answers again: your videos carry on.")


def _at(state: Connection, text: str, text_at: str) -> str:
    """``text``, or ``text_at`` naming the server when it has a name."""
    if state.server_name:
        return translate("StatusLine", text_at).format(server=state.server_name)
    return translate("StatusLine", text)


def describe(state: Connection) -> tuple[str, str]:
    """The label's text and its tooltip for ``state``."""
    server = translate("StatusLine", "Server: {server}").format(server=state.server)
    waiting = translate("StatusLine", "Your videos wait; nothing is lost.")
    if state.link is Link.DEMO:
        return translate("StatusLine", DEMO_TEXT), translate(
            "StatusLine",
            "Videos are simulated on this computer, for free. Add your PoYo "
            "API key in Settings to make real ones.",
        )
    if state.link is Link.CONNECTING:
        connecting = QT_TRANSLATE_NOOP("StatusLine", "Connecting to PoYo…")
        return _at(
            state, connecting, QT_TRANSLATE_NOOP("StatusLine", "Connecting to PoYo at {server}…")
        ), server
    if state.link is Link.CONNECTED:
        connected = QT_TRANSLATE_NOOP("StatusLine", "Connected to PoYo")
        text = _at(
            state, connected, QT_TRANSLATE_NOOP("StatusLine", "Connected to PoYo at {server}")
        )
        tip = server
        if state.credits is not None:
            text += " · " + credits_text(state.credits)
            read = (
                translate("StatusLine", "Balance read at {time}.").format(time=clock(state.read_at))
                if state.read_at is not None
                else translate("StatusLine", "Balance read.")
            )
            tip += (
                "\n"
                + read
                + " "
                + translate(
                    "StatusLine",
                    "It is read again after each video and every minute or so while videos "
                    "are being made.",
                )
            )
        return text, tip
    if state.link is Link.KEY_REFUSED:
        return (
            translate("StatusLine", "PoYo did not accept your API key — check it in Settings"),
            state.message or translate("StatusLine", "PoYo did not accept your API key."),
        )
    if state.link is Link.UNREACHABLE:
        unreachable = QT_TRANSLATE_NOOP("StatusLine", "Cannot reach PoYo — retrying…")
        return (
            _at(
                state,
                unreachable,
                QT_TRANSLATE_NOOP("StatusLine", "Cannot reach PoYo at {server} — retrying…"),
            ),
            f"{state.message}\n{waiting} {server}",
        )
    return (
        translate("StatusLine", "PoYo is having trouble — retrying…"),
        f"{state.message}\n{waiting} {server}",
    )


class StatusLine:
    """Owns the permanent "Connection" label of ``bar``."""

    def __init__(self, bar: QStatusBar) -> None:
        self._bar = bar
        self.label = QLabel()
        self.label.setAccessibleName(translate("StatusLine", "Connection"))
        bar.addPermanentWidget(self.label)
        self._shown: Connection | None = None

    def show_expected(self, demo: bool) -> None:
        """Before the services exist: the mode the last session had."""
        self.label.setText(
            translate("StatusLine", DEMO_TEXT) if demo else translate("StatusLine", "Starting…")
        )

    def bind(self, connection: ConnectionStatus) -> None:
        connection.changed.connect(self.render)
        connection.note.connect(lambda text: self._bar.showMessage(text, 20000))
        self.render(connection.current)

    def render(self, state: Connection) -> None:
        before, self._shown = self._shown, state
        text, tip = describe(state)
        self.label.setText(text)
        self.label.setToolTip(tip)
        palette = self._bar.palette()
        set_text_color(
            self.label,
            error_color(palette)
            if state.link is Link.KEY_REFUSED
            else warning_color(palette)
            if state.retrying
            else None,
        )
        if before is None:
            return
        if before.retrying and state.link is Link.CONNECTED:
            self._bar.showMessage(translate("StatusLine", BACK_TEXT), 15000)
        elif state.link is Link.KEY_REFUSED and before.link is not Link.KEY_REFUSED:
            self._bar.showMessage(state.message, 15000)
