"""Where the API key may go: the API's exact origin (scheme, host, port), and only over a
connection nobody else can read.

A result link or a redirect names its own host; the key follows none of them unless it is
the very origin the key was configured for. ``http://`` is accepted only on the loopback
interface (the demo server and the tests' sandbox): anywhere else the key would cross the
network in cleartext, so it is not sent at all.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

_DEFAULT_PORTS = {"http": 80, "https": 443}
# An authority the key may go to is spelled plainly: no user part ("api@evil"), no
# backslash or percent escape that one parser reads differently from another.
_PLAIN_AUTHORITY = re.compile(r"^[A-Za-z0-9.\-]+(:[0-9]{1,5})?$|^\[[0-9A-Fa-f:.]+\](:[0-9]{1,5})?$")


@dataclass(frozen=True, slots=True)
class Origin:
    scheme: str
    host: str
    port: int

    @property
    def private(self) -> bool:
        """True when nothing between this machine and the server can read the traffic:
        TLS, or the loopback interface."""
        return self.scheme == "https" or is_loopback(self.host)


def origin_of(url: str) -> Origin | None:
    """The origin of an absolute http(s) URL, or None (relative, another scheme, an odd
    authority)."""
    try:
        parts = urlsplit(url.strip())
        scheme = parts.scheme.lower()
        port = parts.port
    except ValueError:  # a port that is not a number, a broken IPv6 literal
        return None
    if scheme not in _DEFAULT_PORTS or not _PLAIN_AUTHORITY.match(parts.netloc):
        return None
    host = (parts.hostname or "").rstrip(".").lower()
    if not host:
        return None
    return Origin(scheme, host, port or _DEFAULT_PORTS[scheme])


def is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class KeyScope:
    """Decides, per URL, whether a request may carry the key configured for ``base_url``."""

    def __init__(self, base_url: str) -> None:
        self.home = origin_of(base_url)

    def is_home(self, url: str) -> bool:
        """The API's own origin (whether or not the key may go there)."""
        return self.home is not None and origin_of(url) == self.home

    @property
    def home_is_private(self) -> bool:
        return self.home is not None and self.home.private

    def may_carry_key(self, url: str) -> bool:
        """Only the API's exact origin, and only over TLS or loopback."""
        return self.home_is_private and self.is_home(url)
