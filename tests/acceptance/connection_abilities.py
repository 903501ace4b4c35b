"""What a person reads about the connection, off the status bar's connection label; plus
a PoYo stand-in that can be switched off and on again at the same address, as a network
that drops and comes back looks to the app. (Adding a key is in ``settings_abilities``,
making a video in ``generate_abilities``.)"""

from __future__ import annotations

import re
import socket
from pathlib import Path

from PySide6.QtWidgets import QLabel

from poyo_desktop.sandbox import Sandbox
from tests.acceptance import reading
from tests.acceptance.person import Person


def connection(person: Person) -> str:
    """The status bar's permanent connection label, as read on screen."""
    label = person.find("Connection", QLabel)
    return " ".join(label.text().split())


async def sees_connection(
    person: Person, wanted: str | re.Pattern[str], timeout: float = 10.0
) -> str:
    await person.waits_for(
        lambda: reading.matches(connection(person), wanted),
        timeout,
        f"the connection label to say {wanted!r}",
    )
    return connection(person)


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
