"""Load a native library in a worker thread without holding the interpreter lock.

Python loads an extension module (``import PySide6.QtMultimedia``) and ``ctypes.CDLL``
loads a library with the lock held, so every other thread waits for the whole dynamic
link: the GUI thread stalled 10-15 ms while a worker thread loaded QtMultimedia, and as
long again for the FFmpeg media plugin (bench/first_video.py). A call *through* ctypes
into the system's own loader (``dlopen``, ``LoadLibraryW``) runs with the lock released;
the import or the plugin load that follows finds the library in the process already and
does only its own, shorter part. Both loaders keep a library loaded once and count its
uses, so loading it first changes nothing else.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

log = logging.getLogger(__name__)

__all__ = ["preload_extension", "preload_library", "preload_qt_plugins"]


def preload_library(path: Path) -> bool:
    """Load the library at ``path`` (and the libraries it needs) with the lock released.
    False when it could not be loaded; the later ordinary load then says why."""
    import ctypes

    try:
        if sys.platform == "win32":
            load = ctypes.windll.kernel32.LoadLibraryW
            load.argtypes, load.restype = [ctypes.c_wchar_p], ctypes.c_void_p
            handle = load(str(path))
        else:
            load = ctypes.CDLL(None).dlopen
            load.argtypes, load.restype = [ctypes.c_char_p, ctypes.c_int], ctypes.c_void_p
            handle = load(os.fsencode(path), sys.getdlopenflags())  # as ``import`` opens it
    except (OSError, AttributeError):  # no such loader here: the ordinary load does it all
        handle = None
    if not handle:
        log.debug("could not preload %s", path.name)
    return bool(handle)


def preload_extension(module: str) -> bool:
    """Load extension ``module``'s library (e.g. ``PySide6.QtMultimedia``) before its
    import; False when it is imported already or is not an extension module."""
    if module in sys.modules:
        return False
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None or not spec.origin.endswith(tuple(EXTENSION_SUFFIXES)):
        return False
    return preload_library(Path(spec.origin))


def preload_qt_plugins(plugin_dirs: list[str], kind: str, name_part: str) -> int:
    """Load the Qt plugins of ``kind`` (a folder such as ``multimedia``) whose file name
    holds ``name_part``, from ``plugin_dirs`` (``QCoreApplication.libraryPaths()``, read
    on the GUI thread); how many were loaded."""
    loaded = 0
    for folder in plugin_dirs:
        for path in sorted((Path(folder) / kind).glob(f"*{name_part}*")):
            if path.suffix in (".so", ".dll", ".dylib") and preload_library(path):
                loaded += 1
    return loaded
