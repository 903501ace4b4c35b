"""The JSON body of a generation request, made only from choices that pass every rule."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from poyo_desktop.api.errors import RequestInvalid
from poyo_desktop.core.rules import Problem, Severity, check_generation


@dataclass(frozen=True, slots=True)
class GenerationRequest:
    """A request that passed every rule; only :func:`build_request` makes one."""

    model: str
    prompt: str
    start_image_url: str
    duration: int = 5
    negative_prompt: str = ""
    end_image_url: str | None = None
    callback_url: str | None = None

    def to_json(self) -> dict[str, Any]:
        body_input: dict[str, Any] = {
            "prompt": self.prompt,
            "start_image_url": self.start_image_url,
            "duration": self.duration,
        }
        if self.negative_prompt.strip():
            body_input["negative_prompt"] = self.negative_prompt
        if self.end_image_url:
            body_input["end_image_url"] = self.end_image_url
        body: dict[str, Any] = {"model": self.model, "input": body_input}
        if self.callback_url:
            body["callback_url"] = self.callback_url
        return body


def build_request(
    *,
    model: str,
    prompt: str,
    start_image_url: str | None,
    duration: int = 5,
    negative_prompt: str = "",
    end_image_url: str | None = None,
    callback_url: str | None = None,
) -> GenerationRequest:
    """A valid request, or :class:`RequestInvalid` naming each broken rule."""
    problems = check_generation(
        model=model,
        prompt=prompt,
        duration=duration,
        negative_prompt=negative_prompt,
        has_start_image=bool(start_image_url and start_image_url.strip()),
        has_end_image=bool(end_image_url),
    )
    if callback_url and not callback_url.lower().startswith(("https://", "http://")):
        problems.append(Problem("callback_url", "The callback URL must start with https://."))
    errors = {p.field: p.message for p in problems if p.severity is Severity.ERROR}
    if errors:
        raise RequestInvalid(errors)
    assert start_image_url is not None
    return GenerationRequest(
        model=model,
        prompt=prompt,
        start_image_url=start_image_url.strip(),
        duration=duration,
        negative_prompt=negative_prompt,
        end_image_url=end_image_url or None,
        callback_url=callback_url or None,
    )
