"""The form's draft, kept between sessions: the words, the choices, the pictures, and a
batch with each picture's own prompt and copies.

A person who quits with a half-written request finds it again at the next start. The
start and end pictures are kept as copies in the app's data folder (named by their
content, as the history keeps a job's pictures), so moving or deleting the originals
loses nothing; the person's own file name is kept beside each copy, to show. A batch's
pictures are not copied (a batch may be hundreds of photos): their paths are kept, and
one gone since is read back as missing (:attr:`DraftBatch.missing`), for the form to
list with the pictures left out, never dropped without a word.

The file says its version. Version 1 (before batches) is read as a draft without a
batch; a newer version than this app knows is read for what it knows.

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
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from poyo_desktop.core.draft import DraftBatch, DraftItem
from poyo_desktop.core.wording import QT_TRANSLATE_NOOP, translate
from poyo_desktop.store.images import is_kept_name, keep_image, sync_dir

if TYPE_CHECKING:
    from collections.abc import Callable

log = logging.getLogger(__name__)

DRAFT_VERSION = 2  # 2: copies, and the batch
# What a picture of the batch gone since is said to be (translated where it is said).
MISSING = QT_TRANSLATE_NOOP(
    "DraftStore", "{name} is missing: it was moved, renamed or deleted since the app was last open."
)
DRAFT_FILE = "draft.json"
IMAGES_FOLDER = "draft-images"


def missing_words(name: str) -> str:
    """:data:`MISSING` of the picture ``name``, in the window's language (core.wording)."""
    return translate("DraftStore", MISSING).format(name=name)


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
    copies: int = 1  # videos of each picture
    batch: DraftBatch | None = None  # None: the one-picture form


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
        # One writer thread, kept: starting a thread per save made the GUI thread wait
        # for it to start, 3-7 ms a save while a batch was recorded (bench/batch_drop.py).
        # The interpreter lets its work finish before it exits, as with a non-daemon one.
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="draft-writer")
        self._writer: Future[None] | None = None
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
            return draft_from_json(raw["draft"], lambda saved: kept_picture(self._images, saved))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, TypeError, KeyError) as exc:
            log.warning("the saved draft could not be read (%s); starting empty", exc)
            return None

    # -- writing ---------------------------------------------------------------------------

    def save_later(self, draft: SavedDraft) -> None:
        """Write ``draft`` soon, on the writer thread; a newer one supersedes it. A process
        that exits waits for the writing."""
        with self._lock:
            self._unwritten = draft
            if self._writer is None:
                self._writer = self._pool.submit(self._write_all)

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
        kept = {side: entry for side, entry in pictures.items() if entry is not None}
        payload = {"version": DRAFT_VERSION, "draft": draft_to_json(draft, kept)}
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


def draft_to_json(draft: SavedDraft, pictures: dict[str, Any]) -> dict[str, Any]:
    """The draft's fields as its file keeps them; ``pictures``: the entry of each side
    ("start", "end") that has one, as the caller keeps pictures (presets use it too)."""
    return {
        "model": draft.model,
        "duration": draft.duration,
        "prompt": draft.prompt,
        "negative_prompt": draft.negative_prompt,
        **pictures,
        "copies": draft.copies,
        **({"batch": batch_to_json(draft.batch)} if draft.batch is not None else {}),
    }


def draft_from_json(values: Any, picture: Callable[[Any], DraftPicture | None]) -> SavedDraft:
    """The draft of :func:`draft_to_json`'s fields; ``picture`` reads a side's entry.
    Raises KeyError, TypeError or ValueError for fields it cannot read."""
    return SavedDraft(
        model=str(values["model"]),
        duration=int(values["duration"]),
        prompt=str(values.get("prompt", "")),
        negative_prompt=str(values.get("negative_prompt", "")),
        start=picture(values.get("start")),
        end=picture(values.get("end")),
        copies=max(1, int(values.get("copies", 1))),
        batch=batch_from_json(values.get("batch")),
    )


def kept_picture(images: Path, saved: Any) -> DraftPicture | None:
    """The picture of a side's entry, a copy kept in ``images``; None when the entry
    names none, or its copy is gone (logged)."""
    if not isinstance(saved, dict) or not is_kept_name(str(saved.get("copy", ""))):
        return None
    copy = images / str(saved["copy"])
    if not copy.is_file():
        log.warning("a kept picture is missing: %s", copy.name)
        return None
    original = saved.get("original")
    return DraftPicture(
        copy,
        str(saved.get("name") or copy.name),
        Path(original) if isinstance(original, str) and original else None,
    )


def batch_to_json(batch: DraftBatch) -> dict[str, Any]:
    """The batch as the draft file keeps it: the missing pictures too, as items (one
    found again at a later start comes back with its prompt and copies)."""
    return {
        "items": [
            {
                "picture": str(item.picture),
                "prompt": item.prompt,
                "copies": item.copies,
                "include": item.include,
            }
            for item in (*batch.items, *batch.missing)
        ],
        "left_out": [{"name": name, "reason": reason} for name, reason in batch.left_out],
        "notes": list(batch.notes),
    }


def batch_from_json(saved: Any) -> DraftBatch | None:
    """Blocking (it asks the disk which pictures are still there): the batch of a draft
    file, or None when it had none. An entry that cannot be read is logged and skipped."""
    if not isinstance(saved, dict):
        return None
    present: list[DraftItem] = []
    missing: list[DraftItem] = []
    for entry in saved.get("items") or []:
        item = _item(entry)
        if item is None:
            log.warning("an entry of the saved batch could not be read: %r", entry)
        elif item.picture.is_file():
            present.append(item)
        else:
            missing.append(item)
    left_out = tuple(
        (str(entry["name"]), str(entry["reason"]))
        for entry in saved.get("left_out") or []
        if isinstance(entry, dict) and "name" in entry and "reason" in entry
    )
    notes = tuple(str(note) for note in saved.get("notes") or [])
    return DraftBatch(tuple(present), left_out, notes, tuple(missing))


def _item(entry: Any) -> DraftItem | None:
    if not isinstance(entry, dict) or not isinstance(entry.get("picture"), str):
        return None
    picture = Path(entry["picture"])
    if not picture.is_absolute():
        return None
    prompt, copies = entry.get("prompt"), entry.get("copies")
    return DraftItem(
        picture,
        prompt=prompt if isinstance(prompt, str) else None,
        copies=copies if isinstance(copies, int) and copies > 0 else None,
        include=bool(entry.get("include", False)),
    )
