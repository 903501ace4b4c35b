"""The app's own copies of a person's images, stored once per content.

A job keeps pointing at its images after the person moves or deletes the originals, and a
retry can upload them again. Files are named by SHA-256, so picking the same photo twice
stores it once and a name can never point at different content.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import sys
import time
from collections.abc import Iterable
from pathlib import Path

logger = logging.getLogger(__name__)

_CHUNK = 1 << 20
_TEMP_PREFIX = ".incoming-"
_TEMP_SUFFIX = ".part"
_KEPT = re.compile(r"[0-9a-f]{64}\.[a-z0-9]{1,8}")
_SAME_FORMAT = {"jpeg": "jpg", "jpe": "jpg", "tif": "tiff"}


def extension(source: Path) -> str:
    """A tidy lower-case extension (``jpeg`` → ``jpg``); ``bin`` when there is none usable."""
    ext = source.suffix.lower().lstrip(".")
    ext = _SAME_FORMAT.get(ext, ext)
    return ext if re.fullmatch(r"[a-z0-9]{1,8}", ext) else "bin"


def keep_image(images_dir: Path, source: Path) -> Path:
    """Copy ``source`` to ``images_dir/<sha256>.<ext>`` and return that path.

    The bytes go to a temporary name, are synced, and only then renamed into place with
    ``os.replace``: a crash leaves at worst a stray temporary file, never a half image
    under a final name. Raises OSError (the caller translates it).
    """
    images_dir.mkdir(parents=True, exist_ok=True)
    temp = images_dir / f"{_TEMP_PREFIX}{os.urandom(16).hex()}{_TEMP_SUFFIX}"
    digest = hashlib.sha256()
    size = 0
    try:
        with source.open("rb") as reader, temp.open("xb") as writer:
            while chunk := reader.read(_CHUNK):
                digest.update(chunk)
                writer.write(chunk)
                size += len(chunk)
            writer.flush()
            os.fsync(writer.fileno())
        final = images_dir / f"{digest.hexdigest()}.{extension(source)}"
        if final.is_file() and final.stat().st_size == size:
            # Already kept. Refresh its time so a concurrent clean-up leaves it alone.
            os.utime(final)
        else:
            os.replace(temp, final)
            sync_dir(images_dir)
        return final
    finally:
        temp.unlink(missing_ok=True)


def is_kept_name(name: str) -> bool:
    return _KEPT.fullmatch(name) is not None


def forget_unused(images_dir: Path, referenced: Iterable[str], older_than: float) -> list[Path]:
    """Delete kept images whose names are not in ``referenced``; return what was deleted.

    Only files this module wrote are touched, and only when untouched for ``older_than``
    seconds: an image kept a moment ago for a job not yet saved must survive. Stray
    temporary files of a crashed copy go too, once as old.
    """
    if not images_dir.is_dir():
        return []
    keep = set(referenced)
    cutoff = time.time() - older_than
    removed: list[Path] = []
    for entry in images_dir.iterdir():
        name = entry.name
        stray = name.startswith(_TEMP_PREFIX) and name.endswith(_TEMP_SUFFIX)
        if not stray and (not is_kept_name(name) or name in keep):
            continue
        try:
            if not entry.is_file() or entry.stat().st_mtime > cutoff:
                continue
            entry.unlink()
        except FileNotFoundError:
            continue
        removed.append(entry)
        logger.info("removed unused image %s", name)
    return removed


def sync_dir(directory: Path) -> None:
    """Make a rename in ``directory`` durable (POSIX); Windows has no directory handles for this."""
    if sys.platform == "win32":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
