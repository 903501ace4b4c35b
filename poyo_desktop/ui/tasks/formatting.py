"""Numbers, times and jobs in the words a person uses: "3 min 05 s", "yesterday", "12.3 MB",
"Running 40 %", and a job summed up for a tooltip or a screen reader.

Plain functions (Qt only for the window's language and its number and date formats), so
every wording rule is tested without a window and the list, the tooltip and the player all
say the same thing the same way.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate

from poyo_desktop.core.rules import PRO, STANDARD
from poyo_desktop.core.states import JobState
from poyo_desktop.services.queue_order import ordinal
from poyo_desktop.ui.kit.locale_words import locale, number
from poyo_desktop.ui.kit.rich_text import escape
from poyo_desktop.ui.kit.translations import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from poyo_desktop.core.job import Job
    from poyo_desktop.services.task_choices import Unavailable

    UnavailableSource = Callable[[Job], Unavailable | None]

__all__ = [
    "ago",
    "clip_length",
    "date_time",
    "elapsed",
    "explain_unavailable",
    "file_size",
    "job_tooltip",
    "model_label",
    "spoken_details",
    "spoken_summary",
    "status_text",
    "unavailable",
]

# Month names on purpose: "3 Mar 2025" cannot be misread as a US or European numeric date.
# The pattern is the translation's ("d. MMM" in German, "M月d日" in Chinese), the month's
# name the language's (QLocale), never the C library's.
DAY_PATTERN = QT_TRANSLATE_NOOP("Formatting", "d MMM")
DAY_YEAR_PATTERN = QT_TRANSLATE_NOOP("Formatting", "d MMM yyyy")

_MODEL_LABELS = {
    STANDARD: QT_TRANSLATE_NOOP("Formatting", "Standard"),
    PRO: QT_TRANSLATE_NOOP("Formatting", "Pro"),
}
# core/states' words (core has no Qt), to be said in the window's language.
_STATE_LABELS = {
    JobState.DRAFT: QT_TRANSLATE_NOOP("JobState", "Waiting"),
    JobState.UPLOADING: QT_TRANSLATE_NOOP("JobState", "Uploading"),
    JobState.SUBMITTING: QT_TRANSLATE_NOOP("JobState", "Submitting"),
    JobState.QUEUED: QT_TRANSLATE_NOOP("JobState", "Queued"),
    JobState.RUNNING: QT_TRANSLATE_NOOP("JobState", "Running"),
    JobState.DOWNLOADING: QT_TRANSLATE_NOOP("JobState", "Downloading"),
    JobState.FINISHED: QT_TRANSLATE_NOOP("JobState", "Finished"),
    JobState.FAILED: QT_TRANSLATE_NOOP("JobState", "Failed"),
    JobState.UNKNOWN: QT_TRANSLATE_NOOP("JobState", "Unknown"),
    JobState.CANCELLED: QT_TRANSLATE_NOOP("JobState", "Cancelled"),
}


def state_label(state: JobState) -> str:
    """``state.label`` in the window's language."""
    return translate("JobState", _STATE_LABELS.get(state, state.label))


# Decimal units, as file managers on macOS and most Linux desktops show them.
_SIZE_UNITS = ("KB", "MB", "GB", "TB")


def elapsed(seconds: float) -> str:
    """How long something has taken so far: "42 s", "3 min 05 s", "1 h 02 min".

    The smaller unit is zero-padded so a ticking value does not change width every second.
    """
    total = max(0, int(seconds))
    if total < 60:
        return translate("Formatting", "{s} s").format(s=total)
    minutes, secs = divmod(total, 60)
    if minutes < 60:
        return translate("Formatting", "{min} min {s} s").format(min=minutes, s=f"{secs:02d}")
    hours, minutes = divmod(minutes, 60)
    return translate("Formatting", "{h} h {min} min").format(h=hours, min=f"{minutes:02d}")


def ago(when: datetime, now: datetime | None = None) -> str:
    """When something happened, relative to ``now``: "just now", "5 min ago", "yesterday".

    Older than yesterday gives a date ("3 Mar", or "3 Mar 2024" for another year). Naive
    datetimes are taken as UTC, like the store does; a time slightly in the future (a
    clock that was corrected) reads as "just now" rather than a negative age.
    """
    now = _aware(now or datetime.now(UTC))
    when = _aware(when)
    seconds = (now - when).total_seconds()
    if seconds < 60:
        return translate("Formatting", "just now")
    if seconds < 3600:
        return translate("Formatting", "{min} min ago").format(min=int(seconds // 60))
    local_when = when.astimezone()
    local_now = now.astimezone()
    if local_when.date() == local_now.date():
        return translate("Formatting", "{h} h ago").format(h=int(seconds // 3600))
    if local_when.date() == local_now.date() - timedelta(days=1):
        return translate("Formatting", "yesterday")
    return _day(local_when, with_year=local_when.year != local_now.year)


def date_time(when: datetime) -> str:
    """A full local date and time for tooltips: "3 Mar 2025, 14:05"."""
    local = _aware(when).astimezone()
    return translate("Formatting", "{day}, {time}").format(
        day=_day(local, with_year=True), time=f"{local:%H:%M}"
    )


def file_size(size: int | None) -> str:
    """A byte count as a file manager would show it: "512 bytes", "12.3 MB", "245 MB".

    None (the size is not known) gives an empty string so callers can simply skip it.
    """
    if size is None:
        return ""
    if size < 1000:
        return translate("Formatting", "%n byte(s)", "", max(size, 0))
    value = float(size)
    for unit in _SIZE_UNITS:
        value /= 1000
        text = f"{value:.1f}" if round(value, 1) < 100 else f"{value:.0f}"
        if float(text) < 1000 or unit == _SIZE_UNITS[-1]:
            shown = number(float(text), 1 if "." in text else 0)
            return translate("Formatting", "{size} {unit}").format(size=shown, unit=unit)
    raise AssertionError("unreachable")  # pragma: no cover


def model_label(model: str) -> str:
    """The short name a person sees for a model id: "kling-2.1/pro" → "Pro"."""
    if model in _MODEL_LABELS:
        return translate("Formatting", _MODEL_LABELS[model])
    tail = model.rsplit("/", 1)[-1].replace("-", " ").replace("_", " ").strip()
    return tail[:1].upper() + tail[1:]


def clip_length(seconds: int) -> str:
    """The length of the video asked for: "5 s"."""
    return translate("Formatting", "{s} s").format(s=seconds)


def status_text(job: Job) -> str:
    """The words on a job's status chip, shared by the list, its tooltip and screen readers.
    A job not sent yet says so ("not paid yet"), with its place in the send queue."""
    if job.state is JobState.RUNNING:
        running = translate("Formatting", "Running {percent} %")
        return running.format(percent=max(0, min(100, job.progress))) + _sent(job)
    if job.state in _SENT:
        return f"{state_label(job.state)}{_sent(job)}"
    if job.state is JobState.UNKNOWN:
        return translate("Formatting", "Unknown — may have been created")
    if job.state is JobState.CANCELLED:
        return translate("Formatting", "Cancelled · nothing was charged")
    if job.state is JobState.DRAFT:
        if job.held:
            return translate("Formatting", "Paused · not paid yet")
        place = place_in_line(job)
        if place:  # "2nd in line" in English (the source); the translation's own words
            said = translate("Formatting", "Waiting · %n in line · not paid yet", "", place)
            english = f"Waiting · {place} in line · not paid yet"
            return said if said != english else f"Waiting · {ordinal(place)} in line · not paid yet"
        return translate("Formatting", "Waiting · not paid yet")
    if job.state is JobState.UPLOADING:
        return translate("Formatting", "Uploading · not paid yet")
    return state_label(job.state)


# Sent to PoYo, not ended: paid (a demo task is free), and nothing can take it back.
_SENT = frozenset({JobState.SUBMITTING, JobState.QUEUED, JobState.DOWNLOADING})


def _sent(job: Job) -> str:
    if job.backend == "demo":
        return translate("Formatting", " · sent")
    return translate("Formatting", " · paid")


def paid_note(job: Job) -> str | None:
    """Whether the job has cost anything: said on hover and in the preview."""
    if job.state in (JobState.DRAFT, JobState.UPLOADING):
        return translate(
            "Formatting",
            "Not sent to PoYo yet, so not paid: it can be paused, moved or cancelled for free.",
        )
    if job.state is JobState.CANCELLED:
        return translate("Formatting", "Cancelled before it was sent: nothing was charged.")
    if job.state in _SENT or job.state is JobState.RUNNING:
        if job.backend == "demo":
            return translate(
                "Formatting", "Sent to the demo server (free): it can only stop being followed."
            )
        return translate(
            "Formatting", "Sent to PoYo: it is paid, and can only stop being followed."
        )
    return None


# Where rows learn their place in the send queue (the jobs service knows the whole line).
_place_source: Callable[[], Callable[[str], int | None] | None] | None = None


def follow_queue(source: Callable[[str], int | None] | None) -> None:
    """Let :func:`status_text` say a waiting job's place in line, as ``source`` (the jobs
    service's ``place_in_line``) says. A bound method is held weakly."""
    global _place_source
    if source is None:
        _place_source = None
    elif hasattr(source, "__self__"):
        _place_source = weakref.WeakMethod(source)
    else:
        _place_source = lambda: source  # noqa: E731


def place_in_line(job: Job) -> int | None:
    getter = _place_source
    source = getter() if getter is not None else None
    return source(job.id) if source is not None else None


# Where tooltips learn which of a task's choices cannot be done here, and why: that depends
# on the server the app talks to now, which a job alone does not say (see explain_unavailable).
_unavailable_source: Callable[[], UnavailableSource | None] | None = None


def explain_unavailable(source: UnavailableSource | None) -> None:
    """Let :func:`job_tooltip` and :func:`spoken_summary` say why some of a task's choices
    are unavailable, as ``source`` (the jobs service's ``unavailable``) decides. The window
    sets it; a bound method is held weakly, so closed services are not kept alive."""
    global _unavailable_source
    if source is None:
        _unavailable_source = None
    elif hasattr(source, "__self__"):
        _unavailable_source = weakref.WeakMethod(source)
    else:

        def held() -> UnavailableSource:
            return source

        _unavailable_source = held


def unavailable(job: Job) -> Unavailable | None:
    """Which of ``job``'s choices cannot be done here and why, or None (see above)."""
    getter = _unavailable_source
    source = getter() if getter is not None else None
    return source(job) if source is not None else None


def job_tooltip(job: Job) -> str:
    """Everything about a job a person may want on hover, as wrapped rich text."""
    lines = [f"<b>{_html(job.prompt) or translate('Formatting', '(no prompt)')}</b>"]
    facts = [
        translate("Formatting", "Status: {status}").format(status=_html(status_text(job))),
        translate("Formatting", "Model: {model} · {length}").format(
            model=model_label(job.model), length=clip_length(job.duration)
        ),
        translate("Formatting", "Created: {when}").format(when=date_time(job.created_at)),
    ]
    if job.finished_at is not None and job.state is JobState.FINISHED:
        took = (job.finished_at - job.created_at).total_seconds()
        facts.append(translate("Formatting", "Took: {time}").format(time=elapsed(took)))
    if job.output_size:
        size = file_size(job.output_size)
        facts.append(translate("Formatting", "Size: {size}").format(size=size))
    if job.negative_prompt:
        avoid = translate("Formatting", "Avoid: {words}")
        facts.append(avoid.format(words=_html(job.negative_prompt)))
    if job.error_message and job.state in (JobState.FAILED, JobState.UNKNOWN):
        problem = translate("Formatting", "<b>Problem:</b> {message}")
        facts.append(problem.format(message=_html(job.error_message)))
    elif note := trouble_note(job):
        for_now = translate("Formatting", "<b>For now:</b> {message}")
        facts.append(for_now.format(message=_html(note)))
    if (why := unavailable(job)) is not None:
        facts.append(f"<b>{_html(why.heading)}</b> {_html(why.refusal.message)}")
    if paid := paid_note(job):
        facts.append(_html(paid))
    if job.remote_id:
        facts.append(translate("Formatting", "Task id: {id}").format(id=_html(job.remote_id)))
    return "<qt>" + "<br>".join(lines) + "<p>" + "<br>".join(facts) + "</p></qt>"


def trouble_note(job: Job) -> str | None:
    """What a task under way says while the app keeps trying (PoYo cannot be reached, say);
    None when all is well, and for ended tasks (their message is their problem)."""
    if job.error_message and not job.state.is_terminal:
        return job.error_message
    return None


def spoken_summary(job: Job) -> str:
    """One sentence for a screen reader: "Finished: a cat surfing, Standard, 5 s"."""
    text = translate("Formatting", "{status}: {prompt}, {model}, {length}").format(
        status=status_text(job),
        prompt=job.prompt.strip() or translate("Formatting", "no prompt"),
        model=model_label(job.model),
        length=clip_length(job.duration),
    )
    if job.state is JobState.FAILED and job.error_message:
        text += f". {job.error_message}"
    elif note := trouble_note(job):
        text += f". {note}"
    if (why := unavailable(job)) is not None:
        text += f". {why.text}"
    return text


def spoken_details(job: Job) -> str:
    """The row's description for a screen reader (what it says when asked for more): when
    the video was asked for, how long it took, its size, what to avoid, what it cost."""
    facts = [translate("Formatting", "Created {when}").format(when=date_time(job.created_at))]
    if job.finished_at is not None and job.state is JobState.FINISHED:
        took = elapsed((job.finished_at - job.created_at).total_seconds())
        facts.append(translate("Formatting", "took {time}").format(time=took))
    if job.output_size:
        facts.append(file_size(job.output_size))
    if job.negative_prompt:
        facts.append(translate("Formatting", "avoid: {words}").format(words=job.negative_prompt))
    paid = paid_note(job)
    return ", ".join(facts) + "." + (f" {paid}" if paid else "")


def _html(text: str) -> str:
    return escape(text.strip()).replace("\n", "<br>")


def _aware(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def short_day(value: datetime) -> str:
    """ "3 Mar" ("3. März", "3月3日"): a day of this year."""
    return _day(value, with_year=False)


def _day(value: datetime, *, with_year: bool) -> str:
    pattern = translate("Formatting", DAY_YEAR_PATTERN if with_year else DAY_PATTERN)
    return locale().toString(QDate(value.year, value.month, value.day), pattern)
