"""PySide6's per-import source scan, made cheap (a process-wide patch; see the function)."""

from __future__ import annotations

import sys


def scan_sources_cheaply() -> bool:
    """Make PySide6's per-import check cheap; True when applied (once per process).

    PySide6 (6.12, ``shibokensupport.feature``) asks of every module imported after it
    whether its source mentions "PySide6", with ``inspect.getsource``. That keeps the whole
    source of every module (~400 in this app) in ``linecache`` for the life of the process:
    measured ~10 MB of idle memory and ~40 ms of start-up. The same question is answered
    here by reading the file's bytes; anything but a plain ``.py`` file is left to PySide6.
    """
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if not callable(original) or getattr(original, "poyo_cheap", False):
        return False

    def mod_uses_pyside(module: object) -> bool:
        path = getattr(module, "__file__", None)
        if not (isinstance(path, str) and path.endswith(".py")):
            return bool(original(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(original(module))

    mod_uses_pyside.poyo_cheap = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = mod_uses_pyside  # type: ignore[union-attr]
    return True
