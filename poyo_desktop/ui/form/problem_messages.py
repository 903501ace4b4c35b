"""From the rules' problems to what the form shows: which problems there are (the pictures'
checks counted in), in what order, in which colour, and when a reason under Generate is
said gently rather than as an error.

The rules themselves live in :mod:`poyo_desktop.core.rules` and the image checker; this
module only decides how their answers are presented, so the form's fields and its footer
tell the same story.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from poyo_desktop.core.rules import PRO, Problem, Severity, check_generation
from poyo_desktop.ui.kit.lazy_qt import Qt
from poyo_desktop.ui.kit.locale_words import in_sentence
from poyo_desktop.ui.kit.theme import error_color, set_text_color, warning_color
from poyo_desktop.ui.kit.translations import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from collections.abc import Iterable

    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QAbstractButton, QLabel, QScrollArea, QWidget

    from poyo_desktop.ui.form.drop_zone import ImageDropZone

END_IMAGE_PRO_ONLY = QT_TRANSLATE_NOOP("ProblemMessages", "Only Pro can end on a chosen image.")
END_IMAGE_KEPT = QT_TRANSLATE_NOOP(
    "ProblemMessages", "This picture stays here but will not be sent with Standard."
)
# core/rules' sentences, by rule (core has no Qt: the window says them).
RULE_WORDS = {
    "model": QT_TRANSLATE_NOOP("Rules", "Choose a model: Standard or Pro."),
    "no_prompt": QT_TRANSLATE_NOOP("Rules", "Write a prompt: describe what should happen."),
    "prompt_too_long": QT_TRANSLATE_NOOP(
        "Rules", "The prompt is {length} characters; PoYo accepts at most {limit}."
    ),
    "prompt_long": QT_TRANSLATE_NOOP(
        "Rules", "Kling may ignore text beyond {limit} characters (this prompt has {length})."
    ),
    "negative_too_long": QT_TRANSLATE_NOOP(
        "Rules", "The negative prompt is {length} characters; PoYo accepts at most {limit}."
    ),
    "length": QT_TRANSLATE_NOOP("Rules", "Choose a length of 5 or 10 seconds."),
    "no_start": QT_TRANSLATE_NOOP("Rules", "Add a start image: the first frame of the video."),
    "end_needs_pro": QT_TRANSLATE_NOOP("Rules", "Only Kling 2.1 Pro takes an end image."),
}
#: Problems are shown in the order the fields appear on screen.
FIELD_ORDER = ("model", "start_image", "end_image", "prompt", "negative_prompt", "duration")


def image_problems(zone: ImageDropZone, field: str) -> list[Problem]:
    """The check of ``zone``'s picture as problems of ``field``; a picture still being
    checked is an error ("Checking …") until its check arrives."""
    if zone.path() is None:
        return []
    check = zone.check()
    if check is None:
        subject = zone.subject()
        checking = translate("ProblemMessages", "Checking {picture}…")
        return [Problem(field, checking.format(picture=in_sentence(subject)), rule="checking")]
    return [Problem(field, message) for message in check.problems] + [
        Problem(field, message, Severity.WARNING) for message in check.warnings
    ]


def collect_problems(
    model: str,
    duration: int,
    prompt: str,
    negative_prompt: str,
    start_zone: ImageDropZone,
    end_zone: ImageDropZone,
) -> list[Problem]:
    """Every error and warning of these choices, in screen order: the rules' and the
    pictures' (the end image's only where it will be sent, on Pro)."""
    end_counts = model == PRO and end_zone.path() is not None
    found = said(
        check_generation(
            model=model,
            prompt=prompt,
            duration=duration,
            negative_prompt=negative_prompt,
            has_start_image=start_zone.path() is not None,
            has_end_image=end_counts,
        )
    )
    found += image_problems(start_zone, "start_image")
    if end_counts:
        found += image_problems(end_zone, "end_image")
    return in_screen_order(found)


def said(problems: Iterable[Problem]) -> list[Problem]:
    """The rules' problems (core/rules, in English) in the window's language, by rule."""
    return [
        replace(p, message=translate("Rules", RULE_WORDS[p.rule]).format(**dict(p.figures)))
        if p.rule in RULE_WORDS
        else p
        for p in problems
    ]


def in_screen_order(problems: Iterable[Problem]) -> list[Problem]:
    rank = {name: index for index, name in enumerate(FIELD_ORDER)}
    return sorted(problems, key=lambda p: rank.get(p.field, len(rank)))


def problem_color(problem: Problem, palette: QPalette) -> QColor:
    """Red for an error, the warning colour for a warning."""
    return error_color(palette) if problem.severity is Severity.ERROR else warning_color(palette)


def show_field_message(label: QLabel, problem: Problem | None, palette: QPalette) -> None:
    """``problem`` under its field, in its colour; the label is hidden when there is none."""
    label.setText(problem.message if problem else "")
    label.setVisible(problem is not None)
    if problem is not None:
        set_text_color(label, problem_color(problem, palette))


def end_slot_reason(model: str, *, has_end_image: bool) -> str | None:
    """Why the end image's slot is unavailable for ``model`` (``None``: it is available)."""
    if model == PRO:
        return None
    reason = translate("ProblemMessages", END_IMAGE_PRO_ONLY)
    if has_end_image:
        reason += " " + translate("ProblemMessages", END_IMAGE_KEPT)
    return reason


def reason_is_gentle(
    first: Problem, *, attempted: bool, prompt: str, has_start_image: bool
) -> bool:
    """Whether the reason under Generate is said in the muted colour: a check still running,
    or a prompt or start image not given yet while nobody has pressed Generate."""
    return first.rule == "checking" or (
        first.field in ("prompt", "start_image")
        and not attempted
        and (not prompt.strip() if first.field == "prompt" else not has_start_image)
    )


def focus_first_problem(
    problems: Iterable[Problem],
    widgets: dict[str, QWidget],
    scroll: QScrollArea,
    negative_toggle: QAbstractButton,
) -> None:
    """Put the focus on the field of the first error (``widgets`` by field), scrolled into
    view; the negative prompt is opened first when it is that field."""
    for problem in problems:
        if problem.severity is Severity.ERROR and problem.field in widgets:
            if problem.field == "negative_prompt":
                negative_toggle.setChecked(True)
            widget = widgets[problem.field]
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            scroll.ensureWidgetVisible(widget)
            return
