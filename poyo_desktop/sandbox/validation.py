"""Check a submit body the way PoYo does, with messages a person can act on.

Strict on purpose: a field the model does not document (``enable_safety_checker``), a
duration given as a string, an end image on ``standard`` are all refused, so a client that
passes against the sandbox does not get surprised by the real service.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from poyo_desktop.sandbox.catalog import (
    DEFAULT_DURATION,
    DURATIONS,
    MAX_PROMPT_CHARS,
    MODELS,
    PRO,
    accepted_inputs,
)

_TOP_LEVEL = frozenset({"model", "input", "callback_url"})


class InvalidRequest(Exception):
    """A 400 with this message."""


@dataclass(frozen=True, slots=True)
class SubmitRequest:
    model: str
    prompt: str
    start_image_url: str
    duration: int = DEFAULT_DURATION
    end_image_url: str | None = None
    negative_prompt: str | None = None
    callback_url: str | None = None


def _is_url(value: str) -> bool:
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _url(inputs: dict[str, Any], name: str, *, required: bool) -> str | None:
    value = inputs.get(name)
    if value is None:
        if required:
            raise InvalidRequest(f"Missing required parameter: input.{name}")
        return None
    if not isinstance(value, str) or not _is_url(value.strip()):
        raise InvalidRequest(f"Invalid parameter: input.{name} must be an http(s) URL")
    return value.strip()


def parse_submit(body: Any) -> SubmitRequest:
    """A validated request, or :class:`InvalidRequest` naming the first problem found."""
    if not isinstance(body, dict):
        raise InvalidRequest("Invalid request body: expected a JSON object")
    for name in body:
        if name not in _TOP_LEVEL:
            raise InvalidRequest(f"Unknown parameter: {name}")
    model = _model(body)
    callback_url = body.get("callback_url")
    if callback_url is not None and (
        not isinstance(callback_url, str) or not _is_url(callback_url)
    ):
        raise InvalidRequest("Invalid parameter: callback_url must be an http(s) URL")
    inputs = _inputs(body, model)
    prompt = _prompt(inputs)

    start = _url(inputs, "start_image_url", required=True)
    end = _url(inputs, "end_image_url", required=False)

    duration = inputs.get("duration", DEFAULT_DURATION)
    if isinstance(duration, bool) or duration not in DURATIONS or not isinstance(duration, int):
        raise InvalidRequest("Invalid parameter: input.duration must be 5 or 10")

    negative = inputs.get("negative_prompt")
    if negative is not None and not isinstance(negative, str):
        raise InvalidRequest("Invalid parameter: input.negative_prompt must be a string")

    assert start is not None
    return SubmitRequest(
        model=model,
        prompt=prompt,
        start_image_url=start,
        duration=duration,
        end_image_url=end,
        negative_prompt=negative or None,
        callback_url=callback_url,
    )


def _model(body: dict[str, Any]) -> str:
    """The model asked for, one of those the sandbox knows."""
    model = body.get("model")
    if model is None:
        raise InvalidRequest("Missing required parameter: model")
    if model not in MODELS:
        raise InvalidRequest(f"Invalid parameter: model (expected one of {', '.join(MODELS)})")
    return model


def _inputs(body: dict[str, Any], model: str) -> dict[str, Any]:
    """The ``input`` object, holding only the fields ``model`` documents."""
    inputs = body.get("input")
    if inputs is None:
        raise InvalidRequest("Missing required parameter: input")
    if not isinstance(inputs, dict):
        raise InvalidRequest("Invalid parameter: input must be an object")
    allowed = accepted_inputs(model)
    for name in inputs:
        if name == "end_image_url" and model != PRO:
            raise InvalidRequest(
                f"Invalid parameter: input.end_image_url is only accepted by {PRO}, not {model}"
            )
        if name not in allowed:
            raise InvalidRequest(f"Unknown parameter: input.{name} (not accepted by {model})")
    return inputs


def _prompt(inputs: dict[str, Any]) -> str:
    """The prompt: a string, not blank, not longer than PoYo takes."""
    prompt = inputs.get("prompt")
    if prompt is None:
        raise InvalidRequest("Missing required parameter: input.prompt")
    if not isinstance(prompt, str):
        raise InvalidRequest("Invalid parameter: input.prompt must be a string")
    if not prompt.strip():
        raise InvalidRequest("Invalid parameter: input.prompt must not be empty")
    if len(prompt) > MAX_PROMPT_CHARS:
        raise InvalidRequest(
            f"Invalid parameter: input.prompt is {len(prompt)} characters long "
            f"(at most {MAX_PROMPT_CHARS})"
        )
    return prompt
