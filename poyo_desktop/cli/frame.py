"""``poyo-desktop frame VIDEO (--last | --at SECONDS) -o out.png``: one frame of a video as a
lossless PNG, decoded by the code the player's "Use this frame" and "Continue from the last
frame" use (``services/video_reader``, written by ``services/frames.write_png``), so it is
the frame the player shows, pixel for pixel.

It needs no history and no app: it runs here, whether the window is open or not. What can be
checked before decoding is (the video is there, the folder can be written); what cannot
be read, or a moment past the end, is said in plain words with the video's length.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from poyo_desktop.cli import exits
from poyo_desktop.cli.session import fail

if TYPE_CHECKING:
    from poyo_desktop.services.video_reader import DecodedFrame


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false;qt.rhi*=false")  # as the app
    video, target = Path(args.video), Path(args.output).absolute()
    problem = _unusable(video, target)
    if problem:
        return fail(problem + " No picture was written.", exits.BAD_INPUT)
    if args.at is not None and args.at < 0:
        return fail("--at takes seconds from the start of the video: 0 or more.", exits.BAD_INPUT)
    _qt_here()
    with _decoder_quiet():
        taken = _read(video, args.at)
    if isinstance(taken, str):
        return fail(taken + " No picture was written.", exits.BAD_INPUT)
    frame, index = taken
    from poyo_desktop.services.frames import write_png

    try:
        os.replace(write_png(frame.image, target.parent), target)  # whole, or not at all
    except OSError as error:
        return fail(f"The picture could not be written to “{target}”: {error}.", exits.FAILED)
    _said(args, video, target, index, frame.start_us // 1000, frame.image.size().toTuple())
    return exits.DONE


def _read(video: Path, at: float | None) -> tuple[DecodedFrame, int] | str:
    """The frame shown at ``at`` seconds (None: the last), and its number; or why not."""
    from poyo_desktop.services.video_reader import VideoError, VideoReader

    try:
        with VideoReader(video) as reader:
            info = reader.info()
            wanted = None if at is None else round(at * 1000)
            if wanted is not None and wanted > info.duration_ms:
                return _past_end(video, wanted, info.duration_ms)
            frame = reader.last() if wanted is None else reader.at(wanted)
            return frame, frame.index(info.fps)
    except VideoError as error:
        return f"{video.name}: {error}"


def _unusable(video: Path, target: Path) -> str:
    """Why the frame cannot be taken or kept, before anything is decoded ("" when it can)."""
    if not video.is_file():
        return f"The video “{video}” could not be found."
    folder = target.parent
    if target.is_dir():
        return f"“{target}” is a folder: give the picture's file name, e.g. {target / 'frame.png'}."
    if not folder.is_dir():
        return f"The folder “{folder}” does not exist."
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as error:
        reason = error.strerror or "it may not be written to"
        return f"The folder “{folder}” cannot be written to ({reason.lower()})."
    return ""


def _seconds(ms: float) -> str:
    return f"{ms / 1000:.3f}".rstrip("0").rstrip(".")


def _past_end(video: Path, at_ms: int, duration_ms: int) -> str:
    length = _seconds(duration_ms)
    return (
        f"{video.name} is {length} s long, so it has no frame at {_seconds(at_ms)} s. "
        f"Give --at from 0 to {length}, or --last."
    )


def _said(
    args: argparse.Namespace,
    video: Path,
    target: Path,
    index: int,
    at_ms: int,
    size: tuple[int, int],
) -> None:
    if args.json:
        said: dict[str, object] = {"event": "frame", "video": str(video.absolute())}
        said |= {"path": str(target), "index": index, "at_ms": at_ms}
        print(json.dumps(said | {"width": size[0], "height": size[1]}), flush=True)
        return
    which = "The last frame" if args.at is None else f"Frame {index}"
    print(
        f"{which} of {video.name} (at {_seconds(at_ms)} s, {size[0]} × {size[1]} px) is in "
        f"{target}.",
        flush=True,
    )


@contextlib.contextmanager
def _decoder_quiet() -> Iterator[None]:
    """FFmpeg and Qt's multimedia back-end write their own notes to standard error ("moov
    atom not found", libraries not found): noise for a person, before the plain sentence
    that follows. Standard error goes to the null device while they load and read the
    video; what fails is said after, in words (the block's exceptions come out after it)."""
    try:
        sys.stderr.flush()
        kept = os.dup(2)
    except (OSError, AttributeError, ValueError):  # no standard error: nothing to quiet
        yield
        return
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 2)
    os.close(null)
    try:
        yield
    finally:
        os.dup2(kept, 2)
        os.close(kept)


def _qt_here() -> None:
    """Qt's application object (the media player needs one), made on this thread."""
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is None:
        QCoreApplication([sys.argv[0]])
