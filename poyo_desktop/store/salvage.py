"""Best-effort reading of jobs out of a damaged SQLite file.

Two passes, merged by job id (the newest ``updated_at`` wins):

1. SQL: a temporary copy is opened normally and ``jobs`` read row by row until SQLite
   gives up. This honours the WAL exactly, but stops at the first damaged page.
2. Pages: the raw bytes are read without trusting the b-tree structure. Every table leaf
   page (with the latest committed WAL frame of each page laid over the file) is decoded
   cell by cell, following overflow chains; any record that converts strictly to a Job
   (see :mod:`rows`) is kept. This finds rows behind a damaged interior page, in a
   truncated file, or in a file whose first page is garbage.

Nothing here raises: a salvage that fails returns fewer jobs, never an exception.
The store runs with ``secure_delete`` so deleted rows are zeroed and do not come back.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
import struct
import tempfile
from collections.abc import Iterator
from pathlib import Path

from poyo_desktop.core.job import Job
from poyo_desktop.store.rows import COLUMNS, JOB_COLUMNS, LATER_DEFAULTS, row_to_job

logger = logging.getLogger(__name__)

_MAGIC = b"SQLite format 3\x00"
_WAL_MAGICS = (0x377F0682, 0x377F0683)
_TABLE_LEAF = 0x0D
_PAGE_SIZES = (4096, 1024, 2048, 8192, 16384, 32768, 65536, 512)


def salvage(db: Path, wal: Path | None = None) -> list[Job]:
    """Every job that can be read from ``db`` (and its ``wal``), oldest first."""
    found: dict[str, Job] = {}
    for source in (_by_sql, _by_pages):
        try:
            jobs = source(db, wal)
        except Exception:  # best effort: a failing pass only means fewer rows
            logger.warning("salvage pass %s failed", source.__name__, exc_info=True)
            continue
        for job in jobs:
            known = found.get(job.id)
            if known is None or job.updated_at > known.updated_at:
                found[job.id] = job
    return sorted(found.values(), key=lambda job: (job.created_at, job.id))


def _by_sql(db: Path, wal: Path | None) -> list[Job]:
    jobs: list[Job] = []
    with tempfile.TemporaryDirectory(prefix="poyo-salvage-") as temp:
        copy = Path(temp) / "copy.db"
        shutil.copyfile(db, copy)
        if wal is not None and wal.is_file():
            shutil.copyfile(wal, Path(temp) / "copy.db-wal")
        conn = sqlite3.connect(copy, isolation_level=None)
        try:
            cursor = conn.execute("SELECT * FROM jobs")
            names = [column[0] for column in cursor.description]
            while True:
                try:
                    values = cursor.fetchone()
                except sqlite3.DatabaseError:
                    break  # the rest of the table is behind a damaged page
                if values is None:
                    break
                job = _to_job(dict(zip(names, values, strict=True)))
                if job is not None:
                    jobs.append(job)
        except sqlite3.DatabaseError:
            pass  # schema unreadable: the page pass may still find rows
        finally:
            conn.close()
    return jobs


def _by_pages(db: Path, wal: Path | None) -> list[Job]:
    data = db.read_bytes() if db.is_file() else b""
    wal_data = wal.read_bytes() if wal is not None and wal.is_file() else b""
    geometry = _header_geometry(data) or _wal_geometry(wal_data)
    candidates = [geometry] if geometry else [(size, 0) for size in _PAGE_SIZES]
    best: list[Job] = []
    for page_size, reserved in candidates:
        jobs = list(_scan(data, wal_data, page_size, reserved))
        if len(jobs) > len(best):
            best = jobs
    return best


def _header_geometry(data: bytes) -> tuple[int, int] | None:
    """(page size, reserved bytes per page) from a readable file header."""
    if len(data) < 100 or not data.startswith(_MAGIC):
        return None
    raw = struct.unpack_from(">H", data, 16)[0]
    page_size = 65536 if raw == 1 else raw
    if page_size not in _PAGE_SIZES:
        return None
    return page_size, data[20]


def _wal_geometry(wal: bytes) -> tuple[int, int] | None:
    if len(wal) < 32 or struct.unpack_from(">I", wal, 0)[0] not in _WAL_MAGICS:
        return None
    page_size = struct.unpack_from(">I", wal, 8)[0]
    return (page_size, 0) if page_size in _PAGE_SIZES else None


def _wal_pages(wal: bytes, page_size: int) -> dict[int, bytes]:
    """The latest committed image of each page in the WAL (salts must match the header)."""
    committed: dict[int, bytes] = {}
    if _wal_geometry(wal) is None or struct.unpack_from(">I", wal, 8)[0] != page_size:
        return committed
    salts = wal[16:24]
    pending: dict[int, bytes] = {}
    offset = 32
    while offset + 24 + page_size <= len(wal):
        number, commit = struct.unpack_from(">II", wal, offset)
        if wal[offset + 8 : offset + 16] != salts:
            break  # a frame left from an earlier WAL generation
        pending[number] = wal[offset + 24 : offset + 24 + page_size]
        if commit:
            committed.update(pending)
            pending.clear()
        offset += 24 + page_size
    return committed


def _scan(data: bytes, wal: bytes, page_size: int, reserved: int) -> Iterator[Job]:
    pages = {
        number + 1: data[number * page_size : (number + 1) * page_size].ljust(page_size, b"\0")
        for number in range(-(-len(data) // page_size))
    }
    pages.update(_wal_pages(wal, page_size))
    usable = page_size - reserved
    for number, page in pages.items():
        yield from _leaf_jobs(page, 100 if number == 1 else 0, usable, pages)


def _leaf_jobs(page: bytes, start: int, usable: int, pages: dict[int, bytes]) -> Iterator[Job]:
    if len(page) < start + 8 or page[start] != _TABLE_LEAF:
        return
    cells = struct.unpack_from(">H", page, start + 3)[0]
    for index in range(cells):
        pointer_at = start + 8 + 2 * index
        if pointer_at + 2 > usable:
            return
        pointer = struct.unpack_from(">H", page, pointer_at)[0]
        if not start + 8 <= pointer < usable:
            continue
        try:
            values = _record(_payload(page, pointer, usable, pages))
        except (ValueError, IndexError, struct.error, UnicodeDecodeError):
            continue
        if len(COLUMNS) - len(LATER_DEFAULTS) <= len(values) <= len(COLUMNS):
            # A row written before a later column was added has none of its values.
            row = {**LATER_DEFAULTS, **dict(zip(COLUMNS, values, strict=False))}
            job = _to_job(row)
            if job is not None:
                yield job


def _payload(page: bytes, at: int, usable: int, pages: dict[int, bytes]) -> bytes:
    """The record bytes of the table-leaf cell at ``at``, overflow pages included."""
    size, at = _varint(page, at)
    _rowid, at = _varint(page, at)
    if size > len(pages) * usable:
        raise ValueError("payload larger than the file")
    local = _local_size(size, usable)
    body = bytearray(page[at : at + local])
    if len(body) != local or at + local > usable:
        raise ValueError("cell runs off the page")
    if local == size:
        return bytes(body)
    following = struct.unpack_from(">I", page, at + local)[0]
    seen: set[int] = set()
    while len(body) < size:
        if following in seen or following not in pages:
            raise ValueError("broken overflow chain")
        seen.add(following)
        overflow = pages[following]
        body += overflow[4:usable][: size - len(body)]
        following = struct.unpack_from(">I", overflow, 0)[0]
    return bytes(body)


def _local_size(size: int, usable: int) -> int:
    """How much of a table-leaf payload is stored on the page itself (file format §1.6)."""
    most = usable - 35
    if size <= most:
        return size
    least = ((usable - 12) * 32 // 255) - 23
    local = least + (size - least) % (usable - 4)
    return local if local <= most else least


def _varint(data: bytes, at: int) -> tuple[int, int]:
    value = 0
    for index in range(9):
        byte = data[at + index]
        if index == 8:
            return (value << 8) | byte, at + 9
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + index + 1
    raise ValueError("unreachable")


_INT_SIZES = {1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8}


def _record(payload: bytes) -> list[object]:
    """Decode a SQLite record (file format §2.1); raises on anything malformed."""
    header_size, at = _varint(payload, 0)
    if not 0 < header_size <= len(payload):
        raise ValueError("bad record header")
    types: list[int] = []
    while at < header_size:
        serial, at = _varint(payload, at)
        types.append(serial)
    values: list[object] = []
    body = header_size
    for serial in types:
        if serial in (0, 8, 9):
            values.append(None if serial == 0 else serial - 8)
            continue
        if serial in _INT_SIZES:
            length = _INT_SIZES[serial]
        elif serial == 7:
            length = 8
        elif serial >= 12:
            length = (serial - 12) // 2
        else:
            raise ValueError("reserved serial type")
        chunk = payload[body : body + length]
        if len(chunk) != length:
            raise ValueError("record runs past its payload")
        body += length
        if serial in _INT_SIZES:
            values.append(int.from_bytes(chunk, "big", signed=True))
        elif serial == 7:
            values.append(struct.unpack(">d", chunk)[0])
        elif serial % 2:
            values.append(chunk.decode("utf-8"))
        else:
            values.append(bytes(chunk))
    return values


def _to_job(row: dict[str, object]) -> Job | None:
    if not all(column in row for column in JOB_COLUMNS):
        return None
    try:
        return row_to_job(row)
    except (ValueError, TypeError, KeyError, OverflowError):
        return None
