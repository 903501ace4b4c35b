"""The Settings dialog's longer sentences, in the window's language."""

from __future__ import annotations

from poyo_desktop.ui.kit.translations import translate


def key_still_here(problem: str) -> str:
    return translate(
        "SettingsDialog",
        "{problem} Your key is still in the box above: press Save to try again.",
    ).format(problem=problem)


def demo_not_started(error: object) -> str:
    return translate(
        "SettingsDialog",
        "Your API key was removed, but the demo server could not be started: "
        "{error}. It is tried again when you make a video.",
    ).format(error=error)


def switching_to_demo() -> str:
    return translate(
        "SettingsDialog",
        "Switching to demo mode: starting the demo server… New "
        "videos wait until it runs; nothing goes to PoYo.",
    )


def unexpected() -> str:
    return translate(
        "SettingsDialog", "Could not save your API key: something unexpected went wrong."
    )
