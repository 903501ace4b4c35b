"""A client that hangs up mid-upload costs the sandbox's log one line, not a traceback."""

from __future__ import annotations

import logging
import socket
import time
from urllib.parse import urlsplit

import httpx

from poyo_desktop.sandbox import Sandbox
from tests.sandbox.conftest import API_KEY


def test_a_client_gone_mid_upload_is_one_log_line(sandbox: Sandbox, caplog) -> None:
    caplog.set_level(logging.INFO)
    where = urlsplit(sandbox.base_url)
    part = (
        b'--B\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n'
        b"Content-Type: image/png\r\n\r\n\x89PNG\r\n\x1a\n" + b"x" * 4000
    )
    head = (
        f"POST /api/common/upload/stream HTTP/1.1\r\nHost: {where.netloc}\r\n"
        f"Authorization: Bearer {API_KEY}\r\nContent-Length: 200000\r\n"
        "Content-Type: multipart/form-data; boundary=B\r\n\r\n"
    ).encode()
    with socket.create_connection((where.hostname, where.port)) as sock:
        sock.sendall(head + part)  # a twentieth of what it promised, then gone
        deadline = time.monotonic() + 5
        while not sandbox.requests["upload"] and time.monotonic() < deadline:
            time.sleep(0.01)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and not any(
        "disconnected" in r.getMessage() for r in caplog.records
    ):
        time.sleep(0.02)
    time.sleep(0.2)  # room for a traceback to follow
    gone = [r for r in caplog.records if "disconnected" in r.getMessage()]
    assert len(gone) == 1 and "POST /api/common/upload/stream" in gone[0].getMessage()
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]
    answer = httpx.get(
        sandbox.base_url + "/api/user/balance", headers={"Authorization": f"Bearer {API_KEY}"}
    )
    assert answer.status_code == 200  # and it goes on serving
