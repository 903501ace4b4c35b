"""Numbers, times and jobs in the words a person uses: "3 min 05 s", "yesterday", "12.3 MB",
"Running 40 %", and a job summed up for a tooltip or a screen reader.

Plain functions with no Qt in them, so every wording rule is tested without a window and
the list, the tooltip and the player all say the same thing the same way.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from poyo_desktop.core.rules import PRO, STANDARD
from poyo_desktop.core.states import JobState
from poyo_desktop.services.queue_order import ordinal
from poyo_desktop.ui.kit.rich_text import escape
from poyo_desktop.ui.kit.translations import translate

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

# English month abbreviations on purpose: "3 Mar 2025" cannot be misread as a US or
# European numeric date, and it does not change with the C library's locale setting.
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

_MODEL_LABELS = {STANDARD: "Standard", PRO: "Pro"}

# Decimal units, as file managers on macOS and most Linux desktops show them.
_SIZE_UNITS = ("KB", "MB", "GB", "TB")


def elapsed(seconds: float) -> str:
    """How long something has taken so far: "42 s", "3 min 05 s", "1 h 02 min".

    The smaller unit is zero-padded so a ticking value does not change width every second.
    """
    total = max(0, int(seconds))
    if total < 60:
        return f"{total} s"
    minutes, secs = divmod(total, 60)
    if minutes < 60:
        return f"{minutes} min {secs:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


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
        return "just now"
    if seconds < 3600:
        return f"{int(seconds // 60)} min ago"
    local_when = when.astimezone()
    local_now = now.astimezone()
    if local_when.date() == local_now.date():
        return f"{int(seconds // 3600)} h ago"
    if local_when.date() == local_now.date() - timedelta(days=1):
        return "yesterday"
    return _day(local_when, with_year=local_when.year != local_now.year)


def date_time(when: datetime) -> str:
    """A full local date and time for tooltips: "3 Mar 2025, 14:05"."""
    local = _aware(when).astimezone()
    return f"{_day(local, with_year=True)}, {local:%H:%M}"


def file_size(size: int | None) -> str:
    """A byte count as a file manager would show it: "512 bytes", "12.3 MB", "245 MB".

    None (the size is not known) gives an empty string so callers can simply skip it.
    """
    if size is None:
        return ""
    if size < 1000:
        return "1 byte" if size == 1 else f"{max(size, 0)} bytes"
    value = float(size)
    for unit in _SIZE_UNITS:
        value /= 1000
        text = f"{value:.1f}" if round(value, 1) < 100 else f"{value:.0f}"
        if float(text) < 1000 or unit == _SIZE_UNITS[-1]:
            return f"{text} {unit}"
    raise AssertionError("unreachable")  # pragma: no cover


def model_label(model: str) -> str:
    """The short name a person sees for a model id: "kling-2.1/pro" → "Pro"."""
    if model in _MODEL_LABELS:
        return _MODEL_LABELS[model]
    tail = model.rsplit("/", 1)[-1].replace("-", " ").replace("_", " ").strip()
    return tail[:1].upper() + tail[1:]


def clip_length(seconds: int) -> str:
    """The length of the video asked for: "5 s"."""
    return f"{seconds} s"


def status_text(job: Job) -> str:
    """The words on a job's status chip, shared by the list, its tooltip and screen readers.
    A job not sent yet says so ("not paid yet"), with its place in the send queue."""
    if job.state is JobState.RUNNING:
        return f"Running {max(0, min(100, job.progress))} %{_sent(job)}"
    if job.state in _SENT:
        return f"{job.state.label}{_sent(job)}"
    if job.state is JobState.UNKNOWN:
        return "Unknown — may have been created"
    if job.state is JobState.CANCELLED:
        return "Cancelled · nothing was charged"
    if job.state is JobState.DRAFT:
        if job.held:
            return "Paused · not paid yet"
        place = place_in_line(job)
        where = f" · {ordinal(place)} in line" if place else ""
        return f"Waiting{where} · not paid yet"
    if job.state is JobState.UPLOADING:
        return "Uploading · not paid yet"
    return job.state.label


# Sent to PoYo, not ended: paid (a demo task is free), and nothing can take it back.
_SENT = frozenset({JobState.SUBMITTING, JobState.QUEUED, JobState.DOWNLOADING})


def _sent(job: Job) -> str:
    return " · sent" if job.backend == "demo" else " · paid"


def paid_note(job: Job) -> str | None:
    """Whether the job has cost anything: said on hover and in the preview."""
    if job.state in (JobState.DRAFT, JobState.UPLOADING):
        return "Not sent to PoYo yet, so not paid: it can be paused, moved or cancelled for free."
    if job.state is JobState.CANCELLED:
        return "Cancelled before it was sent: nothing was charged."
    if job.state in _SENT or job.state is JobState.RUNNING:
        if job.backend == "demo":
            return "Sent to the demo server (free): it can only stop being followed."
        return "Sent to PoYo: it is paid, and can only stop being followed."
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
    lines = [f"<b>{_html(job.prompt) or '(no prompt)'}</b>"]
    facts = [
        f"Status: {_html(status_text(job))}",
        f"Model: {model_label(job.model)} · {clip_length(job.duration)}",
        f"Created: {date_time(job.created_at)}",
    ]
    if job.finished_at is not None and job.state is JobState.FINISHED:
        took = (job.finished_at - job.created_at).total_seconds()
        facts.append(f"Took: {elapsed(took)}")
    if job.output_size:
        facts.append(f"Size: {file_size(job.output_size)}")
    if job.negative_prompt:
        facts.append(f"Avoid: {_html(job.negative_prompt)}")
    if job.error_message and job.state in (JobState.FAILED, JobState.UNKNOWN):
        facts.append(f"<b>Problem:</b> {_html(job.error_message)}")
    elif note := trouble_note(job):
        facts.append(f"<b>For now:</b> {_html(note)}")
    if (why := unavailable(job)) is not None:
        facts.append(f"<b>{_html(why.heading)}</b> {_html(why.refusal.message)}")
    if paid := paid_note(job):
        facts.append(_html(paid))
    if job.remote_id:
        facts.append(f"Task id: {_html(job.remote_id)}")
    return "<qt>" + "<br>".join(lines) + "<p>" + "<br>".join(facts) + "</p></qt>"


def trouble_note(job: Job) -> str | None:
    """What a task under way says while the app keeps trying (PoYo cannot be reached, say);
    None when all is well, and for ended tasks (their message is their problem)."""
    if job.error_message and not job.state.is_terminal:
        return job.error_message
    return None


def spoken_summary(job: Job) -> str:
    """One sentence for a screen reader: "Finished: a cat surfing, Standard, 5 s"."""
    text = (
        f"{status_text(job)}: {job.prompt.strip() or 'no prompt'}, "
        f"{model_label(job.model)}, {clip_length(job.duration)}"
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


def _day(value: datetime, *, with_year: bool) -> str:
    text = f"{value.day} {_MONTHS[value.month - 1]}"
    return f"{text} {value.year}" if with_year else text
