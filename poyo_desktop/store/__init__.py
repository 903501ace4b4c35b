"""The local task history: SQLite (stdlib only), kept images, repair of damaged files.

No Qt here. The GUI talks to :class:`AsyncJobStore`; a worker thread may use
:class:`JobStore` directly.
"""

from poyo_desktop.store.async_store import AsyncJobStore
from poyo_desktop.store.errors import (
    DiskFullError,
    ForeignDatabaseError,
    NewerDatabaseError,
    ReadOnlyError,
    StoreBusyError,
    StoreCorruptError,
    StoreError,
)
from poyo_desktop.store.recovery import RecoveryReport
from poyo_desktop.store.schema import SCHEMA_VERSION, Migration
from poyo_desktop.store.store import UNFINISHED_STATES, JobStore

__all__ = [
    "SCHEMA_VERSION",
    "UNFINISHED_STATES",
    "AsyncJobStore",
    "DiskFullError",
    "ForeignDatabaseError",
    "JobStore",
    "Migration",
    "NewerDatabaseError",
    "ReadOnlyError",
    "RecoveryReport",
    "StoreBusyError",
    "StoreCorruptError",
    "StoreError",
]
