"""The blocking result-file path (``PoyoClient.fetch_to``, on the standard library's HTTP):
the key stays home across redirects, and every way a transfer fails is a typed error in
words, never a half-silent short file."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest

from poyo_desktop.api import NetworkError, PoyoClient
from poyo_desktop.sandbox import Fault
from tests.conftest import TEST_KEY


class Collect:
    def __init__(self) -> None:
        self.total: int | None = None
        self.data = bytearray()

    def begin(self, total: int | None) -> None:
        self.total = total

    def write(self, data: bytes) -> None:
        self.data += data


def fetch(poyo, url: str, sink: Collect | None = None, **kwargs: object) -> Collect:
    sink = sink or Collect()

    async def go() -> None:
        async with PoyoClient(TEST_KEY, poyo.base_url, **kwargs) as client:  # type: ignore[arg-type]
            await asyncio.to_thread(client.fetch_to, url, sink)

    asyncio.run(go())
    return sink


def stored(poyo, tmp_path: Path, size: int = 300_000) -> tuple[str, bytes]:
    data = bytes(range(256)) * (size // 256)
    path = tmp_path / "result.mp4"
    path.write_bytes(data)
    return poyo.add_file(path), data


def test_a_whole_file_arrives_with_its_announced_size(poyo, tmp_path):
    url, data = stored(poyo, tmp_path, 3_000_000)
    sink = fetch(poyo, url)
    assert sink.total == len(data) and bytes(sink.data) == data
    assert poyo.request_log[-1].header("Authorization") == f"Bearer {TEST_KEY}"  # API host


def test_a_redirect_to_a_storage_host_is_followed_without_the_key(poyo, tmp_path):
    url, data = stored(poyo, tmp_path)
    storage_url = url.replace("127.0.0.1", "localhost")
    poyo.inject(
        Fault.respond(route="download", status=302, body=b"", headers={"Location": storage_url})
    )
    assert bytes(fetch(poyo, url).data) == data
    first, last = poyo.request_log[-2:]
    assert first.header("Authorization") == f"Bearer {TEST_KEY}"
    assert last.header("Authorization") is None
    assert first.header("Host").startswith("127.0.0.1") and last.header("Host").startswith(
        "localhost"
    )


def test_a_redirect_back_home_carries_the_key_again(poyo, tmp_path):
    url, data = stored(poyo, tmp_path)
    poyo.inject(Fault.respond(route="download", status=307, body=b"", headers={"Location": url}))
    assert bytes(fetch(poyo, url).data) == data
    assert [r.header("Authorization") for r in poyo.request_log[-2:]] == [f"Bearer {TEST_KEY}"] * 2


@pytest.mark.parametrize("target", ["file:///etc/hostname", "ftp://127.0.0.1/x.mp4"])
def test_a_redirect_off_the_web_is_refused(poyo, tmp_path, target):
    url, _ = stored(poyo, tmp_path)
    poyo.inject(Fault.respond(route="download", status=302, body=b"", headers={"Location": target}))
    sink = Collect()
    with pytest.raises(NetworkError) as caught:
        fetch(poyo, url, sink)
    assert "broke off" in caught.value.message and not sink.data


def test_a_link_that_is_not_a_web_link_reads_nothing(poyo):
    with pytest.raises(NetworkError):
        fetch(poyo, "file:///etc/hostname")
    assert poyo.request_log == []


def test_a_connection_closed_early_is_a_download_that_broke_off(poyo, tmp_path):
    url, data = stored(poyo, tmp_path, 1_000_000)
    poyo.inject(Fault.drop(route="download", keep=0.3))
    with pytest.raises(NetworkError) as caught:
        fetch(poyo, url)
    assert "broke off" in caught.value.message and "again" in caught.value.message
    assert f"of {len(data)} bytes" in caught.value.detail


def test_a_server_that_stops_answering_is_a_stalled_download(poyo, tmp_path):
    url, _ = stored(poyo, tmp_path)
    poyo.inject(Fault.slow(3.0, route="download"))
    with pytest.raises(NetworkError) as caught:
        fetch(poyo, url, timeout=httpx.Timeout(5.0, read=0.5))
    assert "stalled" in caught.value.message


def test_nothing_listening_is_a_download_that_broke_off(tmp_path):
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    client = PoyoClient(TEST_KEY, f"http://127.0.0.1:{port}")
    with pytest.raises(NetworkError) as caught:
        client.fetch_to(f"http://127.0.0.1:{port}/files/x/v.mp4", Collect())
    assert "broke off" in caught.value.message
    assert TEST_KEY not in caught.value.detail
    asyncio.run(client.aclose())


def test_what_the_sink_raises_is_not_dressed_up_as_a_network_error(poyo, tmp_path):
    url, _ = stored(poyo, tmp_path)

    class DiskFull(Collect):
        def write(self, data: bytes) -> None:
            raise OSError(28, "No space left on device")

    with pytest.raises(OSError) as caught:
        fetch(poyo, url, DiskFull())
    assert caught.value.errno == 28 and not isinstance(caught.value, NetworkError)
