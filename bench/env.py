"""Where benchmarks run: an isolated home, offscreen Qt, never the person's real files or key."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
TEST_KEY = "sk-bench-0123456789abcdef"

_XDG = (
    ("XDG_CONFIG_HOME", "config"),
    ("XDG_DATA_HOME", "data"),
    ("XDG_CACHE_HOME", "cache"),
    ("XDG_STATE_HOME", "state"),
)


def isolated_env(root: Path, extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The current environment with platform folders under ``root`` and no real key.

    QT_QPA_PLATFORM is offscreen; the keychain is the null backend (a real one could
    answer slowly or ask for a password); POYO_API_KEY is only what ``extra`` sets.
    """
    env = {k: v for k, v in os.environ.items() if k not in ("POYO_API_KEY", "POYO_DESKTOP_HOME")}
    for var, sub in _XDG:
        folder = root / sub
        folder.mkdir(parents=True, exist_ok=True)
        env[var] = str(folder)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    env.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false;qt.rhi*=false")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.update(extra or {})
    return env


def isolate_this_process(root: Path) -> None:
    """Apply :func:`isolated_env` to this process (before Qt or the app reads it)."""
    env = isolated_env(root)
    for name in ("POYO_API_KEY", "POYO_DESKTOP_HOME"):
        os.environ.pop(name, None)
    os.environ.update(env)
