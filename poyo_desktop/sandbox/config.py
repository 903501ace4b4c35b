"""Settings of one sandbox instance, fixed when it starts."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

UPLOAD_TTL_S = 72 * 3600.0  # uploaded images live 72 hours on PoYo
RESULT_TTL_S = 24 * 3600.0  # result links: treat 24 hours as the limit
MAX_UPLOAD_BYTES = 10 * 1024 * 1024
DEMO_EMAIL = "demo@sandbox.local"


@dataclass(frozen=True, slots=True)
class SandboxConfig:
    """``task_seconds`` is the whole life of a task, queue included (15 s in demo, ~0.3 in tests).

    ``api_key=None`` accepts any non-empty key. ``data_dir`` holds the render cache (shared
    between instances) and a per-instance upload folder (removed on stop).
    """

    data_dir: Path
    task_seconds: float = 15.0
    api_key: str | None = None
    credits: float = 2000
    upload_ttl: float = UPLOAD_TTL_S
    result_ttl: float = RESULT_TTL_S
    video_long_side: int = 960
    fps: int = 24
    webhook_secret: str = "sandbox-webhook-secret"
    max_upload_bytes: int = MAX_UPLOAD_BYTES
    max_parallel_renders: int = 2
    # Result links under this host name (e.g. "localhost") instead of the API's, as PoYo
    # serves results from a storage host: a client must send it no key, and read its
    # refusals as storage's, not the API's.
    storage_host: str | None = None

    def __post_init__(self) -> None:
        if self.task_seconds < 0:
            raise ValueError("task_seconds must not be negative")
        if not 16 <= self.video_long_side <= 4096:
            raise ValueError("video_long_side must be between 16 and 4096")
        if self.api_key is not None and not self.api_key.strip():
            raise ValueError("api_key must be None (accept any key) or a non-empty key")

    @property
    def queue_seconds(self) -> float:
        """How long a new task reads ``not_started`` before it starts ``running``."""
        return min(2.0, self.task_seconds * 0.15)

    @property
    def renders_dir(self) -> Path:
        return self.data_dir / "renders"

    @property
    def uploads_root(self) -> Path:
        return self.data_dir / "uploads"
