"""Work around a PySide6 6.12 reference-count bug on Python 3.11.

Measured here (PySide6/shiboken6 6.12.0, CPython 3.11.7): every call of a Qt method that
returns ``void`` (``QObject.setObjectName``, ``QPainter.setOpacity``, ...) *decrements* the
reference count of ``None`` without having incremented it. Python 3.12+ made ``None``
immortal, so there the bug is harmless; on 3.11 the count reaches zero after a few thousand
calls and the interpreter aborts with ``Fatal Python error: none_dealloc``. Rendering one
clip makes thousands of such calls.

The fix here is blunt and safe: give ``None`` an enormous extra reference count once, so the
leak can never bring it to zero within a process's lifetime. No Qt import here.
"""

from __future__ import annotations

import ctypes
import sys

_BALLAST = 1 << 40  # ~10^12 references: decades of leaked decrements
_done = False


def pin_none_refcount() -> bool:
    """Protect ``None`` from the leak on CPython < 3.12; returns True when applied (idempotent)."""
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    # ob_refcnt is the first field of every PyObject in a (non-debug) CPython build.
    ctypes.c_ssize_t.from_address(id(None)).value += _BALLAST
    _done = True
    return True
