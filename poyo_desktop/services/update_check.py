"""Is a newer PoYo Desktop out? An opt-in look at the project's release feed, once a week.

It only reads: one small JSON document (GitHub's "latest release" answer: ``tag_name`` and
``html_url``), never a download, never anything run; what it finds is a version and a web
page to link to. When it last looked and what it found are kept in a small file, so the
starts of the same week show the same link without asking the network again. A failed look
counts as a look: offline, the app asks again a week later, not at every start.

Loaded only when the check runs, after start-up has settled (ui/window/update_notice.py).
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx

log = logging.getLogger(__name__)

CHECK_EVERY = 7 * 24 * 3600  # seconds: at most one look a week
MAX_ANSWER = 512 * 1024  # bytes: a release's JSON is a few kB; more is not a release feed
TIMEOUT = 15.0


@dataclass(frozen=True, slots=True)
class Release:
    version: str  # "1.2.0"
    url: str  # its web page (https), where a person reads about it and downloads it


def version_key(text: str) -> tuple[int, ...] | None:
    """``"v1.2.0"`` -> ``(1, 2, 0)``; None for what is not a plain release number."""
    match = re.fullmatch(r"v?(\d+(?:\.\d+){0,3})", text.strip())
    return tuple(int(part) for part in match.group(1).split(".")) if match else None


def is_newer(candidate: str, current: str) -> bool:
    new, old = version_key(candidate), version_key(current)
    if new is None or old is None:
        return False
    width = max(len(new), len(old))
    return new + (0,) * (width - len(new)) > old + (0,) * (width - len(old))


def parse_release(answer: object) -> Release | None:
    """The release a feed's JSON names, if it is a published one with a web page."""
    if not isinstance(answer, dict) or answer.get("draft") or answer.get("prerelease"):
        return None
    tag, url = answer.get("tag_name"), answer.get("html_url")
    if not isinstance(tag, str) or not isinstance(url, str) or not url.startswith("https://"):
        return None
    key = version_key(tag)
    return Release(".".join(map(str, key)), url) if key else None


class UpdateCheck:
    """Looks at ``feed_url`` at most once every :data:`CHECK_EVERY` seconds."""

    def __init__(
        self,
        feed_url: str,
        state_file: Path,
        current_version: str,
        *,
        clock: Callable[[], float] = time.time,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._feed = feed_url
        self._state_file = state_file
        self._current = current_version
        self._clock = clock
        self._transport = transport

    async def newer_release(self) -> Release | None:
        """A release newer than this one, from the last week's look or a new one."""
        state = await asyncio.to_thread(self._read_state)
        now = self._clock()
        checked = state.get("checked_at")
        fresh = isinstance(checked, int | float) and 0 <= now - checked < CHECK_EVERY
        if fresh and state.get("feed") == self._feed:
            latest = parse_release(state.get("latest"))
        else:
            latest = await self._fetch()
            if latest is None:  # keep what an earlier look found
                latest = parse_release(state.get("latest"))
            known = {"tag_name": latest.version, "html_url": latest.url} if latest else None
            record = {"checked_at": now, "feed": self._feed, "latest": known}
            await asyncio.to_thread(self._write_state, record)
        return latest if latest and is_newer(latest.version, self._current) else None

    async def _fetch(self) -> Release | None:
        headers = {
            "Accept": "application/vnd.github+json, application/json",
            "User-Agent": f"PoYo-Desktop/{self._current} (update check)",
        }
        try:
            async with (
                httpx.AsyncClient(
                    timeout=TIMEOUT, headers=headers, transport=self._transport
                ) as client,
                client.stream("GET", self._feed) as response,
            ):
                if response.status_code != 200:
                    log.info("update check: the feed answered %s", response.status_code)
                    return None
                body = b""
                async for chunk in response.aiter_bytes():
                    body += chunk
                    if len(body) > MAX_ANSWER:
                        log.info("update check: the feed's answer is too long")
                        return None
            return parse_release(json.loads(body))
        except (httpx.HTTPError, ValueError) as error:
            log.info("update check: could not read the feed (%s)", type(error).__name__)
            return None

    def _read_state(self) -> dict[str, object]:
        try:
            state = json.loads(self._state_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return state if isinstance(state, dict) else {}

    def _write_state(self, state: dict[str, object]) -> None:
        try:
            self._state_file.parent.mkdir(parents=True, exist_ok=True)
            temp = self._state_file.with_suffix(".tmp")
            temp.write_text(json.dumps(state), encoding="utf-8")
            temp.replace(self._state_file)
        except OSError as error:
            log.info("update check: could not note the time of the look (%s)", error)
