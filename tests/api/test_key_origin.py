"""The key goes to the API's exact origin (scheme, host, port) and nowhere else: not to a
plain-http link on the API's own host and port, not to another host or port, not across a
redirect that leaves the origin; never over http:// to another machine.

Real sockets: the "API" is ``https://127.0.0.1:P`` with a certificate made at test time,
and the same port answers plain HTTP too, so ``http://127.0.0.1:P`` differs by scheme
alone. Both result-download paths are checked (``fetch_to``, the app's, on the standard
library; ``open_download`` on httpx), and the API calls themselves.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from urllib.parse import quote

import httpx
import pytest

from poyo_desktop.api import NO_RETRY, InsecureServer, PoyoClient
from poyo_desktop.api import client as client_module
from poyo_desktop.api.origin import KeyScope
from tests.api.origin_servers import (
    BODY,
    DualServer,
    make_certificate,
    non_loopback_address,
    server_tls,
)

KEY = "sk-origin-test-7f3a9c"
BEARER = f"Bearer {KEY}"
ELSEWHERE = non_loopback_address()


class Collect:
    def __init__(self) -> None:
        self.data = bytearray()

    def begin(self, total: int | None) -> None:
        pass

    def write(self, data: bytes) -> None:
        self.data += data


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory):
    hosts = ["127.0.0.1", "localhost"] + ([ELSEWHERE] if ELSEWHERE else [])
    return make_certificate(tmp_path_factory.mktemp("tls"), hosts)


@pytest.fixture
def servers(certificate, monkeypatch) -> Iterator[tuple[DualServer, DualServer]]:
    """(the API's server, another one on another loopback port); the client trusts the
    test certificate, and no proxy from the environment stands in between."""
    for name in (
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
    ):
        monkeypatch.delenv(name, raising=False)
    trusting = httpx.create_ssl_context()
    trusting.load_verify_locations(certificate[0])
    monkeypatch.setattr(client_module, "_tls", trusting)
    tls = server_tls(*certificate)
    home, other = DualServer("127.0.0.1", tls), DualServer("127.0.0.1", tls)
    try:
        yield home, other
    finally:
        home.stop()
        other.stop()


def go(target: str) -> str:
    return "/go?to=" + quote(target, safe="")


def download(way: str, base_url: str, url: str) -> bytes:
    async def run() -> bytes:
        async with PoyoClient(KEY, base_url) as client:
            if way == "fetch_to":
                sink = Collect()
                await asyncio.to_thread(client.fetch_to, url, sink)
                return bytes(sink.data)
            async with client.open_download(url) as result:
                return b"".join([chunk async for chunk in result.chunks()])

    return asyncio.run(run())


def keys_seen(*servers: DualServer) -> list[tuple[str, str | None]]:
    """(scheme://Host, Authorization) of every request the servers saw, in order of the
    servers given (each request goes to one of them)."""
    return [(f"{s.scheme}://{s.host}", s.authorization) for server in servers for s in server.seen]


WAYS = ["fetch_to", "open_download"]


@pytest.mark.parametrize("way", WAYS)
def test_the_exact_origin_gets_the_key(servers, way):
    home, _ = servers
    assert download(way, home.url("https", ""), home.url("https")) == BODY
    assert keys_seen(home) == [(f"https://127.0.0.1:{home.port}", BEARER)]


@pytest.mark.parametrize("way", WAYS)
def test_an_http_link_on_the_api_host_and_port_gets_no_key(servers, way):
    home, _ = servers
    assert download(way, home.url("https", ""), home.url("http")) == BODY
    assert keys_seen(home) == [(f"http://127.0.0.1:{home.port}", None)]


@pytest.mark.parametrize("way", WAYS)
@pytest.mark.parametrize("where", ["another host", "another port"])
def test_another_host_or_port_gets_no_key(servers, way, where):
    home, other = servers
    url = home.url("https", host="localhost") if where == "another host" else other.url("https")
    assert download(way, home.url("https", ""), url) == BODY
    assert [auth for _, auth in keys_seen(home, other)] == [None]


@pytest.mark.parametrize("way", WAYS)
def test_an_https_to_http_redirect_on_the_same_host_and_port_drops_the_key(servers, way):
    home, _ = servers
    assert download(way, home.url("https", ""), home.url("https", go(home.url("http")))) == BODY
    assert keys_seen(home) == [
        (f"https://127.0.0.1:{home.port}", BEARER),
        (f"http://127.0.0.1:{home.port}", None),
    ]


@pytest.mark.parametrize("way", WAYS)
def test_a_redirect_to_plain_http_on_another_loopback_port_drops_the_key(servers, way):
    home, _ = servers
    plain = DualServer("127.0.0.1", None)  # plain HTTP only
    try:
        url = home.url("https", go(plain.url("http")))
        assert download(way, home.url("https", ""), url) == BODY
        assert keys_seen(home, plain) == [
            (f"https://127.0.0.1:{home.port}", BEARER),
            (f"http://127.0.0.1:{plain.port}", None),
        ]
    finally:
        plain.stop()


@pytest.mark.parametrize("way", WAYS)
def test_a_key_dropped_on_the_way_is_not_sent_again_when_the_chain_comes_home(servers, way):
    home, _ = servers
    back_home = home.url("https", host="localhost", path=go(home.url("https")))
    assert download(way, home.url("https", ""), home.url("https", go(back_home))) == BODY
    assert [auth for _, auth in keys_seen(home)] == [BEARER, None, None]


@pytest.mark.parametrize("way", WAYS)
def test_a_redirect_within_the_origin_keeps_the_key(servers, way):
    home, _ = servers
    assert download(way, home.url("https", ""), home.url("https", go(home.url("https")))) == BODY
    assert [auth for _, auth in keys_seen(home)] == [BEARER, BEARER]


def test_api_calls_carry_the_key_to_the_origin_and_never_follow_a_redirect(servers):
    home, _ = servers

    async def balance() -> float:
        async with PoyoClient(KEY, home.url("https", "")) as client:
            return (await client.balance(retry=NO_RETRY)).credits

    assert asyncio.run(balance()) == 42
    home.api_redirect = home.url("http", "/api/user/balance")
    with pytest.raises(Exception):  # noqa: B017 (a 302 is an error of some kind)
        asyncio.run(balance())
    assert [(s.scheme, s.authorization) for s in home.seen] == [
        ("https", BEARER),
        ("https", BEARER),
    ]


def test_loopback_http_still_gets_the_key(servers):
    """The demo server and the tests' sandbox speak plain HTTP on loopback."""
    home, _ = servers
    assert download("fetch_to", home.url("http", ""), home.url("http")) == BODY
    assert keys_seen(home) == [(f"http://127.0.0.1:{home.port}", BEARER)]


@pytest.mark.skipif(ELSEWHERE is None, reason="this machine has no non-loopback address")
def test_http_to_another_machine_never_carries_the_key(servers):
    """An ``http://`` server address off loopback: the API calls send nothing at all, and a
    result link there is fetched without the key."""
    lan = DualServer(ELSEWHERE, None)
    try:

        async def balance() -> None:
            async with PoyoClient(KEY, lan.url("http", "")) as client:
                await client.balance(retry=NO_RETRY)

        with pytest.raises(InsecureServer) as refused:
            asyncio.run(balance())
        assert "https://" in refused.value.message and KEY not in refused.value.detail
        assert lan.seen == []
        for way in WAYS:
            assert download(way, lan.url("http", ""), lan.url("http")) == BODY
        assert [s.authorization for s in lan.seen] == [None, None]
    finally:
        lan.stop()


@pytest.mark.parametrize(
    ("url", "carries"),
    [
        ("https://api.poyo.ai/x", True),
        ("HTTPS://API.POYO.AI:443/x", True),  # the same origin, spelled otherwise
        ("https://api.poyo.ai./x", True),
        ("http://api.poyo.ai/x", False),
        ("http://api.poyo.ai:443/x", False),
        ("https://api.poyo.ai:8443/x", False),
        ("https://cdn.poyo.ai/x", False),
        ("https://api.poyo.ai@evil.example/x", False),
        ("https://evil.example\\@api.poyo.ai/x", False),
        ("https://user@api.poyo.ai/x", False),
        ("https://api.poyo.ai%2eevil.example/x", False),
        ("https://api.poyo.ai:notaport/x", False),
        ("/relative/x", False),
        ("ftp://api.poyo.ai/x", False),
    ],
)
def test_key_scope_of_an_https_api(url, carries):
    assert KeyScope("https://api.poyo.ai").may_carry_key(url) is carries


@pytest.mark.parametrize(
    ("base", "carries"),
    [
        ("http://127.0.0.1:8000", True),
        ("http://localhost:8000", True),
        ("http://[::1]:8000", True),
        ("http://api.poyo.ai", False),
        ("http://192.0.2.2:80", False),
    ],
)
def test_key_scope_over_plain_http_only_on_loopback(base, carries):
    assert KeyScope(base).may_carry_key(base + "/x") is carries
