"""Work around a PySide6 6.12 reference-count bug on Python 3.11.

Measured here (PySide6/shiboken6 6.12.0, CPython 3.11.7): every call of a Qt method that
returns ``void`` (``QObject.setObjectName``, ``QPainter.setOpacity``, ...) *decrements* the
reference count of ``None`` without having incremented it, and ``Signal.emit()`` does the
same to ``True``. Python 3.12+ made these singletons immortal, so there the bug is harmless;
on 3.11 a count reaches zero after a few thousand calls and the interpreter aborts with
``Fatal Python error: none_dealloc`` (or ``bool_dealloc``). PySide6 6.11 does not leak, but
its ``QVideoFrameInput`` refuses frames, which the demo renderer needs.

The fix is blunt and safe: give each singleton an enormous extra reference count once, so
the leak can never bring it to zero within a process's lifetime. Importing ``poyo_desktop``
calls it, so it applies wherever the package is used (the app, a script, a test); calling
it again is harmless.
"""

from __future__ import annotations

import ctypes
import sys

_BALLAST = 1 << 40  # ~10^12 references: decades of leaked decrements
_done = False


def pin_none_refcount() -> bool:
    """Protect ``None``, ``True`` and ``False`` on CPython < 3.12; True when applied.

    Idempotent within a process.
    """
    global _done
    if _done or getattr(sys, "_poyo_singletons_pinned", False):
        return False
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    # ob_refcnt is the first field of every PyObject in a (non-debug) CPython build.
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _BALLAST
    sys._poyo_singletons_pinned = True  # type: ignore[attr-defined]
    _done = True
    return True
