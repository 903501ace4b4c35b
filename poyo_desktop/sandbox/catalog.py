"""The models the sandbox simulates, their prices, and the ``/v1/catalog/models`` answers.

One table drives validation, charging and the catalog, so they can never disagree.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from poyo_desktop.sandbox.responses import error_response

STANDARD = "kling-2.1/standard"
PRO = "kling-2.1/pro"
MODELS = (STANDARD, PRO)
DURATIONS = (5, 10)
DEFAULT_DURATION = 5
MAX_PROMPT_CHARS = 5000
CREDIT_USD = 0.005

# Credits per (model, duration), from PoYo's pricing page (November 2026).
PRICES: dict[tuple[str, int], int] = {
    (STANDARD, 5): 30,
    (STANDARD, 10): 60,
    (PRO, 5): 55,
    (PRO, 10): 110,
}

_TITLES = {STANDARD: "Kling 2.1 Standard", PRO: "Kling 2.1 Pro"}
_DESCRIPTIONS = {
    STANDARD: "Start-frame guided image-to-video.",
    PRO: "Start frame plus an optional end frame, image-to-video.",
}


def price(model: str, duration: int) -> int:
    """Credits charged for one finished task."""
    return PRICES[(model, duration)]


def accepted_inputs(model: str) -> frozenset[str]:
    """Input fields the model documents; anything else is refused, as the real service does."""
    fields = {"prompt", "start_image_url", "duration", "negative_prompt"}
    if model == PRO:
        fields.add("end_image_url")
    return frozenset(fields)


def input_schema(model: str) -> dict[str, Any]:
    properties: dict[str, Any] = {
        "prompt": {"type": "string", "minLength": 1, "maxLength": MAX_PROMPT_CHARS},
        "start_image_url": {"type": "string", "format": "uri"},
        "duration": {"type": "integer", "enum": list(DURATIONS), "default": DEFAULT_DURATION},
        "negative_prompt": {"type": "string"},
    }
    if model == PRO:
        properties["end_image_url"] = {"type": "string", "format": "uri"}
    return {
        "type": "object",
        "required": ["prompt", "start_image_url"],
        "additionalProperties": False,
        "properties": properties,
    }


def billing(model: str) -> dict[str, Any]:
    return {
        "unit": "credits",
        "credit_usd": CREDIT_USD,
        "charged_on": "finish",
        "prices": [
            {
                "duration": duration,
                "credits": price(model, duration),
                "usd": round(price(model, duration) * CREDIT_USD, 4),
            }
            for duration in DURATIONS
        ],
    }


def model_summary(model: str) -> dict[str, Any]:
    """One model as the catalog's list shows it: who it is and what it costs."""
    return {
        "model": model,
        "name": _TITLES[model],
        "description": _DESCRIPTIONS[model],
        "billing": billing(model),
    }


def model_entry(model: str) -> dict[str, Any]:
    """One model in full: its summary and the input it accepts."""
    return {**model_summary(model), "input_schema": input_schema(model)}


def _etag_matches(header: str | None, etag: str) -> bool:
    if not header:
        return False
    candidates = [part.strip() for part in header.split(",")]
    return any(c == "*" or c.removeprefix("W/") == etag for c in candidates)


def _cacheable(request: Request, data: Any) -> Response:
    """``{"code": 200, "data": data}`` with an ETag; 304 when the client has it already."""
    body = json.dumps({"code": 200, "data": data}, separators=(",", ":"))
    etag = '"' + hashlib.sha256(body.encode()).hexdigest()[:20] + '"'
    headers = {"ETag": etag, "Cache-Control": "public, max-age=300"}
    if _etag_matches(request.headers.get("if-none-match"), etag):
        return Response(status_code=304, headers=headers)
    return JSONResponse(json.loads(body), headers=headers)


async def catalog_endpoint(request: Request) -> Response:
    """``GET /v1/catalog/models/{model}``: no key needed, cacheable with ETag/If-None-Match."""
    model = request.path_params["model"]
    if model not in MODELS:
        return error_response(404, f"Unknown model: {model}")
    return _cacheable(request, model_entry(model))


async def catalog_list_endpoint(request: Request) -> Response:
    """``GET /v1/catalog/models``: every model's summary (what ``poyo models`` lists); no
    key needed, cacheable like the per-model answer."""
    return _cacheable(request, [model_summary(model) for model in MODELS])
