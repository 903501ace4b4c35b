"""Logging to a rotating file, with every record scrubbed of the API key.

The filter sits on each handler (file and console), so it sees every record that is
written, whichever library logged it. What it removes is every key the process has held
(:mod:`poyo_desktop.core.redaction`: the client and the key store remember each key before
it can be logged), in its plain and encoded spellings, and anything that looks like one.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from collections.abc import Iterable
from pathlib import Path

from poyo_desktop.core.redaction import redact, remember_secret


class _Secrets(set[str]):
    """A set whose additions are remembered by the redaction for the whole process."""

    def __init__(self, values: Iterable[str] = ()) -> None:
        super().__init__()
        for value in values:
            self.add(value)

    def add(self, value: str) -> None:
        remember_secret(value)
        super().add(value)


class RedactingFilter(logging.Filter):
    """Formats the message early and removes keys and bearer tokens from it, and from its
    traceback and stack."""

    def __init__(self) -> None:
        super().__init__()
        self.secrets: set[str] = _Secrets()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # arguments that do not fit the format: keep both, scrubbed
            message = f"{record.msg!s} {record.args!r}"
        record.msg, record.args = redact(message, *self.secrets), None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = redact(
                logging.Formatter().formatException(record.exc_info), *self.secrets
            )
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = redact(record.exc_text, *self.secrets)
        if record.stack_info:
            record.stack_info = redact(record.stack_info, *self.secrets)
        return True


REDACTOR = RedactingFilter()


def remember_environment_key() -> None:
    """A key given in ``POYO_API_KEY`` is known to the redaction from start-up on."""
    remember_secret(os.environ.get("POYO_API_KEY", ""))


def setup_logging(log_dir: Path, *, verbose: bool = False) -> Path:
    remember_environment_key()
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / "poyo-desktop.log"
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(REDACTOR)
    console = logging.StreamHandler()
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.addFilter(REDACTOR)
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.addHandler(console)
    for noisy in ("httpx", "httpcore", "uvicorn.access"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # qasync logs four DEBUG lines per worker-thread call, with its arguments and result:
    # ~8 MB in a short --verbose session, which rotated the start-up out of the log.
    logging.getLogger("qasync").setLevel(logging.INFO)
    return path
