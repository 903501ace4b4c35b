"""The Kling 2.1 image-to-video rules, checked before anything is sent (or paid for).

The model ids are written here once; the JSON body that carries a request is built in
:mod:`poyo_desktop.api.request`.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as option
from enum import StrEnum

STANDARD = "kling-2.1/standard"
PRO = "kling-2.1/pro"
MODELS = (STANDARD, PRO)
DURATIONS = (5, 10)
PROMPT_SOFT_LIMIT = 2500  # Kling is reported to cut prompts here (unverified): warn
PROMPT_HARD_LIMIT = 5000  # PoYo refuses longer prompts: refuse
MAX_COPIES = 20  # videos of one picture in one batch: more is almost surely a slip


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    field: str  # "model", "prompt", "negative_prompt", "duration", "start_image", "end_image"
    message: str
    severity: Severity = Severity.ERROR
    # Which rule, and its figures, for a window that says it in another language
    # (ui/form/problem_messages.py); "" for a problem worded elsewhere.
    rule: str = option(default="", compare=False)
    figures: tuple[tuple[str, int], ...] = option(default=(), compare=False)


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
        problems.append(Problem("model", f"Choose a model: {' or '.join(MODELS)}.", rule="model"))
    problems += _prompt_problems(prompt)
    if len(negative_prompt) > PROMPT_HARD_LIMIT:
        problems.append(
            Problem(
                "negative_prompt",
                f"The negative prompt is {len(negative_prompt)} "
                f"characters; PoYo accepts at most {PROMPT_HARD_LIMIT}.",
                rule="negative_too_long",
                figures=(("length", len(negative_prompt)), ("limit", PROMPT_HARD_LIMIT)),
            )
        )
    if duration not in DURATIONS:
        problems.append(Problem("duration", "Choose a length of 5 or 10 seconds.", rule="length"))
    if not has_start_image:
        problems.append(
            Problem(
                "start_image", "Add a start image: the first frame of the video.", rule="no_start"
            )
        )
    if has_end_image and model == STANDARD:
        problems.append(
            Problem("end_image", "Only Kling 2.1 Pro takes an end image.", rule="end_needs_pro")
        )
    return problems


def _prompt_problems(prompt: str) -> list[Problem]:
    """No prompt, one PoYo refuses, or one so long that Kling may ignore its end."""
    if not prompt.strip():
        return [Problem("prompt", "Write a prompt: describe what should happen.", rule="no_prompt")]
    figures = (("length", len(prompt)),)
    if len(prompt) > PROMPT_HARD_LIMIT:
        return [
            Problem(
                "prompt",
                f"The prompt is {len(prompt)} characters; PoYo accepts at most "
                f"{PROMPT_HARD_LIMIT}.",
                rule="prompt_too_long",
                figures=(*figures, ("limit", PROMPT_HARD_LIMIT)),
            )
        ]
    if len(prompt) > PROMPT_SOFT_LIMIT:
        return [
            Problem(
                "prompt",
                f"Kling may ignore text beyond {PROMPT_SOFT_LIMIT} characters "
                f"(this prompt has {len(prompt)}).",
                Severity.WARNING,
                rule="prompt_long",
                figures=(*figures, ("limit", PROMPT_SOFT_LIMIT)),
            )
        ]
    return []
