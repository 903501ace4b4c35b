"""The command line's choices made into drafts, checked by the window's own rules
(``core/rules.check_generation``; its pictures by ``cli/fitting``, with the form's picture
checks), so a refusal reads the same words as the form shows."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from poyo_desktop.cli.args import MODELS
from poyo_desktop.core.draft import JobDraft
from poyo_desktop.core.rules import Severity, check_generation


def make_draft(
    *,
    image: Path,
    end: Path | None,
    prompt: str,
    negative: str,
    model: str,
    duration: int,
    batch_id: str | None = None,
    image_original: Path | None = None,
    end_original: Path | None = None,
) -> JobDraft:
    """The draft to send (``*_original``: the person's file, when a fixed copy is sent)."""
    fields: dict[str, Any] = {
        "model": MODELS.get(model, model),
        "prompt": prompt,
        "duration": duration,
        "negative_prompt": negative,
        "start_image": image.absolute(),
        "end_image": end.absolute() if end else None,
        "start_image_original": image_original.absolute() if image_original else None,
        "end_image_original": end_original.absolute() if end_original else None,
    }
    return JobDraft(**fields, batch_id=batch_id)


def settings_problems(
    *,
    model: str,
    prompt: str,
    duration: int,
    negative_prompt: str,
    end: Path | None,
    has_start_image: bool = True,
) -> list[str]:
    """What the rules refuse in these settings, in the window's words (warnings left out);
    an end image asked for on Standard is refused, not silently dropped."""
    return [
        p.message
        for p in check_generation(
            model=model,
            prompt=prompt,
            duration=duration,
            negative_prompt=negative_prompt,
            has_start_image=has_start_image,
            has_end_image=end is not None,  # asked for, so refused on standard
        )
        if p.severity is Severity.ERROR
    ]


def draft_message(draft: JobDraft) -> dict[str, Any]:
    """A draft as the instance protocol carries it."""
    message: dict[str, Any] = {f.name: getattr(draft, f.name) for f in dataclasses.fields(draft)}
    return {k: str(v) if isinstance(v, Path) else v for k, v in message.items()}


def draft_from(message: dict[str, Any]) -> JobDraft:
    """The draft a command line sent (paths absolute, already checked there)."""

    def path(name: str) -> Path | None:
        value = message.get(name)
        return Path(value) if value else None

    return make_draft(
        image=path("start_image") or Path(),
        end=path("end_image"),
        prompt=str(message.get("prompt", "")),
        negative=str(message.get("negative_prompt", "")),
        model=str(message.get("model", "")),
        duration=int(message.get("duration", 5)),
        batch_id=message.get("batch_id") or None,
        image_original=path("start_image_original"),
        end_original=path("end_image_original"),
    )
