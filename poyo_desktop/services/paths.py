"""Where the app keeps its files, from platformdirs (overridable for tests and portable use)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import platformdirs

from poyo_desktop import APP_NAME

_APPAUTHOR: Literal[False] = False  # no vendor folder level on Windows


@dataclass(frozen=True, slots=True)
class AppPaths:
    config_dir: Path
    data_dir: Path
    cache_dir: Path
    log_dir: Path

    @classmethod
    def default(cls, data_dir: Path | None = None) -> AppPaths:
        """The platform's folders; ``data_dir`` (or ``POYO_DESKTOP_HOME``) puts all in one place."""
        root = data_dir or (
            Path(os.environ["POYO_DESKTOP_HOME"]) if os.environ.get("POYO_DESKTOP_HOME") else None
        )
        if root is not None:
            return cls(root / "config", root / "data", root / "cache", root / "logs")
        return cls(
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, _APPAUTHOR)),
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, _APPAUTHOR)),
            cache_dir=Path(platformdirs.user_cache_dir(APP_NAME, _APPAUTHOR)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, _APPAUTHOR)),
        )

    def ensure(self) -> AppPaths:
        for folder in (self.config_dir, self.data_dir, self.cache_dir, self.log_dir):
            folder.mkdir(parents=True, exist_ok=True)
        return self

    @property
    def database(self) -> Path:
        return self.data_dir / "history.sqlite3"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def prepared_dir(self) -> Path:
        """Images re-encoded for upload (neutral names); safe to delete any time."""
        return self.cache_dir / "prepared"

    @property
    def sandbox_dir(self) -> Path:
        return self.cache_dir / "sandbox"


def default_download_dir() -> Path:
    return Path(platformdirs.user_videos_dir()) / APP_NAME
