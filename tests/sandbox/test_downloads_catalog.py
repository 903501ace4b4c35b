"""File serving (streamed, ranged) and the model catalog (ETag caching)."""

from __future__ import annotations

import hashlib
import os

import httpx
import pytest

from poyo_desktop.sandbox import Sandbox


@pytest.fixture
def big_file(tmp_path):
    path = tmp_path / "bench.bin"
    with path.open("wb") as fh:
        for _ in range(24):
            fh.write(os.urandom(1024 * 1024))
    return path


def test_add_file_streams_a_large_file_with_content_length(sandbox: Sandbox, big_file) -> None:
    url = sandbox.add_file(big_file)
    expected = hashlib.sha256(big_file.read_bytes()).hexdigest()
    digest = hashlib.sha256()
    with httpx.stream("GET", url) as answer:
        assert answer.status_code == 200
        assert answer.headers["content-length"] == str(big_file.stat().st_size)
        assert answer.headers["accept-ranges"] == "bytes"
        for chunk in answer.iter_raw():
            digest.update(chunk)
    assert digest.hexdigest() == expected
    assert sandbox.requests["download"] == 1


def test_range_request_resumes_a_download(sandbox: Sandbox, big_file) -> None:
    url = sandbox.add_file(big_file, name="bench.bin")
    answer = httpx.get(url, headers={"Range": "bytes=1000-"})
    assert answer.status_code == 206
    assert answer.content == big_file.read_bytes()[1000:]
    assert answer.headers["content-range"].endswith(f"/{big_file.stat().st_size}")


def test_head_gives_size_without_body(sandbox: Sandbox, big_file) -> None:
    answer = httpx.head(sandbox.add_file(big_file))
    assert answer.status_code == 200 and answer.content == b""
    assert answer.headers["content-length"] == str(big_file.stat().st_size)


def test_unknown_file_is_404(sandbox: Sandbox) -> None:
    answer = httpx.get(sandbox.base_url + "/files/nope/x.mp4")
    assert answer.status_code == 404 and answer.json() == {"detail": "File not found or expired"}


def test_add_file_refuses_missing_files(sandbox: Sandbox, tmp_path) -> None:
    with pytest.raises(FileNotFoundError):
        sandbox.add_file(tmp_path / "absent.bin")


@pytest.mark.parametrize(
    ("model", "prices"),
    [("kling-2.1/standard", {5: 30, 10: 60}), ("kling-2.1/pro", {5: 55, 10: 110})],
)
def test_catalog_with_etag(sandbox: Sandbox, model: str, prices: dict[int, int]) -> None:
    url = f"{sandbox.base_url}/v1/catalog/models/{model}"
    answer = httpx.get(url)  # no key needed
    assert answer.status_code == 200
    body = answer.json()
    assert body["code"] == 200
    data = body["data"]
    assert data["model"] == model
    schema = data["input_schema"]
    assert schema["required"] == ["prompt", "start_image_url"]
    assert ("end_image_url" in schema["properties"]) == (model == "kling-2.1/pro")
    assert schema["properties"]["duration"]["enum"] == [5, 10]
    assert {p["duration"]: p["credits"] for p in data["billing"]["prices"]} == prices
    etag = answer.headers["etag"]
    cached = httpx.get(url, headers={"If-None-Match": etag})
    assert cached.status_code == 304 and cached.content == b""
    assert cached.headers["etag"] == etag
    assert httpx.get(url, headers={"If-None-Match": '"other"'}).status_code == 200


def test_catalog_unknown_model_is_404(sandbox: Sandbox) -> None:
    answer = httpx.get(f"{sandbox.base_url}/v1/catalog/models/kling-9")
    assert answer.status_code == 404 and answer.json()["code"] == 404
