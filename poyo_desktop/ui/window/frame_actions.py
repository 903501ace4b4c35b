"""The frame commands' menu entries, made with the Task menu: Continue from Last Frame,
Make a Loop… and Compare with Pictures. What they do is
:mod:`~poyo_desktop.ui.window.frame_commands`, loaded on first use (the window shows
these entries from the start, but most sessions never use them).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from poyo_desktop.core.states import JobState
from poyo_desktop.ui.kit.translations import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from poyo_desktop.core.job import Job

__all__ = ["COMMANDS", "frame_actions", "has_video"]

#: (entry, tip, FrameCommands method), in menu order.
COMMANDS = (
    (
        QT_TRANSLATE_NOOP("FrameActions", "Continue from &Last Frame"),
        QT_TRANSLATE_NOOP(
            "FrameActions",
            "Start a new video where this one ends: its last frame becomes the start image",
        ),
        "continue_from_last",
    ),
    (
        QT_TRANSLATE_NOOP("FrameActions", "Make a &Loop…"),
        QT_TRANSLATE_NOOP("FrameActions", "Save the video played forward then backward"),
        "make_loop",
    ),
    (
        QT_TRANSLATE_NOOP("FrameActions", "&Compare with Pictures"),
        QT_TRANSLATE_NOOP(
            "FrameActions", "The start (and end) image beside the video's first (and last) frame"
        ),
        "compare",
    ),
)


def frame_actions(parent: QObject) -> list[QAction]:
    """The three entries, each named by its command (``action.data()``)."""
    made = []
    for text, tip, command in COMMANDS:
        action = QAction(translate("FrameActions", text), parent)
        tip = translate("FrameActions", tip)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.setData(command)
        made.append(action)
    return made


def has_video(job: Job | None) -> bool:
    """Whether ``job`` is finished and its video is on the disk (the commands need it)."""
    return bool(
        job is not None
        and job.state is JobState.FINISHED
        and job.output_path
        and Path(job.output_path).is_file()
    )
