"""A terminal for the command line where the executable is built windowed.

The frozen Windows build (packaging/poyo.spec, ``console=False``) and pip's ``gui-scripts``
launcher are GUI-subsystem programs: Windows gives them no console, so ``sys.stdout`` is
None. Started from a terminal, the command line attaches to that terminal's console and
writes there. The limits of this are Windows': cmd.exe does not wait for a GUI program (its
prompt returns at once and the output comes after it; ``start /wait poyo-desktop …`` waits,
and ``%ERRORLEVEL%`` is then the exit code). A console-subsystem twin of the executable is the
full answer (see the README).
"""

from __future__ import annotations

import io
import os
import sys


def attach_parent_console() -> None:
    """On Windows with no stdout, write to the console of the terminal that started us."""
    if sys.platform != "win32" or (sys.stdout is not None and sys.stderr is not None):
        return
    import ctypes

    attach_parent = -1
    if not ctypes.windll.kernel32.AttachConsole(attach_parent):  # type: ignore[attr-defined]
        sys.stdout = sys.stdout or io.StringIO()  # started without a terminal: say nothing
        sys.stderr = sys.stderr or io.StringIO()
        return
    sys.stdout = open("CONOUT$", "w", encoding="utf-8", buffering=1)  # noqa: SIM115
    sys.stderr = open("CONOUT$", "w", encoding="utf-8", buffering=1)  # noqa: SIM115
    sys.stdin = open("CONIN$", encoding="utf-8")  # noqa: SIM115
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
