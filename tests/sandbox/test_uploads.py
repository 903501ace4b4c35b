"""The upload service: three forms, type sniffing, limits, error dialect, serving back."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from poyo_desktop.sandbox import Sandbox
from tests.sandbox.images import GIF_HEAD, JPEG_HEAD, PDF_BYTES, WEBP_HEAD, png_bytes

DATA_KEYS = {
    "file_id",
    "file_name",
    "file_size",
    "mime_type",
    "file_url",
    "download_url",
    "expires_at",
    "original_name",
    "upload_path",
    "upload_time",
}


def parse_z(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def check_success(answer: httpx.Response, size: int, mime: str) -> dict:
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["success"] is True and body["code"] == 200
    assert body["msg"] == "File uploaded successfully"
    data = body["data"]
    assert set(data) == DATA_KEYS
    assert data["file_size"] == size and data["mime_type"] == mime
    lifetime = parse_z(data["expires_at"]) - parse_z(data["upload_time"])
    assert timedelta(hours=71, minutes=59) <= lifetime <= timedelta(hours=72, minutes=1)
    return data


@pytest.mark.parametrize(
    ("payload", "mime"),
    [
        (png_bytes(), "image/png"),
        (JPEG_HEAD, "image/jpeg"),
        (GIF_HEAD, "image/gif"),
        (WEBP_HEAD, "image/webp"),
    ],
)
def test_stream_upload_sniffs_type_and_serves_the_file_back(
    client: httpx.Client, payload: bytes, mime: str
) -> None:
    answer = client.post(
        "/api/common/upload/stream",
        files={"file": ("my holiday photo.bin", payload, "application/octet-stream")},
        data={"upload_path": "poyo/desktop", "file_name": "neutral-name"},
    )
    data = check_success(answer, len(payload), mime)
    assert data["original_name"] == "my holiday photo.bin"
    assert data["upload_path"] == "poyo/desktop"
    assert data["file_name"].startswith("neutral-name.")
    served = client.get(data["file_url"])
    assert served.status_code == 200 and served.content == payload
    assert served.headers["content-type"] == mime
    assert served.headers["content-length"] == str(len(payload))
    download = client.get(data["download_url"])
    assert download.headers["content-disposition"].startswith("attachment")


def test_stream_upload_generates_a_neutral_name(client: httpx.Client) -> None:
    data = client.post(
        "/api/common/upload/stream", files={"file": ("Jane Doe passport.png", png_bytes())}
    ).json()["data"]
    assert "Jane" not in data["file_name"] and "Jane" not in data["file_url"]
    assert data["file_name"].endswith(".png")
    assert data["upload_path"] is None


def test_base64_upload(client: httpx.Client) -> None:
    payload = png_bytes()
    url = "data:image/png;base64," + base64.b64encode(payload).decode()
    data = check_success(
        client.post("/api/common/upload/base64", json={"base64_data": url}),
        len(payload),
        "image/png",
    )
    assert client.get(data["file_url"]).content == payload


def test_base64_upload_accepts_bare_base64(client: httpx.Client) -> None:
    answer = client.post(
        "/api/common/upload/base64", json={"base64_data": base64.b64encode(JPEG_HEAD).decode()}
    )
    check_success(answer, len(JPEG_HEAD), "image/jpeg")


def test_url_upload_rehosts_own_files_only(client: httpx.Client, upload) -> None:
    source = upload()
    data = check_success(
        client.post("/api/common/upload/url", json={"file_url": source}),
        len(png_bytes()),
        "image/png",
    )
    assert data["file_url"] != source
    foreign = client.post("/api/common/upload/url", json={"file_url": "https://example.com/a.png"})
    assert foreign.status_code == 400
    assert "no internet" in foreign.json()["detail"]


def test_url_upload_of_an_expired_file(client: httpx.Client, upload, sandbox: Sandbox) -> None:
    source = upload()
    sandbox.expire_uploads()
    answer = client.post("/api/common/upload/url", json={"file_url": source})
    assert answer.status_code == 400 and "404" in answer.json()["detail"]


def test_uploaded_image_can_be_used_by_add_file(client: httpx.Client, sandbox, tmp_path) -> None:
    path = tmp_path / "start.png"
    path.write_bytes(png_bytes())
    url = sandbox.add_file(path)
    answer = client.post(
        "/api/generate/submit",
        json={"model": "kling-2.1/standard", "input": {"prompt": "x", "start_image_url": url}},
    )
    assert answer.status_code == 200


@pytest.mark.parametrize(
    ("route", "kwargs"),
    [
        ("stream", {"files": {"file": ("doc.pdf", PDF_BYTES)}}),
        (
            "base64",
            {
                "json": {
                    "base64_data": "data:application/pdf;base64,"
                    + base64.b64encode(PDF_BYTES).decode()
                }
            },
        ),
    ],
)
def test_other_types_are_refused_with_detail(client: httpx.Client, route: str, kwargs) -> None:
    answer = client.post(f"/api/common/upload/{route}", **kwargs)
    assert answer.status_code == 400
    assert "JPEG, PNG, GIF and WebP" in answer.json()["detail"]


def test_empty_file_is_refused(client: httpx.Client) -> None:
    answer = client.post("/api/common/upload/stream", files={"file": ("a.png", b"")})
    assert answer.status_code == 400 and "empty" in answer.json()["detail"]


def test_too_large_is_413(client: httpx.Client) -> None:
    big = png_bytes()[:64] + b"\x00" * (10 * 1024 * 1024)
    answer = client.post("/api/common/upload/stream", files={"file": ("big.png", big)})
    assert answer.status_code == 413
    assert "10 MB" in answer.json()["detail"]
    answer = client.post(
        "/api/common/upload/base64", json={"base64_data": base64.b64encode(big).decode()}
    )
    assert answer.status_code == 413


@pytest.mark.parametrize(
    ("route", "kwargs", "loc", "kind"),
    [
        ("stream", {"data": {"upload_path": "x"}}, ["body", "file"], "missing"),
        ("stream", {"files": {"other": ("a.png", png_bytes())}}, ["body", "file"], "missing"),
        ("base64", {"json": {}}, ["body", "base64_data"], "missing"),
        ("base64", {"json": {"base64_data": 5}}, ["body", "base64_data"], "string_type"),
        (
            "base64",
            {"content": b"{nope", "headers": {"Content-Type": "application/json"}},
            ["body", 0],
            "json_invalid",
        ),
        ("url", {"json": {}}, ["body", "file_url"], "missing"),
        ("url", {"json": ["x"]}, ["body"], "dict_type"),
    ],
)
def test_validation_errors_use_the_detail_list(client, route, kwargs, loc, kind) -> None:
    answer = client.post(f"/api/common/upload/{route}", **kwargs)
    assert answer.status_code == 422, answer.text
    [problem] = answer.json()["detail"]
    assert problem["loc"] == loc and problem["type"] == kind and problem["msg"]


def test_bad_base64_is_400(client: httpx.Client) -> None:
    answer = client.post(
        "/api/common/upload/base64", json={"base64_data": "data:image/png;base64,@@@"}
    )
    assert answer.status_code == 400 and "base64" in answer.json()["detail"]


def test_upload_without_key_is_401_detail(sandbox: Sandbox) -> None:
    answer = httpx.post(
        sandbox.base_url + "/api/common/upload/stream", files={"file": ("a.png", png_bytes())}
    )
    assert answer.status_code == 401
    assert answer.json() == {"detail": "Missing API key"}
