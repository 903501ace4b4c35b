"""The form's draft, kept between sessions: the words, the choices and the pictures.

A person who quits with a half-written request finds it again at the next start. The
pictures are kept as copies in the app's data folder (named by their content, as the
history keeps a job's pictures), so moving or deleting the originals loses nothing; the
person's own file name is kept beside each copy, to show.

Saving never waits for the disk on the caller's thread: :meth:`DraftStore.save_later`
hands the newest draft to a writer thread, which copies new pictures, replaces the file
whole (temporary file, fsync, rename) and deletes the copies the draft no longer uses.
There is one store per folder in a process, so a load waits for its own writes.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from poyo_desktop.store.images import is_kept_name, keep_image, sync_dir

log = logging.getLogger(__name__)

DRAFT_VERSION = 1
DRAFT_FILE = "draft.json"
IMAGES_FOLDER = "draft-images"


@dataclass(frozen=True, slots=True)
class DraftPicture:
    """A picture of the draft: ``path`` (the kept copy, or the person's file before it is
    kept) and ``name``, what the person calls it ("beach.jpg", "Pasted image");
    ``original``, where the person picked it (recorded with a video made from the draft)."""

    path: Path
    name: str
    original: Path | None = None


@dataclass(frozen=True, slots=True)
class SavedDraft:
    model: str
    duration: int
    prompt: str = ""
    negative_prompt: str = ""
    start: DraftPicture | None = None
    end: DraftPicture | None = None


class DraftStore:
    """Reads and writes the draft in ``folder``; get it with :meth:`for_folder`."""

    _stores: ClassVar[dict[Path, DraftStore]] = {}
    _stores_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, folder: Path) -> None:
        self._file = folder / DRAFT_FILE
        self._images = folder / IMAGES_FOLDER
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)  # notified when the writer is done
        self._unwritten: SavedDraft | None = None  # the newest draft not yet written
        self._writer: threading.Thread | None = None
        self._copies: dict[tuple[str, int, int], Path] = {}  # (file, size, mtime) -> copy

    @classmethod
    def for_folder(cls, folder: Path) -> DraftStore:
        """The one store of ``folder`` in this process (a restart in the same process
        reads what the last session's writer wrote, not an older file)."""
        key = Path(folder).absolute()
        with cls._stores_lock:
            store = cls._stores.get(key)
            if store is None:
                store = cls._stores[key] = cls(key)
            return store

    @property
    def images_dir(self) -> Path:
        return self._images

    # -- reading (blocking: call it off the GUI thread) -------------------------------------

    def load(self) -> SavedDraft | None:
        """The draft last saved, once every save asked for is written; None when there is
        none or it cannot be read (a damaged file is logged and ignored)."""
        self.flush()
        try:
            raw = json.loads(self._file.read_text(encoding="utf-8"))
            values = raw["draft"]
            return SavedDraft(
                model=str(values["model"]),
                duration=int(values["duration"]),
                prompt=str(values.get("prompt", "")),
                negative_prompt=str(values.get("negative_prompt", "")),
                start=self._picture(values.get("start")),
                end=self._picture(values.get("end")),
            )
        except FileNotFoundError:
            return None
        except (OSError, ValueError, TypeError, KeyError) as exc:
            log.warning("the saved draft could not be read (%s); starting empty", exc)
            return None

    def _picture(self, saved: Any) -> DraftPicture | None:
        if not isinstance(saved, dict) or not is_kept_name(str(saved.get("copy", ""))):
            return None
        copy = self._images / str(saved["copy"])
        if not copy.is_file():
            log.warning("a picture of the saved draft is missing: %s", copy.name)
            return None
        original = saved.get("original")
        return DraftPicture(
            copy,
            str(saved.get("name") or copy.name),
            Path(original) if isinstance(original, str) and original else None,
        )

    # -- writing ---------------------------------------------------------------------------

    def save_later(self, draft: SavedDraft) -> None:
        """Write ``draft`` soon, on a worker thread; a newer one supersedes it. The writer
        is not a daemon: a process that exits waits for it."""
        with self._lock:
            self._unwritten = draft
            if self._writer is None:
                self._writer = threading.Thread(target=self._write_all, name="draft-writer")
                self._writer.start()

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until every draft asked for is written; False if ``timeout`` ran out."""
        with self._lock:
            return self._idle.wait_for(lambda: self._writer is None, timeout)

    def _write_all(self) -> None:
        while True:
            with self._lock:
                draft, self._unwritten = self._unwritten, None
                if draft is None:
                    self._writer = None
                    self._idle.notify_all()
                    return
            try:
                self._write(draft)  # outside the lock: save_later never waits for the disk
            except Exception:  # a draft is a convenience: never a crash, always a log line
                log.exception("the draft could not be saved")

    def _write(self, draft: SavedDraft) -> None:
        pictures = {
            side: self._kept(picture)
            for side, picture in (("start", draft.start), ("end", draft.end))
            if picture is not None
        }
        payload = {
            "version": DRAFT_VERSION,
            "draft": {
                "model": draft.model,
                "duration": draft.duration,
                "prompt": draft.prompt,
                "negative_prompt": draft.negative_prompt,
                **{side: kept for side, kept in pictures.items() if kept is not None},
            },
        }
        self._file.parent.mkdir(parents=True, exist_ok=True)
        temp = self._file.with_suffix(".tmp")
        with open(temp, "w", encoding="utf-8") as handle:
            handle.write(json.dumps(payload, indent=2, ensure_ascii=False))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, self._file)
        sync_dir(self._file.parent)
        used = {kept["copy"] for kept in pictures.values() if kept is not None}
        self._forget_copies_but(used)

    def _kept(self, picture: DraftPicture) -> dict[str, str] | None:
        """The picture's copy in the draft's folder (made once per file version)."""
        source = picture.path
        try:
            original = str(picture.original or "")
            if source.parent == self._images and is_kept_name(source.name):
                return {"copy": source.name, "name": picture.name, "original": original}
            stat = source.stat()
            key = (str(source), stat.st_size, stat.st_mtime_ns)
            copy = self._copies.get(key)
            if copy is None or not copy.is_file():
                copy = self._copies[key] = keep_image(self._images, source)
        except OSError as exc:  # gone or unreadable: the draft keeps the rest
            log.warning("a picture of the draft could not be kept: %s", exc)
            return None
        return {"copy": copy.name, "name": picture.name, "original": original or str(source)}

    def _forget_copies_but(self, used: set[str]) -> None:
        if not self._images.is_dir():
            return
        for entry in self._images.iterdir():
            if entry.name not in used and is_kept_name(entry.name):
                entry.unlink(missing_ok=True)
                self._copies = {k: v for k, v in self._copies.items() if v != entry}
