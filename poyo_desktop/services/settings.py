"""Typed, versioned settings in a JSON file; a damaged file falls back to defaults (kept aside).

Each setting is declared once, with its default and its bounds, and ``changed`` fires only
when a value really changes. The file is written by a worker thread, never by the caller
(the GUI thread must not wait for a slow disk): rapid changes are written together, each
write replaces the file whole (temporary file, fsync, rename), and :meth:`Settings.flush`
waits for the last one at close.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from dataclasses import asdict, dataclass, fields, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from poyo_desktop.api.defaults import DEFAULT_BASE_URL
from poyo_desktop.core.rules import STANDARD
from poyo_desktop.core.wording import QT_TRANSLATE_NOOP, translate
from poyo_desktop.services.paths import default_download_dir

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1
POLL_MIN, POLL_MAX = 5.0, 120.0
CONCURRENT_MIN, CONCURRENT_MAX = 1, 10
CREDITS_MIN, CREDITS_MAX = 1, 1_000_000  # bounds of every spending figure


@dataclass(frozen=True, slots=True)
class SettingsValues:
    download_dir: str = ""
    poll_interval: float = 10.0  # seconds between status checks of one running task
    max_concurrent: int = 3  # tasks sent to PoYo at once; more wait their turn
    base_url: str = DEFAULT_BASE_URL
    callback_url: str = ""  # advanced: a public HTTPS address for PoYo's callbacks
    last_model: str = STANDARD
    last_duration: int = 5
    # Telling the person when a video is done (ui/window/task_alerts.py). A settings file from
    # before these existed loads with these defaults.
    notify_when_done: bool = True  # a desktop notification while the window is not active
    sound_when_done: bool = False  # a short chime with it
    count_in_title: bool = True  # "2 videos in progress" in the title, and on the taskbar
    # Spending (services/spending.py). Ask before one video above N credits: 100 lets every
    # 5-second video and a 10-second Standard one (60) go without a question, and asks for
    # the dearest, a 10-second Pro (110 credits, $0.55). A daily limit of 1,000 credits
    # (about $5) is a new account's sensible day: about 16 long Standard or 9 long Pro
    # videos, enough for an afternoon of trying, yet a slip (a batch of 200 pictures, a
    # script in a loop) stops at $5 instead of a three-figure bill. The per-launch limit is
    # for unattended runs, so it is off until asked for.
    confirm_above_on: bool = True
    confirm_above_credits: int = 100
    daily_limit_on: bool = True
    daily_limit_credits: int = 1000
    launch_limit_on: bool = False
    launch_limit_credits: int = 500
    # A photo's place (GPS) and camera details are removed before upload unless kept.
    keep_metadata: bool = False
    # Look for a newer version once a week (services/update_check.py): None until the person
    # is asked (once); a .deb never asks, apt brings its updates.
    check_for_updates: bool | None = None
    # The window's language ("" follows the system; "de", "es"...: ui/kit/translations.py),
    # read once at start-up: a change applies at the next start.
    language: str = ""

    def validated(self) -> SettingsValues:
        """Clamp numbers into their bounds and fill blanks with defaults."""
        return replace(
            self,
            download_dir=self.download_dir or str(default_download_dir()),
            poll_interval=min(POLL_MAX, max(POLL_MIN, float(self.poll_interval))),
            max_concurrent=min(CONCURRENT_MAX, max(CONCURRENT_MIN, int(self.max_concurrent))),
            base_url=(self.base_url or DEFAULT_BASE_URL).rstrip("/"),
            last_duration=self.last_duration if self.last_duration in (5, 10) else 5,
            notify_when_done=bool(self.notify_when_done),
            sound_when_done=bool(self.sound_when_done),
            count_in_title=bool(self.count_in_title),
            confirm_above_on=bool(self.confirm_above_on),
            confirm_above_credits=_credits(self.confirm_above_credits, 100),
            daily_limit_on=bool(self.daily_limit_on),
            daily_limit_credits=_credits(self.daily_limit_credits, 1000),
            launch_limit_on=bool(self.launch_limit_on),
            launch_limit_credits=_credits(self.launch_limit_credits, 500),
            keep_metadata=bool(self.keep_metadata),
            check_for_updates=(
                None if self.check_for_updates is None else bool(self.check_for_updates)
            ),
            language=self.language if isinstance(self.language, str) else "",
        )


def _credits(value: object, default: int) -> int:
    """A spending figure from the file, kept within its bounds (a damaged one: the default)."""
    try:
        number = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return default
    return min(CREDITS_MAX, max(CREDITS_MIN, number))


def problems_with(values: SettingsValues) -> dict[str, str]:
    """Plain-language reasons a person's edits cannot be saved, by field (in the window's
    language: core.wording; English on the command line)."""
    problems: dict[str, str] = {}
    folder = Path(values.download_dir).expanduser() if values.download_dir else None
    if folder is None or not folder.is_absolute():
        problems["download_dir"] = translate("Settings", "Choose a folder for your videos.")
    elif folder.exists() and not folder.is_dir():
        problems["download_dir"] = translate("Settings", "That path is a file, not a folder.")
    elif folder.exists() and not os.access(folder, os.W_OK):
        problems["download_dir"] = translate(
            "Settings", "You do not have permission to save files in that folder."
        )
    if not POLL_MIN <= values.poll_interval <= POLL_MAX:
        problems["poll_interval"] = translate(
            "Settings", "Check every {low} to {high} seconds."
        ).format(low=f"{POLL_MIN:.0f}", high=f"{POLL_MAX:.0f}")
    if not CONCURRENT_MIN <= values.max_concurrent <= CONCURRENT_MAX:
        problems["max_concurrent"] = translate("Settings", "Choose {low} to {high} tasks.").format(
            low=CONCURRENT_MIN, high=CONCURRENT_MAX
        )
    if values.callback_url and not values.callback_url.startswith("https://"):
        problems["callback_url"] = translate(
            "Settings", "A callback address must start with https://."
        )
    if not values.base_url.startswith(("https://", "http://127.0.0.1", "http://localhost")):
        problems["base_url"] = translate("Settings", "The server address must start with https://.")
    for name, words in SPENDING_FIGURES.items():
        if not CREDITS_MIN <= getattr(values, name) <= CREDITS_MAX:
            problems[name] = translate("Settings", words).format(
                low=CREDITS_MIN, high=f"{CREDITS_MAX:,}"
            )
    return problems


# The spending figures, and what is said when one is out of bounds (a whole sentence each).
SPENDING_FIGURES = {
    "confirm_above_credits": QT_TRANSLATE_NOOP(
        "Settings", "The amount to ask about must be {low} to {high} credits."
    ),
    "daily_limit_credits": QT_TRANSLATE_NOOP(
        "Settings", "The daily limit must be {low} to {high} credits."
    ),
    "launch_limit_credits": QT_TRANSLATE_NOOP(
        "Settings", "The limit for this session must be {low} to {high} credits."
    ),
}


class Settings(QObject):
    """The app's settings. Read ``settings.values``; change with :meth:`update`."""

    changed = Signal(str)  # the name of a field whose value changed

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self.recovered_from: Path | None = None  # a damaged file kept aside at load time
        self._values = self._load()
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)  # notified when the writer is done
        self._unwritten: dict[str, Any] | None = None  # the newest values not yet written
        self._writer: threading.Thread | None = None

    @property
    def values(self) -> SettingsValues:
        return self._values

    @property
    def download_dir(self) -> Path:
        return Path(self._values.download_dir).expanduser()

    def update(self, **changes: Any) -> None:
        new = replace(self._values, **changes).validated()
        names = [
            f.name
            for f in fields(SettingsValues)
            if getattr(new, f.name) != getattr(self._values, f.name)
        ]
        if not names:
            return
        self._values = new
        self._save_later()
        for name in names:
            self.changed.emit(name)

    def _load(self) -> SettingsValues:
        if not self._path.exists():
            return SettingsValues().validated()
        try:
            raw = json.loads(self._path.read_text(encoding="utf-8"))
            if not isinstance(raw, dict):
                raise ValueError("settings file is not a JSON object")
            known = {f.name for f in fields(SettingsValues)}
            values = SettingsValues(
                **{k: v for k, v in raw.get("values", {}).items() if k in known}
            )
            return values.validated()
        except (OSError, ValueError, TypeError) as exc:
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            backup = self._path.with_name(f"{self._path.name}.damaged-{stamp}")
            try:
                os.replace(self._path, backup)
                self.recovered_from = backup
            except OSError:
                pass
            log.warning("settings file unreadable (%s); using defaults", exc)
            return SettingsValues().validated()

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until every change is in the file; False if ``timeout`` ran out first.
        Blocking: call it off the GUI thread (the app does, when it closes)."""
        with self._lock:
            return self._idle.wait_for(lambda: self._writer is None, timeout)

    def _save_later(self) -> None:
        """Hand the values to the writer, starting one if none is running.

        The writer is not a daemon thread: an interpreter that exits waits for it, so a
        change made just before the end is not lost even without :meth:`flush`.
        """
        payload = {"version": SETTINGS_VERSION, "values": asdict(self._values)}
        with self._lock:
            self._unwritten = payload  # an older one not yet written is superseded
            if self._writer is None:
                self._writer = threading.Thread(target=self._write_all, name="settings-writer")
                self._writer.start()

    def _write_all(self) -> None:
        while True:
            with self._lock:
                payload, self._unwritten = self._unwritten, None
                if payload is None:
                    self._writer = None
                    self._idle.notify_all()
                    return
            self._write(payload)  # outside the lock: update() never waits for the disk

    def _write(self, payload: dict[str, Any]) -> None:
        """Replace the file whole: a crash leaves the old file or the new one, never half."""
        temp = self._path.with_suffix(".tmp")
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            with open(temp, "w", encoding="utf-8") as handle:
                handle.write(json.dumps(payload, indent=2))
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, self._path)
            _sync_folder(self._path.parent)
        except OSError as exc:
            log.error("could not save settings: %s", exc)


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (best effort: not every system can)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
