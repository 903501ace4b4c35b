"""The API key never reaches the log file or the console, whatever its shape, at any level,
in any spelling, and whoever logs it: the key store and the client hand each key to the
redaction before anything else sees it.

Each test makes a key of its own (the redaction remembers keys for the whole process, so a
key an earlier test used would prove nothing).
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
import logging
import re
import secrets
import uuid
from urllib.parse import quote, quote_plus

import pytest

from poyo_desktop.runtime.logging_setup import setup_logging
from poyo_desktop.services.secrets import KeyStore

SHAPES = {
    "sk": lambda: f"sk-live-{secrets.token_hex(12)}",
    "uuid": lambda: str(uuid.uuid4()),
    "hex64": lambda: secrets.token_hex(32),
    "punctuation": lambda: f"a.b_c-d{secrets.token_hex(4)}~Z/+=",
}
LEVELS = [logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL]


@pytest.fixture(autouse=True)
def _logging_restored():
    """setup_logging replaces the root handlers; a console handler left on a test's
    captured stderr would fail every later record."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("qasync").setLevel(logging.NOTSET)


def leaks(text: str, key: str) -> list[str]:
    """Every way ``key`` can be read back from ``text``: as is, percent-, JSON- or
    hex-encoded, or inside any base64 run (decoded at each of its four alignments)."""
    found = [
        form
        for form in (
            key,
            quote(key, safe=""),
            quote_plus(key),
            quote(key, safe="").lower(),
            json.dumps(key)[1:-1],
            key.encode().hex(),
        )
        if form in text
    ]
    raw = key.encode()
    for run in re.findall(r"[A-Za-z0-9+/_\-]{8,}={0,2}", text):
        for start in range(4):
            chunk = run[start:]
            chunk = chunk[: len(chunk) - len(chunk) % 4]
            for decode in (base64.b64decode, base64.urlsafe_b64decode):
                try:
                    if raw in decode(chunk):
                        found.append(f"base64 in {run[:20]}…")
                except (binascii.Error, ValueError):
                    pass
    return found


def flush() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def say_everything(key: str) -> None:
    """Log ``key`` in every way a line might carry it, at every level."""
    log = logging.getLogger("poyo_desktop.test.redaction")
    basic = base64.b64encode(f"person:{key}".encode()).decode()
    for level in LEVELS:
        name = logging.getLevelName(level)
        log.log(level, "%s plain: loaded %s", name, key)
        log.log(level, "%s json: %s", name, json.dumps({"api_key": key, "n": 1}))
        log.log(level, "%s repr: %r", name, {"headers": {"Authorization": f"Bearer {key}"}})
        log.log(
            level,
            "%s url: https://x.test/?key=%s&k2=%s",
            name,
            quote(key, safe=""),
            quote_plus(key),
        )
        log.log(level, "%s basic: Authorization: Basic %s", name, basic)
        log.log(level, "%s bytes: %r hex %s", name, key.encode(), key.encode().hex())
        log.log(level, "%s stack", name, stack_info=True)
        try:
            raise RuntimeError(f"the server said no to {key}")
        except RuntimeError:
            log.log(level, "%s traceback", name, exc_info=True)


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_key_the_store_loaded_never_reaches_the_log_or_console(tmp_path, capfd, shape):
    key = SHAPES[shape]()
    (tmp_path / "api-key").write_text(key)  # as a person's earlier session left it
    log_file = setup_logging(tmp_path / "logs", verbose=True)
    found = KeyStore(tmp_path / "api-key").load()
    assert found is not None and found.value == key
    say_everything(key)
    flush()
    written, console = log_file.read_text(encoding="utf-8"), capfd.readouterr().err
    for text in (written, console):
        assert leaks(text, key) == []
        for level in LEVELS:  # every line is still there, only without the key
            name = logging.getLevelName(level)
            assert f"{name} plain: loaded [redacted]" in text
            assert f"{name} json:" in text and f"{name} traceback" in text
        assert "RuntimeError: the server said no to [redacted]" in text


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_key_from_the_environment_is_known_from_start_up(tmp_path, capfd, monkeypatch, shape):
    key = SHAPES[shape]()
    monkeypatch.setenv("POYO_API_KEY", key)
    log_file = setup_logging(tmp_path / "logs", verbose=True)
    say_everything(key)  # before anything loaded it
    flush()
    assert leaks(log_file.read_text(encoding="utf-8"), key) == []
    assert leaks(capfd.readouterr().err, key) == []


def test_a_key_saved_or_given_to_a_client_is_known_before_it_is_used(tmp_path, capfd):
    from poyo_desktop.api import PoyoClient

    saved, typed = SHAPES["uuid"](), SHAPES["punctuation"]()
    log_file = setup_logging(tmp_path / "logs", verbose=True)
    KeyStore(tmp_path / "api-key").save(saved)  # the null keychain: the private file
    PoyoClient(typed, "http://127.0.0.1:9")  # Settings' "Test connection" with a typed key
    say_everything(saved)
    say_everything(typed)
    flush()
    for text in (log_file.read_text(encoding="utf-8"), capfd.readouterr().err):
        assert leaks(text, saved) == [] and leaks(text, typed) == []


def test_the_async_bridge_logging_a_loaded_key_shows_no_key(tmp_path, capfd, qloop):
    """qasync's worker threads log at DEBUG what the function they ran returned: for the
    start-up's key load, the key itself ("Setting Future result: …"). The app keeps qasync
    at INFO now; here it is let speak, as any library might."""
    from poyo_desktop.boot.compose import _load_key

    key = SHAPES["hex64"]()
    (tmp_path / "api-key").write_text(key)
    log_file = setup_logging(tmp_path / "logs", verbose=True)
    logging.getLogger("qasync").setLevel(logging.DEBUG)
    keys = KeyStore(tmp_path / "api-key")
    loaded = qloop.run_until_complete(asyncio.to_thread(_load_key, keys))
    assert loaded == key
    flush()
    written = log_file.read_text(encoding="utf-8")
    assert "Setting Future result: [redacted]" in written  # the line the bug was in
    assert leaks(written, key) == [] and leaks(capfd.readouterr().err, key) == []


def test_short_keys_and_task_ids_are_left_alone(tmp_path):
    """A task id ("task-unified-…" holds "sk-") is the one handle on a paid task."""
    from poyo_desktop.core.redaction import redact, remember_secret

    remember_secret("abc")  # too short to be anyone's key: would shred every line
    task = "task-unified-1700000000-ab12cd34"
    assert redact(f"abc {task}") == f"abc {task}"
    assert redact("key sk-live-0123") == "key [redacted]"  # whole, not its first characters
