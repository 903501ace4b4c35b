"""The update check against a real release feed on this machine (never the internet)."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from poyo_desktop.services.update_check import (
    CHECK_EVERY,
    MAX_ANSWER,
    Release,
    UpdateCheck,
    is_newer,
    parse_release,
    version_key,
)

RELEASE = {
    "tag_name": "v0.2.0",
    "html_url": "https://example.invalid/releases/v0.2.0",
    "draft": False,
    "prerelease": False,
    "body": "What is new.",
}


class Feed:
    """A "latest release" feed: answers what ``answer`` holds, counting the requests."""

    def __init__(self) -> None:
        self.answer: tuple[int, bytes] = (200, json.dumps(RELEASE).encode())
        self.requests: list[dict[str, str]] = []
        feed = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                feed.requests.append(dict(self.headers))
                status, body = feed.answer
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/repos/x/y/releases/latest"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def feed() -> Iterator[Feed]:
    served = Feed()
    yield served
    served.close()


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def checker(feed: Feed, tmp_path: Path, clock: Clock, version: str = "0.1.0") -> UpdateCheck:
    return UpdateCheck(feed.url, tmp_path / "cache" / "update-check.json", version, clock=clock)


def test_a_newer_release_is_found_and_the_feed_is_asked_once_a_week(feed, tmp_path):
    clock = Clock()
    check = checker(feed, tmp_path, clock)
    expected = Release("0.2.0", RELEASE["html_url"])
    assert asyncio.run(check.newer_release()) == expected
    assert "update check" in feed.requests[0]["User-Agent"]
    assert "Authorization" not in feed.requests[0]  # nothing of the person's goes out

    clock.now += CHECK_EVERY - 60  # within the week: last look's answer, no request
    assert asyncio.run(checker(feed, tmp_path, clock).newer_release()) == expected
    assert len(feed.requests) == 1

    clock.now += 120  # a week on: it looks again
    feed.answer = (200, json.dumps({**RELEASE, "tag_name": "v0.3.0"}).encode())
    assert asyncio.run(check.newer_release()) == Release("0.3.0", RELEASE["html_url"])
    assert len(feed.requests) == 2


def test_the_same_or_an_older_release_shows_nothing(feed, tmp_path):
    assert asyncio.run(checker(feed, tmp_path, Clock(), version="0.2.0").newer_release()) is None
    assert asyncio.run(checker(feed, tmp_path, Clock(), version="1.0").newer_release()) is None


def test_a_failed_look_counts_as_the_weeks_look_and_keeps_what_was_known(feed, tmp_path):
    clock = Clock()
    assert asyncio.run(checker(feed, tmp_path, clock).newer_release()) is not None
    clock.now += CHECK_EVERY + 1
    feed.answer = (500, b"{}")
    # the feed fails: the release found a week ago is still the newest known
    assert asyncio.run(checker(feed, tmp_path, clock).newer_release()) is not None
    clock.now += 3600
    assert asyncio.run(checker(feed, tmp_path, clock).newer_release()) is not None
    assert len(feed.requests) == 2  # not asked again at every start


@pytest.mark.parametrize(
    "answer",
    [
        (404, b"{}"),
        (200, b"not json"),
        (200, json.dumps({**RELEASE, "draft": True}).encode()),
        (200, json.dumps({**RELEASE, "prerelease": True}).encode()),
        (200, json.dumps({**RELEASE, "html_url": "http://plain.invalid/x"}).encode()),
        (200, json.dumps({**RELEASE, "tag_name": "nightly"}).encode()),
        (200, b"[" + b" " * (MAX_ANSWER + 10) + b"]"),
    ],
    ids=["missing", "garbage", "draft", "prerelease", "not-https", "no-version", "too-long"],
)
def test_what_is_not_a_published_release_shows_nothing(feed, tmp_path, answer):
    feed.answer = answer
    assert asyncio.run(checker(feed, tmp_path, Clock()).newer_release()) is None
    assert len(feed.requests) == 1


def test_an_unreachable_feed_shows_nothing(tmp_path):
    check = UpdateCheck("http://127.0.0.1:9/latest", tmp_path / "state.json", "0.1.0")
    assert asyncio.run(check.newer_release()) is None
    assert json.loads((tmp_path / "state.json").read_text())["latest"] is None


def test_a_damaged_state_file_is_a_first_look(feed, tmp_path):
    state = tmp_path / "cache" / "update-check.json"
    state.parent.mkdir()
    state.write_text("{not json")
    assert asyncio.run(checker(feed, tmp_path, Clock()).newer_release()) is not None
    assert json.loads(state.read_text())["latest"]["tag_name"] == "0.2.0"


def test_versions_compare_as_numbers():
    assert version_key("v1.2.3") == (1, 2, 3)
    assert version_key("1.2.0rc1") is None
    assert is_newer("0.10.0", "0.9.9")
    assert is_newer("1.0.1", "1.0")
    assert not is_newer("1.0.0", "1.0")
    assert not is_newer("garbage", "0.1.0")
    assert parse_release({"tag_name": "v2", "html_url": "https://x.invalid"}) == Release(
        "2", "https://x.invalid"
    )
