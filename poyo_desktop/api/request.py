"""The Kling 2.1 image-to-video rules, checked before anything is sent (or paid for)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from poyo_desktop.api.errors import RequestInvalid

STANDARD = "kling-2.1/standard"
PRO = "kling-2.1/pro"
MODELS = (STANDARD, PRO)
DURATIONS = (5, 10)
PROMPT_SOFT_LIMIT = 2500  # Kling is reported to cut prompts here (unverified): warn
PROMPT_HARD_LIMIT = 5000  # PoYo refuses longer prompts: refuse


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    field: str  # "model", "prompt", "negative_prompt", "duration", "start_image", "end_image"
    message: str
    severity: Severity = Severity.ERROR


def check_generation(
    *,
    model: str,
    prompt: str,
    duration: int,
    negative_prompt: str = "",
    has_start_image: bool,
    has_end_image: bool = False,
) -> list[Problem]:
    """Every rule the request breaks, errors and warnings, in form order."""
    problems: list[Problem] = []
    if model not in MODELS:
        problems.append(Problem("model", f"Choose a model: {' or '.join(MODELS)}."))
    if not prompt.strip():
        problems.append(Problem("prompt", "Write a prompt: describe what should happen."))
    elif len(prompt) > PROMPT_HARD_LIMIT:
        problems.append(
            Problem("prompt", f"The prompt is {len(prompt)} characters; PoYo accepts at most "
                    f"{PROMPT_HARD_LIMIT}.")
        )
    elif len(prompt) > PROMPT_SOFT_LIMIT:
        problems.append(
            Problem("prompt", f"Kling may ignore text beyond {PROMPT_SOFT_LIMIT} characters "
                    f"(this prompt has {len(prompt)}).", Severity.WARNING)
        )
    if len(negative_prompt) > PROMPT_HARD_LIMIT:
        problems.append(
            Problem("negative_prompt", f"The negative prompt is {len(negative_prompt)} "
                    f"characters; PoYo accepts at most {PROMPT_HARD_LIMIT}.")
        )
    if duration not in DURATIONS:
        problems.append(Problem("duration", "Choose a length of 5 or 10 seconds."))
    if not has_start_image:
        problems.append(Problem("start_image", "Add a start image: the first frame of the video."))
    if has_end_image and model == STANDARD:
        problems.append(
            Problem("end_image", "Only Kling 2.1 Pro takes an end image.")
        )
    return problems


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
