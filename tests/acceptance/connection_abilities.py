"""What a person does about the connection, built only on :class:`Person`'s input events:
add a key (and a server address) in Settings, read the status bar's connection label,
make a video. Plus a PoYo stand-in that can be switched off and on again at the same
address, as a network that drops and comes back looks to the app."""

from __future__ import annotations

import re
import socket
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from poyo_desktop.sandbox import Sandbox
from tests.acceptance.person import NotOnScreen, Person
from tests.images import write_png

START_ZONE = re.compile(r"^Start image")


def connection(person: Person) -> str:
    """The status bar's permanent connection label, as read on screen."""
    label = person.find("Connection", QLabel)
    return " ".join(label.text().split())


async def sees_connection(
    person: Person, wanted: str | re.Pattern[str], timeout: float = 10.0
) -> str:
    def look() -> bool:
        text = connection(person)
        return (
            (wanted.search(text) is not None)
            if isinstance(wanted, re.Pattern)
            else (wanted in text)
        )

    await person.waits_for(look, timeout, f"the connection label to say {wanted!r}")
    return connection(person)


async def replaces_text(person: Person, field: str, text: str) -> None:
    """Click into a field, select all it holds, type ``text`` over it."""
    await person.click(field)
    await person.presses(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    await person.types(text)


async def saves_key(
    person: Person, key: str, server: str | None = None, *, via: str = "Settings"
) -> None:
    """Open Settings (from the toolbar, or the banner's "Add API key"), paste ``key``, put
    ``server`` in Server address, Save; keep the key in a file when the keychain refuses."""
    await person.click(via)
    await person.sees("Test connection")
    await person.waits_for(
        lambda: not person.can_see("Checking where your key is kept"),
        10,
        "the dialog to read the key",
    )
    await replaces_text(person, "API key", key)
    if server is not None:
        await replaces_text(person, "Server address", server)
    await person.click("Save")
    await saved(person)


async def saves_server(person: Person, server: str) -> None:
    await person.click("Settings")
    await person.sees("Test connection")
    await replaces_text(person, "Server address", server)
    await person.click("Save")
    await saved(person)


async def saved(person: Person) -> None:
    """Wait until the dialog is gone, choosing the file when the keychain refuses."""

    def dialog_gone_or_asks() -> bool:
        return not person.can_see("Test connection") or person.can_see("Keep It in a File Instead")

    await person.waits_for(dialog_gone_or_asks, 10, "the settings to be saved")
    if person.can_see("Keep It in a File Instead"):
        await person.click("Keep It in a File Instead")
    await person.sees_not("Test connection", timeout=10)
    await back_in_window(person)


async def back_in_window(person: Person) -> None:
    """The main window is active again once the dialog closed, as a desktop's window
    manager makes it (the offscreen platform has none, so it is asked for here)."""
    from PySide6.QtWidgets import QApplication

    window = person.main_window()
    window.activateWindow()
    await person.waits_for(
        lambda: QApplication.activeWindow() is window, 5, "the main window to be active again"
    )


async def makes_video(person: Person, folder: Path, prompt: str) -> None:
    """Drop a photo, write a prompt, press Generate."""
    photo = folder / f"photo-{abs(hash(prompt)) % 10_000}.png"
    if not photo.exists():
        write_png(photo, 640, 400)
    if not await person.drops(photo, on=person.find(START_ZONE)):
        raise NotOnScreen("the start image zone refused the photo")
    await replaces_text(person, "Prompt", prompt)
    await person.click("Generate video")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class SwitchableServer:
    """A PoYo stand-in on a fixed port: ``off()`` and ``on()`` keep its address (and its
    account), as PoYo looks to the app when the network drops and comes back."""

    def __init__(
        self, data_dir: Path, key: str, *, task_seconds: float = 0.3, credits: float = 1000
    ) -> None:
        self.box = Sandbox(
            task_seconds=task_seconds,
            video_long_side=320,
            data_dir=data_dir,
            api_key=key,
            credits=credits,
            port=free_port(),
        )
        self.base_url = f"http://127.0.0.1:{self.box.port}"

    def on(self) -> None:
        self.box.start()

    def off(self) -> None:
        self.box.stop()


async def quits(desktop, person: Person) -> None:
    """File ▸ Quit (after a dialog closed, the offscreen window may not be active, and
    Ctrl+Q reaches only an active window), then wait until the app has stopped."""
    await person.chooses_menu("File", "Quit")
    await desktop.quit()
