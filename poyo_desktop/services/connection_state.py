"""What the status bar says about the link to PoYo, as a value (no asyncio, no network:
the window draws its label before those are loaded)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from urllib.parse import urlsplit

from poyo_desktop.api.defaults import DEFAULT_BASE_URL


class Link(Enum):
    DEMO = "demo"
    CONNECTING = "connecting"
    CONNECTED = "connected"
    KEY_REFUSED = "key_refused"
    UNREACHABLE = "unreachable"
    TROUBLE = "trouble"  # PoYo answers, but with server errors or "too many requests"


RETRYING = (Link.UNREACHABLE, Link.TROUBLE)


@dataclass(frozen=True, slots=True)
class Connection:
    """What the status bar says, as a value."""

    link: Link
    server: str = ""  # the base URL new work goes to
    credits: float | None = None  # the last balance read from this server
    read_at: datetime | None = None
    message: str = ""  # PoYo's (or the network's) words when something is wrong

    @property
    def retrying(self) -> bool:
        return self.link in RETRYING

    @property
    def server_name(self) -> str:
        """ "" for PoYo itself, else the host (and port) of the server used instead."""
        if not self.server or self.server.rstrip("/") == DEFAULT_BASE_URL.rstrip("/"):
            return ""
        return urlsplit(self.server).netloc or self.server
