"""A reader that went away: ``poyo-desktop list --json | head -1`` closes the pipe after one
line, and the next write raises BrokenPipeError.

That is no error of the command's, so it ends quietly, as the Python docs' recipe does
("Note on SIGPIPE", in the signal module's documentation): what is left to write goes to
the null device, so neither the next write nor the flush at exit can raise (and print a
traceback) again. Work under way is not stopped by it: a headless command finishes its
videos without an audience (they are in ``poyo-desktop list``), as a command whose
terminal was closed would.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator

_gone: list[bool] = []  # set once the reader went away (a list: no global statement)


def reader_gone() -> None:
    """Standard output writes to the null device from now on (the recipe's step); so does
    standard error if its reader left too (``2>&1 | head``)."""
    _gone.append(True)
    _to_null(sys.stdout)
    try:
        sys.stderr.flush()  # what a write could not deliver is still in its buffer
    except (BrokenPipeError, ConnectionResetError):
        _to_null(sys.stderr)
    except (OSError, ValueError, AttributeError):  # closed, or none: nothing to save
        pass


def _to_null(stream: object) -> None:
    with contextlib.suppress(OSError, ValueError, AttributeError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, stream.fileno())  # type: ignore[attr-defined]
        os.close(null)


def went_away() -> bool:
    """Whether a reader closed its end while the command wrote."""
    return bool(_gone)


@contextlib.contextmanager
def guarded() -> Iterator[None]:
    """Writes in this block that meet a closed pipe end quietly (see the module's note)."""
    try:
        yield
    except BrokenPipeError:
        reader_gone()
