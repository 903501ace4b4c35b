"""PoYo's documented answers (``../shared/poyo-api.md``), one JSON file per response shape.

The same files are checked against the sandbox's live answers (``tests/contract``) and fed
to the client's parsers (``tests/api/test_contract_fixtures.py``): a change on one side
that the other does not follow breaks a test.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).with_name("fixtures")

# Every documented shape, by fixture name: (route, what it answers).
SHAPES = {
    "submit": "POST /api/generate/submit, accepted",
    "status_running": "GET /api/generate/status/{id}, running",
    "status_finished": "GET /api/generate/status/{id}, finished with its video",
    "status_failed": "GET /api/generate/status/{id}, failed with a reason",
    "upload": "POST /api/common/upload/*, stored",
    "upload_error": "POST /api/common/upload/*, refused: {detail: message}",
    "upload_validation_error": "POST /api/common/upload/*, invalid: {detail: [{loc, msg, type}]}",
    "balance": "GET /api/user/balance",
    "error": "any generation or account call, refused: {code, error: {message, type}}",
    "catalog_model": "GET /v1/catalog/models/{model}",
    "catalog_models": "GET /v1/catalog/models",
}


def load(name: str) -> Any:
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


def raw(name: str) -> bytes:
    return (FIXTURES / f"{name}.json").read_bytes()


def shape(value: Any) -> Any:
    """The structure of a JSON value: its keys, list lengths and types, not its values
    (ints and floats are both "number": a price may be fractional)."""
    if isinstance(value, dict):
        return {key: shape(item) for key, item in value.items()}
    if isinstance(value, list):
        return [shape(item) for item in value]
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int | float):
        return "number"
    if value is None:
        return "null"
    return type(value).__name__
